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
	const ascii = asciiOwnSlug(id, text);
	if (ascii !== undefined) return ascii;
	const b = bare(id);
	return b !== '' && bare(text).startsWith(b);
}

/**
 * `isOwnSlug` read in place while the id, and the text as far as it is compared, are ASCII: their letters and digits
 * compared lower-cased one by one, without the two bare strings (undefined once a character above ASCII is met, where
 * lower-casing and `\p{L}` need the full rules). The scan asks it of every heading with an id (most headings of a
 * pandoc dump): building both strings with a Unicode regex was 0.8% of the extraction's CPU on every fourth wcxb-dev dump.
 */
function asciiOwnSlug(id: string, text: string): boolean | undefined {
	let j = 0;
	let any = false;
	for (let i = 0; i < id.length; i++) {
		const c = asciiWordChar(id.charCodeAt(i));
		if (c === ABOVE_ASCII) return undefined;
		if (c === 0) continue;
		any = true;
		let t = 0;
		while (j < text.length && (t = asciiWordChar(text.charCodeAt(j))) === 0) j++;
		if (t === ABOVE_ASCII) return undefined;
		if (j >= text.length || t !== c) return false;
		j++;
	}
	return any;
}

/** Returned by `asciiWordChar` for a character above ASCII. */
const ABOVE_ASCII = -1;

/** An ASCII letter (lower-cased) or digit as its code, 0 for other ASCII, ABOVE_ASCII above it. */
function asciiWordChar(c: number): number {
	if (c >= 0x80) return ABOVE_ASCII;
	if (c >= 0x41 && c <= 0x5a) return c + 0x20;
	return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) ? c : 0;
}

/** A node's words without its id when the id is a slug of its text. */
export function withoutOwnSlug(words: string, id: string | undefined, text: string): string {
	if (!id || !isOwnSlug(id, text)) return words;
	return words.replace(id.toLowerCase(), ' ').trim();
}
