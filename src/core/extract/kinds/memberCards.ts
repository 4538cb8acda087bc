// A member card in a post: a join date or a post count on a line of its own, the poster's mark of a board that links no member page.
import type { Container } from '../blockIndex';
import { COUNT_LINE, JOIN_LINE } from '../heuristics/memberLines';
import { blockText } from '../inlineText';
import { isLocalMemberLine } from './postVocabulary';

/** A member card's line: "Registered: 2016-07-02", "Joined Mar 12, 2012", "Posts: 710" (heuristics/memberLines.ts). */
const CARD_LINE_RE = new RegExp(`^(?:${JOIN_LINE}|${COUNT_LINE})$`, 'iu');

/** A card's line is short; a longer line is prose that starts so. */
const MAX_CARD_LINE_CHARS = 60;

/**
 * The text read for a card, from the post's start: the card sits beside the message's start (before it, or in a
 * column beside it), so a long message is not read to its end.
 */
export const MAX_CARD_TEXT_CHARS = 4000;

/**
 * Whether a post shows its poster's member card: one of its lines (its visible text's line breaks kept, the first
 * `MAX_CARD_TEXT_CHARS` characters) is a join date or a post count with its label (`CARD_LINE_RE`), or such a line in a
 * board's language (kinds/postVocabulary.ts). Read by kinds/anonymousPosts.ts as a poster's mark beside
 * kinds/scatteredPosts.ts `POSTER_MARK_RE`, and as the mark that lets two posts be a thread.
 *
 * Why: a board that shows a guest no member pages writes each poster's name as plain bold text, with the member card
 * under it ("Member", "Registered: 2025-11-01", "Posts: 1"); with class words opaque no link or class marks the poster,
 * and the thread was read as an article, the board's menu and each card kept. A card is the forum's alone: on the
 * tuning part of wcxb-dev, 11 forum dumps of both halves write two card lines or more, no dump of another kind does.
 * Measured (session 49, tuning part, 1,054 pages, with the two-post bar of kinds/anonymousPosts.ts `MIN_CARD_POSTS` and
 * its letterless-heading test, on top of kinds/openingAbove.ts): declassed forum 0.88238 -> 0.88275 (A 0.85325 ->
 * 0.85392: a two-post thread of a board that links no member page, article -> forum, 0.908 -> 0.940, its menu and
 * the cards' lines left out), page kind right 853 -> 854; the same with the forum profiles off; as is no page moved;
 * no page of another kind moved on either yardstick. Fires on that one thread (one site, half A) on the tuning part:
 * the other carded boards link their members.
 */
export function hasMemberCard(c: Container): boolean {
	const text = blockText(c);
	const head = text.length > MAX_CARD_TEXT_CHARS ? text.slice(0, MAX_CARD_TEXT_CHARS) : text;
	for (const raw of head.split('\n')) {
		const line = raw.trim();
		if (line.length > 0 && line.length <= MAX_CARD_LINE_CHARS && (CARD_LINE_RE.test(line) || isLocalMemberLine(line))) return true;
	}
	return false;
}
