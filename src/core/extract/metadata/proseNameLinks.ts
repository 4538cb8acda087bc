// A name linked inside a sentence of the text ("says yoga therapist [Holly Wilgus](/staff/wilgus)") is someone the text mentions, not its author.
import { countWordMatches } from '../../text/wordCount';
import type { MetadataScan, MNode } from './scan';

/**
 * A byline paragraph holds the name and a few words beside it ("By [Jane Roe](/author/jane) | March 3, 2025 | 5 min
 * read": about ten). A paragraph with this many more words than the link is running text, and an author-page link in it
 * names a person the text quotes or cites (an expert, another site's reviewer, a course's teaching fellow).
 */
const RUNNING_TEXT_WORDS = 20;

/**
 * Whether a link sits in running text: its paragraph (or list item's paragraph) holds RUNNING_TEXT_WORDS words besides it.
 *
 * Measured on the wcxb-dev tuning part (note meta5), for names known only as an author-page link (`link:author-page`):
 * author right 392 -> 392, wrong 15 -> 14: a shopping guide that cites another site's reviewer now gives its own
 * writer's link, and a quoted therapist who was also the annotated author is no longer reported.
 */
export function inRunningText(s: MetadataScan, link: MNode): boolean {
	let p = link.parent;
	while (p && !p.block) p = p.parent;
	if (p?.block?.kind !== 'paragraph') return false;
	return countWordMatches(s.textOf(p)) - countWordMatches(s.textOf(link)) >= RUNNING_TEXT_WORDS;
}
