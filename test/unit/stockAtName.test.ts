// A stock line under the product's name keeps a sold-out product whose price line is missing a product (kinds/stockAtName.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { hasStockAtName, STOCK_LINE_RE } from '../../src/core/extract/kinds/stockAtName';
import { detectedKind as kindOf } from '../util/kindFixtures';

const card = (i: number): string => `-   [Harbour Mug ${i}](/product/${i})\n\n    $${18 + i}.00\n`;
const grid = (): string => Array.from({ length: 9 }, (_, i) => card(i + 1)).join('\n');
const DESCRIPTION = 'A stoneware mug thrown by hand and glazed in sea green, large enough for a morning coffee and safe in the dishwasher.';

/** A sold-out product whose price line is missing: its name, a stock line, a colour picker, its description, then a grid of other mugs. */
function productPage(stock: string): string {
	return `# Harbour Mug\n\n${stock}\n\nColour\n\nSea green\n\nSand\n\n## About the mug\n\n${DESCRIPTION}\n\n## You may also like\n\n${grid()}`;
}

suite('A stock line at the name', () => {
	test('a sold-out product without its price line stays a product by the stock line under its name', () => {
		assert.match(kindOf(productPage('Sold out')), /^product/);
		assert.match(kindOf(productPage('Only 3 left in stock')), /^product/);
	});

	test('without the stock line the same page is read as a collection (the rule is what makes it a product)', () => {
		assert.match(kindOf(productPage('Free returns')), /^collection/);
	});

	test('a sold-out product over the shop journal\'s teaser cards is a product, not a listing (cardsUnderPrice.ts)', () => {
		const teaser = (i: number): string => `::: card\n### [Glaze notes ${i}](/blog/${i})\n\nHow we mix the sea green glaze, part ${i}, and why it runs.\n:::\n`;
		const page = (stock: string): string =>
			`# Harbour Mug\n\n${stock}\n\nColour\n\nSea green\n\n## About the mug\n\n${DESCRIPTION}\n\n## From the journal\n\n${Array.from({ length: 6 }, (_, i) => teaser(i)).join('\n')}`;
		assert.match(kindOf(page('Sold out')), /^product/);
		assert.match(kindOf(page('Free returns')), /^listing/);
	});

	test('a category whose stock filter comes after its intro and sorting lines stays a collection', () => {
		const page = `# Mugs\n\nMugs for every morning, thrown by hand in our workshop.\n\nSort by\n\nFeatured\n\nFilter\n\nColour\n\nIn stock\n\nLow stock\n\n${grid()}`;
		assert.strictEqual(hasStockAtName(new BlockIndex(parseDump(page))), false);
		assert.match(kindOf(page), /^collection/);
	});

	test('stock lines: one item\'s availability as the whole line', () => {
		for (const ok of ['Sold out', 'Out of stock.', 'Only 2 left', 'Pre-order', 'Back-order', 'Currently unavailable']) assert.ok(STOCK_LINE_RE.test(ok), ok);
		for (const no of ['In stock', 'Low stock', 'Available', 'Delivery', 'In stock at a store near you', 'Sold out sizes hidden', 'Stock']) assert.ok(!STOCK_LINE_RE.test(no), no);
	});
});
