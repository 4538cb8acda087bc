// Flat posts whose header is only a stamp line: the date above each message, the poster's card at the message's start.
import type { Block } from '../../model/dumpDocument';
import type { BlockIndex } from '../blockIndex';
import { POSTER_MARK_RE } from './scatteredPosts';

/**
 * How far into a message's source its poster's mark may lie: a member card (name, avatar, title, counts) opens the
 * post box, before the message's text. The prefix also bounds the scan: a message is read once, at most this much of
 * its source, whatever its length, so nested messages each preceded by a stamp line cost at most this per level.
 */
export const MAX_POSTER_OFFSET = 3000;

/**
 * Whether a message box opens with its poster's mark (kinds/scatteredPosts.ts `POSTER_MARK_RE`) within its first
 * `MAX_POSTER_OFFSET` source characters.
 *
 * Why: kinds/flatPosts.ts reads a thread written flat (a header, then the message box, as siblings, no container per
 * post) when the header carries the poster's mark. Some boards put only the post's stamp above the box (a line with
 * the date and the post's number, "Oct 8, 2024 · #3") and the poster's card inside it, beside the message (XenForo's
 * `message-inner` under a theme that moves the attribution line out). With class words known, the platform profile
 * names the boxes; with class words opaque (the stand-in for unseen boards) neither the profile, nor the sibling groups,
 * nor the shape rule (kinds/anonymousPosts.ts: the box alone carries no stamp) found a post, and the thread was read as
 * an article: the page's menus, an AI summary box and each poster's counters kept. So a stamped line counts as the
 * header when the message after it opens with its poster's mark; the other tests of flatPosts.ts (two posts at least,
 * one class word on every message, prose, few links, no linked title, most headers stamped) are unchanged.
 *
 * Measured (session 47, tuning part of wcxb-dev): alone, no page moved on either yardstick (the thread it finds had a
 * digest above its posts, read as a story: heuristics/summaryToggles.ts); with that rule, declassed forum 0.87892 ->
 * 0.88079 (B 0.91579 -> 0.92008: the thread article -> forum, 0.727 -> 0.885), all 0.88907 -> 0.88931; as is no page
 * moved; no page of another kind moved on either yardstick.
 */
export function opensWithPoster(index: BlockIndex, message: Block): boolean {
	const { start, end } = message.range;
	return POSTER_MARK_RE.test(index.doc.text.slice(start, Math.min(end, start + MAX_POSTER_OFFSET)));
}
