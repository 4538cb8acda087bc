// Metadata (issue 12): a lone linked headline is the page's permalink, so a page taken for a listing or service keeps its byline and date.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { ArticleMetadata } from '../../src/core/extract/article';
import { extractMetadata } from '../../src/core/extract/metadata';

function md(lines: readonly string[], pageKind: string): ArticleMetadata {
	return extractMetadata(parseDump(`${lines.join('\n')}\n`), { pageKind });
}

const THREAD = [
	'# [Why does my resolver loop forever?](/t/why-does-my-resolver-loop-forever/4417)',
	'',
	'[Ada Quill](/u/ada-quill){.author}',
	'',
	'::: post-date',
	'March 3, 2026',
	':::',
	'',
	'I set up two containers and the name lookups between them never return; here is what I tried so far.',
	'',
];

suite('Metadata: a lone linked headline (loneLinkedTitle.ts)', () => {
	test('a thread whose title links to itself, taken for a service page, keeps its author and date', () => {
		const m = md(THREAD, 'service');
		assert.strictEqual(m.author?.value, 'Ada Quill');
		assert.strictEqual(m.published?.value, '2026-03-03');
	});

	test('the same headline among teaser headings that link to other pages is a teaser: no author, no date', () => {
		// Teasers at the title's level: under an h1 title, linked headings of other levels are no sibling teasers (pageHeadlineLevel.ts).
		const teasers = ['# [Containers cannot reach each other](/t/containers-cannot-reach-each-other/4418)', '', '# [DNS fails after upgrade](/t/dns-fails-after-upgrade/4419)', ''];
		const m = md([...THREAD, ...teasers], 'listing');
		assert.strictEqual(m.author, undefined);
		assert.strictEqual(m.published, undefined);
	});

	test('another heading linking to the same page or to an anchor does not make it a teaser', () => {
		const again = ['## [Why does my resolver loop forever?](/t/why-does-my-resolver-loop-forever/4417)', '', '## [Replies](#replies)', ''];
		assert.strictEqual(md([...THREAD, ...again], 'listing').author?.value, 'Ada Quill');
	});
});
