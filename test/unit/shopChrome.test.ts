// Shop chrome on pages another kind's strategy reads: a shop's product page taken for a service page loses its review widget, delivery notes, buy box and recommendations.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { isShopPage, MIN_KEPT_CHARS, MIN_SHOP_CART_WORDS, withoutShopChrome } from '../../src/core/extract/kinds/shopChrome';
import { service } from '../../src/core/extract/kinds/service';
import { PRODUCT_CHROME_RE } from '../../src/core/extract/kinds/productRegion';
import { pageSignals } from '../../src/core/extract/kinds/signals';
import { articleAttempt } from '../../src/core/extract/sieve';
import { wholePage } from '../../src/core/extract/kinds/wholePage';
import { textLines } from '../util/gridContext';
import type { RemovedRegion } from '../../src/core/extract/article';
import { endAtRecommendations } from '../../src/core/extract/heuristics/recommendationSections';
import { blockText, collapse } from '../../src/core/extract/inlineText';

const SHOP_PAGE = [
	'::: page-wrapper',
	'[Home](/) / [Shirts](/shirts)',
	'',
	'# Harbour Linen Shirt',
	'',
	'\\$64.00',
	'',
	'Add to cart',
	'',
	'Quantity',
	'',
	'::: shipping-info',
	'Free delivery on orders over \\$80. Dispatched within 2 working days.',
	':::',
	'',
	'## Description',
	'',
	'A relaxed shirt cut from washed European linen, with a camp collar and mother-of-pearl buttons.',
	'',
	'Soft from the first wear, it gets softer with every wash and keeps cool on warm days.',
	'',
	'The fabric is woven in Lithuania from flax grown in Normandy, then garment-dyed in small batches, so each shirt carries a slightly different shade.',
	'',
	'## Shipping & Returns',
	'',
	'Returns are free within 30 days of delivery.',
	'',
	'::: {.reviews-widget}',
	'## Customer Reviews',
	'',
	'Based on 212 reviews. 4.6 out of 5 stars.',
	'',
	'Great shirt, the fabric is lovely and it fits well.',
	':::',
	'',
	'::: recently-viewed',
	'## Recently viewed',
	'',
	'Ocean Chino Trousers',
	':::',
	'',
	'## You may also like',
	'',
	'Harbour Linen Shorts',
	':::',
	'',
].join('\n');

/** The service strategy's text of a dump. */
function serviceText(dump: string): string {
	const index = new BlockIndex(parseDump(dump));
	const ctx = { index, signals: pageSignals(index), article: articleAttempt(index), whole: wholePage(index) };
	return textLines(service.extract(ctx)?.blocks ?? []).join('\n');
}

suite('Shop chrome on pages read as service pages', () => {
	test('a shop product page read by the service strategy keeps the product and loses reviews, delivery notes, recommendations and the buy box', () => {
		const text = serviceText(SHOP_PAGE);
		assert.ok(text.startsWith('Harbour Linen Shirt'), `the text starts before the product's name: ${text}`);
		for (const kept of ['Harbour Linen Shirt', 'washed European linen', 'keeps cool on warm days']) assert.ok(text.includes(kept), `lost ${kept}: ${text}`);
		for (const dropped of ['Based on 212 reviews', 'Recently viewed', 'Ocean Chino', 'Free delivery on orders', 'Returns are free', 'You may also like', 'Harbour Linen Shorts', 'Add to cart', '$64.00']) {
			assert.ok(!text.includes(dropped), `kept ${dropped}: ${text}`);
		}
	});

	test('editorial reviews are the book\'s, not a review widget', () => {
		const named = (cls: string): boolean => PRODUCT_CHROME_RE.test(cls);
		assert.ok(!named('editorialReviews_feature_div'));
		assert.ok(!named('editorial-reviews'));
		assert.ok(named('product-reviews'));
		assert.ok(named('reviews-widget'));
	});

	test('a service page without cart words keeps its reviews and delivery sections', () => {
		const dump = [
			'# Garden Design Service',
			'',
			'We plan and plant small city gardens, from the first sketch to the last bulb.',
			'',
			'::: {.reviews-widget}',
			'## What our clients say',
			'',
			'They turned our bare yard into a place we use every evening.',
			':::',
			'',
			'## Delivery',
			'',
			'Plants are delivered and planted by our own team.',
			'',
		].join('\n');
		const index = new BlockIndex(parseDump(dump));
		assert.ok(!isShopPage(pageSignals(index)));
		const text = serviceText(dump);
		for (const kept of ['What our clients say', 'bare yard', 'planted by our own team']) assert.ok(text.includes(kept), `lost ${kept}: ${text}`);
	});

	test('a page is a shop page from the cart words on', () => {
		const page = (n: number): string => ['# Tent', '', 'A light tent for two.', '', ...Array.from({ length: n }, (_, i) => `Add to cart ${i}\n`)].join('\n');
		assert.ok(!isShopPage(pageSignals(new BlockIndex(parseDump(page(MIN_SHOP_CART_WORDS - 1))))));
		assert.ok(isShopPage(pageSignals(new BlockIndex(parseDump(page(MIN_SHOP_CART_WORDS))))));
	});

	test('a description inside a container named like chrome is kept: the chrome would leave the page almost empty', () => {
		const description = 'A relaxed shirt cut from washed European linen, with a camp collar and mother-of-pearl buttons. Soft from the first wear, it gets softer with every wash and keeps cool on the warmest days of the year.';
		assert.ok(description.length < MIN_KEPT_CHARS * 2);
		const dump = ['# Harbour Linen Shirt', '', 'Add to cart', '', 'Quantity', '', 'In stock', '', '::: {.drawer-content}', description, ':::', ''].join('\n');
		const text = serviceText(dump);
		assert.ok(text.includes('washed European linen'), `lost the description: ${text}`);
	});

	test('a hostile page of thousands of recommendation headings is cut once per section, prose before each summed once', () => {
		const prose = 'A long paragraph of prose about the product, written so that it counts as prose for the recommendation sections rule, which weighs the prose on either side of each heading.';
		const lines = ['# Tent', '', prose, ''];
		for (let i = 0; i < 3000; i++) lines.push('## You may also like', '', `Card ${i}`, '');
		const removed: RemovedRegion[] = [];
		const blocks = endAtRecommendations(parseDump(lines.join('\n')).blocks, removed);
		assert.deepStrictEqual(blocks.map((b) => collapse(blockText(b))), ['Tent', prose]);
		assert.strictEqual(removed.length, 1, 'the first heading ends the text: no prose follows it');
	});

	test('a shop page read by the service strategy loses its screen copies, menus and footer link rows as a product page does', () => {
		const description = 'The Staple Tee in a regular fit, cut from mid-weight combed cotton with neck ribbing, side seams and double needle hems, preshrunk to keep its shape wash after wash.';
		const dump = [
			'# Staple Tee',
			'',
			'\\$20.00',
			'',
			'Add to cart',
			'',
			'Quantity',
			'',
			'In stock',
			'',
			'::: product-mobile',
			description,
			':::',
			'',
			'::: product-desktop',
			description,
			'',
			'## Details',
			'',
			'Fabric: 100% combed cotton, 5.3 oz, woven and knitted in one mill from yarn spun on site.',
			':::',
			'',
			'::: site-links',
			'[Help](/help) [Delivery Information](/delivery) [Returns Policy](/returns)',
			'',
			'[Stores](/stores) [Careers](/careers) [About Us](/about)',
			':::',
			'',
		].join('\n');
		const text = serviceText(dump);
		assert.strictEqual(text.split(description).length - 1, 1, `the description is kept once: ${text}`);
		assert.ok(text.includes('Fabric: 100% combed cotton'), `lost the details: ${text}`);
		for (const dropped of ['Delivery Information', 'Careers']) assert.ok(!text.includes(dropped), `kept ${dropped}: ${text}`);
	});

	test('an attempt of a page without cart words is returned as it is', () => {
		const index = new BlockIndex(parseDump('# Tent\n\nA light tent for two.\n'));
		const attempt = wholePage(index);
		assert.strictEqual(withoutShopChrome(index, pageSignals(index), attempt), attempt);
	});
});
