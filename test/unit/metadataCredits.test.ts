// Metadata (issue 12): badges inside a headline, names credited for another role (a maker, a reviewer, a topic, a rights holder), and a theme's glued published/updated pair.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';

const BODY = 'A paragraph of body text long enough to be read as the article, with more words after it so that it counts.\n\nAnother paragraph of the article follows here, with its own words about the subject at hand.\n';

function meta(dump: string): { title?: string; author?: string; published?: string } {
	const md = extractMetadata(parseDump(dump), {});
	return { title: md.title?.value, author: md.author?.value, published: md.published?.value };
}

suite('Metadata: badges in the headline', () => {
	test('a forum thread\'s prefix label is left out of the title', () => {
		const dump = `# [Tips/Techniques]{.label .label--primary dir="auto"}[ ]{.label-append}Which hypervisor for a home lab? {#which-hypervisor .p-title-value}\n\n${BODY}`;
		assert.strictEqual(meta(dump).title, 'Which hypervisor for a home lab?');
	});

	test('a story\'s source link and comment count are left out of the title', () => {
		const dump = `# [ [Grads Find Degrees No Longer Guarantee Jobs](//news.example.org/story/1) [ [(latimes.com)](https://www.latimes.com/x "External link"){.story-sourcelnk} ]{.no .extlnk}]{#title-1 .story-title} [[87](//news.example.org/story/1#comments)]{.comment-bubble} {#grads .story}\n\n${BODY}`;
		assert.strictEqual(meta(dump).title, 'Grads Find Degrees No Longer Guarantee Jobs');
	});

	test('a span of the headline\'s own words stays', () => {
		const dump = `# Choosing a [label]{.term} printer for a small shop\n\n${BODY}`;
		assert.strictEqual(meta(dump).title, 'Choosing a label printer for a small shop');
	});
});

suite('Metadata: names credited for another role', () => {
	test('a "By [Brand]" line in a product\'s brand box is no author', () => {
		const dump = `# Toasted Almond Thins, 5.25 oz\n\n::: {#brand}\nBy [Almondina](https://shop.example.com/brands/almondina)\n:::\n\n${BODY}`;
		assert.strictEqual(meta(dump).author, undefined);
	});

	test('the same "By" line outside a brand box is the author', () => {
		const dump = `# Toasted Almond Thins, reviewed\n\n::: {.post-meta .text-brand-gray}\nBy Jane Doe\n:::\n\n${BODY}`;
		assert.strictEqual(meta(dump).author, 'Jane Doe');
	});

	test('a name element after "Reviewed by" is the reviewer, not the author', () => {
		const dump = `# How to file taxes as a student\n\n::: byline-info\nReviewed by [Robert Smith](/r/about-robert-smith/){.byline-author-link}\n:::\n\n${BODY}`;
		assert.strictEqual(meta(dump).author, undefined);
	});

	test('a name element after "Written by" is the author', () => {
		const dump = `# How to file taxes as a student\n\n::: byline-info\nWritten by [Jane Doe](/r/about-jane-doe/){.byline-author-link}\n:::\n\n${BODY}`;
		assert.strictEqual(meta(dump).author, 'Jane Doe');
	});

	test('a topic link in the byline box is no author', () => {
		const dump = `# Seven tax services, reviewed\n\n::: {.blog-post__byline}\n-   [Personal finance](https://blog.example.org/tag/personal-finance){.tag}\n\n[January 27, 2025]{.small}\n:::\n\n${BODY}`;
		assert.strictEqual(meta(dump).author, undefined);
	});

	test('a "by" inside a copyright line names the rights holder, not the author', () => {
		const dump = `# Idioms of the sea\n\nIdioms from The Example Idioms Dictionary copyright © 2002 by Example Publishing Company. Published by Example Books.\n\n${BODY}`;
		assert.strictEqual(meta(dump).author, undefined);
	});
});

suite('Metadata: published and updated dates run together', () => {
	test('the earlier of two glued dates is the publication, the updated one written first', () => {
		const dump = `# Best espresso machines under $500\n\n::: entry-meta\n[May 21, 2025April 24, 2025]{.posted-on} [by [Jane Doe](/author/jane-doe/){rel="author"}]{.byline}\n:::\n\n${BODY}`;
		assert.strictEqual(meta(dump).published, '2025-04-24');
	});

	test('the earlier of two glued dates is the publication, the published one written first', () => {
		const dump = `# Best espresso machines under $500\n\n::: entry-meta\n[April 24, 2025May 21, 2025]{.posted-on}\n:::\n\n${BODY}`;
		assert.strictEqual(meta(dump).published, '2025-04-24');
	});

	test('a lone date in the same place is read as before', () => {
		const dump = `# Best espresso machines under $500\n\n::: entry-meta\n[May 21, 2025]{.posted-on}\n:::\n\n${BODY}`;
		assert.strictEqual(meta(dump).published, '2025-05-21');
	});
});

suite('Metadata: bylines of a long list', () => {
	/** A page of `items` posts, each with its poster's name marked up as the author. */
	function posts(items: number): string {
		const rows = Array.from({ length: items }, (_, i) => `::: post\n::: {.post-author itemprop="author"}\n[Poster${String.fromCharCode(65 + (i % 26))}${i}]{itemprop="name"}\n:::\n\nA reply in the thread with a few words of its own, number ${i}.\n:::\n`).join('\n');
		return `# Which hypervisor for a home lab?\n\n${rows}`;
	}

	test('the first of 12 same-markup bylines (a thread\'s posts) is the author', () => {
		assert.strictEqual(meta(posts(12)).author, 'PosterA0');
	});

	test('the first of 60 same-markup bylines (a long list) is no author of the page', () => {
		assert.strictEqual(meta(posts(60)).author, undefined);
	});
});
