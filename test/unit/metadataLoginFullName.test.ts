// Metadata (issue 12): a login in the byline is reported as the full name the page gives the same person (loginFullName.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { ArticleMetadata } from '../../src/core/extract/article';
import { extractMetadata } from '../../src/core/extract/metadata';

function md(lines: readonly string[]): ArticleMetadata {
	return extractMetadata(parseDump(`${lines.join('\n')}\n`), { pageKind: 'article' });
}

const FILLER = 'Receipts kept in one folder make the spring filing an afternoon rather than a week of searching drawers.';
const BODY = Array.from({ length: 8 }, () => [FILLER, '']).flat();

/** A post whose byline shows `login` and whose author box at the end shows `boxName`, each linking to its address (none when empty). */
const POST = (login: string, loginHref: string, boxName: string, boxHref: string): string[] => [
	'# How to keep receipts for tax season',
	'',
	`-   Written by [${login}](${loginHref}){.author rel="author"}`,
	'-   Published Oct 10, 2023',
	'',
	...BODY,
	boxHref ? `## Written by [${boxName}](${boxHref})` : `## Written by ${boxName}`,
	'',
	`${boxName.split(' ')[0]} is a tax writer who has covered personal finance for ten years.`,
	'',
];

suite('Metadata: a login and the full name of the same person (loginFullName.ts)', () => {
	test('a login linking to the same author page as the author box is reported as the full name', () => {
		const m = md(POST('quill77', '/author/quill77/', 'Mara Quill', '/author/quill77/'));
		assert.strictEqual(m.author?.value, 'Mara Quill');
		assert.match(m.author?.rule ?? '', /:full-name$/);
	});

	test('a login made of a word of the full name is reported as the full name when only one of them links to an author page', () => {
		const m = md(POST('TaxTipsMara', '/author/taxtipsmara/', 'Mara Quill', ''));
		assert.strictEqual(m.author?.value, 'Mara Quill');
	});

	test('a login and a full name with author pages of their own are two people', () => {
		const m = md(POST('TaxTipsMara', '/author/taxtipsmara/', 'Mara Quill', '/author/mara-quill/'));
		assert.strictEqual(m.author?.value, 'TaxTipsMara');
	});

	test('a login that holds no word of the full name is kept, even with the same author page', () => {
		const m = md(POST('woodshop', '/author/maraquill/', 'Mara Quill', '/author/maraquill/'));
		assert.strictEqual(m.author?.value, 'woodshop');
	});

	test('the date beside the login is still read', () => {
		const m = md(POST('mquill', '/author/mquill/', 'Mara Quill', '/author/mquill/'));
		assert.strictEqual(m.published?.value, '2023-10-10');
	});

	test("another person's full name does not replace the login", () => {
		const m = md(POST('taxwriter77', '/author/taxwriter77/', 'Oren Vale', '/author/oren-vale/'));
		assert.strictEqual(m.author?.value, 'taxwriter77');
	});

	test('a one-word first name is not taken for a login', () => {
		const m = md(POST('Mara', '/author/mara/', 'Mara Quill', '/author/mara/'));
		assert.strictEqual(m.author?.value, 'Mara');
	});
});
