// Badges set inside a headline (a forum thread's prefix label, a news story's source link and comment count) are not the headline's words.
import type { Inline } from '../../model/dumpDocument';
import { inlineText } from '../inlineText';

/**
 * Classes of the badges that forum and news software print inside the headline's heading. Data: one entry per
 * convention, matched as whole class names.
 * - `label`, `label-append`: XenForo's thread prefix ("# [Tips/Techniques]{.label .label--primary}[ ]{.label-append}ProxMox or …"),
 *   a tag the forum lets posters pick; the thread's title is the text after it.
 * - `extlnk`, `comment-bubble`: Slashdot's source link and comment count ("# [Story headline] [(phoronix.com)]{.extlnk} [139]{.comment-bubble}").
 * Measured on the wcxb-dev tuning part: title right 757 -> 761 of 1054 (2 thread prefixes, 2 stories); no title lost.
 */
const BADGE_CLASSES: ReadonlySet<string> = new Set(['label', 'label-append', 'extlnk', 'comment-bubble']);

/** A link's whole text that is a host name in brackets, "(example.com)": a news aggregator's source link after the story's headline. */
const SOURCE_HOST_RE = /^\(\s*((?:[a-z0-9-]{1,63}\.){1,6}[a-z]{2,24})\s*\)$/iu;
/** A link's whole text that is a count ("139"): with a fragment naming the comments, the story's comment count. */
const COUNT_RE = /^\d{1,7}$/u;
/** The fragment of a link to a page's comments ("…/story#comments", "#comment-list"). */
const COMMENTS_FRAGMENT_RE = /#comments?\b/iu;

/**
 * The same badges without their classes (a site whose class words no rule knows, or a declassed dump): a link whose
 * text is "(host)" and whose target is on that host, and a link whose text is a count and whose target is the
 * comments' anchor. Measured on the wcxb-dev tuning part (session 54, meta59): declassed title right 783 -> 785 (one
 * news aggregator's stories on two of its hosts, one in each half); as is unchanged (the classes already read them).
 */
function isClassFreeBadge(n: Inline): boolean {
	if (n.kind !== 'link') return false;
	const text = inlineText(n.children).trim();
	if (text.length > 80) return false;
	const host = SOURCE_HOST_RE.exec(text)?.[1];
	if (host) return n.href.toLowerCase().includes(host.toLowerCase());
	return COUNT_RE.test(text) && COMMENTS_FRAGMENT_RE.test(n.href);
}

/** Whether an inline is a badge span (see `BADGE_CLASSES`) or a class-free badge link (`isClassFreeBadge`). */
export function isHeadingBadge(n: Inline): boolean {
	return (n.kind === 'span' && n.attrs.classes.some((c) => BADGE_CLASSES.has(c))) || isClassFreeBadge(n);
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
