// A collection's sort chooser, per-page chooser and pager printed as text are dropped (heuristics/sortBar.ts); single words a truth may keep stay.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { RemovedRegion } from '../../src/core/extract/article';
import { dropSortBars, isToolbarLine, MAX_TOOLBAR_CHARS } from '../../src/core/extract/heuristics/sortBar';
import { collection } from '../../src/core/extract/kinds/collection';
import { resultsContext, textLines } from '../util/gridContext';

const CARDS = ['Canvas Tent', 'Trail Stove', 'Camp Chair', 'Cooler Box', 'Head Torch', 'Dry Bag', 'Sleeping Mat', 'Water Filter'];
const GRID = CARDS.map((n, i) => `-   [${n}](/p/${i})\n\n    $${20 + i}.00`).join('\n');

function lines(dump: string): { kept: string[]; removed: RemovedRegion[] } {
	const removed: RemovedRegion[] = [];
	return { kept: textLines(dropSortBars(parseDump(dump).blocks, removed)), removed };
}

suite('Sort bars', () => {
	test('a sort chooser printed as one line, a per-page chooser and a pager are toolbar lines', () => {
		assert.ok(isToolbarLine('Default sorting Sort by popularity Sort by latest Sort by price: low to high Sort by price: high to low'));
		assert.ok(isToolbarLine('Best MatchBrand: A - ZBrand: Z - APrice: Low - HighPrice: High - LowNewest'));
		assert.ok(isToolbarLine('Show 30 Per Page 60 Per Page 90 Per Page'));
		assert.ok(isToolbarLine('You are currently on page 1 Go to page 2Go to page 3 Next'));
		assert.ok(isToolbarLine('loaded 83 results'));
	});

	test('single words a truth may keep, and prose naming two sort words, are not', () => {
		for (const t of ['Next', 'Show more', 'Filters', '672 results', 'Bestselling', '51 products']) assert.ok(!isToolbarLine(t), t);
		const prose = `Our newest tents and our bestselling stoves are here, ${'with long sentences about the season ahead and the trails we walked, '.repeat(5)}`;
		assert.ok(prose.length > MAX_TOOLBAR_CHARS);
		assert.ok(!isToolbarLine(prose));
	});

	test('the chooser goes from the blocks, the grid stays', () => {
		const { kept, removed } = lines(`::: toolbar\nDefault sorting Sort by popularity Sort by price: low to high\n:::\n\n${GRID}\n`);
		assert.ok(!kept.some((l) => l.includes('sorting')), kept.join('|'));
		for (const n of CARDS) assert.ok(kept.includes(n), n);
		assert.strictEqual(removed[0].step, 'sort-bar');
	});

	test('a chooser written as a list loses its options, a list with one such item keeps it', () => {
		const chooser = '-   Relevance\n-   Price: low to high\n-   Price: high to low\n-   Newest';
		assert.deepStrictEqual(lines(`${chooser}\n\n${GRID}\n`).kept.slice(0, 2), ['Canvas Tent', '$20.00']);
		const menu = '-   Newest\n-   Tents\n-   Stoves';
		assert.ok(lines(menu).kept.includes('Newest'));
	});

	test("a platform's default chooser run together is a toolbar line; the same options as a list stay", () => {
		assert.ok(isToolbarLine('FeaturedBest sellingAlphabetically, A-ZAlphabetically, Z-APrice, low to highPrice, high to lowDate, old to newDate, new to old'));
		assert.ok(isToolbarLine('Featured Alphabetically, A-Z Date, new to old'));
		assert.ok(!isToolbarLine('Alphabetically, A-Z'));
		const list = '-   Featured\n-   Alphabetically, A-Z\n-   Alphabetically, Z-A\n-   Price, low to high\n-   Date, new to old';
		assert.ok(lines(`${list}\n\n${GRID}\n`).kept.includes('Price, low to high'));
	});

	test('the collection strategy reads a category without its sort chooser', () => {
		const { ctx } = resultsContext(`::: results\nSort By... Product Name Newest Products Priced Low to High Priced High to Low Best Sellers\n\n${GRID}\n:::\n`);
		const text = textLines(collection.extract(ctx)?.blocks ?? []);
		assert.ok(text.includes('Water Filter') && !text.some((l) => l.startsWith('Sort By')), text.join('|'));
	});
});
