// Issue 13 (speed53): helpers made faster keep their answers: render's line count, the mojibake pre-test, the aligned
// grid border.
import * as assert from 'node:assert/strict';
import { lineCount } from '../../src/core/render/articleMarkdown';
import { hasMojibake } from '../../src/core/text/mojibake';
import { sniffDump } from '../../src/core/dump/sniff';

suite('speed53: helpers keep their answers', () => {
	test('lineCount is split("\\n").length', () => {
		for (const s of ['', 'a', '\n', 'a\nb', 'a\n\nb\n', '\n\n\n', 'x\r\ny']) assert.equal(lineCount(s), s.split('\n').length, JSON.stringify(s));
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
});
