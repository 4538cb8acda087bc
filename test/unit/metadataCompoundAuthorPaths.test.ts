// Metadata (issue 12): a link to a writer's page in a compound-named author folder ("/blog-authors/orla-fennimore") is an author-page link (`compoundAuthorPaths.ts`).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';
import { isCompoundAuthorPath } from '../../src/core/extract/metadata/compoundAuthorPaths';

const PARAGRAPHS =
	'Rhubarb forces early if you cover the crown with a tall pot in late winter: the stalks grow pale, tender and sweet, and they are ready a month before the open ones.\n\n' +
	'Let a forced crown rest the following year, feed it with compost in autumn, and pick only the thickest stalks, twisting them off at the base rather than cutting.\n\n';

const BODY = PARAGRAPHS.repeat(8);

function authorOf(dump: string): string | undefined {
	return extractMetadata(parseDump(dump), {}).author?.value;
}

suite('Metadata: author pages in compound-named folders', () => {
	test('an empty link to such a page, then the name alone, after the article names the author', () => {
		const dump = `# Forcing rhubarb under a pot\n\n${BODY}::: {.b1}\n[](/blog-authors/orla-fennimore)\n\n::: {.b2}\nOrla Fennimore\n:::\n:::\n`;
		assert.strictEqual(authorOf(dump), 'Orla Fennimore');
	});

	test('a name linked to such a page under the title names the author', () => {
		const dump = `# Forcing rhubarb under a pot\n\n::: {.m1}\n[Orla Fennimore](https://example.org/news_writers/orla-fennimore/)\n:::\n\n${BODY}`;
		assert.strictEqual(authorOf(dump), 'Orla Fennimore');
	});

	test("a firm's staff folders and other compound folders are not author pages", () => {
		for (const href of ['/our-team/orla-fennimore', '/meet-the-staff/orla', '/our-people/orla/', '/blog-authors/', '/authorship-guide/orla', '/co-authors-list']) assert.strictEqual(isCompoundAuthorPath(href), false, href);
		for (const href of ['/blog-authors/orla-fennimore', '/post-author/orla?x=1', '/guest_contributors/orla/']) assert.strictEqual(isCompoundAuthorPath(href), true, href);
	});
});
