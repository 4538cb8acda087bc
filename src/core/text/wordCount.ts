// Counting words without building them: the number of matches of a word regex, in one scan of the text.

/** A letter or a number (a code point), as `\p{L}` and `\p{N}` read it. */
const LETTER_RE = /^\p{L}$/u;
const NUMBER_RE = /^\p{N}$/u;

/** 1 for a letter, 2 for a number, 0 for anything else; `width` 2 for a surrogate pair. */
function classAt(s: string, i: number): number {
	const c = s.charCodeAt(i);
	if (c < 0x80) {
		const l = c | 0x20;
		if (l >= 0x61 && l <= 0x7a) return 1;
		return c >= 0x30 && c <= 0x39 ? 2 : 0;
	}
	// A surrogate pair is one code point; a lone surrogate is neither.
	const ch = c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? s.slice(i, i + 2) : s[i];
	return LETTER_RE.test(ch) ? 1 : NUMBER_RE.test(ch) ? 2 : 0;
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
