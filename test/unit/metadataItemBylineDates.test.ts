// Metadata (issue 12): a repeated date on a page whose bylines are a list's items is an item's, not the page's (itemBylineDates.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { ArticleMetadata } from '../../src/core/extract/article';
import { extractMetadata } from '../../src/core/extract/metadata';
import { bylinesAreItems, isItemListDate } from '../../src/core/extract/metadata/itemBylineDates';
import type { Candidate } from '../../src/core/extract/metadata/scan';

function md(lines: readonly string[]): ArticleMetadata {
	return extractMetadata(parseDump(`${lines.join('\n')}\n`), { pageKind: 'article' });
}

const NAMES = ['Mara Quill', 'Ivo Brandt', 'Lena Sorel', 'Tomas Evers', 'Ada Fenn'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November'];
/** More entries than a page's posts: their bylines are a long list's (`LIST_ITEMS_MIN` in repeatedBylines.ts). */
const ENTRIES = 55;

/** A notes feed: its title, then entries each with an author-classed name, a plain date and one line (no heading each). */
const FEED = [
	'# Workshop notes',
	'',
	'Short notes from the workshop floor, newest first.',
	'',
	...Array.from({ length: ENTRIES }, (_, i) => [
		'::: entry',
		`[${NAMES[i % NAMES.length]}](/author/${i % NAMES.length}){.author}`,
		'',
		`${MONTHS[i % MONTHS.length]} ${1 + (i % 27)}, ${2025 - Math.floor(i / MONTHS.length)}`,
		'',
		`Note ${i + 1}: the lathe in bay ${i + 1} was trued and oiled before the morning shift.`,
		':::',
		'',
	]).flat(),
];

function cand(rule: string, score: number): Candidate<string> {
	return { value: 'x', source: { start: 0, end: 1 }, rule, score };
}

suite('Metadata: repeated dates beside bylines that are items (itemBylineDates.ts)', () => {
	test("a feed's first date is not the page's date when its bylines are the entries'", () => {
		// Without the rule: published 2025-01-01 (text:near-title:first-of-43).
		const m = md(FEED);
		assert.strictEqual(m.author, undefined);
		assert.strictEqual(m.published, undefined);
	});

	test('a repeated date is withheld only when the bylines were withheld as items', () => {
		const date = cand('text:near-title:first-of-4', 40);
		assert.strictEqual(isItemListDate(date, bylinesAreItems([cand('class:author', 60)], undefined)), true);
		// An author was chosen (a thread's first poster): the first date is the opening post's.
		assert.strictEqual(isItemListDate(date, bylinesAreItems([cand('class:author', 60)], cand('class:author:first-of-4', 60))), false);
		// A platform profile's posters that gave no author are a thread's posts (see metadataForumDates.test.ts).
		assert.strictEqual(isItemListDate(date, bylinesAreItems([cand('profile:xenforo:author', 105)], undefined)), false);
		// No byline strong enough to report: bylinelessListDates.ts decides.
		assert.strictEqual(isItemListDate(date, bylinesAreItems([cand('text:by-line', 5)], undefined)), false);
	});

	test('a single date is not withheld by this rule', () => {
		assert.strictEqual(isItemListDate(cand('text:near-title', 40), true), false);
	});
});
