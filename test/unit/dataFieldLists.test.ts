// Data-field lists: a definition list of a platform's field names leaves a product page; a spec sheet's does not (heuristics/dataFieldLists.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { List } from '../../src/core/model/dumpDocument';
import { isDataFieldList, MIN_FIELD_NAMES } from '../../src/core/extract/heuristics/dataFieldLists';
import { dumpLines } from '../util/joinLines';
import { extractDumpText } from '../util/kindFixtures';

const DESCRIPTION = [
	'The Harbour Crew is a heavyweight sweatshirt knitted from brushed organic cotton fleece, with a relaxed body,',
	'dropped shoulders and ribbed cuffs that keep their shape after many washes. Made to be printed on and worn for years.',
].join(' ');

/** A definition list: `term` then `:   value`, one pair per field. */
const fields = (pairs: readonly (readonly [string, string])[]): string[] => pairs.flatMap(([t, v]) => [`${t}:`, `:   ${v}`, '']);

/** A theme's custom fields, printed whole: thumbnails per colour, price tiers, tab switches. */
const RECORD = fields([
	['SKU', '7021'],
	['cat_thumb_Navy', 'https://cdn.example.com/thumbs/7021_NAVY_THUMB.jpg'],
	['cat_thumb_Bone', 'https://cdn.example.com/thumbs/7021_BONE_THUMB.jpg'],
	['cat_thumb_Forest Green', 'https://cdn.example.com/thumbs/7021_FOREST_THUMB.jpg'],
	['retail_price_tier1', '$45.00_1--9 items'],
	['tab_Shipping and Returns', 'TRUE'],
	['weight', 'Heavy Weight'],
]);

/** A spec sheet: readable terms, one of them a model number written with an underscore. */
const SPECS = fields([
	['Fabric', '100% organic cotton fleece, 320 gsm'],
	['Fit', 'Relaxed'],
	['model_no', 'HC-7021'],
	['Care', 'Machine wash cold, dry flat'],
]);

const firstList = (dump: string): List => {
	const list = parseDump(dump).blocks.find((b) => b.kind === 'list');
	assert.ok(list && list.kind === 'list' && list.definition, 'a definition list');
	return list;
};

suite('Data-field lists', () => {
	test('a definition list of field names is a data-field list; a spec sheet with one such name is not', () => {
		assert.ok(isDataFieldList(firstList(dumpLines(...RECORD))));
		assert.ok(!isDataFieldList(firstList(dumpLines(...SPECS))));
	});

	test(`fewer than ${MIN_FIELD_NAMES} field names, or fewer than half the terms, make no data-field list`, () => {
		assert.ok(!isDataFieldList(firstList(dumpLines(...fields([['cat_thumb_Navy', 'a.jpg'], ['cat_thumb_Bone', 'b.jpg']])))));
		const mostlyReadable = fields([['cat_thumb_Navy', 'a.jpg'], ['cat_thumb_Bone', 'b.jpg'], ['tab_Details', 'TRUE'], ['Fabric', 'Cotton'], ['Fit', 'Relaxed'], ['Care', 'Cold wash'], ['Origin', 'Portugal']]);
		assert.ok(!isDataFieldList(firstList(dumpLines(...mostlyReadable))));
	});

	test("a product page keeps its description and spec sheet and drops its platform's field record", () => {
		const page = dumpLines('# Harbour Crew Sweatshirt', '', '\\$45.00', '', '[Add to cart](/cart/add)', '', DESCRIPTION, '', ...SPECS, '::: custom-fields', ...RECORD, ':::');
		const { text, kind } = extractDumpText(page);
		assert.strictEqual(kind, 'product');
		assert.ok(text.includes('brushed organic cotton fleece'), text);
		assert.ok(text.includes('320 gsm') && text.includes('HC-7021'), text);
		assert.ok(!text.includes('cat_thumb') && !text.includes('7021_NAVY_THUMB') && !text.includes('retail_price_tier1'), text);
	});
});
