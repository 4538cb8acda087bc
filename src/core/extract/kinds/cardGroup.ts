// Teaser cards found by the shape of their blocks (a linked title, a short text, a date or an image, in one order), whatever their classes.
import type { Block } from '../../model/dumpDocument';
import { divAttrParts } from '../../model/divNodes';
import { type BlockIndex, type Container, isContainer, linkDensity } from '../blockIndex';
import { findDate } from '../dates';
import { collapsedText, isHidden } from '../inlineText';
import { hasLink } from './itemTitles';
import { isNamedCardShape } from './namedCards';
import { postGroup } from './scatteredPosts';
import type { RepeatedGroup } from './signals';

/** The signature of a group found by its cards' shape, not by a class word. */
export const SHAPE_CARDS_SIGNATURE = '~shape cards';

/**
 * A card group holds this many cards at least. Three by class word (signals.ts `MIN_REPEATS`); a shape is a weaker
 * tie than a shared class word, and an article's rail of related stories or a landing page's row of three offers has
 * three of one shape.
 */
export const MIN_SHAPE_CARDS = 4;

/** A card is short: a title, a line of text, a date (signals.ts `MAX_CARD_CHARS` for a class group's average). */
const MAX_CARD_CHARS = 400;

/** The cards are this share of the parent's shown boxes at least: a feed's box holds its cards, bar a heading or an ad. */
const MIN_CARD_SHARE = 0.5;

/**
 * The cards hold this share of the page's text at least. With every class token unique, a shape group is found on a
 * quarter of the tuning pages of wcxb-dev; on pages of other kinds it is a rail, a row of offers or a footer's columns,
 * mostly under 0.1 of the page (median 0.046), while the listings' groups that decide a kind hold 0.13 to 0.75.
 */
const MIN_PAGE_SHARE = 0.1;

/** Blocks read for a card's shape: a card's first few parts say what it is; a longer box is no card. */
const SHAPE_BLOCKS = 100;

/** Roles in a shape after which the card is known; a longer shape is cut here. */
const MAX_SHAPE_ROLES = 8;

/** A linked line this long is a title; shorter ones are "Read more", a tag or a name. */
const MIN_TITLE_CHARS = 15;

/** A date line is short: a date, maybe a time or an author beside it (datedItems.ts `MAX_DATE_LINE_CHARS`). */
const MAX_DATE_LINE_CHARS = 80;

/**
 * A block's role in a card: `T` a linked title (a heading holding a link, or a line mostly link of a title's length),
 * `H` a heading without a link, `l` a short link, `D` a date line, `P` text, `I` an image alone, `X` a list, a table or
 * code; undefined for what shows nothing (a spacer, a rule, an empty line).
 */
export function roleOf(index: BlockIndex, b: Block): string | undefined {
	if (b.kind === 'heading') return index.charsOf(b) === 0 ? undefined : hasLink(b.content) ? 'T' : 'H';
	if (b.kind === 'paragraph') {
		const s = index.statsOf(b);
		if (s.chars === 0) return s.images > 0 ? 'I' : undefined;
		if (linkDensity(s) > 0.5) return s.chars >= MIN_TITLE_CHARS ? 'T' : 'l';
		const text = collapsedText(b);
		return text.length <= MAX_DATE_LINE_CHARS && findDate(text) ? 'D' : 'P';
	}
	if (b.kind === 'list' || b.kind === 'table' || b.kind === 'code') return index.charsOf(b) === 0 ? undefined : 'X';
	return undefined;
}

/**
 * A box's shape: the roles of its first `SHAPE_BLOCKS` blocks in order (nested boxes opened), a role repeated at once
 * written once, at most `MAX_SHAPE_ROLES` roles; lower-cased `+` at its end when the box holds a link (an empty one
 * wrapping the card counts). Undefined when the box hides or reads more than `SHAPE_BLOCKS` blocks.
 */
export function shapeOf(index: BlockIndex, box: Container): string | undefined {
	let shape = '';
	let read = 0;
	let ok = true;
	let linked = false;
	const visit = (kids: readonly Block[]): void => {
		for (const k of kids) {
			if (!ok) return;
			if (++read > SHAPE_BLOCKS) {
				ok = false;
				return;
			}
			if (isContainer(k)) {
				if (!isHidden(divAttrParts(k))) visit(k.children);
				continue;
			}
			if (!linked) linked = k.kind === 'paragraph' || k.kind === 'heading' ? hasLink(k.content) : index.statsOf(k).linkChars > 0;
			const r = roleOf(index, k);
			if (r === undefined || shape.endsWith(r) || shape.length >= MAX_SHAPE_ROLES) continue;
			shape += r;
		}
	};
	visit(box.children);
	return ok ? shape + (linked ? '+' : '') : undefined;
}

/**
 * Whether a shape is a teaser card's: a title (linked or a heading), a text, a date or an image beside it, and a link;
 * or a short linked name beside a picture and a text (namedCards.ts).
 */
export function isCardShape(shape: string): boolean {
	return (shape.endsWith('+') && /[TH]/.test(shape) && /[PDI]/.test(shape)) || isNamedCardShape(shape);
}

/**
 * The page's largest group of teaser cards found by their shape: sibling boxes under one parent (or the one box of
 * each item of a list), each shown, at most `MAX_CARD_CHARS` long, of one shape (`shapeOf`) that holds a linked title
 * and a text, a date or an image (`isCardShape`), at least `MIN_SHAPE_CARDS` of them and `MIN_CARD_SHARE` of the
 * parent's shown boxes. No class word is asked: a theme whose class lists differ card by card (utility classes, a CSS
 * module's hashed names) or whose classes were stripped writes each card as the same blocks in the same order.
 * The listing counterpart of kinds/siblingPosts.ts. Read by signals.ts where no class word lined cards up, so the
 * rules that read a class group's cards read these (kinds/detect.ts `cards`, pager.ts, cardsWithoutProse.ts,
 * listingEnd.ts); `pricedItems` is 0, so no grid of a shop is made of them.
 * Linear: each box's shape reads at most `SHAPE_BLOCKS` blocks, and each box is read once, under its parent.
 *
 * Why: with every class token unique to its box (eval `EVAL_DECLASS=unique EVAL_NO_PLATFORMS=all`, the proxy of a
 * theme whose classes no rule knows), no two cards share a token, no card group exists, and 26 of the 72 listings of the
 * tuning part of wcxb-dev were read as listings (held out, 5 of 20 as is). Measured (session 57, tuning part, 1,054
 * pages, word F1): unique, listing 0.72682 -> 0.73781 (half A 0.6757 -> 0.6897, half B 0.7725 -> 0.7809), all 0.88245
 * -> 0.88315, kind agreement 831 -> 841; 11 pages up (a blog's unlinked-title cards 0.504 -> 0.784, a shop's guide
 * 0.798 -> 0.982, a news index 0.909 -> 0.996), 6 down (an article's resource list of seven linked titles, spread
 * over a page read as a service, becomes a listing 0.980 -> 0.864; a news front's strip of seven cards ends its read
 * early 0.798 -> 0.746). The listing strategy forced on the 72 listings (`EVAL_FORCE_KIND=annotated --kind listing`,
 * unique): 0.74750 -> 0.75727 (half A 0.7021 -> 0.7116, half B 0.7882 -> 0.7981). Declassed: listing 0.77414 ->
 * 0.77573 (one page up, none down); as is: listing 0.81393 -> 0.81361 (a library guide read as a listing, 0.991 -> 0.960;
 * one up).
 * Tried: a looser key (the shape without its pictures and short links, which a feed shows on some cards only):
 * unique listing -0.0003 and a service page taken for a listing; dropped.
 */
export function shapeCards(index: BlockIndex): RepeatedGroup | undefined {
	let best: Container[] | undefined;
	const consider = (boxes: readonly Container[], shown: number): void => {
		if (boxes.length < MIN_SHAPE_CARDS) return;
		const byShape = new Map<string, Container[]>();
		for (const b of boxes) {
			if (index.charsOf(b) > MAX_CARD_CHARS) continue;
			const shape = shapeOf(index, b);
			if (shape === undefined || !isCardShape(shape)) continue;
			const list = byShape.get(shape);
			if (list) list.push(b);
			else byShape.set(shape, [b]);
		}
		for (const items of byShape.values()) {
			if (items.length >= MIN_SHAPE_CARDS && items.length >= shown * MIN_CARD_SHARE && items.length > (best?.length ?? 0)) best = items;
		}
	};
	for (const b of index.order.keys()) {
		const boxes: Container[] = [];
		let shown = 0;
		if (isContainer(b)) {
			for (const k of b.children) {
				if (!isContainer(k) || isHidden(divAttrParts(k)) || index.charsOf(k) === 0) continue;
				shown++;
				boxes.push(k);
			}
		} else if (b.kind === 'list') {
			for (const it of b.items) {
				let only: Container | undefined;
				let parts = 0;
				for (const c of it.children) {
					if (c.kind === 'spacer') continue;
					parts++;
					if (isContainer(c)) only = c;
				}
				if (parts === 0) continue;
				shown++;
				if (parts === 1 && only && !isHidden(divAttrParts(only)) && index.charsOf(only) > 0) boxes.push(only);
			}
		} else continue;
		consider(boxes, shown);
	}
	if (!best) return undefined;
	// The totals a class group keeps (scatteredPosts.ts `postGroup`); every shape card holds a link (`isCardShape`).
	const group = { ...postGroup(index, SHAPE_CARDS_SIGNATURE, best), linkedItems: best.length };
	return group.chars < index.rootStats.chars * MIN_PAGE_SHARE ? undefined : group;
}
