// Metadata (issue 12): platforms' own byline and date classes, and their boxes of other posts (`bylineVocabulary.ts`, `platformBylines.ts`).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { ArticleMetadata } from '../../src/core/extract/article';
import { extractMetadata } from '../../src/core/extract/metadata';
import { PLATFORM_AUTHOR_RE, PLATFORM_BYLINE_WORDS, PLATFORM_CHROME_RE, PLATFORM_PUBLISHED_RE } from '../../src/core/extract/metadata/bylineVocabulary';
import { inPlatformChrome } from '../../src/core/extract/metadata/platformBylines';
import { MetadataScan } from '../../src/core/extract/metadata/scan';

function md(lines: readonly string[]): ArticleMetadata {
	return extractMetadata(parseDump(`${lines.join('\n')}\n`), {});
}

const BODY = 'The article body goes on for a while, long enough to be the text a reader came for, with more words after it and a few more.';

suite('Metadata: platform byline vocabulary (meta40)', () => {
	test('the vocabulary matches whole class names only, and every platform cites its template', () => {
		assert.ok(PLATFORM_PUBLISHED_RE.test('wp-block-post-date has-small-font-size'));
		assert.ok(!PLATFORM_PUBLISHED_RE.test('wp-block-post-date__modified-date'));
		assert.ok(PLATFORM_AUTHOR_RE.test('elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-author'));
		assert.ok(!PLATFORM_AUTHOR_RE.test('author byline'));
		assert.ok(PLATFORM_CHROME_RE.test('elementor-element elementor-widget elementor-widget-posts'));
		assert.ok(!PLATFORM_CHROME_RE.test('post-card-title-wrapper'));
		for (const p of PLATFORM_BYLINE_WORDS) assert.ok(p.source.length > 20, p.platform);
	});

	test("Elementor: a Posts widget's teaser byline under the article is not the page's author", () => {
		const a = md([
			'# How to plant a winter garden',
			'',
			BODY,
			'',
			BODY,
			'',
			'::: {.elementor-element .elementor-widget .elementor-widget-posts}',
			'::: {.elementor-posts-container .elementor-posts}',
			'::: elementor-post__text',
			'### [Ten bulbs for spring](/ten-bulbs/) {.elementor-post__title}',
			'',
			'::: elementor-post__meta-data',
			'[ Jane Gardener ]{.elementor-post-author} [ March 3, 2024 ]{.elementor-post-date}',
			':::',
			':::',
			':::',
			':::',
		]);
		assert.strictEqual(a.author, undefined);
		assert.strictEqual(a.published, undefined);
	});

	test("Ghost: a bookmark card's author names the linked page's writer, not the page's", () => {
		const a = md([
			'# Notes on a quiet release',
			'',
			BODY,
			'',
			'::: {.kg-card .kg-bookmark-card}',
			'[[Why we ship slowly]{.kg-bookmark-title}',
			'::: kg-bookmark-metadata',
			'[Dana Brooks]{.kg-bookmark-author} [The Field Blog]{.kg-bookmark-publisher}',
			':::',
			'](https://example.org/slow){.kg-bookmark-container}',
			':::',
			'',
			BODY,
		]);
		assert.strictEqual(a.author, undefined);
	});

	test("Ghost Casper: the post's own byline date is read, a read-more card's author is not", () => {
		const a = md([
			'::: {.article-byline}',
			'::: byline-meta-content',
			'[Mar 2, 2023]{.byline-meta-date}',
			':::',
			':::',
			'',
			'# Notes on a quiet release',
			'',
			BODY,
			'',
			'::: {.post-card-content}',
			'::: post-card-meta',
			'[Tom Reader]{.author-name} [January 5, 2024]{.post-card-meta-date}',
			':::',
			':::',
		]);
		assert.strictEqual(a.author, undefined);
		assert.strictEqual(a.published?.value, '2023-03-02');
	});

	test("WordPress blocks: the post's own date block outweighs a generic date before the title", () => {
		const a = md([
			'[Updated daily]{.site-tagline} [June 1, 2025]{.header-date}',
			'',
			'# A guide to trail running',
			'',
			'::: {.wp-block-group .post-meta}',
			'[May 4, 2025]{.wp-block-post-date}',
			'[[Ana Rivera](/author/ana/)]{.wp-block-post-author-name}',
			':::',
			'',
			BODY,
		]);
		assert.strictEqual(a.published?.value, '2025-05-04');
		assert.deepStrictEqual(a.author?.value, 'Ana Rivera');
	});

	test("Newspaper: a related module's author and date are another post's; the post's own are read", () => {
		const a = md([
			'# Council approves the new bridge',
			'',
			'::: {.td-post-header .td-pb-padding-side}',
			'[[Lee Morgan](/author/lee/)]{.td-post-author-name} [March 9, 2024]{.td-post-date}',
			':::',
			'',
			BODY,
			'',
			'::: {.td_module_wrap .td_module_flex}',
			'#### [Another story](/another/)',
			'',
			'::: td-module-meta-info',
			'[[Kim Walsh](/author/kim/)]{.td-post-author-name} [April 1, 2024]{.td-post-date}',
			':::',
			':::',
		]);
		assert.strictEqual(a.author?.value, 'Lee Morgan');
		assert.strictEqual(a.published?.value, '2024-03-09');
	});

	test("Newspaper: a module's byline between the title and the body is another post's", () => {
		const a = md([
			'# Council approves the new bridge',
			'',
			'[March 9, 2024]{.td-post-date}',
			'',
			'::: {.td_module_wrap .td_module_flex}',
			'#### [Another story](/another/)',
			'',
			'::: td-module-meta-info',
			'[[Kim Walsh](/author/kim/)]{.td-post-author-name} [April 1, 2024]{.td-post-date}',
			':::',
			':::',
			'',
			BODY,
		]);
		assert.strictEqual(a.author, undefined);
		assert.strictEqual(a.published?.value, '2024-03-09');
	});

	test('inPlatformChrome: a container holding the title is the page, not a box', () => {
		const doc = parseDump(['::: {.e-loop-item}', '# The page title', '', '[Sam Poster]{.author}', ':::', ''].join('\n'));
		const s = new MetadataScan(doc, {});
		const title = s.nodes.find((n) => n.block?.kind === 'heading');
		s.titleNode = title;
		const byline = s.nodes.find((n) => n.words === 'author')!;
		assert.ok(!inPlatformChrome(s, byline));
		s.titleNode = undefined;
		assert.ok(inPlatformChrome(s, byline));
	});
});
