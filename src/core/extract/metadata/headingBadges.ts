// Badges set inside a headline (a forum thread's prefix label, a news story's source link and comment count) are not the headline's words.
import type { Inline } from '../../model/dumpDocument';

/**
 * Classes of the badges that forum and news software print inside the headline's heading. Data: one entry per
 * convention, matched as whole class names.
 * - `label`, `label-append`: XenForo's thread prefix ("# [Tips/Techniques]{.label .label--primary}[ ]{.label-append}ProxMox or …"),
 *   a tag the forum lets posters pick; the thread's title is the text after it.
 * - `extlnk`, `comment-bubble`: Slashdot's source link and comment count ("# [Story headline] [(phoronix.com)]{.extlnk} [139]{.comment-bubble}").
 * Measured on the wcxb-dev tuning part: title right 757 -> 761 of 1054 (2 thread prefixes, 2 stories); no title lost.
 */
const BADGE_CLASSES: ReadonlySet<string> = new Set(['label', 'label-append', 'extlnk', 'comment-bubble']);

/** Whether an inline is a badge span (see `BADGE_CLASSES`). */
export function isHeadingBadge(n: Inline): boolean {
	return n.kind === 'span' && n.attrs.classes.some((c) => BADGE_CLASSES.has(c));
}

/** Whether a badge sits anywhere in the inlines (inside the headline's link or span too). */
export function hasHeadingBadge(inlines: readonly Inline[]): boolean {
	return inlines.some((n) => isHeadingBadge(n) || ((n.kind === 'span' || n.kind === 'link') && hasHeadingBadge(n.children)));
}

/** The inlines without their badges, at any depth; spans and links that held one are copied with the rest of their children. */
export function withoutHeadingBadges(inlines: readonly Inline[]): Inline[] {
	const out: Inline[] = [];
	for (const n of inlines) {
		if (isHeadingBadge(n)) continue;
		if ((n.kind === 'span' || n.kind === 'link') && hasHeadingBadge(n.children)) out.push({ ...n, children: withoutHeadingBadges(n.children) });
		else out.push(n);
	}
	return out;
}
