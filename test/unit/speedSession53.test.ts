// Issue 13 (speed53): helpers made faster keep their answers: case-insensitive attribute keys, render's line count,
// the parser's block count, the mojibake pre-test, the aligned grid border, postDates' digit pre-test.
import * as assert from 'node:assert/strict';
import { sameKey } from '../../src/core/text/attributeKey';
import { attributeValue } from '../../src/core/dump/attributes';
import { lineCount } from '../../src/core/render/articleMarkdown';
import { countBlocks } from '../../src/core/dump/complexity';
import { parseDump } from '../../src/core/dump/parseDump';
import { hasMojibake } from '../../src/core/text/mojibake';
import { sniffDump } from '../../src/core/dump/sniff';
import { postDates } from '../../src/core/extract/heuristics/chromeDates';
import { CARD_DATE_RE } from '../../src/core/extract/heuristics/teaserCards';
import type { Attributes, Block } from '../../src/core/model/dumpDocument';
import { childBlocks } from '../../src/core/model/blockTree';

suite('speed53: helpers keep their answers', () => {
	test('sameKey is name.toLowerCase() === k for lower-cased keys, non-ASCII and U+0130 included', () => {
		const names = ['style', 'Style', 'STYLE', 'styles', 'styl', 'aria-hidden', 'ARIA-Hidden', 'data-İd', 'data-id', 'İd', 'id', 'Straße', 'STRASSE', 'ß', 'K', '\u212a', 'é', 'É', '', 'x-\u00c9t\u00c9'];
		const keys = ['style', 'aria-hidden', 'data-i̇d', 'data-id', 'i̇d', 'id', 'straße', 'strasse', 'ß', 'k', 'é', '', 'x-étÉ'.toLowerCase()];
		for (const name of names) for (const k of keys) assert.equal(sameKey(name, k), name.toLowerCase() === k, `${name} / ${k}`);
	});

	test('attributeValue: the first pair whose name matches the key in any case', () => {
		const attrs = { id: undefined, classes: [], pairs: [['Data-X', '1'], ['data-x', '2'], ['İd', '3'], ['CONTENT', '4']], range: { start: 0, end: 0 } } as unknown as Attributes;
		assert.equal(attributeValue(attrs, 'data-x'), '1');
		assert.equal(attributeValue(attrs, 'DATA-X'), '1');
		assert.equal(attributeValue(attrs, 'i̇d'), '3');
		assert.equal(attributeValue(attrs, 'content'), '4');
		assert.equal(attributeValue(attrs, 'missing'), undefined);
		assert.equal(attributeValue(undefined, 'x'), undefined);
	});

	test('lineCount is split("\\n").length', () => {
		for (const s of ['', 'a', '\n', 'a\nb', 'a\n\nb\n', '\n\n\n', 'x\r\ny']) assert.equal(lineCount(s), s.split('\n').length, JSON.stringify(s));
	});

	test('countBlocks: the exact count up to the limit, more than the limit past it', () => {
		const doc = parseDump(['# Title', '', '::: {.a}', 'One.', '', '- item one', '- item two', '', '  more of two', '', '> quoted', '> text', ':::', '', 'Last.', ''].join('\n'));
		let all = 0;
		const walk = (bs: readonly Block[]): void => {
			for (const b of bs) {
				all++;
				walk(childBlocks(b));
			}
		};
		walk(doc.blocks);
		assert.ok(all >= 8, `blocks: ${all}`);
		assert.equal(countBlocks(doc.blocks, Infinity), all);
		assert.equal(countBlocks(doc.blocks, all), all);
		for (let limit = 0; limit < all; limit++) assert.ok(countBlocks(doc.blocks, limit) > limit, `limit ${limit}`);
	});

	test('hasMojibake: texts without a lead character are clean; double-encoded ones are found', () => {
		assert.equal(hasMojibake('Plain text, no accents at all.'), false);
		assert.equal(hasMojibake('Un château, un âge: ordinary French.'), false);
		assert.equal(hasMojibake('donâ€™t stop, itâ€™s fine'), true);
		assert.equal(hasMojibake('cafÃ© and naÃ¯ve'), true);
		assert.equal(hasMojibake('only one: cafÃ©'), false);
	});

	test('sniff: an aligned grid border is a line starting with + that holds a colon', () => {
		const border = '+:-----+------:+';
		assert.equal(sniffDump(`text\n${border}\nmore`).alignedGridBorders, 1);
		assert.equal(sniffDump(`text\n+-----+------+\nmore`).alignedGridBorders, 0);
		assert.equal(sniffDump(`text\n ${border}\nmore`).alignedGridBorders, 0);
		assert.equal(sniffDump(`a: b\n+-----+------+ x:\n`).alignedGridBorders, 0);
		assert.equal(sniffDump(`${border}\n${border}\n`).alignedGridBorders, 2);
	});

	test('postDates counts what CARD_DATE_RE finds, and nothing in a text without digits', () => {
		const count = (t: string): number => [...t.matchAll(CARD_DATE_RE)].length;
		for (const t of ['Posted May 3, 2021 by ann', 'no dates here, May and June', '3/4/21 and 2020-01-02', 'Joined May 3, 2021', 'plain words only']) {
			if (!/\d/.test(t)) assert.equal(postDates(t), 0);
			assert.ok(postDates(t) <= count(t));
		}
		assert.equal(postDates('Posted May 3, 2021 by ann'), 1);
		assert.equal(postDates('Joined May 3, 2021'), 0);
		assert.equal(postDates('no dates here, May and June'), 0);
	});
});
