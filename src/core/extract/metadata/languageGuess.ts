// Guessing a page's language from its text: by script, then by the share of very common words.

import { maxOf } from '../../model/pushAll';

/** Text shorter than this says too little to guess its language from. */
const MIN_LANGUAGE_GUESS_WORDS = 50;

/** Very common words by language: enough to tell the main languages of the web apart in a few hundred words. */
const COMMON_WORDS: Readonly<Record<string, readonly string[]>> = {
	en: ['the', 'and', 'of', 'to', 'is', 'in', 'that', 'it', 'for', 'with', 'was', 'on', 'are', 'this'],
	de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'sich', 'des', 'auf', 'für', 'ein', 'eine', 'dem'],
	fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'dans', 'que', 'pour', 'du', 'pas', 'qui', 'sur'],
	es: ['el', 'la', 'los', 'las', 'que', 'del', 'por', 'una', 'con', 'para', 'es', 'se', 'como', 'más'],
	pt: ['o', 'os', 'que', 'do', 'da', 'em', 'um', 'uma', 'para', 'com', 'não', 'ao', 'dos', 'mais'],
	it: ['il', 'di', 'che', 'la', 'per', 'non', 'una', 'sono', 'del', 'della', 'gli', 'con', 'anche', 'più'],
	nl: ['de', 'het', 'een', 'van', 'en', 'is', 'dat', 'niet', 'op', 'met', 'voor', 'zijn', 'ook', 'wordt'],
	cs: ['a', 'je', 'se', 'na', 'že', 'to', 'v', 've', 'do', 'jako', 'ale', 'by', 'jsou', 'který'],
	pl: ['i', 'w', 'nie', 'na', 'się', 'że', 'z', 'do', 'jest', 'to', 'jak', 'ale', 'przez', 'od'],
};

const LETTER_RE = /^\p{L}$/u;

/** Scripts told by their share of letters: kana, hangul, CJK ideographs, Cyrillic, Arabic (code unit ranges, all in the BMP). */
const SCRIPTS: readonly { readonly lang: string; readonly from: number; readonly to: number; readonly share: number }[] = [
	{ lang: 'ja', from: 0x3040, to: 0x30ff, share: 0.1 },
	{ lang: 'ko', from: 0xac00, to: 0xd7af, share: 0.3 },
	{ lang: 'zh', from: 0x4e00, to: 0x9fff, share: 0.3 },
	{ lang: 'ru', from: 0x0400, to: 0x04ff, share: 0.5 },
	{ lang: 'ar', from: 0x0600, to: 0x06ff, share: 0.5 },
];

/**
 * The code points of `s` that are letters, as `s.match(/\p{L}/gu).length` counts them, without an array of matches;
 * `scripts[i]` receives the code units of `s` in `SCRIPTS[i]`'s range (as `s.match(/[from-to]/g).length`), in the same scan.
 */
function countLetters(s: string, scripts: number[]): number {
	let n = 0;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c < 0x80) {
			const l = c | 0x20;
			if (l >= 0x61 && l <= 0x7a) n++;
			continue;
		}
		for (let k = 0; k < SCRIPTS.length; k++) if (c >= SCRIPTS[k].from && c <= SCRIPTS[k].to) scripts[k]++;
		// A surrogate pair is one code point; a lone surrogate is not a letter.
		const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
		if (LETTER_RE.test(pair ? s.slice(i, i + 2) : s[i])) n++;
		if (pair) i++;
	}
	return n;
}

/** Every common word of every language, and the longest one's length: longer words need no look-up. */
const COMMON = new Set(Object.values(COMMON_WORDS).flat());
const LONGEST_COMMON = maxOf([...COMMON].map((w) => w.length));

/**
 * The words of `s` (maximal runs of letters, as `s.match(/\p{L}+/gu)` finds them), counting the common ones into
 * `counts`; returns how many words there are. One scan with no list of words and no count of the rare ones: the list
 * and a count of every distinct word were 1.2% of the pipeline's CPU over a sample of wcxb-dev.
 */
function countWords(s: string, counts: Map<string, number>): number {
	let words = 0;
	let start = -1;
	for (let i = 0; i <= s.length; i++) {
		let letter = false;
		let width = 1;
		if (i < s.length) {
			const c = s.charCodeAt(i);
			if (c < 0x80) {
				const l = c | 0x20;
				letter = l >= 0x61 && l <= 0x7a;
			} else {
				// A surrogate pair is one code point; a lone surrogate is not a letter.
				const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
				if (pair) width = 2;
				letter = LETTER_RE.test(pair ? s.slice(i, i + 2) : s[i]);
			}
		}
		if (letter) {
			if (start < 0) start = i;
		} else if (start >= 0) {
			words++;
			if (i - start <= LONGEST_COMMON) {
				const w = s.slice(start, i);
				if (COMMON.has(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
			}
			start = -1;
		}
		i += width - 1;
	}
	return words;
}

/** The guess reads this many characters of the text: plenty of common words, and a long page costs no more. */
export const GUESS_SAMPLE_CHARS = 20000;

/** Guesses a page's language (ISO 639-1) from its text, by script and then by common words; undefined when unsure. */
export function guessLanguage(text: string): string | undefined {
	const sample = text.slice(0, GUESS_SAMPLE_CHARS);
	const scripts = SCRIPTS.map(() => 0);
	const letters = countLetters(sample, scripts);
	if (letters < 100) return undefined;
	for (let k = 0; k < SCRIPTS.length; k++) if (scripts[k] / letters > SCRIPTS[k].share) return SCRIPTS[k].lang;
	const counts = new Map<string, number>();
	const words = countWords(sample.toLowerCase(), counts);
	if (words < MIN_LANGUAGE_GUESS_WORDS) return undefined;
	let top: string | undefined;
	let topScore = 0;
	let second = 0;
	for (const [lang, list] of Object.entries(COMMON_WORDS)) {
		const s = list.reduce((acc, w) => acc + (counts.get(w) ?? 0), 0) / words;
		if (s > topScore) [top, topScore, second] = [lang, s, topScore];
		else if (s > second) second = s;
	}
	// Common words make up a fifth of running text; a weak or close lead is not a guess worth making.
	return topScore > 0.1 && topScore > second * 1.5 ? top : undefined;
}
