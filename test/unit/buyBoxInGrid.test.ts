// A price under the h1 that belongs to the first card of the page's priced grid is no buy box (kinds/buyBoxAtName.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { hasBuyBoxAtName } from '../../src/core/extract/kinds/buyBoxAtName';
import { productChrome } from '../../src/core/extract/kinds/productRegion';
import { shopGrid } from '../../src/core/extract/kinds/shopGrid';
import { pageSignals } from '../../src/core/extract/kinds/signals';
import { extractFixture } from '../util/kindFixtures';

const card = (i: number): string => `-   [Ridgeline Boot ${i}](/product/${i})\n\n    $${120 + i}.95\n`;
const GRID = Array.from({ length: 9 }, (_, i) => card(i + 1)).join('\n');

/** The buy-box answer without and with the page's grid, and the grid's size. */
function buyBox(dump: string): { alone: boolean; withGrid: boolean; items: number } {
	const index = new BlockIndex(parseDump(dump));
	const grid = shopGrid(index, pageSignals(index), productChrome(index));
	return { alone: hasBuyBoxAtName(index), withGrid: hasBuyBoxAtName(index, grid?.block), items: grid?.pricedItems ?? 0 };
}

suite('Buy box in the grid', () => {
	test('a category whose first card, named by a link, sits under the h1 has no buy box', () => {
		const r = buyBox(`# Hiking Boots\n\n${GRID}`);
		assert.deepStrictEqual(r, { alone: true, withGrid: false, items: 9 });
	});

	test("a product's price under its name stays a buy box beside a grid of other products", () => {
		const r = buyBox(`# Ridgeline Boot\n\nRidgeline Outdoor\n\n$149.95\n\nAdd to cart\n\n## More boots\n\n${GRID}`);
		assert.deepStrictEqual(r, { alone: true, withGrid: true, items: 9 });
	});

	test('the fixture is a collection with every card, where the price under its h1 made it a product', () => {
		const { text, kind } = extractFixture('collection-cards-named-by-links.txt');
		assert.strictEqual(kind, 'collection');
		for (const name of ['Alder', 'Fir', 'Maple']) assert.ok(text.includes(`${name} Mid Waterproof Hiking Boots`), `${name}: ${text}`);
		assert.ok(text.includes('Boots for the trail'), text);
	});
});
