// Metadata (issue 12): under a linked h1 title, linked headings of other levels (link previews, menus) do not make it a teaser's.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { ArticleMetadata } from '../../src/core/extract/article';
import { extractMetadata } from '../../src/core/extract/metadata';

function md(lines: readonly string[], pageKind: string): ArticleMetadata {
	return extractMetadata(parseDump(`${lines.join('\n')}\n`), { pageKind });
}

const BYLINE = ['[Ada Quill](/u/ada-quill){.author}', '', '::: post-date', 'March 3, 2026', ':::', ''];
const BODY = ['I set up two containers and the name lookups between them never return; here is what I tried so far.', ''];
/** A thread's link preview and a site's footer menu: linked headings of other levels that lead to other pages. */
const OTHERS = ['### [Name lookups in bridged networks](https://docs.example.org/networking/dns)', '', 'A guide to resolvers in container networks.', '', '##### [Company](https://example.com/company)', '', '##### [Careers](https://example.com/careers)', ''];

suite('Metadata: a linked h1 title beside linked headings of other levels (pageHeadlineLevel.ts)', () => {
	test('a thread with an h1 permalink title and linked h3/h5 headings, taken for a service page, keeps its author and date', () => {
		const m = md(['# [Why does my resolver loop forever?](/t/why-does-my-resolver-loop-forever/4417)', '', ...BYLINE, ...BODY, ...OTHERS], 'service');
		assert.strictEqual(m.author?.value, 'Ada Quill');
		assert.strictEqual(m.published?.value, '2026-03-03');
	});

	test('the same as a listing item: an h2 title beside linked headings of other levels is still a teaser', () => {
		const m = md(['## [Why does my resolver loop forever?](/t/why-does-my-resolver-loop-forever/4417)', '', ...BYLINE, ...BODY, ...OTHERS], 'listing');
		assert.strictEqual(m.author, undefined);
		assert.strictEqual(m.published, undefined);
	});

	test('on an article the byline is read whatever the headings', () => {
		const m = md(['## [Why does my resolver loop forever?](/t/why-does-my-resolver-loop-forever/4417)', '', ...BYLINE, ...BODY, ...OTHERS], 'article');
		assert.strictEqual(m.author?.value, 'Ada Quill');
	});
});
