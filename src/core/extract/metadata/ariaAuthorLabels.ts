// An author-page link whose accessible label names the role ("Author: jane_doe" on a link reading "jane_doe") is labelled, wherever its line's words are.
import { attrValue } from '../inlineText';
import type { MetadataScan, MNode } from './scan';

/**
 * Reason: above the title, `bylinesBeforeTitle.ts` reads an author-page link only after an author label in the text
 * before it ("By", "Author:"). Some templates print the poster's name bare in the post header and put the label for
 * screen readers into the link's `aria-label` instead ("Author: jane_doe"): the same words a reader hears, as much a
 * label as visible text, and no class or id word. The label must end with the link's own text, so a link labelled
 * "Author profile" or "Author Orcid Image" is not one.
 *
 * Measured on the wcxb-dev tuning part (session 43, meta48; `metaTune.js score`, cached regions): declassed, author
 * right 386 -> 389 of 529 (half A 196 -> 199: three forum threads whose poster's link says "Author: <name>" only in
 * its label; half B unchanged), reported where the truth has none unchanged (7 of 525); dates and titles unchanged.
 */

/** "Author:", "Authors:", "By", "Written by", "Posted by" then the name (bounded runs, one optional separator). */
const ARIA_AUTHOR_LABEL_RE = /^\s{0,3}(?:author|authors|written by|posted by|by)\s{0,3}[:\-–]?\s{0,3}(\S.{0,120})$/iu;

/** Whether a link's `aria-label` is an author label followed by the link's own text. */
export function ariaLabelledAuthor(s: MetadataScan, n: MNode): boolean {
	const label = attrValue(n.attrs, 'aria-label');
	if (!label) return false;
	const m = ARIA_AUTHOR_LABEL_RE.exec(label);
	if (!m) return false;
	const own = s.textOf(n).trim().replace(/^@/, '');
	return own.length > 0 && m[1].trim().replace(/^@/, '').toLowerCase() === own.toLowerCase();
}
