// Metadata (issue 12): a plain-text date repeated down a page with no byline is a list item's, not the page's (bylinelessListDates.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { ArticleMetadata } from '../../src/core/extract/article';
import { extractMetadata } from '../../src/core/extract/metadata';

function md(lines: readonly string[]): ArticleMetadata {
	return extractMetadata(parseDump(`${lines.join('\n')}\n`), { pageKind: 'article' });
}

const FILLER = 'The controller reads the spindle speed twice a second and slows the feed when the load climbs past the limit.';
const BODY = Array.from({ length: 6 }, () => [FILLER, '']).flat();
const DATES = ['March 3, 2025', 'January 9, 2025', 'October 14, 2024', 'June 2, 2024'];

/** A page whose title is followed by release lines, each a `release` box holding `line(date)`. */
const PAGE = (byline: string[], line: (date: string) => string): string[] => [
	'# Lathe controller releases',
	'',
	...byline,
	...DATES.flatMap((d) => ['::: release', line(d), ':::', '']),
	...BODY,
];

suite('Metadata: repeated plain dates on a page with no byline (bylinelessListDates.ts)', () => {
	test("the first of a list's plain dates is not the page's date", () => {
		const m = md(PAGE([], (d) => `Version notes, ${d}`));
		assert.strictEqual(m.published, undefined);
	});

	test('with a byline, the first of the repeated dates is still read', () => {
		const m = md(PAGE(['By Mara Quill', ''], (d) => `Version notes, ${d}`));
		assert.strictEqual(m.published?.value, '2025-03-03');
	});

	test('dates in date markup are still read with no byline', () => {
		const m = md(PAGE([], (d) => `[${d}]{.post-date}`));
		assert.strictEqual(m.published?.value, '2025-03-03');
	});
});
