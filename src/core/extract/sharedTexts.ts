// Texts that repeat across a page's blocks held as one string: the block index's paragraph and heading texts.

/*
 * Why: the block index keeps each paragraph's text and each heading's collapsed text for the whole extraction (a
 * table slot by block order, blockTexts.ts), and each is a string of its own even when the page repeats it: a slice
 * of the dump (32 bytes) or a short copy (20 to 40 bytes). Pages repeat short texts by the thousand ("Reply",
 * "Share", "Read more", a card's "Add to cart", a section's heading). 'headings named like the preview' (60,000
 * paragraphs and 60,001 headings of six distinct texts): 3.2 MB of strings at the extraction's peak, now a few bytes.
 * A string's identity is never read (texts are compared by value), so sharing changes no result.
 */

/** Texts longer than this are not shared: hashing a long text costs a pass over it, and long texts seldom repeat. */
export const SHARED_TEXT_MAX_CHARS = 200;
/**
 * Distinct texts held at once; the table starts afresh when full, so a page of distinct texts costs a bounded table
 * and a hash per text, never a map of them all.
 */
export const SHARED_TEXTS_MAX = 1024;

/** One string per distinct short text seen lately. */
export class SharedTexts {
	readonly #seen = new Map<string, string>();

	/** `text`, or an earlier string of the same characters. */
	share(text: string): string {
		if (text.length > SHARED_TEXT_MAX_CHARS || text.length === 0) return text;
		const seen = this.#seen.get(text);
		if (seen !== undefined) return seen;
		if (this.#seen.size >= SHARED_TEXTS_MAX) this.#seen.clear();
		this.#seen.set(text, text);
		return text;
	}
}
