// Metadata (issue 12): list items' headings and bylines (index pages, related posts, testimonials) are not the page's title, author or date.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { ArticleMetadata } from '../../src/core/extract/article';
import { extractMetadata } from '../../src/core/extract/metadata';

function md(lines: readonly string[], context: Parameters<typeof extractMetadata>[1] = {}): ArticleMetadata {
	return extractMetadata(parseDump(`${lines.join('\n')}\n`), context);
}

const BODY = 'The article body goes on for a while, long enough to be the text a reader came for, with more words after it.';
const LONG_BODY = Array.from({ length: 40 }, () => BODY).join(' ');

/** A related-posts grid in WordPress markup: every item's heading carries `entry-title`. */
function relatedPosts(n: number): string[] {
	return Array.from({ length: n }, (_, i) => [`::: {.post .hentry}`, `## [Related story number ${i + 1}](/related-${i + 1}/) {.entry-title}`, '', 'A teaser for the story.', ':::', '']).flat();
}

suite('Metadata: lists of items', () => {
	test('headings repeated as a list\'s items lose the headline classes: the page\'s own h1 is the title', () => {
		const m = md(['::: hentry', '# Video review and approval', '', BODY, ':::', '', ...relatedPosts(3)]);
		assert.strictEqual(m.title?.value, 'Video review and approval');
		// Two look-alike headings are not a list: a profile title still wins over a plain h1.
		const two = md(['# Site name', '', '::: hentry', '## The story {.entry-title}', '', BODY, ':::', '', ...relatedPosts(1)]);
		assert.strictEqual(two.title?.value, 'The story');
	});

	test('an index page whose title is its first item\'s linked heading gives no author and no date', () => {
		const items = Array.from({ length: 4 }, (_, i) => [`::: story`, `## [Story ${i + 1} of the day](/story-${i + 1})`, '', `By Jane Roe${'e'.repeat(i)} · March ${i + 2}, 2026`, '', BODY, ':::', '']).flat();
		const m = md(items);
		assert.match(m.title?.rule ?? '', /list-item/);
		assert.strictEqual(m.author, undefined);
		assert.strictEqual(m.published, undefined);
		// The same byline under an article's own (unlinked) headline is the article's.
		const one = md(['# Story of the day', '', 'By Jane Roe · March 2, 2026', '', BODY]);
		assert.strictEqual(one.author?.value, 'Jane Roe');
		assert.strictEqual(one.published?.value, '2026-03-02');
	});

	test('"Written by …" far after the title still names the author', () => {
		const m = md(['# Supplement marketing agencies', '', ...Array.from({ length: 6 }, () => LONG_BODY), '', '#### Written by [Top Growth Marketing](/author/tgm/)', '']);
		assert.strictEqual(m.author?.value, 'Top Growth Marketing');
	});

	test('"Written by" repeated under testimonials names no author', () => {
		const quotes = ['Kyle Bonds', 'Dianne Wilson', 'Missy Herbert'].flatMap((name) => ['::: testimonial', 'They were great to work with.', '', `Written by ${name}`, ':::', '']);
		const m = md(['# HR consulting services', '', BODY, '', ...quotes]);
		assert.strictEqual(m.author, undefined);
	});

	test('a text byline under the title is kept when cards below repeat "Written by"', () => {
		const teasers = ['Ryan Raman', 'Alina Petre', 'Rachael Ajmera'].flatMap((name) => ['::: card', 'A summary of another story.', '', `Written by ${name}`, ':::', '']);
		const m = md(['# Plant-based diet', '', 'Medically reviewed by Kim Rose — Written by Jillian Kubala on June 12, 2018', '', BODY, '', ...teasers]);
		assert.strictEqual(m.author?.value, 'Jillian Kubala');
	});
});
