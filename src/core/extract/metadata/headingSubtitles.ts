// A subtitle set in its own subtitle-classed span inside the headline's heading ("# [Atomic Habits]{#productTitle} [Hardcover]{#productSubtitle}") is not the title's words.
import type { Inline } from '../../model/dumpDocument';
import { attrWords } from '../inlineText';

/**
 * The id or class words of a span that holds a headline's subtitle or tagline: `productSubtitle`, `entry-subtitle`,
 * `PdpProductHeader__tagline__IJj5n` (CSS modules keep the name inside a hashed class). Matched as a word part, not a
 * whole class, for those hashed names.
 */
const SUBTITLE_SPAN_RE = /sub-?title|tagline/i;

/**
 * Whether an inline of a heading is its subtitle span. Shops and blogs print the product's format or a strapline in the
 * same heading as the name ("Atomic Habits … [Hardcover -- October 16, 2018]{#productSubtitle}", "Black Edition[Complete
 * high-protein powder meal]{.…__tagline__…}"); pandoc keeps both on one line, and the page's `<title>` (what a reader and
 * the annotators call its title) holds only the name. Only a span whose own id or class names a subtitle counts, and
 * only when the heading has other words (`headingControls.ts` leaves it out then).
 * Measured on the wcxb-dev tuning part: title right 761 -> 763 of 1054 (a product page each on two sites); no title lost.
 */
export function isHeadingSubtitle(n: Inline): boolean {
	return n.kind === 'span' && SUBTITLE_SPAN_RE.test(attrWords(n.attrs));
}
