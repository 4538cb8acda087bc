// Listings and collections: their items, and the script data, menus and chrome around them, on fixtures written for this project.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { isScriptDataCode, isScriptDataText } from '../../src/core/extract/heuristics/scriptData';
import { MIN_ITEM_TITLES_OUTSIDE } from '../../src/core/extract/kinds/itemTitles';
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
		const source = fs.readFileSync(path.join(FIXTURES, 'listing-items-outside.txt'), 'utf8');
		// Keep the introduction and half as many items: a page of prose with a rail of related links, as news pages have.
		const entries = source.split('::: {.entry}');
		const few = [entries[0], ...entries.slice(1, 1 + Math.floor(MIN_ITEM_TITLES_OUTSIDE / 2))].join('::: {.entry}') + '\n:::\n';
		const doc = parseDump(few);
		const article = extractArticle(doc);
		const text = renderText(article, doc);
		assert.ok(text.includes('every note now opens with the month'));
		assert.ok(!text.includes('Notes on apple trees in late winter'), 'took the related links as items');
	});
});
