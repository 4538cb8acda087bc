// Unmarked rail: on a spread-out page, a small group of cards found by a class word, none of them dated, signed or priced, is a menu's or a footer's columns, not a feed.
import { childBlocks } from '../../model/blockTree';
import type { Block } from '../../model/dumpDocument';
import type { Attempt } from '../blockIndex';
import { findDate } from '../dates';
import { collapsedText } from '../inlineText';
import { SHAPE_CARDS_SIGNATURE } from './cardGroup';
import { MAX_DATE_LINE_CHARS } from './datedItems';
import type { RepeatedGroup } from './signals';
import { MIN_SPREAD_SHARE } from './spreadCards';

/**
 * A feed's cards say what each item is: a date, a byline or a price. This share of the cards carrying one makes the
 * group a feed whatever its weight.
 */
export const MIN_MARKED_CARD_SHARE = 0.5;
/**
 * A feed's teasers say something: a group where this share of the cards holds a paragraph of prose is a feed or a
 * landing page's tiles, read by the rules before (offerCards.ts) or after; a menu's columns are bare links.
 */
export const MIN_PROSE_CARD_SHARE = 0.5;
/**
 * The page's own text is long prose (detect.ts `MIN_ARTICLE_LONG_PARAGRAPHS`): then a small group of bare links is its
 * frame. A page with less, whose only group is such a one, may be a feed whose cards no rule found; it stays a listing.
 */
export const MIN_LONG_PARAGRAPHS = 5;
/** A byline is a short line that starts with "By" and a capitalised name. */
const BYLINE_RE = /^by\s+\p{Lu}/iu;
/** Only the first blocks of a card are read for its mark: a card is short, and a huge one costs no more than this. */
const MAX_CARD_BLOCKS = 60;

/** Whether a card holds a short line with a date or a byline, among its first `MAX_CARD_BLOCKS` blocks. */
function isMarkedCard(card: Block): boolean {
	let seen = 0;
	const visit = (b: Block): boolean => {
		if (++seen > MAX_CARD_BLOCKS) return false;
		if (b.kind === 'paragraph' || b.kind === 'heading') {
			const text = collapsedText(b);
			return text.length > 0 && text.length <= MAX_DATE_LINE_CHARS && (BYLINE_RE.test(text) || findDate(text) !== undefined);
		}
		for (const c of childBlocks(b)) if (visit(c)) return true;
		return false;
	};
	return visit(card);
}

/**
 * Whether a spread-out page's card group, found by a class word, is a rail of the page's frame: it holds under
 * spreadCards.ts `MIN_SPREAD_SHARE` of the page read whole and fewer than `MIN_MARKED_CARD_SHARE` of its cards carry
 * a date, a byline or a price. Shape groups are weighed by spreadCards.ts `isSmallSpreadGroup` alone; a class group
 * named as chrome is cardsInChrome.ts's. With the class words opaque (declassed), a mega menu's dropdown columns, a
 * footer's link lists or a tab strip of a landing page are the largest class group and, by `cards N`, made the page
 * a listing; the headed sections the page holds are not read as such then, because the menus stay in the whole page.
 * detect.ts asks only where `cards N` would name a spread-out page a listing; the page is then read as a service
 * (`article coverage`), as it is with no group. Studied on half A's declassed service pages (a mega menu's columns, a
 * footer's lists, a tab strip of bare links; 2 to 5 of 100 of the page). The long-paragraph floor keeps a half-A
 * listing whose feed no rule sees (its footer's links are its only group, 0 long paragraphs) a listing.
 * Measured (session 62, tuning part, 1,054 pages, word F1): declassed all 0.89494 -> 0.89509, service 0.84390 ->
 * 0.84520 (half A 0.8371 -> 0.8396, half B 0.8509 = ), listing 0.77659 -> 0.77644 (half B 0.8016 -> 0.8013: one
 * listing whose menu made it one, read as a service as is and unique, 0.880 -> 0.870), kind agreement 860 -> 864
 * (five half-A services leave listing: 0.778 -> 0.941, 0.900 -> 0.920, +0.005, +0.004, and 0.948 -> 0.924); as is all
 * 0.90762 -> 0.90764 (one half-A service 0.900 -> 0.920, nothing else moves); unique (no platforms): no page moves.
 */
export function isUnmarkedRail(cards: RepeatedGroup, whole: Attempt, longParagraphs: number): boolean {
	if (longParagraphs < MIN_LONG_PARAGRAPHS || cards.signature === SHAPE_CARDS_SIGNATURE || whole.chars <= 0) return false;
	if (cards.chars >= whole.chars * MIN_SPREAD_SHARE || cards.proseItems >= cards.items.length * MIN_PROSE_CARD_SHARE) return false;
	const need = cards.items.length * MIN_MARKED_CARD_SHARE;
	let marked = cards.pricedItems;
	if (marked >= need) return false;
	for (const card of cards.items) {
		if (isMarkedCard(card) && ++marked >= need) return false;
	}
	return true;
}
