// Listing profiles of session 37 (data/listingPlatforms.ts: Ghost Source and Dawn, Joomla 3 and 4's category blogs): the platform's list makes a listing, and its chrome goes.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { platformList } from '../../src/core/extract/kinds/platformListing';
import { extractDumpText } from '../util/kindFixtures';
import { dumpLines } from '../util/joinLines';

const EXCERPT = 'The harbour town rebuilt its sea wall this spring, and the fishing crews tell us how the new moorings changed their mornings and their catch.';

/** Source's home feed as pandoc dumps it: the `<article class="gh-card">` wrapper is gone, its divs and title heading stay. */
function sourceFeed(posts: number): string {
	const cards = Array.from({ length: posts }, (_, i) => [
		`[](/harbour-notes-${i + 1}/){.gh-card-link}`,
		'',
		'::: gh-card-wrapper',
		'Local news',
		'',
		`### Harbour notes, part ${i + 1} {.gh-card-title .is-title}`,
		'',
		EXCERPT.replace('sea wall', `sea wall section ${i + 1}`),
		'',
		`[By Ana Costa]{.gh-card-author} [Mar ${i + 2}, 2026]{.gh-card-date}`,
		':::',
		'',
	]);
	return dumpLines(
		'::: {.gh-container .is-list .has-sidebar .gh-outer}',
		'::: {.gh-container-inner .gh-inner}',
		'## Latest {.gh-container-title}',
		'',
		'::: gh-feed',
		...cards.flat(),
		':::',
		'',
		'::: gh-sidebar',
		'::: gh-about',
		'### The Harbour Post {.gh-about-title .is-title}',
		'',
		'Weekly stories from the coast, written by the people who live there.',
		'',
		'Subscribe',
		':::',
		':::',
		'',
		'::: {.gh-more .is-title}',
		'[See all](/page/2/)',
		':::',
		':::',
		':::',
	);
}

/** Dawn's index: a `post-feed` of rows, each a date box, a title heading and a reading time. */
function dawnFeed(posts: number): string {
	const rows = Array.from({ length: posts }, (_, i) => [
		'::: feed-calendar',
		'::: feed-calendar-month',
		'Mar',
		':::',
		'',
		'::: feed-calendar-day',
		`${i + 2}`,
		':::',
		':::',
		'',
		`## Field report from the northern ridge, day ${i + 1} {.feed-title}`,
		'',
		'::: feed-right',
		'::: feed-length',
		`${i + 3} min read`,
		':::',
		':::',
		'',
		`[](/field-report-${i + 1}/){.u-permalink}`,
		'',
	]);
	return dumpLines('::: content-area', '::: {.post-feed .kg-width-normal}', ...rows.flat(), ':::', ':::');
}

/** Joomla 4's category blog: a description, one `com-content-category-blog__item` per article, then the pager. */
function joomlaBlog(articles: number): string {
	const items = Array.from({ length: articles }, (_, i) => [
		'::: {.com-content-category-blog__item .blog-item itemprop="blogPost" itemscope="" itemtype="https://schema.org/BlogPosting"}',
		'::: page-header',
		`## [Club evening number ${i + 1}](/news/club-evening-${i + 1}) {itemprop="name"}`,
		':::',
		'',
		EXCERPT.replace('harbour town', `club of district ${i + 1}`),
		'',
		`[Read more: Club evening number ${i + 1}](/news/club-evening-${i + 1}){.btn .btn-secondary}`,
		':::',
		'',
	]);
	return dumpLines(
		'::: {.com-content-category-blog .blog itemscope="" itemtype="https://schema.org/Blog"}',
		'# Club news',
		'',
		'::: {.category-desc .clearfix}',
		'What happened at the club this season.',
		':::',
		'',
		'::: {.com-content-category-blog__items .blog-items}',
		...items.flat(),
		':::',
		'',
		'::: {.com-content-category-blog__navigation .w-100}',
		'Page 1 of 4',
		'',
		'::: com-content-category-blog__pagination',
		'[2](/news?start=6) [3](/news?start=12) [Next](/news?start=6)',
		':::',
		':::',
		':::',
	);
}

suite('Listing profiles (Ghost Source and Dawn, Joomla)', () => {
	test("Source's feed is found and its cards counted by their title headings", () => {
		const found = platformList(new BlockIndex(parseDump(sourceFeed(7))));
		assert.strictEqual(found?.platform.name, 'ghost source');
		assert.strictEqual(found?.items, 7);
	});

	test("Source's feed is a listing, read without its sidebar and its See all button", () => {
		const { kind, text } = extractDumpText(sourceFeed(8));
		assert.strictEqual(kind, 'listing');
		assert.ok(text.includes('Harbour notes, part 8'), `kept the last title: ${text}`);
		assert.ok(text.includes('sea wall section 5'), 'kept the excerpts');
		assert.ok(!text.includes('Weekly stories from the coast'), `dropped the sidebar's about box: ${text}`);
		assert.ok(!text.includes('See all'), 'dropped the See all button');
	});

	test("a Source post with six cards under its body stays the post's", () => {
		const body = Array.from({ length: 10 }, (_, i) => `Paragraph ${i + 1} of the post: the crews left before dawn, and the skipper explains how the tide tables, the new moorings and the weather decided where the boats could fish that week.`);
		const dump = dumpLines('# A morning on the boats {.gh-article-title .is-title}', '', '::: {.gh-content .gh-canvas .is-body}', ...body.flatMap((p) => [p, '']), ':::', '', sourceFeed(6));
		assert.notStrictEqual(extractDumpText(dump).kind, 'listing');
	});

	test("Dawn's feed is a listing, read without its rows' reading times", () => {
		const found = platformList(new BlockIndex(parseDump(dawnFeed(8))));
		assert.strictEqual(found?.platform.name, 'ghost dawn');
		assert.strictEqual(found?.items, 8);
		const { kind, text } = extractDumpText(dawnFeed(8));
		assert.strictEqual(kind, 'listing');
		assert.ok(text.includes('northern ridge, day 8'), `kept the last title: ${text}`);
		assert.ok(!/min read/.test(text), `dropped the reading times: ${text}`);
	});

	test("Joomla's category blog is a listing, read without its pager and page counter", () => {
		const found = platformList(new BlockIndex(parseDump(joomlaBlog(6))));
		assert.strictEqual(found?.platform.name, 'joomla category blog');
		assert.strictEqual(found?.items, 6);
		const { kind, text } = extractDumpText(joomlaBlog(6));
		assert.strictEqual(kind, 'listing');
		assert.ok(text.includes('Club evening number 6'), `kept the last title: ${text}`);
		assert.ok(text.includes('club of district 4'), 'kept the intro texts');
		assert.ok(!text.includes('Page 1 of 4'), `dropped the page counter: ${text}`);
	});

	test("Joomla 3's category blog is found by its items' blogPost microdata, and its pager goes", () => {
		const items = Array.from({ length: 6 }, (_, i) => [
			`::: {.leading-${i} itemprop="blogPost" itemscope="" itemtype="https://schema.org/BlogPosting"}`,
			'::: page-header',
			`## [Club evening number ${i + 1}](/news/club-evening-${i + 1}) {itemprop="name"}`,
			':::',
			'',
			EXCERPT.replace('harbour town', `club of district ${i + 1}`),
			':::',
			'',
		]);
		const dump = dumpLines(
			'::: {.blog itemscope="" itemtype="https://schema.org/Blog"}',
			'::: {.items-leading .clearfix}',
			...items.flat(),
			':::',
			'',
			'::: pagination',
			'Page 1 of 4',
			'',
			'-   [2](/news?start=6)',
			'-   [Next](/news?start=6)',
			':::',
			':::',
		);
		const found = platformList(new BlockIndex(parseDump(dump)));
		assert.strictEqual(found?.platform.name, 'joomla 3 category blog');
		assert.strictEqual(found?.items, 6);
		const { kind, text } = extractDumpText(dump);
		assert.strictEqual(kind, 'listing');
		assert.ok(text.includes('Club evening number 6') && text.includes('club of district 3'), `kept the items: ${text}`);
		assert.ok(!text.includes('Page 1 of 4'), `dropped the pager: ${text}`);
	});
});
