// Collection pages: each card keeps its item (name, price, details) without its buttons, badges and repeated lines.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { isCardControl } from '../../src/core/extract/heuristics/cardControls';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { cardRanges, dropCardRepeats } from '../../src/core/extract/heuristics/cardRepeats';
import { blockText } from '../../src/core/extract/inlineText';
import type { RemovedRegion } from '../../src/core/extract/article';
import { extractFixture } from '../util/kindFixtures';

const count = (text: string, s: string): number => text.split(s).length - 1;

/** The text of the blocks `dropCardRepeats` keeps from a dump, one line per leaf block. */
function keptLines(dump: string): string[] {
	const removed: RemovedRegion[] = [];
	const index = new BlockIndex(parseDump(dump));
	const blocks = dropCardRepeats(index.doc.blocks, cardRanges(index), removed);
	return blocks.map((b) => blockText(b)).join('\n').split('\n').map((l) => l.trim()).filter((l) => l !== '');
}

suite('Collection cards', () => {
	test('a category grid keeps each card once, without its buttons and badges', () => {
		const { text, kind } = extractFixture('collection-card-noise.txt');
		assert.strictEqual(kind, 'collection');
		assert.ok(text.includes('fitted and tested by our staff'), text);
		for (const name of ['Northwind Alder Trail Pack 28', 'Kestrel Gear Cedar Day Pack 18', 'Fernway Elm Ultralight Pack 35']) assert.strictEqual(count(text, name), 1, `${name}: ${text}`);
		// Details shared by every card stay in every card, labels included.
		assert.strictEqual(count(text, '20 lbs.'), 8, text);
		assert.strictEqual(count(text, 'Weight:'), 8, text);
		assert.ok(text.includes('$249.00'), text);
		for (const dropped of ['Quick shop', 'Compare', 'Add to cart', 'Top rated', 'New arrival', 'Best seller', 'Copyright']) assert.ok(!text.includes(dropped), `kept ${dropped}: ${text}`);
	});

	test('a card\'s line that an earlier line of the same card holds goes; the same line in another card stays', () => {
		const card = (name: string): string => `::: {.tile}\n### ${name} Headphones\n\n${name}\n\nSold out\n\nSold out\n\nWeight Capacity:\n\nWeight:\n:::\n`;
		const lines = keptLines(['Acme', 'Borealis', 'Corvid'].map(card).join('\n'));
		const kept = (name: string): string[] => [`${name} Headphones`, 'Sold out', 'Weight Capacity:', 'Weight:'];
		assert.deepStrictEqual(lines, [...kept('Acme'), ...kept('Borealis'), ...kept('Corvid')]);
		// Two tiles are not a grid: nothing is compared.
		assert.strictEqual(keptLines(['Acme', 'Borealis'].map(card).join('\n')).length, 12);
		// A list of cards is a grid too.
		assert.deepStrictEqual(keptLines('-   Delta Lamp\n\n    Delta\n\n-   Echo Lamp\n\n    Echo\n\n-   Foxtrot Lamp\n\n    Foxtrot\n'), ['Delta Lamp', 'Echo Lamp', 'Foxtrot Lamp']);
	});

	test('controls and badges are lines of their own; stock states and sentences are not controls', () => {
		for (const c of ['Compare', 'Quick shop', 'Quick View', 'Add to cart', 'Top Rated', 'New arrivals', 'Sort: Best Match', 'Show 90 results per page', 'Choose options']) assert.ok(isCardControl(c), c);
		for (const c of ['Sold out', 'Out of stock', 'Compare the two packs side by side before you buy.', 'Northwind Alder Trail Pack 28', '']) assert.ok(!isCardControl(c), c);
	});

	test('a row of two or more controls on one line is a control; a row naming a stock state, or a name beside a control, is not', () => {
		for (const c of ['Quick view Compare', 'Add to cart | View details', 'Quick shop · Compare', 'Add to cart Add to cart', 'Filter and sort', 'Sort & Filter', 'Filter and sort Filter']) assert.ok(isCardControl(c), c);
		for (const c of ['Sold out Quick view', 'Northwind Pack Compare', 'Compare prices of the two packs', 'Quick view of the Alder pack', 'Shop by', 'Filter coffee and sort the beans']) assert.ok(!isCardControl(c), c);
	});

	test('the comparison toggle that names its card is a control, however long the name; a sentence about comparing is not', () => {
		for (const c of ["Add Alder Trail Pack 28 - Women's to Compare", 'Add Northwind Alder Ultralight Two-Person Backpacking Tent with Footprint, Rainfly and Stuff Sack (2025 Edition) to compare', 'Add Kestrel 3 to   compare']) assert.ok(isCardControl(c), c);
		for (const c of ['Add a pack to your cart and compare later', 'Add the two packs to compare them side by side before you decide which one fits you', 'Add to compare or buy']) assert.ok(!isCardControl(c), c);
	});
});
