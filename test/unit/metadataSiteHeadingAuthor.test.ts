// Metadata (issue 12): a name in the site's heading (an h1 linked home above the headline) is no author, whatever its markup (siteHeadingAuthor.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { ArticleMetadata } from '../../src/core/extract/article';
import { extractMetadata } from '../../src/core/extract/metadata';

function md(lines: readonly string[]): ArticleMetadata {
	return extractMetadata(parseDump(`${lines.join('\n')}\n`), { pageKind: 'article' });
}

const FILLER = 'Small tools grow into large habits when nobody writes down why they were built in the first place.';
const POST = (head: string, byline: string): string[] => [head, '', '## Why small tools outlive their makers', '', byline, '', ...Array.from({ length: 6 }, () => [FILLER, '']).flat()];

suite('Metadata: site heading marked as author (siteHeadingAuthor.ts)', () => {
	test("a blog's name in an h1 linked home with rel=author is not the post's author", () => {
		const m = md(POST('# [Notes from the Shed](/){.h-card .p-author rel="author"}', ''));
		assert.strictEqual(m.author, undefined);
	});

	test("the post's own byline is read instead", () => {
		const m = md(POST('# [Notes from the Shed](/){.h-card .p-author rel="author"}', 'By Petra Lind'));
		assert.strictEqual(m.author?.value, 'Petra Lind');
	});

	test('a rel=author link under the headline is still the author', () => {
		const m = md(POST('# [Notes from the Shed](/)', '[Petra Lind](/about){rel="author"}'));
		assert.strictEqual(m.author?.value, 'Petra Lind');
	});
});
