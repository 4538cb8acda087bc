// Metadata (issue 12): a WordPress page titled by core keeps the curly single quotes its h1 shows; an SEO plugin's page keeps the straight ones.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';

const BODY = 'A paragraph of body text long enough to be read as the article, with more words after it so it counts.\n';

function titleOf(dump: string): string | undefined {
	return extractMetadata(parseDump(dump), {}).title?.value;
}

/** A WordPress post as pandoc dumps it: the theme's `hentry` article, the h1 `entry-title`, a block-editor body. */
function wordpressPost(before: string, heading: string): string {
	return `${before}::: {.post .hentry}\n# ${heading} {.entry-title}\n\n::: {.entry-content}\n::: wp-block-group\n${BODY}:::\n:::\n:::\n`;
}

suite('Metadata: WordPress titles keep core\'s curly quotes', () => {
	test("a WordPress post's h1 keeps the ’ the page showed (pandoc wrote it as a bare ')", () => {
		assert.strictEqual(titleOf(wordpressPost('', "Why Cheap SEO Doesn't Work")), 'Why Cheap SEO Doesn\u2019t Work');
	});

	test("a Yoast breadcrumb (its last item's class) shows an SEO plugin's title: the quotes are straightened", () => {
		const trail = '[[Home](/) » [Why Cheap SEO Doesn\'t Work]{.breadcrumb_last aria-current="page"}]{#breadcrumbs}\n\n';
		assert.strictEqual(titleOf(wordpressPost(trail, "Why Cheap SEO Doesn't Work")), "Why Cheap SEO Doesn't Work");
		const rankMath = '::: rank-math-breadcrumb\n[Home](/)\n:::\n\n';
		assert.strictEqual(titleOf(wordpressPost(rankMath, "Why Cheap SEO Doesn't Work")), "Why Cheap SEO Doesn't Work");
	});

	test("a page of no WordPress theme and an escaped straight ' are as before", () => {
		assert.strictEqual(titleOf(`# Why Cheap SEO Doesn't Work\n\n${BODY}`), "Why Cheap SEO Doesn't Work");
		assert.strictEqual(titleOf(wordpressPost('', "Poor man\\'s trick")), "Poor man's trick");
	});
});
