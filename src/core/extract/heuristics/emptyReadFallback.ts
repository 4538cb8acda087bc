// Near-empty page reads: a chrome-named wrapper that holds the page (a `sticky-footer` or `#Header` never closed) is read as the page's frame.
import type { Attempt, BlockIndex, Container } from '../blockIndex';
import { isHidden } from '../inlineText';
import { isUnlikely } from '../prune';
import { divAttrParts } from '../../model/divNodes';
import { wholeCharsLessFacets } from './facetChars';

/**
 * The page less its chrome (kinds/wholePage.ts) keeps less than this share of the page's visible characters: the
 * page's chrome holds nearly all of it. On the tuning part of wcxb-dev the pages so read are wrapped whole in a
 * chrome-named div their HTML never closed (`sticky-footer`, `#Header`): 0, 0, 0 and 25 of 2,977 to 18,441 characters.
 * The next pages up keep 5% and more (a forum's `comments` wrapper read by its own strategy, a listing with no content).
 * At 5% a half-B product page fell 0.665 → 0.585 and no page rose.
 */
export const NEAR_EMPTY_SHARE = 0.02;

/** The page has this much prose (characters of prose paragraphs) to read: below it, a near-empty read may be right. */
export const MIN_PAGE_PROSE_CHARS = 1000;

/**
 * A chrome-named container holding this share of the page's prose wraps the page rather than marks chrome. Half, not
 * prune.ts's 0.9 (`PAGE_FRAME_PROSE_SHARE`): an unclosed `#Header` holds the part of the page before the footer's own
 * prose (0.51 of it on a shop's category page), and the rule only runs once the page read came out empty.
 */
export const FRAME_PROSE_SHARE = 0.5;

/**
 * The chrome-named containers to read as the page's frame, when the page read is nearly empty only because of them;
 * undefined otherwise (the common case: the page read keeps the page). The rule fires only on a near-empty read: a
 * page-frame exemption in prune.ts for every page holding its prose in one strong-chrome container lost a half-B
 * article (0.945 → 0.623, session 27); the same article fell so under this rule too, read again, so articles are left
 * out where it is wired (extractArticle.ts): their read is the sieve's, whose later passes already drop chrome names.
 * Hidden containers stay hidden. Tuning part of wcxb-dev (session 28): all 0.8970 → 0.8979, half B 0.8994 → 0.9012
 * (collection 0.7916 → 0.8219, a shop's category 0.03 → 1.00; documentation 0.8978 → 0.8989, one site's pages), half A
 * 0.8942 → 0.8942 (product 0.7647 → 0.7642: a shop's product now read from its name, whose truth cuts the FAQ after
 * it short, 0.348 → 0.337); readability corpus 0.947 and seeds unchanged.
 * The page read is measured less its counted filter boxes (heuristics/facetChars.ts `wholeCharsLessFacets`): a theme
 * that prints a filter box outside the unclosed wrapper left the read that box alone, past `NEAR_EMPTY_SHARE`, and the
 * page was read as its filter box (session 59, coll59's proxy of a counted filter box inserted under the h1, 68
 * annotated collections: 0.8070 → 0.8212, a half-B shoe shop's small category read as a product 0.036 → 1.000; the
 * tuning part as is, declassed and unique: no page moves).
 */
export function frameWrappers(index: BlockIndex, whole: Attempt): ReadonlySet<Container> | undefined {
	const root = index.rootStats;
	// A read that keeps little more than the page's counted filter boxes is near-empty too (heuristics/facetChars.ts).
	if (root.proseChars < MIN_PAGE_PROSE_CHARS || wholeCharsLessFacets(whole) >= root.chars * NEAR_EMPTY_SHARE) return undefined;
	const frames = new Set<Container>();
	for (const c of index.containers) {
		if (isHidden(divAttrParts(c)) || index.proseCharsOf(c) < root.proseChars * FRAME_PROSE_SHARE) continue;
		if (isUnlikely(index, c)) frames.add(c);
	}
	return frames.size > 0 ? frames : undefined;
}
