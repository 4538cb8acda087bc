// Tables of contents (heuristics/tableOfContents.ts): a labelled list of links to the page's own headings goes; the headings and body stay.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { dropTablesOfContents, isTocList } from '../../src/core/extract/heuristics/tableOfContents';
import { renderText } from '../../src/core/render/articleText';
import { dumpLines } from '../util/joinLines';

const SECTION_ONE = [
	'## Choosing a tent {#choosing-a-tent}',
	'',
	'A tent for two people weighs less than two kilos today, and the lighter ones pitch with a single pole, which saves time on a wet evening when the light is going.',
	'',
	'Look at the floor first: a bathtub floor keeps the ground water out, and a footprint under it doubles its life on stony ground.',
];
const SECTION_TWO = [
	'## Packing the stove {#packing-the-stove}',
	'',
	'A canister stove packs inside its own pot, and a windscreen folded around it stops it rattling, so the whole kitchen fits in one corner of the pack.',
	'',
	'Carry the fuel upright and out of the sun, and check the thread of the canister before you leave rather than at the first camp.',
];

suite('Tables of contents', () => {
	test('a labelled list of fragment links before the sections goes; the sections stay', () => {
		const dump = dumpLines(
			'::: {.entry-content}',
			'# A first night outdoors',
			'',
			'Packing for a first night outdoors is mostly a question of weight, and a few choices made at home decide how the walk in feels the next morning.',
			'',
			'#### Table of Contents',
			'',
			'-   [Choosing a tent](#choosing-a-tent)',
			'-   [Packing the stove](#packing-the-stove)',
			'    -   [Fuel](#fuel)',
			'-   [Sleeping warm](#sleeping-warm)',
			'',
			...SECTION_ONE,
			'',
			...SECTION_TWO,
			':::',
		);
		const doc = parseDump(dump);
		const text = renderText(extractArticle(doc), doc);
		assert.ok(!text.includes('Table of Contents'), text);
		assert.ok(!text.includes('Sleeping warm'), text);
		assert.strictEqual(text.split('Choosing a tent').length, 2, text);
		assert.ok(text.includes('bathtub floor') && text.includes('canister stove'), text);
	});

	test('a list with a link to another page, too few items, or no label before it stays', () => {
		const blocks = (s: string) => parseDump(s).blocks;
		const [toc] = blocks('-   [One](#one)\n-   [Two](#two)\n-   [Three](#three)\n');
		assert.strictEqual(isTocList(toc), true);
		assert.strictEqual(isTocList(blocks('-   [One](#one)\n-   [Two](/two)\n-   [Three](#three)\n')[0]), false);
		assert.strictEqual(isTocList(blocks('-   [One](#one)\n-   [Two](#two)\n')[0]), false);
		assert.strictEqual(isTocList(blocks('-   [One](#)\n-   [Two](#)\n-   [Three](#)\n')[0]), false);
		assert.strictEqual(isTocList(blocks('-   [One](#one) and a sentence about the first part\n-   [Two](#two)\n-   [Three](#three)\n')[0]), false);
		assert.strictEqual(dropTablesOfContents(blocks('-   [One](#one)\n-   [Two](#two)\n-   [Three](#three)\n'), []).length, 1);
		const afterSentence = blocks('The page has three parts.\n\n-   [One](#one)\n-   [Two](#two)\n-   [Three](#three)\n');
		assert.strictEqual(dropTablesOfContents(afterSentence, []).length, 2);
		const removed: Parameters<typeof dropTablesOfContents>[1] = [];
		assert.strictEqual(dropTablesOfContents(blocks('In this article\n\n-   [One](#one)\n-   [Two](#two)\n-   [Three](#three)\n'), removed).length, 0);
		assert.deepStrictEqual(removed.map((r) => r.step), ['table-of-contents', 'table-of-contents']);
	});
});
