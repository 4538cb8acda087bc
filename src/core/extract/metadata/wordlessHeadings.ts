// A heading with no word in it ("94", "#1 2025-11-01 15:14:37", "Ω 48") is most often a counter, a post's number or a score, not the page's title.

/**
 * A word: two letters in a row, or one ideograph or syllable of a script written without spaces (a one-character
 * Chinese or Japanese word is a word). Digits, dates, times, "#" and a lone symbol letter ("Ω") are not.
 */
const WORD_RE = /\p{L}{2}|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * Whether a heading's text holds a word. Statistics blocks ("# 94" over "# Ω 48") and forum post headers ("## #1
 * 2025-11-01 15:14:37") are set as headings, and an h1 of them outscored the real headline (wcxb-dev tuning part:
 * 2 pages, where the headline was an h1 or h3 below them). A penalty, not a veto: a post can be named "001", and its
 * headline classes and place still carry it. Measured effect: see `title.ts`.
 */
export function hasWords(text: string): boolean {
	return WORD_RE.test(text);
}
