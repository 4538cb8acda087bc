// A date right after the page's byline, in a box named like a comment or a related box, is the post's meta line, not other people's.
import { pastTheBody } from './pastTheBody';
import type { MetadataScan, MNode } from './scan';

/** How close after the reported byline (source characters without inline data, `MetadataScan.gap`) the date box starts. */
const META_BOX_CHARS = 300;

/**
 * Whether a date node is in a box of the page's own meta line although the box's class words name other people's
 * content: it is inside the reported byline's node or starts just after it (a box edge or two between them), the
 * byline itself is in no such box, the date is before the article's text (`pastTheBody.ts`), and the byline is near
 * the title (`metadata.ts` passes only such a byline here).
 *
 * Reason: themes print the meta line's date and its comment counter in one box named after the comments
 * (`::: comments` holding "August 19, 2025 | [33 Comments](#comments)") right under "By Jane Doe". The box's name made
 * the date a commenter's (`commentBoxes.ts`) and marked it down as foreign (`WEIGHT.foreign`), so the page got no
 * date; read without class words (EVAL_DECLASS) the same date was found. Comments follow the article's text, so a box
 * between the byline and the text is not one. The test undoes only what the class words took; it adds no date.
 *
 * Measured on the wcxb-dev tuning part (session 58, meta58): as is, published right 417 -> 418 of 561 (half A 203 ->
 * 204, half B 214), where none 8 and wrong 33 unchanged, no page's F1 moves; declassed unchanged (411, 11, 36: the
 * class words it undoes are opaque there); EVAL_DROP_BYLINE (the true date removed) date guesses unchanged, 78 of 561.
 * Designed on half A (a finance blog's "By" heading over "August 19, 2025 | 33 Comments"); no half-B value changed.
 */
export function inBylineMetaBox(s: MetadataScan, n: MNode, byline: MNode | undefined): boolean {
	if (!byline || n.start < byline.start || (n.start >= byline.end && s.gap(byline.end, n.start) > META_BOX_CHARS)) return false;
	return s.isForeign(n) && !s.isForeign(byline) && !pastTheBody(s, n);
}
