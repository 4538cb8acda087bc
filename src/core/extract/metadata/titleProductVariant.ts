// A product's name followed by its pack or size after a dash ("Moray Driver Kit - 32 Precision Bits") is titled by the name: the rest is the variant on sale.

/**
 * The dash between a product's name and its variant. Shops join them with a spaced hyphen or dash in the product
 * heading; the page's `<title>` (the title a reader and the annotators give) holds the name only.
 */
const VARIANT_DASH_RE = /\s[-–—]\s(?=[\d(])/u;
/** A name shorter than this is a code or a brand ("P1"), not the product's name: the title is kept whole. */
const MIN_NAME_CHARS = 4;

/**
 * The title without its variant on a product page, when the part after the last spaced dash starts with a number or a
 * parenthesis: a count, a size or a pack ("- 32 Precision Bits", "- (30ct) 300mg", "- 4 Units Roadcase"). A dash before
 * words ("Nike Pegasus 41 - Men's Road Running Shoes") may join two halves of the name, and on other kinds of page a
 * dash before a number is part of the headline ("Squad 2024 - 2025", "eCommerce – 10 Benefits"): both are kept.
 * Measured on the wcxb-dev tuning part: title right 766 -> 768 of 1054 (product pages of two shops); no title lost.
 */
export function withoutProductVariant(title: string, pageKind: string | undefined): string | undefined {
	if (pageKind !== 'product') return undefined;
	let cut = -1;
	for (let m = VARIANT_DASH_RE.exec(title), from = 0; m; m = VARIANT_DASH_RE.exec(title.slice(from))) {
		cut = from + m.index;
		from = cut + m[0].length;
	}
	if (cut < MIN_NAME_CHARS) return undefined;
	return title.slice(0, cut).trim();
}
