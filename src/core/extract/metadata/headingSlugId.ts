// A heading's identifier made from its own text ("Promo codes" gets `#promo-codes`) is no class: it names the words, not the place.

/** Letters and digits only, lower-cased: how a heading's text and an identifier made from it compare. */
export function bare(s: string): string {
	return s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Whether `id` is a slug of `text` (or of its start: generators cut long slugs). Converters and CMSs give headings such
 * ids (`#terminix-discounts-coupons-and-promo-codes`), and read as vocabulary they made a headline "promo" (foreign) or
 * "modal" (a dialog). Measured on the wcxb-dev tuning part, title right 730 -> 731 of 1054 (with `siteHeading.ts`
 * 735).
 */
export function isOwnSlug(id: string | undefined, text: string): boolean {
	if (!id) return false;
	const b = bare(id);
	return b !== '' && bare(text).startsWith(b);
}

/** A node's words without its id when the id is a slug of its text. */
export function withoutOwnSlug(words: string, id: string | undefined, text: string): string {
	if (!id || !isOwnSlug(id, text)) return words;
	return words.replace(id.toLowerCase(), ' ').trim();
}
