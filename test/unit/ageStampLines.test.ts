// A listing's card bylines that end in a relative stamp ("Jane Roe 3 hours ago 12") leave its read; titles and teasers stay (kinds/ageStampLines.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { dropAgeStampLines, MIN_AGE_STAMP_LINES } from '../../src/core/extract/kinds/ageStampLines';
import type { RemovedRegion } from '../../src/core/extract/article';
import { textLines } from '../util/gridContext';

const WRITERS = ['Jane Roe', 'Sam Okafor', 'Lee Martin', 'Ana Ruiz', 'Tom Berg'];
const STAMPS = ['3 hours ago 12', '1 month ago 0', 'a day ago', '2 years ago · 9', '5d ago 1'];

/** A feed of `n` cards: a linked title, a byline stamp line, a teaser. */
function feed(n: number): string {
	return Array.from({ length: n }, (_, i) => `::: {.c1}\n### [Story ${i + 1} about the new laptops](/s/${i})\n\n${WRITERS[i % 5]} ${STAMPS[i % 5]}\n\nThe teaser of story ${i + 1}, which the reader came for.\n:::`).join('\n\n');
}

suite('Listing age stamp lines', () => {
	test('card bylines ending in a relative stamp go; titles and teasers stay', () => {
		const removed: RemovedRegion[] = [];
		const lines = textLines(dropAgeStampLines(parseDump(feed(5)).blocks, removed));
		for (const w of WRITERS) assert.ok(!lines.some((l) => l.startsWith(w)), `kept ${w}: ${lines.join('|')}`);
		assert.ok(lines.includes('Story 5 about the new laptops'));
		assert.ok(lines.includes('The teaser of story 3, which the reader came for.'));
		assert.strictEqual(removed.length, 5);
		assert.ok(removed.every((r) => r.step === 'age-stamp-line'));
	});

	test(`fewer than ${MIN_AGE_STAMP_LINES} such lines stay, and so does a sentence that ends with "ago"`, () => {
		const few = parseDump(feed(MIN_AGE_STAMP_LINES - 1));
		assert.strictEqual(dropAgeStampLines(few.blocks, []), few.blocks);
		const prose = parseDump(
			Array.from({ length: 4 }, (_, i) => `Our group first met to talk about this long-standing question of ours ${i + 2} years ago`).join('\n\n'),
		);
		assert.strictEqual(dropAgeStampLines(prose.blocks, []), prose.blocks);
		const dated = parseDump(Array.from({ length: 4 }, (_, i) => `Jane Roe, March ${i + 2}, 2024`).join('\n\n'));
		assert.strictEqual(dropAgeStampLines(dated.blocks, []), dated.blocks);
	});
});
