// Case-insensitive attribute names compared without lower-casing them: the one test the dump's and the extractor's attribute look-ups share.

/**
 * `name.toLowerCase() === k` for a lower-cased `k`, without building the lower-cased name (lower-casing every key of
 * every lookup was 2.3% of the pipeline's CPU on the readability corpus; the checks' `attributeValue` lower-cased each
 * pair's name too). ASCII letters fold in place; a name with other characters takes `toLowerCase`, whose result an
 * ASCII-only name cannot change the length of.
 */
export function sameKey(name: string, k: string): boolean {
	if (name === k) return true;
	const n = name.length;
	// Lower-casing changes a string's length only at U+0130 (İ → i̇, one more character; every other code point keeps
	// its length, checked over all of Unicode): a name of another length matches only through it. Scanning each name
	// for non-ASCII characters here was 0.9% of the pipeline's CPU over a sample of wcxb-dev.
	if (n !== k.length) return n < k.length && name.includes('\u0130') && name.toLowerCase() === k;
	for (let i = 0; i < n; i++) {
		let c = name.charCodeAt(i);
		if (c >= 0x80) return name.toLowerCase() === k;
		if (c >= 0x41 && c <= 0x5a) c += 0x20;
		if (c !== k.charCodeAt(i)) return false;
	}
	return true;
}
