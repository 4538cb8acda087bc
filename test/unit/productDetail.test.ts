// The product's name inside a product-detail container makes one product's page, whatever its cards and prices say (kinds/productDetail.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { isNameInProductDetail, PRODUCT_DETAIL_RE, PRODUCT_NAME_CLASS_RE } from '../../src/core/extract/kinds/productDetail';
import { dumpLines } from '../util/joinLines';
import { extractDumpText } from '../util/kindFixtures';

const named = (dump: string): boolean => isNameInProductDetail(new BlockIndex(parseDump(dump)));

/** Six related products, each a linked name, a short line and a price: a grid by its cards. */
const RELATED = Array.from({ length: 6 }, (_, i) => [`::: {.teaser}`, `[Ridgeline Boot ${i + 1}, waxed leather](/boots/${i + 1})`, '', 'Hand-stitched in Portugal', '', `$${120 + i}.95`, ':::', '']).flat();

/** A product page whose buy box is drawn by a script: a name, a short description, then its related items. */
function productPage(wrapper: string): string {
	return dumpLines(
		`::: {${wrapper}}`,
		'# Ridgeline Stove',
		'',
		'A wood-pellet stove for two, with a double wall that keeps the flame steady in the wind.',
		'',
		':::',
		'',
		'::: {.related-items}',
		'## You may also like',
		'',
		...RELATED,
		':::',
	);
}

suite('Name in a product detail', () => {
	test('product-detail vocabularies of shop software match; grid and card words do not', () => {
		for (const words of ['pdp-main', 'product-detail', 'product-details__wrap', 'single-product', 'type-product', 'productView', 'product-info-main', 'main-product', 'product__title', 'product-page', 'buy-box', 'ProductItem-details', 'product-essential']) {
			assert.ok(PRODUCT_DETAIL_RE.test(words), words);
		}
		for (const words of ['product-card', 'product-grid', 'product-item', 'products', 'collection-grid', 'prototype-products']) {
			assert.ok(!PRODUCT_DETAIL_RE.test(words), words);
		}
	});

	test('an h1 inside a product-detail container is one product, however many priced cards follow it', () => {
		assert.ok(named(productPage('.pdp-main')));
		assert.strictEqual(extractDumpText(productPage('.pdp-main')).kind, 'product');
	});

	test('the same page without the container is read by its cards; a category h1 above a grid is no product', () => {
		assert.ok(!named(productPage('.content')));
		assert.notStrictEqual(extractDumpText(productPage('.content')).kind, 'product');
		const category = dumpLines('::: {.collection-grid}', '# Boots', '', ...RELATED, ':::');
		assert.ok(!named(category));
	});

	test('a product-detail container with no h1 in it names nothing', () => {
		assert.ok(!named(dumpLines('# Our shop', '', '::: {.product-detail}', 'Ridgeline Stove', '', '$149.95', ':::')));
		assert.ok(!named(dumpLines('::: {.product-detail}', 'Ridgeline Stove', ':::')));
	});

	test('an h1 whose own class names a product title is one product, in any wrapper; its id and other words are not', () => {
		for (const words of ['product_title entry-title', 'product-title', 'product__title', 'productView-title', 'product-name', 'product__name', 'x-item-title__mainTitle', 'pdp-title']) {
			assert.ok(PRODUCT_NAME_CLASS_RE.test(words), words);
		}
		for (const words of ['product-page-title', 'woocommerce-products-header__title page-title', 'SiteProductsNav__groupTitle', 'article__title', 'item-list']) {
			assert.ok(!PRODUCT_NAME_CLASS_RE.test(words), words);
		}
		const titled = (attrs: string): string => productPage('.content').replace('# Ridgeline Stove', `# Ridgeline Stove {${attrs}}`);
		assert.ok(named(titled('.product_title .entry-title')));
		assert.strictEqual(extractDumpText(titled('.product_title .entry-title')).kind, 'product');
		// The heading's id is a slug of its text: an article titled "Product name ideas" is not named by it.
		assert.ok(!named(titled('#product-name-ideas .post-title')));
	});
});
