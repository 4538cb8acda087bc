// Metadata (issue 12, session 36 meta41): a "By" line under a later section heading is the section's (`sectionBylines.ts`); a heading linked to the home page is no sibling teaser (`siteHomeLinks.ts`).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { ArticleMetadata } from '../../src/core/extract/article';
import { extractMetadata } from '../../src/core/extract/metadata';
import { linksHome } from '../../src/core/extract/metadata/siteHomeLinks';

function md(lines: readonly string[], pageKind?: string): ArticleMetadata {
	return extractMetadata(parseDump(`${lines.join('\n')}\n`), { pageKind });
}

const INTRO = 'Here are some books, papers and talks we have found useful in some way over the years, each one offering ideas that are inspiring, insightful or challenging, and a few more words.';

suite('Metadata: section bylines and home-page headings (meta41)', () => {
	test("a reading list's item byline under its own heading is not the page's author", () => {
		const a = md([
			'# Our little library',
			'',
			INTRO,
			'',
			'#### The House of Modernity',
			'',
			'**By Jane Okafor,** the Futures Collective',
			'',
			'A story told in the old way, drawing attention to paradoxes in ways that encourage us to think again.',
		]);
		assert.strictEqual(a.author, undefined);
	});

	test('a "By" line under a subtitle heading just below the title is still the page\'s byline', () => {
		const a = md(['# How to plant a winter garden', '', '## Five steps before the first frost', '', 'By Jane Okafor', '', INTRO, '', INTRO]);
		assert.strictEqual(a.author?.value, 'Jane Okafor');
	});

	test('a link to the home page is recognised in its usual forms', () => {
		for (const h of ['/', './', 'https://example.com/', 'https://example.com', '//example.com/', '/index.html']) assert.ok(linksHome(h), h);
		for (const h of ['/blog/post', 'https://example.com/blog/post', '#top', '', '/?p=12']) assert.ok(!linksHome(h), h);
	});

	test("a site-name h1 linked to the home page does not make a post's linked title a teaser's", () => {
		const page = (siteHref: string): string[] => [
			`# [Seattle Cleaning Co.](${siteHref}) {.site-title}`,
			'',
			'# [What a deep clean costs in San Diego](/blog/deep-clean-costs){.u-url rel="bookmark"}',
			'',
			'::: entry-byline',
			'[[Madison Green](/blog?author=65fa){.p-author .author rel="author"}]{.entry-author .vcard}',
			':::',
			'',
			INTRO,
			'',
			INTRO,
		];
		// Taken for a service page (the kind detector's miss), the post keeps its byline.
		assert.strictEqual(md(page('/'), 'service').author?.value, 'Madison Green');
		// A sibling heading that leads to another story still makes the title a teaser's.
		assert.strictEqual(md(page('/blog/another-story'), 'service').author, undefined);
	});
});
