// A few product cards beside a sort or filter toolbar are a small collection (kinds/shopGrid.ts `small`), read from the grid's section (kinds/gridSection.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { smallGridSection } from '../../src/core/extract/kinds/gridSection';
import { productChrome } from '../../src/core/extract/kinds/productRegion';
import { shopGrid } from '../../src/core/extract/kinds/shopGrid';
import { pageSignals } from '../../src/core/extract/kinds/signals';
import { wholePage } from '../../src/core/extract/kinds/wholePage';
import { textLines } from '../util/gridContext';
import { extractDumpText } from '../util/kindFixtures';

const card = (name: string, price: string): string =>
	`-   ::: card\n    [![${name}](/img/${name.length}.jpg)](/products/p${name.length})\n\n    ### [${name}](/products/p${name.length})\n\n    ${price}\n    :::`;
const CARDS = [card('Harbour Linen Sheet Set', '£88'), card('Harbour Cotton Duvet Cover', '£102'), card('Harbour Wool Throw', '£64')].join('\n');
const MENU = ['Bedding', 'Bath', 'Towels', 'Throws', 'Pillows', 'Duvets', 'Mattress toppers', 'Gift cards', 'Stores', 'About us', 'Journal', 'Careers']
	.map((m) => `-   [${m}](/collections/${m.length})`)
	.join('\n');
const ABOUT = 'Harbour Home has made linen in a mill by the sea since 1962, and every sheet, throw and towel is woven, dyed and sewn there by people who sleep on what they make.';

/** A shop's category of a few products: a mega-menu, the title and blurb, the toolbar (`toolbar`), the cards, a footer. */
function page(toolbar: string): string {
	return `::: {.shopify-section .header}\n::: mega-menu\n${MENU}\n:::\n:::\n\n::: {.shopify-section .collection-hero}\n# Bed Linen\n\nCrisp linen for warm nights.\n:::\n\n::: {#main-collection .shopify-section}\n::: collection\n${toolbar}\n\n${CARDS}\n:::\n:::\n\n::: {.shopify-section .site-end}\n## Our story\n\n${ABOUT}\n\n${MENU}\n:::\n`;
}

function gridOf(dump: string): ReturnType<typeof shopGrid> {
	const index = new BlockIndex(parseDump(dump));
	return shopGrid(index, pageSignals(index), productChrome(index));
}

suite('Small collections', () => {
	test('three product cards beside a sort toolbar make a collection, read without the menu and the footer', () => {
		const dump = page('Sort by\n\n3 products');
		const grid = gridOf(dump);
		assert.ok(grid?.small);
		assert.strictEqual(grid.pricedItems, 3);
		assert.strictEqual(extractDumpText(dump).kind, 'collection');
		// Read whole (the pipeline missed the cards), the page is cut to the grid's section and the title's box.
		const index = new BlockIndex(parseDump(dump));
		const whole = wholePage(index);
		const read = smallGridSection({ index, signals: pageSignals(index), article: whole, whole }, whole);
		const text = textLines(read.blocks);
		assert.deepStrictEqual(text.slice(0, 4), ['Bed Linen', 'Crisp linen for warm nights.', 'Sort by', '3 products'], text.join('|'));
		for (const name of ['Harbour Linen Sheet Set', 'Harbour Cotton Duvet Cover', 'Harbour Wool Throw', '£102']) assert.ok(text.includes(name), text.join('|'));
		assert.ok(!text.includes('Mattress toppers'), text.join('|'));
		assert.ok(!text.includes(ABOUT), text.join('|'));
	});

	test("a page of several short lists of product cards is not cut to the first list's section", () => {
		const more = [card('Harbour Bath Towel', '£24'), card('Harbour Hand Towel', '£14'), card('Harbour Bath Mat Large', '£32')].join('\n');
		const dump = page('Sort by\n\n3 products').replace('::: {.shopify-section .site-end}', `::: {.shopify-section .bath}\n## Bath\n\n${more}\n:::\n\n::: {.shopify-section .site-end}`);
		const index = new BlockIndex(parseDump(dump));
		assert.ok(shopGrid(index, pageSignals(index), productChrome(index))?.small);
		const whole = wholePage(index);
		// The whole page is read as it is: the second list's cards stay with the first's.
		assert.strictEqual(smallGridSection({ index, signals: pageSignals(index), article: whole, whole }, whole), whole);
	});

	test('without a toolbar, or when the items lack links and pictures (variants, bulk tiers), there is no small grid', () => {
		assert.ok(!gridOf(page('Crafted in small batches.'))?.small);
		const tiers = ['-   1 set £88', '-   2 sets £160', '-   3 sets £220'].join('\n');
		const product = `::: {.shopify-section .product}\n# Harbour Linen Sheet Set\n\n£88\n\nSort by size\n\n${tiers}\n\n[Add to cart](/cart)\n:::\n`;
		assert.ok(!gridOf(product)?.small);
		assert.strictEqual(extractDumpText(product).kind, 'product');
	});
});
