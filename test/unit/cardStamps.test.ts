// A short line a listing prints on card after card is the card's widget and goes; titles, summaries and a directory's repeated values stay (kinds/cardStamps.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { dropCardStamps, MAX_STAMP_TEXTS, MIN_STAMP_COPIES } from '../../src/core/extract/kinds/cardStamps';
import type { RemovedRegion } from '../../src/core/extract/article';
import { textLines } from '../util/gridContext';

const TITLES = ['Pruning the orchard in late winter', 'A field guide to hedge birds', 'Why our bread starter died', 'Mending a cracked clay pot', 'Notes from the seed swap', 'Building a cold frame from old windows', 'The slow return of the river otter'];

function read(dump: string): { lines: string[]; removed: RemovedRegion[] } {
	const removed: RemovedRegion[] = [];
	return { lines: textLines(dropCardStamps(parseDump(dump).blocks, removed)), removed };
}

/** A feed whose every card ends with the lines `extra(i)` gives. */
const feed = (extra: (i: number) => string[], n = TITLES.length): string =>
	TITLES.slice(0, n)
		.map((t, i) => [`::: card\n### [${t}](/p/${i})`, 'A short summary of what the post is about, in a sentence.', ...extra(i), ':::'].join('\n\n'))
		.join('\n\n');

suite('Card stamps in a listing', () => {
	test('a stamp under every card goes, every title and summary stays', () => {
		const { lines, removed } = read(`# Garden journal\n\n${feed(() => ['[Comment](/c)', 'Sponsored'])}\n`);
		assert.ok(!lines.includes('Comment') && !lines.includes('Sponsored'), lines.join('|'));
		for (const t of TITLES) assert.ok(lines.includes(t), `lost ${t}`);
		assert.strictEqual(lines.filter((l) => l.startsWith('A short summary')).length, TITLES.length);
		assert.strictEqual(removed.length, 2 * TITLES.length);
	});

	test('a line printed fewer times than the threshold stays while the one on every card goes', () => {
		const { lines } = read(feed((i) => (i < MIN_STAMP_COPIES - 1 ? ['Comment', 'Share'] : ['Comment'])));
		assert.strictEqual(lines.filter((l) => l === 'Share').length, MIN_STAMP_COPIES - 1, lines.join('|'));
		assert.ok(!lines.includes('Comment'));
	});

	test('values with a digit or a colon, and longer lines, stay while the stamp goes', () => {
		const { lines } = read(feed((i) => ['Difficulty: easy', `${i + 2} comments`, 'Filed under garden tips today', 'Promoted']));
		assert.ok(!lines.includes('Promoted'), lines.join('|'));
		assert.strictEqual(lines.filter((l) => l === 'Difficulty: easy').length, TITLES.length);
		assert.strictEqual(lines.filter((l) => l === 'Filed under garden tips today').length, TITLES.length);
	});

	test('a byline of capitalized words under every card is a name and stays while the stamp goes', () => {
		const { lines } = read(feed(() => ['Kitchen Garden Team', 'Jane Roe', 'Read the story']));
		assert.ok(!lines.includes('Read the story'), lines.join('|'));
		assert.strictEqual(lines.filter((l) => l === 'Kitchen Garden Team').length, TITLES.length);
		assert.strictEqual(lines.filter((l) => l === 'Jane Roe').length, TITLES.length);
	});

	test('a few repeated texts are stamps; one more makes the read a directory of values, kept whole', () => {
		const values = ['Winner', 'Finalist', 'Honoree', 'Shortlisted', 'Mentioned'].slice(0, MAX_STAMP_TEXTS + 1);
		assert.strictEqual(values.length, MAX_STAMP_TEXTS + 1);
		const few = read(feed(() => values.slice(0, MAX_STAMP_TEXTS)));
		assert.strictEqual(few.removed.length, MAX_STAMP_TEXTS * TITLES.length, few.lines.join('|'));
		const many = read(feed(() => values));
		assert.strictEqual(many.removed.length, 0);
		for (const v of values) assert.strictEqual(many.lines.filter((l) => l === v).length, TITLES.length);
	});
});
