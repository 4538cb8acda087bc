// Counting words without building them: the number of matches of a word regex, in one scan of the text.

/** A letter or a number (a code point), as `\p{L}` and `\p{N}` read it. */
const LETTER_RE = /^\p{L}$/u;
const NUMBER_RE = /^\p{N}$/u;

/**
 * Each BMP code unit's class, found once per process: 0 not yet known, else the class (`classAt`) plus one. A test of
 * `LETTER_RE` and `NUMBER_RE` on a one-character string per character of non-Latin text (the string made for it when
 * past U+00FF) was most of the metadata's word count on such pages: with the table, the loops below run over
 * char codes alone.
 */
const BMP_CLASSES = new Uint8Array(0x10000);

/** The class (as `classAt`) of a BMP code unit that is no surrogate, from the table. */
function bmpClass(c: number): number {
	let v = BMP_CLASSES[c];
	if (v === 0) {
		const ch = String.fromCharCode(c);
		v = (LETTER_RE.test(ch) ? 1 : NUMBER_RE.test(ch) ? 2 : 0) + 1;
		BMP_CLASSES[c] = v;
	}
	return v - 1;
}

/** 1 for a letter, 2 for a number, 0 for anything else; `width` 2 for a surrogate pair. */
function classAt(s: string, i: number): number {
	const c = s.charCodeAt(i);
	if (c < 0x80) {
		const l = c | 0x20;
		if (l >= 0x61 && l <= 0x7a) return 1;
		return c >= 0x30 && c <= 0x39 ? 2 : 0;
	}
	if (c < 0xd800 || c > 0xdfff) return bmpClass(c);
	// A surrogate pair is one code point; a lone surrogate is neither.
	if (c > 0xdbff || i + 1 >= s.length || (s.charCodeAt(i + 1) & 0xfc00) !== 0xdc00) return 0;
	const ch = s.slice(i, i + 2);
	return LETTER_RE.test(ch) ? 1 : NUMBER_RE.test(ch) ? 2 : 0;
}

/**
 * How many matches the regex `[\p{L}\p{N}_]+` (flags `gu`) finds in `text`: the JSON output's word count
 * (render/formats.ts). Each match is a longest run of letters, numbers and `_` (code points: a surrogate pair is one,
 * a lone surrogate is none), so the count is the number of runs' starts.
 *
 * Why (issue 13): one `test` per word, the regex's set of Unicode classes read at each character, took 8 times as
 * long: over the plain texts of 296 tuning and corpus dumps' articles (2.8 M characters, five passes, three
 * alternating rounds) 735-738 ms -> 92-93 ms, the same count for each.
 */
export function countWordRuns(text: string): number {
	let n = 0;
	let inWord = false;
	const len = text.length;
	for (let i = 0; i < len; i++) {
		const c = text.charCodeAt(i);
		let word: boolean;
		if (c < 0x80) word = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
		else if (c < 0xd800 || c > 0xdfff) word = bmpClass(c) !== 0;
		else if (c <= 0xdbff && i + 1 < len && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
			const ch = text.slice(i, i + 2);
			word = LETTER_RE.test(ch) || NUMBER_RE.test(ch);
			i++;
		} else word = false;
		if (word) {
			if (!inWord) n++;
			inWord = true;
		} else inWord = false;
	}
	return n;
}

function widthAt(s: string, i: number): number {
	const c = s.charCodeAt(i);
	return c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

/**
 * How many matches the regex `[\p{L}\p{N}]+(?:['’][\p{L}]+)*` (flags `gu`) finds in `s` (words, with "it's" and "l’homme" one word),
 * without the list of matches: the list was 0.9% of the pipeline's CPU over a sample of wcxb-dev (the metadata's
 * word count reads the article's whole text).
 */
export function countWordMatches(s: string): number {
	let n = 0;
	let i = 0;
	const len = s.length;
	while (i < len) {
		if (classAt(s, i) === 0) {
			i += widthAt(s, i);
			continue;
		}
		n++;
		// [\p{L}\p{N}]+
		while (i < len && classAt(s, i) !== 0) i += widthAt(s, i);
		// (?:['’][\p{L}]+)*
		for (;;) {
			const q = s.charCodeAt(i);
			if (i + 1 >= len || (q !== 0x27 && q !== 0x2019) || classAt(s, i + 1) !== 1) break;
			i++;
			while (i < len && classAt(s, i) === 1) i += widthAt(s, i);
		}
	}
	return n;
}

/**
 * `text.match(re)?.length ?? 0` for a global `re` without the array of every match: counting the commas or words of a
 * paragraph of 2 MB ('encoded script links', one line of 42,000 links) held 105,000 strings, 3.3 MB, at the extraction's
 * peak. Empty matches advance as `match` advances them (by a code point under the u or v flag). A regex that is not
 * global is left to `match`, whose length it is not a count.
 */
export function matchCount(re: RegExp, text: string): number {
	if (!re.global) return text.match(re)?.length ?? 0;
	const fullUnicode = re.unicode || re.flags.includes('v');
	let n = 0;
	re.lastIndex = 0;
	for (let m = re.exec(text); m !== null; m = re.exec(text)) {
		n++;
		if (m[0] === '') re.lastIndex += fullUnicode ? widthAt(text, re.lastIndex) : 1;
	}
	return n;
}
