// Metadata (issue 12): the page's only date, labelled as its publication, is kept on undated kinds far from the title too (kindPolicy.ts keepDateOnKind).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { ArticleMetadata } from '../../src/core/extract/article';
import { extractMetadata } from '../../src/core/extract/metadata';

function md(lines: readonly string[], pageKind: string): ArticleMetadata {
	return extractMetadata(parseDump(`${lines.join('\n')}\n`), { pageKind });
}

const FILLER = 'The ferry timetable changes twice a year, and the winter one drops the late crossing on weekdays.';
/** Paragraphs enough to put the meta box past FAR_FROM_TITLE_CHARS (20,000) of the title: its date scores under MIN_REPORTED_SCORE. */
const PARAGRAPHS = 230;
/** A post: its title, a long text, then `meta` (a post's meta box after the text). */
const PAGE = (meta: string[]): string[] => ['# Crossing to the islands in winter', '', ...Array.from({ length: PARAGRAPHS }, () => [FILLER, '']).flat(), ...meta, ''];
const META = ['::: post-meta', '[Published On: 15 August 2025]{.published-date}', ':::'];

suite('Metadata: a lone labelled publication date on undated kinds (kindPolicy.ts)', () => {
	test('a post taken for a service page keeps its only date, labelled as published, far under the title', () => {
		const m = md(PAGE(META), 'service');
		assert.strictEqual(m.published?.value, '2025-08-15');
	});

	test('the same date without its label is not reported there', () => {
		const m = md(PAGE(['::: post-meta', '[15 August 2025]{.post-meta-item}', ':::']), 'service');
		assert.strictEqual(m.published, undefined);
	});

	test('a product page still reports no date', () => {
		const m = md(PAGE(META), 'product');
		assert.strictEqual(m.published, undefined);
	});
});
