// Word counts without regex scans (text/wordCount.ts): the same counts as the regexes they stand for, on every script.
import * as assert from 'node:assert/strict';
import { countWordMatches, countWordRuns } from '../../src/core/text/wordCount';

/** Texts of many scripts and edge cases: astral letters and digits, lone surrogates, underscores, marks, apostrophes. */
const TEXTS = [
	'',
	'plain words, and_underscores 42 times',
	'Ünïcödé wörds — naïve café',
	'Ελληνικά κείμενα και Кириллица текст',
	'中文字符 日本語のテキスト 한국어 텍스트',
	'عربي ٣٤٥ فارسی ۱۲۳',
	'𝐀𝐁𝐂 math letters 𝟏𝟐 and 😀 emoji',
	'lone \ud800 high, lone \udc00 low, \ud800x, x\udc00y, end \ud83d',
	'it’s l’homme don\'t \'quoted\' rock’n’roll',
	'superscripts ² ³ and fractions ½ ⅓, roman Ⅻ',
	'combining e\u0301 marks a\u0308 and zero\u200bwidth',
	'__ _ a_b _c_ 1_2',
	'tabs\tand\nnew\r\nlines',
];

suite('word runs', () => {
	test('countWordRuns counts what /[\\p{L}\\p{N}_]+/gu matches', () => {
		for (const t of TEXTS) assert.equal(countWordRuns(t), t.match(/[\p{L}\p{N}_]+/gu)?.length ?? 0, JSON.stringify(t));
		const all = TEXTS.join(' ');
		assert.equal(countWordRuns(all), all.match(/[\p{L}\p{N}_]+/gu)?.length ?? 0);
	});

	test('countWordMatches counts what its regex matches, on every script (the class table filled as it reads)', () => {
		const re = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
		for (const t of TEXTS) assert.equal(countWordMatches(t), t.match(re)?.length ?? 0, JSON.stringify(t));
		// Read twice: the second read takes the classes from the table.
		for (const t of TEXTS) assert.equal(countWordMatches(t), t.match(re)?.length ?? 0, JSON.stringify(t));
	});
});
