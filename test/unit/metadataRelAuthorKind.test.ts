// Metadata (issue 12): a rel=author link is the page's author on any kind, far from the title too (kindPolicy.ts SELF_EVIDENT_RULE_RE).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { ArticleMetadata } from '../../src/core/extract/article';
import { extractMetadata } from '../../src/core/extract/metadata';

function md(lines: readonly string[], pageKind: string): ArticleMetadata {
	return extractMetadata(parseDump(`${lines.join('\n')}\n`), { pageKind });
}

const FILLER = 'Tutoring helps a pupil work through what the lesson left unclear, at their own pace and with questions they choose.';
const PAGE = (credit: string): string[] => ['# What tutoring is and what it is not', '', ...Array.from({ length: 12 }, () => [FILLER, '']).flat(), credit, ''];

suite('Metadata: rel=author on undated kinds (kindPolicy.ts)', () => {
	test('a post taken for a service page keeps a rel=author name far under the title', () => {
		const m = md(PAGE('Posted by [Halina Morrow](/team/halina-morrow){rel="author"}'), 'service');
		assert.strictEqual(m.author?.value, 'Halina Morrow');
	});

	test('the same name as a plain author-page link far under the title is not reported there', () => {
		const m = md(PAGE('Posted by [Halina Morrow](/team/halina-morrow)'), 'service');
		assert.strictEqual(m.author, undefined);
	});
});
