// The collection's grid is the group of sibling cards with the most prices, wherever it sits and however long its tiles (kinds/collectionGrid.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex, isContainer } from '../../src/core/extract/blockIndex';
import { collectionGrid, MAX_PRICED_CARD_CHARS, pricedCardGroup } from '../../src/core/extract/kinds/collectionGrid';
import { productChrome } from '../../src/core/extract/kinds/productRegion';
import { shopGrid } from '../../src/core/extract/kinds/shopGrid';
import { pageSignals } from '../../src/core/extract/kinds/signals';
import { divAttrParts } from '../../src/core/model/divNodes';

const FACTS = 'Hand-thrown stoneware, glazed inside and out, safe in the dishwasher and the microwave; each piece varies a little in colour and shape, as the glaze pools where the kiln is hottest. Ships in recycled packaging within two working days; free returns within thirty days.';
/** A shop's tile: a linked name, a long line of facts (a tile longer than a teaser), a price. */
const tile = (name: string, i: number, cls = 'product-tile'): string => `::: ${cls}\n[${name}](/p/${i})\n\n${FACTS}\n\n$${20 + i}.00\n:::`;
const NAMES = ['Speckled Mug', 'Pasta Bowl', 'Side Plate', 'Serving Jug', 'Salad Bowl', 'Tea Cup'];
/** A menu of sub-category tiles (more items than the grid, no price). */
const MENU = `::: menu\n${['Mugs', 'Bowls', 'Plates', 'Jugs', 'Cups', 'Vases', 'Trays', 'Boards', 'Sets', 'Gifts'].map((n) => `::: menu-tile\n[${n}](/c/${n})\n:::`).join('\n')}\n:::`;

function grids(dump: string): { index: BlockIndex; cards: ReturnType<typeof pricedCardGroup>; grid: ReturnType<typeof collectionGrid>; shop: ReturnType<typeof shopGrid> } {
	const index = new BlockIndex(parseDump(dump));
	const signals = pageSignals(index);
	return { index, cards: pricedCardGroup(index, productChrome(index)), grid: collectionGrid({ index, signals }), shop: shopGrid(index, signals, productChrome(index)) };
}

const className = (b: unknown): string | undefined => (b && isContainer(b as never) ? divAttrParts(b as never).classes[0] : undefined);

suite('Collection grid', () => {
	test('the priced tiles make the grid though a menu of tiles outnumbers them and they run longer than a teaser', () => {
		assert.ok(FACTS.length > 200 && FACTS.length + 40 < MAX_PRICED_CARD_CHARS);
		const { cards, grid, shop } = grids(`# Stoneware\n\n${MENU}\n\n::: grid\n${NAMES.map((n, i) => tile(n, i)).join('\n')}\n:::\n`);
		assert.ok(!shop || shop.pricedItems < NAMES.length);
		assert.strictEqual(cards?.pricedItems, NAMES.length);
		assert.strictEqual(className(grid?.block), 'grid');
	});

	test('the group with the most priced items wins over a smaller priced rail', () => {
		const rail = `::: rail\n${NAMES.slice(0, 3).map((n, i) => tile(n, i, 'rail-card')).join('\n')}\n:::`;
		const { grid } = grids(`::: grid\n${NAMES.map((n, i) => tile(n, i)).join('\n')}\n:::\n\n${rail}\n`);
		assert.strictEqual(grid?.pricedItems, NAMES.length);
		assert.strictEqual(className(grid?.block), 'grid');
	});

	test('sections of text that name a price, unlinked items, hidden tiles and two priced items are no grid', () => {
		const long = `::: plans\n${NAMES.map((n, i) => `::: plan\n[${n}](/p/${i})\n\n${FACTS} ${FACTS} ${FACTS}\n\n$${20 + i}.00\n:::`).join('\n')}\n:::`;
		assert.strictEqual(grids(long).cards, undefined);
		const unlinked = `::: grid\n${NAMES.map((n, i) => `::: product-tile\n${n}\n\n$${20 + i}.00\n:::`).join('\n')}\n:::`;
		assert.strictEqual(grids(unlinked).cards, undefined);
		const hidden = `::: grid\n${NAMES.map((n, i) => `::: {.product-tile style="display:none"}\n[${n}](/p/${i})\n\n$${20 + i}.00\n:::`).join('\n')}\n:::`;
		assert.strictEqual(grids(hidden).cards, undefined);
		const two = `::: grid\n${NAMES.slice(0, 2).map((n, i) => tile(n, i)).join('\n')}\n:::`;
		assert.strictEqual(grids(two).cards, undefined);
	});
});
