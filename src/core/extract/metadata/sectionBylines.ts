// A plain "By …" line under a section heading that follows the article's text is that section's byline (a story's, a book's), not the page's.
import { wordsBetween } from './kindPolicy';
import type { MetadataScan, MNode } from './scan';

/**
 * Words of text between the title and a later heading past which that heading opens a section of the body, not a
 * subtitle or a standfirst under the title. A dek heading follows the title at once or after a one-line kicker; a
 * reading list's, an anthology's or a story index's items ("#### The House of Modernity" / "By Oliveira Andreotti")
 * come after the page's own introduction. On the wcxb-dev tuning part the right text bylines under a heading other
 * than the title had 0 words of text before that heading; the one reported where the truth has none (half A, a
 * story index taken for an article) had 99.
 */
const SECTION_WORDS = 30;

/**
 * Whether a byline node sits under a heading of its own that is not the page's title and that comes after at least
 * SECTION_WORDS words of the page's text: the byline names that section's writer (a book's, a story's, a quoted
 * piece's), and the page itself may have none.
 *
 * Reason (issue 12): held-out pages had authors reported where the truth has none 9x as often as the tuning part; a
 * "By" line with no byline markup is the weakest of the author rules, and a page that lists books, stories or talks
 * with their writers has one under every item. Only the plain-text rule (`text:by-line`) is held to it: a byline
 * class, an author link or schema.org markup carries its own evidence.
 *
 * Measured with `metaTune.js score` on the wcxb-dev tuning part (session 36, meta41): as detected unchanged (author
 * right A 209/254, B 212/275; where none A 2/244, B 1/281); every page extracted as an article (`metaForceKind.js
 * article`, the proxy for held-out pages whose kind is misdetected): author where none A 4 -> 3 of 244, B 2 of 281
 * unchanged, right unchanged (A 209, B 211); as a service or listing page: unchanged.
 */
export function underSectionHeading(s: MetadataScan, n: MNode): boolean {
	const t = s.titleNode;
	if (!t || n.start <= t.end) return false;
	let h: MNode | undefined;
	for (let i = n.order - 1; i > t.order; i--) {
		const m = s.nodes[i];
		if (m.block?.kind === 'heading' && m.end <= n.start) {
			h = m;
			break;
		}
	}
	return h !== undefined && wordsBetween(s, t, h, SECTION_WORDS) >= SECTION_WORDS;
}
