// Listing footer: a listing's read ends at a copyright line in its second half, not only in its last quarter as a page's read does.

/**
 * A page read whole ends at its copyright line when the line sits in the last quarter of the read
 * (heuristics/pageFooter.ts `FOOTER_TAIL_SHARE`: a line near the top is an image credit or a notice of the content).
 * A listing's items are short, so the footer's link columns after the line weigh more against them than against an
 * article's prose: a magazine's front of five teasers (a title, a byline and a date each) puts its copyright line at
 * three quarters of the read, its "about / read / write" link columns after it. In a listing the line opens the
 * footer anywhere in the second half of the read (`LISTING_FOOTER_TAIL_SHARE`); the line must still be a short
 * paragraph at the top level of the read that opens with © or "Copyright" or says "All rights reserved".
 * Measured (session 40, tuning part of wcxb-dev, word F1, the 91 pages detected as listings under either yardstick
 * re-read; no other page reads a listing): as is no page moves (listing 0.812, half A 0.773, half B 0.848); declassed
 * a tech magazine's front 0.370 -> 0.794 (half A), no page down: listing 0.751 -> 0.757, half B unchanged. 0.35 moved
 * no page on either yardstick.
 */
export const LISTING_FOOTER_TAIL_SHARE = 0.5;
