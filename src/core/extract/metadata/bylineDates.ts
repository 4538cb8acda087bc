// A date in a byline box ("::: byline" holding "Sat, 20 Dec, 2025 - 06:36"): the box is the page's dateline, wherever the title is.
import type { MetadataScan, MNode } from './scan';

/**
 * Class names of a byline box itself (`byline`, `c-byline`, `article__byline`, `byline-date`): themes put the
 * author's name and the date in it, or only the date. Only the box's own name counts, not an ancestor's: a byline
 * container can hold a whole list of cards. Author words (`author`, `username`) are left out: a poster's box in a
 * forum or a comment holds a member's "Joined" date.
 */
const BYLINE_BOX_RE = /(?:^|[\s_:-])(?:byline|bylines|by-line)(?:$|[\s_:-])/i;

/**
 * Whether a node is a byline box, whose dates are read as datelines even when it is not near the title (an image
 * or a standfirst between them) and no author was read beside it. Before, such a date was found only through a
 * name read in the same box, so a box with a date alone (or a name the rules reject) gave no date. Measured on the
 * wcxb-dev tuning part with `datedBylines.ts`: published right 406 of 561 kept (the date a weekday read as a name
 * brought now comes from its box), wrongly present unchanged (12 of 493), no other date moved in either half.
 */
export function isBylineBox(s: MetadataScan, n: MNode): boolean {
	return n.words !== '' && s.wordTest(n, BYLINE_BOX_RE) && !s.isForeign(n);
}
