// A "By [Brand]" line in a shop's brand or manufacturer box names who makes the product, not who wrote the page.
import type { Attributes } from '../../model/dumpDocument';
import type { MNode } from './scan';

/**
 * Names shops give the box that holds the maker's name under a product's title: iHerb `#brand` ("By [Almondina]"),
 * a marketplace's `rtl-id="listingManufacturerName"` ("[By] Boss Office Products"), `product-vendor`, `seller-name`.
 * Matched per word, whole: utility classes that only mention the word (`text-brand-gray`) are colours, not boxes.
 */
const BRAND_BOX_RE = /^(?:(?:product|listing)[-_]?)?(?:brand|vendor|seller)(?:[-_]?(?:name|by-?line|link|info))?$|manufacturer/i;
/** How far up the byline's containers the brand box is looked for: the line, its box, the box's wrapper. */
const BRAND_BOX_DEPTH = 3;

/** What every match of BRAND_BOX_RE holds: a value without it has no word to split out and test. */
const BRAND_WORD_RE = /brand|vendor|seller|manufacturer/i;

/**
 * Whether a word of an attribute block (its id, classes and all values, `rtl-id`, `data-*`, which `nodeWords` leaves
 * out) names a brand box. The values are split into words only when one may match: building the list of every word
 * of every block up from each byline was most of this rule's cost (issue 13).
 */
function namesBrandBox(attrs: Attributes | undefined): boolean {
	if (!attrs) return false;
	if (BRAND_BOX_RE.test(attrs.id ?? '')) return true;
	for (const c of attrs.classes) if (BRAND_BOX_RE.test(c)) return true;
	for (const [, v] of attrs.pairs) if (BRAND_WORD_RE.test(v) && v.split(/\s+/).some((w) => BRAND_BOX_RE.test(w))) return true;
	return false;
}

/**
 * Whether a byline node sits in a brand or manufacturer box (see `BRAND_BOX_RE`). Product pages print the maker as a
 * byline ("By Almondina"); the page has no author. Measured on the wcxb-dev tuning part: author where none 12 -> 10 of
 * 525 (two product pages), right unchanged.
 */
export function inBrandBox(n: MNode): boolean {
	for (let p: MNode | undefined = n, i = 0; p && i <= BRAND_BOX_DEPTH; p = p.parent, i++) {
		if (namesBrandBox(p.attrs)) return true;
	}
	return false;
}
