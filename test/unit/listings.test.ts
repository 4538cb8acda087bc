// Listings and collections: their items, and the script data, menus and chrome around them, on fixtures written for this project.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { isScriptDataCode, isScriptDataText } from '../../src/core/extract/heuristics/scriptData';
import { MAX_LONG_PARAGRAPHS } from '../../src/core/extract/kinds/cardsWithoutProse';
import { MIN_ITEM_TITLES_OUTSIDE } from '../../src/core/extract/kinds/itemTitles';
import { MAX_AFTER_CARDS_SHARE, MAX_RUN_GAP_CHARS, untilLastCard } from '../../src/core/extract/kinds/listingEnd';
import { pageSignals } from '../../src/core/extract/kinds/signals';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { fromPageTitle, MAX_ABOVE_TITLE_SHARE } from '../../src/core/extract/kinds/pageStart';
import { MIN_OUTSIDE_PROSE_RATIO } from '../../src/core/extract/kinds/proseOutside';
import type { RemovedRegion } from '../../src/core/extract/article';
import { blockText, collapse } from '../../src/core/extract/inlineText';
import { renderText } from '../../src/core/render/articleText';
import { extractFixture, KIND_FIXTURES } from '../util/kindFixtures';

const FIXTURES = KIND_FIXTURES;

suite('Script data printed as text', () => {
	test('a fragment of an object literal is script data; a sentence with a quoted label is not', () => {
		assert.ok(isScriptDataText('"parent_collection_breadcrumb": { "title": null },'));
		assert.ok(isScriptDataText('\\"filters\\": [{ \\"label\\": \\"Size\\", \\"count\\": 14 }],'));
		assert.ok(!isScriptDataText('"Size": choose the one you wear in running shoes, half a size up for wool.'));
		assert.ok(!isScriptDataText('"ok": true'), 'too short to tell');
	});

	test('a JSON example that starts with a brace, as tutorials print it, is not script data', () => {
		assert.ok(!isScriptDataText('{"coord": {"lon": -0.13, "lat": 51.51}, "name": "London"}'));
	});

	test("a code block is script data only with pandoc's escaped quotes: a documentation example stays", () => {
		assert.ok(isScriptDataCode('\\"filters\\": [{\n  \\"label\\": \\"Size\\",\n  \\"type\\": \\"list\\"\n}]'));
		assert.ok(!isScriptDataCode('"scripts": {\n  "build": "tsc -p .",\n  "test": "mocha"\n}'));
		assert.ok(!isScriptDataCode('print(json.dumps("\\"foo\\bar"))'));
	});

	test('a collection keeps its text and cards, without the script data printed around them', () => {
		const { text, kind } = extractFixture('collection-script-data.txt');
		assert.strictEqual(kind, 'collection');
		assert.ok(text.includes('every pair below is made from wool'), 'lost the category text');
		for (const name of ['Alpine Trail Runner', 'Cinder Court Shoe', '$114.00']) assert.ok(text.includes(name), `lost ${name}`);
		assert.ok(!text.includes('parent_collection_breadcrumb'), 'kept the script data paragraph');
		assert.ok(!text.includes('filters'), 'kept the script data code block');
	});
});

/** The text of a fixture cut after its first `keep` items (split at `marker`), with `closing` fences appended. */
function firstItemsText(name: string, marker: string, keep: number, closing: string): string {
	const parts = fs.readFileSync(path.join(FIXTURES, name), 'utf8').split(marker);
	const doc = parseDump([parts[0], ...parts.slice(1, 1 + keep)].join(marker) + closing);
	return renderText(extractArticle(doc), doc);
}

suite('Listings', () => {
	test('a listing whose items lie outside the block of prose the article pipeline picks is read whole, item by item', () => {
		const { text, kind } = extractFixture('listing-items-outside.txt');
		assert.strictEqual(kind, 'listing');
		assert.ok(text.includes('every note now opens with the month'), 'lost the introduction');
		for (const title of ['Notes on apple trees in late winter', 'Notes on the pond after a wet spring', 'Notes on rhubarb on heavy clay', 'March 13, 2026']) {
			assert.ok(text.includes(title), `lost the item ${title}`);
		}
		assert.ok(!text.includes('Riverside Allotment Notes'), 'kept the masthead');
	});

	test('fewer linked titles outside the article than a listing has are related links: the prose stays alone', () => {
		// Keep the introduction and half as many items: a page of prose with a rail of related links, as news pages have.
		const text = firstItemsText('listing-items-outside.txt', '::: {.entry}', Math.floor(MIN_ITEM_TITLES_OUTSIDE / 2), '\n:::\n');
		assert.ok(text.includes('every note now opens with the month'));
		assert.ok(!text.includes('Notes on apple trees in late winter'), 'took the related links as items');
	});

	test('a page whose long paragraphs lie mostly outside the block the article pipeline picks is read whole, section by section', () => {
		const { text, kind } = extractFixture('listing-prose-outside.txt');
		assert.strictEqual(kind, 'listing');
		assert.ok(text.includes('taught by working practitioners'), 'lost the introduction');
		for (const course of ['Certificate in Bookbinding', 'hide glue and shellac', 'Certificate in Bicycle Mechanics', 'roadworthy']) {
			assert.ok(text.includes(course), `lost the section ${course}`);
		}
		assert.ok(!text.includes('Registered charity'), 'kept the footer');
		assert.ok(!text.includes('Spring open evening'), 'kept the banner above the title');
	});

	test('fewer long paragraphs outside the article than the ratio asks are a rail beside it: the block of prose stays alone', () => {
		// Keep fewer sections than the ratio needs beside the introduction's one long paragraph.
		const text = firstItemsText('listing-prose-outside.txt', '::: {.course}', MIN_OUTSIDE_PROSE_RATIO - 2, '\n:::\n:::\n');
		assert.ok(text.includes('taught by working practitioners'));
		assert.ok(!text.includes('Certificate in Bookbinding'), 'took a rail of two sections as the page');
	});

	test('a listing of cards with no prose for the article pipeline to score is read whole: the cards join the block it picked', () => {
		const { text, kind } = extractFixture('listing-cards-without-prose.txt');
		assert.strictEqual(kind, 'listing');
		assert.ok(text.includes('Bitterns, booming again'), 'lost the featured block');
		for (const card of ['Reed warbler', 'Wings in a shallow V at dusk.', 'Grey heron', 'Still in the shallows for an hour.']) assert.ok(text.includes(card), `lost the card ${card}`);
		assert.ok(!text.includes('Sign in') && !text.includes('registered charity'), 'kept the header or the footer');
		assert.ok(!text.includes('monthly podcast'), 'kept the promo after the last card');
	});

	test('a row of six cards is a rail of related items, not a listing: the block the article pipeline picked stays alone', () => {
		const text = firstItemsText('listing-cards-without-prose.txt', '::: {.card}', 6, '\n:::\n:::\n');
		assert.ok(text.includes('Bitterns, booming again'));
		assert.ok(!text.includes('Reed warbler'), 'took a rail of cards as the page');
	});

	test('a page of cards with more long paragraphs than a listing has keeps the block of prose alone', () => {
		const source = fs.readFileSync(path.join(FIXTURES, 'listing-cards-without-prose.txt'), 'utf8');
		const long = ' The reserve is open from dawn to dusk every day of the year, and the hides are free to all, members or not, with or without binoculars.';
		let withProse = source;
		for (const start of ['Bitterns, booming again', 'Harriers, two pairs', 'Rails, calling'].slice(0, MAX_LONG_PARAGRAPHS + 1)) {
			const at = withProse.indexOf(start);
			const end = withProse.indexOf('\n', at);
			withProse = withProse.slice(0, end) + long + withProse.slice(end);
		}
		const doc = parseDump(withProse);
		const text = renderText(extractArticle(doc), doc);
		assert.ok(text.includes('Bitterns, booming again'));
		assert.ok(!text.includes('Reed warbler'), 'read a page with prose whole');
	});
});

suite('The listing ends with its last card', () => {
	const cards = Array.from({ length: 5 }, (_, i) => `::: {.card}\n### [Walk ${i + 1}](/walks/${i + 1})\n\nA short walk by the river.\n\n:::\n`).join('\n');
	const kept = (after: string, removed: RemovedRegion[] = []): string => {
		const doc = parseDump(`# Walks\n\n::: {.grid}\n${cards}\n:::\n\n${after}\n`);
		const index = new BlockIndex(doc);
		return untilLastCard(doc.blocks, pageSignals(index), removed, index)
			.map((b) => collapse(blockText(b)))
			.join(' ');
	};

	test('a short promo after the last card goes, and is recorded as removed', () => {
		const removed: RemovedRegion[] = [];
		const text = kept('Get the walks by email every Friday.', removed);
		assert.ok(!text.includes('by email'), 'kept the promo');
		assert.ok(text.includes('Walk 1') && text.includes('Walk 5'), 'lost the cards');
		assert.deepStrictEqual(removed.map((r) => r.step), ['after-items']);
	});

	test('when most of the text lies after the cards, they are a strip above the content: everything stays', () => {
		const long = 'A long feed of walks written out in full follows the strip of cards above it. '.repeat(8);
		assert.ok(kept(long).includes('A long feed of walks'), 'dropped the larger part of the page');
		assert.ok(MAX_AFTER_CARDS_SHARE < 1);
	});

	test('a second part of the list, each card one box deeper, is the listing too; a promo after it still goes', () => {
		const deeper = (title: string, i: number): string => `::: {.wrap}\n::: {.card}\n### [${title} ${i}](/hills/${i})\n\nA short climb.\n\n:::\n:::\n`;
		const second = `## Hill walks\n\n${deeper('Hill walk', 1)}\n${deeper('Hill walk', 2)}\n[Back to the top](#top)\n\nGet the walks by email every Friday, and a map of the new routes each spring.`;
		const text = kept(second);
		assert.ok(text.includes('Hill walk 1') && text.includes('Hill walk 2'), 'ended the list after its first part');
		assert.ok(!text.includes('by email'), 'kept the promo after the second part');
		assert.ok(MAX_RUN_GAP_CHARS > 'Back to the top'.length);
	});
});

suite('The page starts at its title', () => {
	const dump = (above: string): string =>
		`::: {.strip}\n${above}\n:::\n\n::: {.page}\n# Evening Certificates\n\nFour courses this spring, taught on two evenings a week in the old library.\n\n-   Bookbinding\n-   Furniture restoration\n:::\n`;
	const kept = (source: string, removed: RemovedRegion[] = []): string =>
		fromPageTitle(parseDump(source).blocks, removed)
			.map((b) => collapse(blockText(b)))
			.join(' ');

	test('a short banner above the h1 of a page read whole goes, and is recorded as removed', () => {
		const removed: RemovedRegion[] = [];
		const text = kept(dump('Open evening on Thursday.'), removed);
		assert.ok(!text.includes('Open evening'), 'kept the banner');
		assert.ok(text.includes('Evening Certificates') && text.includes('Furniture restoration'), 'lost the page from its title on');
		assert.deepStrictEqual(removed.map((r) => r.step), ['above-title']);
	});

	test('when most of the text lies above the h1, the h1 is not the page title: everything stays', () => {
		const long = 'A long introduction that a site printed before a late h1. '.repeat(8);
		assert.ok(kept(dump(long)).includes('A long introduction'), 'dropped the larger part of the page');
		assert.ok(MAX_ABOVE_TITLE_SHARE < 1);
	});
});

suite('Listings in a platform container', () => {
	test('a wiki category page keeps its text and every member list, without the site menus and footer', () => {
		const { text, kind } = extractFixture('listing-wiki-category.txt');
		assert.strictEqual(kind, 'listing');
		for (const kept of ['since the first survey in 1962', 'Migratory shorebirds (58 P)', 'Avocet of the Riverbank Reserve', 'Chiffchaff of the Riverbank Reserve', 'Wryneck of the Riverbank Reserve'])
			assert.ok(text.includes(kept), `lost ${kept}: ${text}`);
		for (const dropped of ['Random article', 'last edited', 'Nature reserves']) assert.ok(!text.includes(dropped), `kept ${dropped}: ${text}`);
	});
});
