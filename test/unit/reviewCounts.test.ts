// A collection card's review-count line ("146 Reviews") is dropped (kinds/reviewCounts.ts); star ratings and the item's own words stay.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { RemovedRegion } from '../../src/core/extract/article';
import { collection } from '../../src/core/extract/kinds/collection';
import { dropReviewCounts, isReviewCount } from '../../src/core/extract/kinds/reviewCounts';
import { resultsContext, textLines } from '../util/gridContext';

const TEAS = ['Green Sencha Tin', 'Black Assam Tin', 'Oolong Tin', 'Jasmine Pearls', 'Earl Grey Tin', 'Rooibos Tin', 'Chai Blend', 'Mint Tin'];
const card = (name: string, i: number): string => `-   [${name}](/p/${i})\n\n    ${(12 + i * 7).toString()} Reviews\n\n    $${(9 + i).toString()}.50`;
const GRID = `::: results\n${TEAS.map(card).join('\n')}\n:::\n`;

function dropped(dump: string): { lines: string[]; removed: RemovedRegion[] } {
	const removed: RemovedRegion[] = [];
	return { lines: textLines(dropReviewCounts(parseDump(dump).blocks, removed)), removed };
}

suite('Review counts', () => {
	test('a line that is only a count of reviews or ratings is one', () => {
		for (const t of ['146 Reviews', '(1,234) reviews', '12 ratings', '1 review']) assert.ok(isReviewCount(t), t);
		for (const t of ['4.1 out of 5 stars', '411 reviews with an average rating of 4.1 out of 5 stars', 'Reviews', 'Read 12 reviews of this tea', '(123)']) {
			assert.ok(!isReviewCount(t), t);
		}
	});

	test('each card loses its review count and keeps its name and price', () => {
		const { lines, removed } = dropped(GRID);
		assert.ok(!lines.some((l) => /Reviews$/.test(l)), lines.join('|'));
		for (const name of TEAS) assert.ok(lines.includes(name), name);
		assert.ok(lines.includes('$9.50'), lines.join('|'));
		assert.strictEqual(removed.length, TEAS.length);
		assert.strictEqual(removed[0].step, 'review-count');
	});

	test('the collection strategy reads the grid without the review counts', () => {
		const { ctx } = resultsContext(GRID);
		const lines = textLines(collection.extract(ctx)?.blocks ?? []);
		assert.ok(lines.includes('Mint Tin') && !lines.some((l) => /Reviews$/.test(l)), lines.join('|'));
	});

	test('a paragraph that speaks of reviews stays', () => {
		const { lines, removed } = dropped('Our teas have 146 reviews from buyers across the country.\n');
		assert.strictEqual(removed.length, 0);
		assert.strictEqual(lines.length, 1);
	});
});
