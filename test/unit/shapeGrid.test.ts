// Priced cards found by their repeated shape, whatever their class words (kinds/shapeGrid.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { isMainGrid } from '../../src/core/extract/kinds/gridFallback';
import { MIN_PRICED_SHARE, MIN_SHAPE_CARDS, shapeGrid } from '../../src/core/extract/kinds/shapeGrid';
import { shopGrid } from '../../src/core/extract/kinds/shopGrid';
import { productChrome } from '../../src/core/extract/kinds/productRegion';
import { pageSignals } from '../../src/core/extract/kinds/signals';
import { wholePage } from '../../src/core/extract/kinds/wholePage';

const NAMES = ['Oak Side Table', 'Linen Throw', 'Stone Vase', 'Wool Rug', 'Brass Lamp', 'Cane Chair', 'Glass Carafe', 'Clay Planter'];

/** Cards with no class word at all (a data attribute only), each a linked name, a maker's line and a price. */
function bareCards(prices: (i: number) => string = (i) => `$${40 + i}.00`, names: readonly string[] = NAMES): string {
	return names.map((name, i) => `::: {data-pos="${i}"}\n![](/img/${i}.jpg)\n\n### [${name}](/p/${i})\n\nMade by hand in a small workshop\n\n${prices(i)}\n:::`).join('\n\n');
}

function indexOf(dump: string): BlockIndex {
	return new BlockIndex(parseDump(dump));
}

suite('Shape grid', () => {
	test('cards with no class word line up by their shape', () => {
		const index = indexOf(`# Living Room\n\n${bareCards()}\n`);
		// No class signature groups them: the class-word grid finds nothing.
		assert.strictEqual(shopGrid(index, pageSignals(index), productChrome(index)), undefined);
		const grid = shapeGrid(index);
		assert.ok(grid);
		assert.strictEqual(grid.pricedItems, NAMES.length);
		assert.strictEqual(grid.items, NAMES.length);
		assert.ok(isMainGrid({ index, signals: pageSignals(index), whole: wholePage(index) }));
	});

	test('sections of one shape that name a price here and there are no grid', () => {
		assert.strictEqual(MIN_PRICED_SHARE, 0.75);
		const twelve = [...NAMES, 'Jute Basket', 'Cotton Cushion', 'Birch Shelf', 'Tin Candle'];
		// Eight of twelve priced: under three quarters.
		assert.strictEqual(shapeGrid(indexOf(bareCards((i) => (i < 8 ? `$${40 + i}.00` : 'Ask us'), twelve))), undefined);
		// Nine of twelve: a grid.
		assert.strictEqual(shapeGrid(indexOf(bareCards((i) => (i < 9 ? `$${40 + i}.00` : 'Ask us'), twelve)))?.pricedItems, 9);
	});

	test('fewer priced cards than a grid are no grid', () => {
		assert.strictEqual(MIN_SHAPE_CARDS, 8);
		const few = NAMES.slice(0, MIN_SHAPE_CARDS - 1).map((name, i) => `::: {data-pos="${i}"}\n### [${name}](/p/${i})\n\n$${40 + i}.00\n:::`).join('\n\n');
		assert.strictEqual(shapeGrid(indexOf(few)), undefined);
	});

	test('cards of another shape do not join the group', () => {
		const odd = NAMES.map((name, i) => (i % 2 === 0 ? `::: {data-pos="${i}"}\n### [${name}](/p/${i})\n\n$${40 + i}.00\n:::` : `::: {data-pos="${i}"}\n[${name}](/p/${i})\n\n### $${40 + i}.00\n:::`)).join('\n\n');
		assert.strictEqual(shapeGrid(indexOf(odd)), undefined);
	});

	test("the cards' own prose is the grid's, not text beside it", () => {
		const blurb = (i: number): string => `Turned from a single piece of reclaimed timber and finished by hand with oil and wax, number ${i} of a small run that sells out every spring.`;
		const cards = NAMES.map((name, i) => `::: {data-pos="${i}"}\n![](/img/${i}.jpg)\n\n### [${name}](/p/${i})\n\n${blurb(i)}\n\n$${40 + i}.00\n:::`).join('\n\n');
		const intro = 'Pieces for the room where the day ends: tables, throws and lamps from makers we visit every year, chosen for how they wear over many winters rather than how they photograph. '.repeat(3);
		const index = indexOf(`# Living Room\n\n${intro}\n\n${cards}\n`);
		const grid = shapeGrid(index);
		assert.ok(grid && grid.proseChars > 0);
		// The page's prose outside the grid is the intro's, shorter than the grid.
		assert.ok(grid.chars < index.rootStats.proseChars);
		assert.ok(isMainGrid({ index, signals: pageSignals(index), whole: wholePage(index) }));
	});
});
