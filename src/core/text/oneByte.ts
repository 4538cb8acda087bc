// A text as a string of one byte a character when it can be one: regexes with the `iu` flags run far faster on it.

/** A character above U+00FF: a string holding one cannot be stored one byte a character. */
const WIDE_CHAR_RE = /[\u0100-\uffff]/;

/**
 * `s` itself, stored one byte a character when none of its characters is above U+00FF; `s` when one is. The same
 * string to every reader (`===`, length, every character): only the engine's storage differs.
 *
 * Why: V8 stores a string two bytes a character when any character of it needs two, and a slice of a dump holds its
 * dump's storage, so an ASCII window of a dump that has one curly quote anywhere is a two-byte string. A regex with
 * the `i` and `u` flags and words with letters beyond ASCII (a forum's counter words in several languages,
 * kinds/otherThreadEntries.ts `COUNTER_RE`) matches a two-byte string many times slower: over the 902 windows
 * `countedAt` read in one pass over 430 dumps (300 tuning dumps and the Readability corpus), 300-500 ms against
 * 40-65 ms on their one-byte copies, with the same answer for each (speed, issue 13). The copy costs about 10 ms of
 * those (JSON's parser makes one-byte strings when it can).
 */
export function oneByte(s: string): string {
	return WIDE_CHAR_RE.test(s) ? s : (JSON.parse(JSON.stringify(s)) as string);
}
