// Platform listings (kinds/platformListing.ts, data/listingPlatforms.ts): a platform's own list of teasers makes a listing, and its template's chrome goes.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { platformList } from '../../src/core/extract/kinds/platformListing';
import { extractDumpText } from '../util/kindFixtures';
import { dumpLines } from '../util/joinLines';

const TEASER = 'Volunteers gather at the river park to plant native trees, clear the trail and share a picnic lunch; bring gloves and water.';

/** The Events Calendar's list view, as pandoc dumps it: `<article>` and `<header>` wrappers gone, their divs and headings kept. */
function eventsPage(events: number): string {
	const rows = Array.from({ length: events }, (_, i) => [
		'::: {.tribe-events-calendar-list__event-row}',
		'::: {.tribe-events-calendar-list__event-details .tribe-common-g-col}',
		`[November ${i + 3} @ 6:00 pm - 8:00 pm]{.tribe-event-date-start}`,
		'',
		`### [Tree planting day number ${i + 1}](/event/tree-planting-${i + 1}/) {.tribe-events-calendar-list__event-title .tribe-common-h6}`,
		'',
		'::: {.tribe-events-calendar-list__event-description .tribe-common-b2}',
		TEASER.replace('river park', `river park ${i + 1}`),
		':::',
		':::',
		':::',
		'',
	]);
	return dumpLines(
		'::: {.site-header}',
		'-   [Home](/)',
		'-   [About](/about/)',
		':::',
		'',
		'::: {.tribe-common-l-container .tribe-events-l-container}',
		'::: {.tribe-events-c-top-bar .tribe-events-header__top-bar}',
		'[Today](/events/today/){.tribe-common-c-btn-border-small} [Upcoming]{.tribe-events-c-top-bar__datepicker-desktop}',
		':::',
		'',
		'::: {.tribe-events-calendar-list}',
		...rows.flat(),
		':::',
		'',
		'::: {.tribe-events-c-subscribe-dropdown__container}',
		'Subscribe to calendar',
		'',
		'[Google Calendar](https://calendar.google.com/) [Export .ics file](/events/ical/)',
		':::',
		':::',
	);
}

/** A block theme's category archive: a Query Loop of posts, each a title, a date and an excerpt, and the loop's pager. */
function queryLoopArchive(posts: number): string {
	const items = Array.from({ length: posts }, (_, i) => [
		`## [Garden notes, week ${i + 1}](/2026/garden-notes-${i + 1}/) {.wp-block-post-title .has-large-font-size}`,
		'',
		'::: {.wp-block-post-date}',
		`October ${i + 2}, 2026`,
		':::',
		'',
		'::: {.wp-block-post-excerpt}',
		`${TEASER.replace('river park', `community garden ${i + 1}`)} [Continue reading](/2026/garden-notes-${i + 1}/){.wp-block-post-excerpt__more-link}`,
		':::',
		'',
	]);
	return dumpLines(
		'::: {.wp-site-blocks}',
		'# Category: Garden {.wp-block-query-title}',
		'',
		'::: {.wp-block-query .is-layout-flow}',
		...items.flat(),
		'::: {.wp-block-query-pagination-numbers}',
		'[1]{.page-numbers .current} [2](/category/garden/page/2/){.page-numbers} [3](/category/garden/page/3/){.page-numbers}',
		':::',
		'',
		'[Next Page](/category/garden/page/2/){.wp-block-query-pagination-next}',
		':::',
		':::',
	);
}

/** An article whose Query Loop block lists three related posts under the story. */
function articleWithRelated(): string {
	const prose = Array.from(
		{ length: 7 },
		(_, i) =>
			`Paragraph ${i + 1} of the story: the city council voted on Tuesday to fund the new library branch, after a year of hearings in which residents argued for longer opening hours, a children's room and a quiet floor for study.`,
	);
	const related = Array.from({ length: 3 }, (_, i) => [`## [Related story ${i + 1}](/news/related-${i + 1}/) {.wp-block-post-title}`, '']);
	return dumpLines(
		'::: {.entry-content}',
		'# Council funds the new library branch',
		'',
		...prose.flatMap((p) => [p, '']),
		':::',
		'',
		'::: {.wp-block-query}',
		...related.flat(),
		':::',
	);
}

suite('Platform listings', () => {
	test('finds the platform list and counts its items by their title headings', () => {
		const found = platformList(new BlockIndex(parseDump(eventsPage(6))));
		assert.strictEqual(found?.platform.name, 'the events calendar');
		assert.strictEqual(found?.items, 6);
	});

	test('an events calendar list is a listing, read without its subscribe and top bars', () => {
		const { kind, text } = extractDumpText(eventsPage(8));
		assert.strictEqual(kind, 'listing');
		assert.ok(text.includes('Tree planting day number 8'), 'kept the last title');
		assert.ok(text.includes('river park 3'), 'kept the teasers');
		assert.ok(!text.includes('Subscribe to calendar'), `dropped the subscribe bar: ${text}`);
		assert.ok(!text.includes('Export .ics file'), 'dropped the export link');
	});

	test("an article's three related posts in a Query Loop block leave it an article", () => {
		const { kind, text } = extractDumpText(articleWithRelated());
		assert.strictEqual(kind, 'article');
		assert.ok(text.includes('Paragraph 7 of the story'));
	});

	test('a list of fewer items than the minimum is no platform listing', () => {
		const found = platformList(new BlockIndex(parseDump(eventsPage(3))));
		assert.strictEqual(found?.items, 3);
		const { kind } = extractDumpText(eventsPage(3));
		assert.notStrictEqual(kind, 'listing');
	});

	test("a Query Loop archive reads without its pager and its excerpts' more links", () => {
		const { kind, text } = extractDumpText(queryLoopArchive(6));
		assert.strictEqual(kind, 'listing');
		assert.ok(text.includes('Garden notes, week 6'), 'kept the last title');
		assert.ok(text.includes('community garden 4'), 'kept the excerpts');
		assert.ok(!/Continue reading/.test(text), `dropped the more links: ${text}`);
		assert.ok(!/Next Page/.test(text), 'dropped the pager');
	});

	test('the posts of a Query Loop written as a list are counted too', () => {
		const items = Array.from({ length: 6 }, (_, i) => [`-   ## [Garden notes, week ${i + 1}](/2026/garden-notes-${i + 1}/) {.wp-block-post-title}`, '']);
		const found = platformList(new BlockIndex(parseDump(dumpLines('::: {.wp-block-query}', ...items.flat(), ':::'))));
		assert.strictEqual(found?.platform.name, 'wordpress query loop');
		assert.strictEqual(found?.items, 6);
	});

	test("a post's page with more posts listed under its body stays the post's", () => {
		const body = Array.from({ length: 12 }, (_, i) => `Paragraph ${i + 1} of the post: the morning class moved outdoors this week, and the teacher explains how breathing, balance and a patient attitude carried everyone through a cold hour in the park.`);
		const dump = dumpLines('## Practising in the cold {.wp-block-post-title}', '', '::: {.entry-content .wp-block-post-content}', ...body.flatMap((p) => [p, '']), ':::', '', queryLoopArchive(6));
		assert.notStrictEqual(extractDumpText(dump).kind, 'listing');
		assert.strictEqual(platformList(new BlockIndex(parseDump(dump)))?.items, 6);
	});
});
