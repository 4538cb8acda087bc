// A shop whose grid shows no prices is a collection, not a feed (kinds/unpricedShop.ts): detection and the collection read.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { pageSignals } from '../../src/core/extract/kinds/signals';
import { isUnpricedGrid } from '../../src/core/extract/kinds/unpricedGrid';
import { isUnpricedShop, MAX_BANNER_PRICES, MIN_SHOP_WORDS } from '../../src/core/extract/kinds/unpricedShop';
import { detectedKind, extractDumpText, forcedText } from '../util/kindFixtures';

const NAMES = ['Trail Runner Jacket', 'Summit Rain Shell', 'Ridge Fleece Hoodie', 'Canyon Wind Vest', 'Alpine Down Parka', 'Harbor Soft Shell', 'Meadow Insulated Jacket', 'Glacier Hardshell'];

/** A category of cards without prices: name, colour count and rating, a compare box and (`cart`) a cart button each. */
function category(cart: boolean, banner = ''): string {
	const cards = NAMES.map((n, i) =>
		[`::: product-tile`, `[![](/i/${i}.jpg)](/p/${i})`, '', `[${n}](/p/${i})`, '', `${i + 3} colours · rated 4.${i} of 5`, '', 'Compare', ...(cart ? ['', `[Add to cart](/cart/${i})`] : []), ':::'].join('\n'),
	).join('\n\n');
	return [
		'::: header', '[Home](/) [Shop](/shop) [Help](/help)', ':::', '',
		'::: page', '::: category-head', '# Jackets for the hills', '',
		`Light shells and warm layers for walks above the tree line, picked by our staff for wind, rain and cold mornings.${banner}`, ':::', '',
		'::: results', 'Sort by: Featured', '', '-   Show 24 results per page', '-   Show 96 results per page', '', '::: grid', cards, ':::', '',
		'Page 1 of 3 [Next](/shop?page=2)', ':::', ':::', '',
		'::: footer', 'Copyright 2026 Example Outfitters', ':::', '',
	].join('\n');
}

function signalsOf(dump: string): { index: BlockIndex; signals: ReturnType<typeof pageSignals> } {
	const index = new BlockIndex(parseDump(dump));
	return { index, signals: pageSignals(index) };
}

suite('Unpriced shop grids', () => {
	test('shop words and no more than a banner\'s price make an unpriced shop', () => {
		assert.strictEqual(isUnpricedShop({ cartWords: MIN_SHOP_WORDS, prices: 0 }), true);
		assert.strictEqual(isUnpricedShop({ cartWords: MIN_SHOP_WORDS, prices: MAX_BANNER_PRICES }), true);
		assert.strictEqual(isUnpricedShop({ cartWords: MIN_SHOP_WORDS, prices: MAX_BANNER_PRICES + 1 }), false);
		assert.strictEqual(isUnpricedShop({ cartWords: MIN_SHOP_WORDS - 1, prices: 0 }), false);
	});

	test('cards with cart buttons and no price are a collection; the same cards without them stay a listing', () => {
		assert.strictEqual(detectedKind(category(true)), 'collection (shop cards 8)');
		assert.strictEqual(detectedKind(category(false)), 'listing (cards 8)');
	});

	test('on a shop platform, unpriced cards with cart buttons are a collection, not the platform\'s product', () => {
		const onPlatform = (dump: string): string => dump.replace('::: page', '::: shopify-section');
		assert.strictEqual(detectedKind(onPlatform(category(true))), 'collection (platform shopify, shop cards 8)');
		assert.strictEqual(detectedKind(onPlatform(category(false))), 'product (platform shopify)');
	});

	test('the collection strategy reads an unpriced shop grid itself: the per-page chooser goes, every card stays', () => {
		const shop = signalsOf(category(true));
		assert.strictEqual(isUnpricedGrid(shop), false);
		const text = forcedText(category(true), 'collection');
		for (const n of [...NAMES, 'Light shells and warm layers']) assert.ok(text.includes(n), `lost ${n}: ${text}`);
		assert.ok(!text.includes('results per page'), text);
		// Read by detection, the same.
		assert.strictEqual(extractDumpText(category(true)).text, text);
	});

	test('a feed, or a page naming two prices, is still handed to the listing read', () => {
		assert.strictEqual(isUnpricedGrid(signalsOf(category(false))), true);
		const offers = category(true, ' Two offers this week: the shell at $89.99 and the parka at $149.99.');
		assert.strictEqual(isUnpricedGrid(signalsOf(offers)), true);
		assert.strictEqual(forcedText(category(false), 'collection'), forcedText(category(false), 'listing'));
		assert.ok(forcedText(category(false), 'collection').includes('results per page'));
	});
});
