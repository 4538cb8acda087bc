// A word-anchored regex's `test`, tried only where one of its words starts: fast on one-byte and two-byte text alike.

/**
 * Characters that the `iu` flags fold to an ASCII letter while the `i` flag alone does not: the long s (ſ, to "s") and
 * the Kelvin sign (K, to "k"). A text holding one is tested with the whole regex, so the finder may ignore them.
 */
const FOLDS_TO_ASCII_RE = /[\u017f\u212a]/;

/**
 * `re.test(text)` for a case-insensitive, Unicode-aware regex each of whose matches starts either at an occurrence of
 * one of `words` or at the first of a run of ASCII digits at most `digitsBefore` characters before one (a count before
 * its label: "12 replies" as well as "Replies: 12"). The same answer for every text, without the scan.
 *
 * How: a finder for `words` with the `i` flag but not the `u` flag (it reads one character per position, no Unicode
 * classes) gives every position where a word starts, overlapping ones too, and `re` made sticky is tried there and at
 * each digit run's first digit within `digitsBefore` before it, on the text itself, so look-behinds and look-aheads see
 * what they saw before. Without `u`, case-insensitive matching folds every letter of the words as with it, except that
 * the long s and the Kelvin sign fold to no ASCII letter: a text holding one of them gets the whole regex.
 *
 * Why (speed, issue 13): kinds/otherThreadEntries.ts `COUNTER_RE` opens with a look-behind of Unicode classes, tried at
 * every position, which runs many times slower on a two-byte string (any slice of a dump with one curly quote). The
 * one-byte copy that text/oneByte.ts made paid a JSON round trip even for a window already one-byte and nothing for a
 * window with one CJK character. Over the 902 windows `countedAt` read in one pass over 430 dumps, per pass, in one
 * process: one-byte windows 24-45 ms (the regex on a one-byte copy) → 10-27 ms; two-byte 43-95 ms → 23-75 ms; the
 * regex alone on two-byte windows took 79-134 ms.
 */
export function wordAnchoredTest(re: RegExp, words: string, digitsBefore: number): (text: string) => boolean {
	const whole = new RegExp(re.source, re.flags.replace(/[gy]/g, ''));
	const at = new RegExp(re.source, `${whole.flags}y`);
	const find = new RegExp(words, 'gi');
	return (text: string): boolean => {
		if (FOLDS_TO_ASCII_RE.test(text)) return whole.test(text);
		find.lastIndex = 0;
		// Digits before this were tried already (the previous word's reach).
		let from = 0;
		for (let m = find.exec(text); m !== null; m = find.exec(text)) {
			const start = m.index;
			// Overlapping occurrences too: the next search starts one character on.
			find.lastIndex = start + 1;
			at.lastIndex = start;
			if (at.test(text)) return true;
			for (let p = Math.max(from, start - digitsBefore); p < start; p++) {
				if (!isDigit(text.charCodeAt(p)) || (p > 0 && isDigit(text.charCodeAt(p - 1)))) continue;
				at.lastIndex = p;
				if (at.test(text)) return true;
			}
			from = start;
		}
		return false;
	};
}

function isDigit(c: number): boolean {
	return c >= 0x30 && c <= 0x39;
}
