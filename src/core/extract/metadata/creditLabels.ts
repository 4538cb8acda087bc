// A name credited for another role ("Reviewed by [Name]", "© 2002 by Publisher") is not the author, whatever class its element has.
import { afterOtherRoleLine } from './creditLabelLines';
import type { MetadataScan, MNode } from './scan';

/**
 * The label right before a name that credits another role: the reviewer, fact checker, editor, illustrator,
 * photographer or translator; since session 29 (meta29) also an answer's, a reply's or a comment's poster ("Answered
 * by [mike77](/u/mike77)", "Last post by …") and a shop's seller ("Sold by", "Shipped by", "Powered by"): on a Q&A or
 * a shop page taken for an article, a probe page written for it reported the answerer as the page's author. As
 * detected and with every page forced to an article, wcxb-dev tuning part unchanged on both halves. Since session 48
 * (meta53) also a site's makers ("Site designed and developed by [Studio]{itemprop=creator}", "Built by", "Hosted by"):
 * a footer credit that platforms mark as the creator. Tuning (cached regions): declassed author where none 6 -> 5 of
 * 525 (a charity's service page, half B), right unchanged (401); as is unchanged (424, 3). `names.ts` drops a byline that starts so; this is for a name element of its own inside
 * such a line ("Reviewed by [Robert Tschudi](/r/about…){.BylineComponent_author-link}"), whose text is only the name.
 */
const OTHER_ROLE_BEFORE_RE = /(?:reviewed|fact[-\s]?checked|edited|illustrated|photographed|translated|sponsored|answered|replied|commented|moderated|sold|shipped|fulfilled|powered|designed|developed|built|hosted|last\s+(?:post|reply|edit|comment))\s+by\s*:?\s*$/iu;
/**
 * A rights line: "copyright © 2002, 2001 by Houghton Mifflin", "© 2025 by Jane Doe Studio". Its "by" names the holder.
 * A "©" after "Ã" is a double-encoded "é" ("JosÃ©", text/mojibake.ts), no rights mark.
 */
const COPYRIGHT_RE = /(?<!\u00C3)©|\(c\)\s*\d{4}|\bcopyright\b/iu;
/** How much of the line before the name is read: the label and the markup between it and the name. */
const LABEL_WINDOW_CHARS = 60;

/** The line's source text before the node, markup brackets and attribute blocks dropped (also `threadStarterLabel.ts`). */
export function textBefore(s: MetadataScan, n: MNode): string {
	let line: MNode | undefined = n.parent;
	while (line && !line.block) line = line.parent;
	if (!line || line.block?.kind !== 'paragraph') return '';
	const from = Math.max(line.range.start, n.range.start - LABEL_WINDOW_CHARS * 2);
	return s.doc.text
		.slice(from, n.range.start)
		.replace(/\{[^}]*\}/g, ' ')
		.replace(/[[\]*_\\]/g, ' ')
		.replace(/\s+/g, ' ')
		.slice(-LABEL_WINDOW_CHARS);
}

/**
 * Whether a byline node credits someone other than the author: an inline name element after a reviewer's or editor's
 * label, or any byline inside a rights line. Measured on the wcxb-dev tuning part: a reviewer read as the author and a
 * dictionary's copyright holder read as a dateline's "by" are no longer reported (author wrong 1 fewer, where none
 * 1 fewer of 525), right unchanged.
 */
export function creditsOtherRole(s: MetadataScan, n: MNode): boolean {
	if (n.inline && OTHER_ROLE_BEFORE_RE.test(textBefore(s, n))) return true;
	// The label in a box of its own just above the name's line (`creditLabelLines.ts`).
	if (afterOtherRoleLine(s, n)) return true;
	const text = s.textOf(n);
	return text.length > 0 && COPYRIGHT_RE.test(text);
}
