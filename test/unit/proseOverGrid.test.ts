// Prose over a grid: many long paragraphs per priced card make prose that names prices, not a shop's grid (kinds/proseOverGrid.ts).
import * as assert from 'node:assert';
import { isProseOverGrid, MIN_GRID_ITEMS, MIN_PROSE_PER_PRICED_ITEM } from '../../src/core/extract/kinds/proseOverGrid';
import { extractDumpText } from '../util/kindFixtures';

const card = (i: number): string => `-   [Trailhead Tent ${i}](/product/tent-${i})\n\n    $${180 + i}.00\n`;
/** A grid of this many priced cards (kinds/shopGrid.ts needs a few more than `MIN_GRID_ITEMS` in this plain form). */
const CARDS = 8;
const GRID = Array.from({ length: CARDS }, (_, i) => card(i + 1)).join('\n');
const PARAGRAPH = (i: number): string =>
	`We pitched each tent on ${i + 2} nights of rain and wind, and wrote down how long it took, how dry the floor stayed, and whether the poles bent in a gust; the notes below are what we found, tent by tent.`;

/** A page of `paragraphs` long paragraphs, then the priced grid. */
function page(paragraphs: number): string {
	const prose = Array.from({ length: paragraphs }, (_, i) => PARAGRAPH(i)).join('\n\n');
	return `::: {.content}\n# The best tents of the year\n\n${prose}\n\n## Our picks\n\n${GRID}\n:::\n`;
}

suite('Prose over a grid', () => {
	test('long paragraphs per priced item, with a short grid counted as the least grid', () => {
		assert.strictEqual(isProseOverGrid(MIN_PROSE_PER_PRICED_ITEM * 5, 5), true);
		assert.strictEqual(isProseOverGrid(MIN_PROSE_PER_PRICED_ITEM * 5 - 1, 5), false);
		// Two priced cards beside a sort bar count as the least grid: a few paragraphs of guide keep it a collection.
		assert.strictEqual(isProseOverGrid(MIN_PROSE_PER_PRICED_ITEM * 2, 2), MIN_GRID_ITEMS <= 2);
		assert.strictEqual(isProseOverGrid(MIN_PROSE_PER_PRICED_ITEM * MIN_GRID_ITEMS, 1), true);
	});

	test('a review of many paragraphs with its picks in priced cards is an article; the grid under a short guide is a collection', () => {
		const review = extractDumpText(page(MIN_PROSE_PER_PRICED_ITEM * CARDS + 1));
		assert.strictEqual(review.kind, 'article', review.text.slice(0, 300));
		assert.ok(review.text.includes('tent by tent'), review.text.slice(0, 300));
		// One paragraph fewer than the ratio: still the grid.
		assert.strictEqual(extractDumpText(page(MIN_PROSE_PER_PRICED_ITEM * CARDS - 1)).kind, 'collection');
		const shop = extractDumpText(page(3));
		assert.strictEqual(shop.kind, 'collection', shop.text.slice(0, 300));
		assert.ok(shop.text.includes('Trailhead Tent 8'), shop.text);
	});
});
