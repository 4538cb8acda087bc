// Product pages: a top-level section after the description that names the shop but not the item is the shop's pitch, and goes.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { RemovedRegion } from '../../src/core/extract/article';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { endAtShopPitch, shopNameFromCopyright } from '../../src/core/extract/heuristics/shopPitchEnd';
import { blockText, collapse } from '../../src/core/extract/inlineText';
import { dumpLines } from '../util/joinLines';

const DESCRIPTION =
	'A hand-thrown stoneware teapot with a bamboo handle and a steel strainer, glazed in a deep moss green. It holds four cups and keeps them warm for an hour under its lid.';
const SPECS = ['## Specifications', '', 'Capacity: 900 ml', '', 'Material: stoneware', ''];
const PITCH = ['## Made by people who care', '', 'Every piece from Fernhill Pottery is made in our own studio, and we ship free over $50 with a 60-day guarantee.', ''];
const COPYRIGHT = ['© 2026 Fernhill Pottery Ltd. All rights reserved.', ''];
const NAME = ['# Moss Green Teapot', '', '$89.00', '', 'Add to cart', ''];
const NAMED = ['Moss Green Teapot', '$89.00', 'Add to cart'];

/** The product strategy's blocks as the page's top-level blocks; the name is the page's first h1. */
function read(lines: string[]): { kept: string[]; removed: RemovedRegion[] } {
	const doc = parseDump(dumpLines(...lines));
	const index = new BlockIndex(doc);
	const removed: RemovedRegion[] = [];
	const name = doc.blocks.find((b) => b.kind === 'heading' && b.level === 1);
	return { kept: endAtShopPitch(index, doc.blocks, removed, name).map((b) => collapse(blockText(b))), removed };
}

suite("A shop's pitch section ends a product read", () => {
	test("the shop's name comes from its copyright line", () => {
		const index = new BlockIndex(parseDump(dumpLines('# Moss Teapot', '', ...COPYRIGHT)));
		assert.strictEqual(shopNameFromCopyright(index), 'fernhill pottery');
		assert.strictEqual(shopNameFromCopyright(new BlockIndex(parseDump(dumpLines('# Moss Teapot', '', '© 2026 All rights reserved.')))), undefined);
		// "Copyright" without a year or a mark after it names no one: the line before it is read.
		const notice = new BlockIndex(parseDump(dumpLines('# Moss Teapot', '', ...COPYRIGHT, 'Write to the copyright owner.', '')));
		assert.strictEqual(shopNameFromCopyright(notice), 'fernhill pottery');
	});

	test('a section after the specifications that names the shop and not the item ends the read', () => {
		const { kept, removed } = read([...NAME, DESCRIPTION, '', ...SPECS, ...PITCH, '## Help', '', 'Shipping', '', ...COPYRIGHT]);
		assert.deepStrictEqual(kept, [...NAMED, DESCRIPTION, 'Specifications', 'Capacity: 900 ml', 'Material: stoneware']);
		assert.deepStrictEqual(removed.map((r) => r.step), ['shop-pitch']);
	});

	test("an own-brand shop's feature section names the shop and the item: it stays", () => {
		const feature = ['## Made by people who care', '', 'Every Fernhill Pottery green teapot is thrown by hand in our own studio.', ''];
		const lines = [...NAME, DESCRIPTION, '', ...feature, ...SPECS, ...COPYRIGHT];
		assert.strictEqual(read(lines).kept.length, 10);
	});

	test("a pitch that names one of the name's words in passing still goes: the item takes two", () => {
		const pitch = ['## Made by people who care', '', 'Every Fernhill Pottery teapot, cup and vase is thrown by hand in our own studio.', ''];
		const { kept, removed } = read([...NAME, DESCRIPTION, '', ...SPECS, ...pitch, ...COPYRIGHT]);
		assert.deepStrictEqual(kept, [...NAMED, DESCRIPTION, 'Specifications', 'Capacity: 900 ml', 'Material: stoneware']);
		assert.deepStrictEqual(removed.map((r) => r.step), ['shop-pitch']);
	});

	test("a heading whose words are the item's (from its name or description) opens no pitch", () => {
		const care = ['## Looking after your stoneware', '', 'Fernhill Pottery recommends hand washing only.', ''];
		assert.deepStrictEqual(read([...NAME, DESCRIPTION, '', ...care, ...COPYRIGHT]).removed, []);
	});

	test("a heading that labels the item's data opens no pitch, even when its section names the shop", () => {
		const specs = ['## Specifications', '', 'Capacity: 900 ml', '', 'Warranty: Fernhill Pottery, two years', ''];
		assert.deepStrictEqual(read([...NAME, DESCRIPTION, '', ...specs, ...COPYRIGHT]).removed, []);
	});

	test("when a later heading names the item again, only the pitch section goes", () => {
		const faq = ['## Is the teapot dishwasher safe?', '', 'Yes, on a gentle cycle.', ''];
		const { kept } = read([...NAME, DESCRIPTION, '', ...PITCH, ...faq, ...COPYRIGHT]);
		assert.deepStrictEqual(kept.slice(0, 6), [...NAMED, DESCRIPTION, 'Is the teapot dishwasher safe?', 'Yes, on a gentle cycle.']);
	});

	test('without a price or a buy control near the name (a company page read as a product), nothing is cut', () => {
		const lines = ['# Moss Green Teapot', '', DESCRIPTION, '', ...SPECS, ...PITCH, ...COPYRIGHT];
		assert.deepStrictEqual(read(lines).removed, []);
	});

	test('the copyright line at the end of a section is no evidence that the section names the shop', () => {
		const notes = ['## Brewing notes', '', 'Steep the leaves for three minutes at most.', ''];
		assert.deepStrictEqual(read([...NAME, DESCRIPTION, '', ...notes, ...COPYRIGHT]).removed, []);
	});

	test('a name whose words the page printed joined ("GreenTeapot") still names the item in a later heading', () => {
		const joined = ['# Moss Green[Teapot]{.kind}', '', '$89.00', '', 'Add to cart', ''];
		const faq = ['## Is the teapot dishwasher safe?', '', 'Yes, on a gentle cycle.', ''];
		const { kept } = read([...joined, DESCRIPTION, '', ...PITCH, ...faq, ...COPYRIGHT]);
		assert.ok(kept.includes('Yes, on a gentle cycle.'));
	});

	test('without a copyright line that names the shop, nothing is cut', () => {
		assert.deepStrictEqual(read([...NAME, DESCRIPTION, '', ...SPECS, ...PITCH]).removed, []);
	});
});
