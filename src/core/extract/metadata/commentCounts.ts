// A meta line boxed as `comments` because it ends in the comment count ("August 19, 2025 | [33 Comments](…#comments)") is the page's own dateline, not its comments.
import { FOREIGN_RE } from '../metadataRules';
import type { MetadataScan, MNode } from './scan';

/**
 * Reason: themes put the post's date beside a link to its comments and name the pair after the link
 * (`::: {.comments .d-block}` holding "August 19, 2025 | 33 Comments" under the byline). The `comments` class marks the
 * box foreign (`FOREIGN_RE`), so the date just under the title scores as a commenter's and the page gets none. A
 * comment thread's box is long and holds names and texts; a count box is one short line whose link goes to the
 * comments (`#comments`, `#respond`) or says how many there are ("33 Comments", "No comments").
 *
 * Measured on the wcxb-dev tuning part (`metaTune.js`-style run, cached regions): published right half A 196 -> 197
 * of 265, half B 210 -> 210 of 296; reported where the truth has none unchanged (7 of 233, 4 of 260).
 */
export function inCommentCountBox(s: MetadataScan, n: MNode): boolean {
	let box: MNode | undefined;
	for (let p: MNode | undefined = n, i = 0; p && i < MAX_DEPTH; p = p.parent, i++) {
		if (p.words !== '' && FOREIGN_RE.test(p.words)) {
			box = p;
			break;
		}
	}
	// Only the comments word makes the box foreign, and nothing foreign holds it.
	if (!box || !COMMENT_WORD_RE.test(box.words) || FOREIGN_RE.test(box.words.replace(COMMENT_WORDS_RE, ' '))) return false;
	if ((box.parent && s.isForeign(box.parent)) || s.textLongerThan(box, MAX_COUNT_LINE_CHARS)) return false;
	for (const d of s.descendants(box)) {
		const link = d.inline?.kind === 'link' ? d.inline : undefined;
		if (link && (COUNT_HREF_RE.test(link.href) || COUNT_TEXT_RE.test(s.textOf(d)))) return true;
	}
	return false;
}

/** How far up a node's count box may be: the date's span, its paragraph, the box. */
const MAX_DEPTH = 3;
/** A count line is a date, a separator and the count: longer boxes hold comments themselves. */
const MAX_COUNT_LINE_CHARS = 80;
/** The comments words of `FOREIGN_RE` as whole class words. */
const COMMENT_WORD_RE = /(?:^|[\s_:-])comments?(?:$|[\s_:-])/;
const COMMENT_WORDS_RE = /(?:^|[\s_:-])comments?(?=$|[\s_:-])/g;
/** A link to the page's own comment section. */
const COMMENT_ANCHOR = String.raw`#(?:comments?|respond|disqus_thread|reply)`;
const COUNT_HREF_RE = new RegExp(`${COMMENT_ANCHOR}$`, 'i');
/** A link that says how many comments there are: "33 Comments", "No comments", "1 comment". */
const COUNT_TEXT_RE = /^\s*(?:\d+|no|one)\s+comments?\s*$/i;
