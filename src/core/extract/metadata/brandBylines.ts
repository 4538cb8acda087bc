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

/** Every word an attribute block says: id, classes and all values (`rtl-id`, `data-*`), which `nodeWords` leaves out. */
function allAttrWords(attrs: Attributes | undefined): string[] {
	if (!attrs) return [];
	return [attrs.id ?? '', ...attrs.classes, ...attrs.pairs.flatMap(([, v]) => v.split(/\s+/))];
}

/**
 * Whether a byline node sits in a brand or manufacturer box (see `BRAND_BOX_RE`). Product pages print the maker as a
 * byline ("By Almondina"); the page has no author. Measured on the wcxb-dev tuning part: author where none 12 -> 10 of
 * 525 (two product pages), right unchanged.
 */
export function inBrandBox(n: MNode): boolean {
	for (let p: MNode | undefined = n, i = 0; p && i <= BRAND_BOX_DEPTH; p = p.parent, i++) {
		if (allAttrWords(p.attrs).some((w) => BRAND_BOX_RE.test(w))) return true;
	}
	return false;
}
