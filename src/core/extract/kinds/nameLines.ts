// A product's name printed as a bold line when the page shows no h1: the stand-in name the walks from the product's name start at.
import type { Block, Inline } from '../../model/dumpDocument';
import { type BlockIndex, insideTable, isContainer } from '../blockIndex';
import { collapse, collapsedText, inlineText } from '../inlineText';
import { isPriceLine } from './buyBoxAtName';
import { PRICE_RE } from './priceReader';
import { CART_BUTTON_RE } from './buyControlAtName';
import { isRatingLine } from './ratingLines';
import { levelOneHeadings, textBlocksAfter } from './productRegion';

/** A name line is short: a longer bold line is a lead sentence or a notice, not an item's name. */
export const MAX_NAME_LINE_CHARS = 150;
/** A name has a few characters at least: a bold "New" or "5" is a badge or a count. */
const MIN_NAME_LINE_CHARS = 3;
/** Bold lines kept per page: one, the first (see `boldNameLines`); the at-name rules try up to `MAX_NAMES_TRIED` h1s. */
const MAX_NAME_LINES = 1;

// Per index: the at-name rules ask several times per page.
const linesOf = new WeakMap<BlockIndex, Block[]>();

/**
 * The blocks the product's name is read from: the first `limit` visible h1s (productRegion.ts `levelOneHeadings`),
 * or, on a page that shows none, its first `limit` bold name lines (`boldNameLines`). The at-name rules
 * (buyBoxAtName.ts, buyControlAtName.ts, stockAtName.ts, sectionAtName.ts, ratingAtName.ts) walk from these.
 */
export function nameAnchors(index: BlockIndex, limit: number): Block[] {
	const headings = levelOneHeadings(index, limit);
	if (headings.length > 0) return headings;
	const bold = boldNameLines(index, limit);
	return bold.length > 0 ? bold : plainNameLines(index, limit);
}

/**
 * Why (session 60, brief item 1): every rule that finds one product by what follows its name (a price, a cart
 * button, a stock line, a "Specifications" tab) walks from an h1. A shop whose template prints the product's name in
 * a styled div or a `<strong>` has no h1 in its dump, and then none of them runs: its related items' grid makes it a
 * collection. The `boldname` perturbation (scripts/eval/perturb.ts: the first h1 of each product written as a bold
 * line) showed the family: products found 59 → 45 as is, product F1 0.774 → 0.715; declassed 0.743 → 0.625.
 * A name line is a paragraph whose whole text is one strong emphasis (`**Trail Pack 25**`), `MIN_NAME_LINE_CHARS`
 * to `MAX_NAME_LINE_CHARS` long with a letter, at most half of it a link (a card's name links to the card's page, a
 * menu's bold label is a link or a list item; a name may link its brand), outside lists and tables. The rules that use it keep their own guards (their
 * evidence outside the grid, outside facet panels, within a few blocks): a bold line only stands where an h1 would.
 * Only the first such line stands in (`MAX_NAME_LINES`): with three, a half-A headphone category (its h1 made bold)
 * became a product by a promo section's bold title further down; with one, no collection moves.
 * Measured (session 60, wcxb-dev tuning part, word F1): as is and declassed no page of any kind moves (every tuning
 * page with a product's bold name line has an h1 too, or is decided otherwise). Under `EVAL_PERTURB=boldname`
 * (products): as is 0.7150 → 0.7558 (A 0.6762 → 0.7633, B 0.7344 → 0.7520), products found 45 → 58 of 69 (59 with
 * the h1); declassed 0.6254 → 0.6952 (A 0.6043 → 0.7011, B 0.6359 → 0.6922), found 36 → 57. Collections under
 * `boldname` unchanged as is (0.840, 49 of 70) and declassed (0.797, 48). Under `plainname` (the name a plain
 * paragraph, not handled here) 0.7150 → 0.7246, by other bold lines of three pages.
 * Linear: one walk over the page's blocks, stopped at the first line; a parent walk per bold paragraph.
 */
export function boldNameLines(index: BlockIndex, limit: number): Block[] {
	let lines = linesOf.get(index);
	if (!lines) {
		lines = findLines(index);
		linesOf.set(index, lines);
	}
	return lines.slice(0, limit);
}

function findLines(index: BlockIndex): Block[] {
	const found: Block[] = [];
	for (const b of index.order.blocks) {
		if (found.length >= MAX_NAME_LINES) break;
		if (b.kind !== 'paragraph' || !isWholeStrong(b.content)) continue;
		const text = collapsedText(b);
		if (text.length < MIN_NAME_LINE_CHARS || text.length > MAX_NAME_LINE_CHARS || !/\p{L}/u.test(text)) continue;
		if (index.statsOf(b).linkChars * 2 > text.length || insideList(index, b) || insideTable(index, b)) continue;
		found.push(b);
	}
	return found;
}

/** Text blocks after a bold name line searched for its price or cart button, as for an h1 (buyBoxAtName.ts `MAX_BLOCKS_TO_PRICE`). */
const MAX_BLOCKS_TO_BUY_LINE = 5;

/**
 * The bold name line the product read starts from (product.ts, on a page with no h1): the first of `boldNameLines`
 * with a short price line (buyBoxAtName.ts `isPriceLine`) or a cart button (buyControlAtName.ts `CART_BUTTON_RE`)
 * within `MAX_BLOCKS_TO_BUY_LINE` text blocks after it, before any heading and outside lists (a card's price); undefined
 * when none has. A bold label inside the description ("**Features**") has neither right under it: the read is not
 * cut there.
 */
export function productNameLine(index: BlockIndex): Block | undefined {
	const bold = boldNameLines(index, MAX_NAME_LINES);
	for (const line of bold.length > 0 ? bold : plainNameLines(index, MAX_NAME_LINES)) {
		for (const [b, text] of textBlocksAfter(index, line, MAX_BLOCKS_TO_BUY_LINE)) {
			if (b.kind === 'heading') break;
			if ((isPriceLine(text) || CART_BUTTON_RE.test(text)) && !insideList(index, b)) return line;
		}
	}
	return undefined;
}

/** Whether the inlines, blank text and breaks aside, are one strong emphasis. */
function isWholeStrong(inlines: readonly Inline[]): boolean {
	let strong = 0;
	for (const n of inlines) {
		if (n.kind === 'softbreak' || n.kind === 'break' || (n.kind === 'text' && n.value.trim() === '')) continue;
		if (n.kind !== 'emphasis' || n.style !== 'strong' || ++strong > 1) return false;
	}
	return strong === 1;
}

/** Whether a list holds `b`: a menu's or a card list's bold label. */
function insideList(index: BlockIndex, b: Block): boolean {
	for (let p = index.parent.get(b); p !== undefined; p = index.parent.get(p)) if (p.kind === 'list') return true;
	return false;
}

/** Text blocks read back from the page's first short price line for its plain name line: a name, a subtitle, a "Was:" label. */
const MAX_LINES_ABOVE_PRICE = 3;

/** What vouches for a plain name line: a picture's alt text, a list item, a rating line under it, a cart button after its price. */
type Witness = 'alt' | 'item' | 'rating' | 'cart';

// Per index, as `linesOf`: the line and its witness.
const plainOf = new WeakMap<BlockIndex, { lines: Block[]; by?: Witness }>();

/**
 * Why (session 61, brief item 1): a shop that prints its product's name as a plain paragraph (a styled div, its
 * classes gone with the `<p>`) gives no h1 and no bold line, so no rule that walks from the name runs
 * (`EVAL_PERTURB=plainname`: product F1 0.774 → 0.715 as is, products found 59 → 48). A plain line is a name only
 * with a second witness. On a page with no visible h1 and no bold name line, the walk stops at the page's first short
 * price line outside lists (buyBoxAtName.ts `isPriceLine`; a card's price sits in its grid's list) and reads back up
 * to `MAX_LINES_ABOVE_PRICE` text blocks, a heading ending the look: the nearest name-shaped plain line (as
 * `boldNameLines`, and not a "Was:" label) whose whole text is repeated as an image's alt text or else a list item (the
 * gallery's picture, the breadcrumb's last item) is the name; else the line right above the price when a cart button
 * follows the price within `MAX_BLOCKS_TO_BUY_LINE` text blocks. Only the first price line is read: a page whose
 * first price has no such line gets none (fail safe: a category's first card, a service's price list).
 * Measured (session 61, wcxb-dev tuning part, word F1): as is and declassed no page of any kind moves, metadata
 * unchanged. Under `EVAL_PERTURB=plainname` (products): as is 0.7246 → 0.7386 (A 0.682 → 0.711, B 0.746 → 0.753),
 * products found 48 → 50 of 69; declassed 0.6437 → 0.6641 (A 0.615 → 0.645, B 0.658 → 0.673), found 40 → 43.
 * Collections under `plainname`: as is unchanged (0.840, 49 of 70), declassed 0.7969 → 0.7974 (a half-A category
 * already read as a product reads its product better). Left: names with no bare price within three lines (a rating,
 * an item number between) or whose page's first bare price is the header's or a sponsored card's.
 * Session 62: a rating line (kinds/ratingLines.ts: "4.6 (212)", "★★★★☆", "159 reviews") takes no place in the three
 * and vouches for the name line right above it (only ':' labels between it and the price), as a cart button does.
 * Measured (wcxb-dev tuning part, word F1): as is, declassed and unique no page moves; `plainname` products as is
 * 0.7386 → 0.7498 (A 0.711 → 0.744, B =), found 50 → 51; declassed 0.6649 → 0.6750 (A 0.648 → 0.678, B 0.6735 →
 * 0.6733), found 43 → 45 (with kinds/buyBox.ts taking the plain line); collections under `plainname` unchanged.
 * Linear: one walk to the first price line with a queue of three blocks, then one walk over the page's inlines
 * for the alt texts and list items.
 */
export function plainNameLines(index: BlockIndex, limit: number): Block[] {
	return plainLine(index).lines.slice(0, limit);
}

/**
 * The plain name line when something other than the cart button after its price vouches for it (an alt text, a list
 * item, a rating line): the buy-box walk (buyBox.ts `hasBuyBoxNearName`) asks for a price and a buying line under
 * the name, and a line vouched for by that same cart button would be its own evidence.
 */
export function vouchedNameLines(index: BlockIndex, limit: number): Block[] {
	const found = plainLine(index);
	return found.by === 'cart' ? [] : found.lines.slice(0, limit);
}

function plainLine(index: BlockIndex): { lines: Block[]; by?: Witness } {
	let found = plainOf.get(index);
	if (!found) {
		const line = findPlainLine(index);
		found = line ? { lines: [line[0]], by: line[1] } : { lines: [] };
		plainOf.set(index, found);
	}
	return found;
}

function findPlainLine(index: BlockIndex): [Block, Witness] | undefined {
	const recent: [Block, string][] = [];
	let price: Block | undefined;
	// The text block a rating line (ratingLines.ts) last came after: the name is read past it, and it vouches for it.
	let rated: Block | undefined;
	for (const b of index.order.blocks) {
		if (isContainer(b) || b.kind === 'list' || b.kind === 'table') continue;
		const text = collapsedText(b);
		if (text === '') continue;
		if (b.kind === 'paragraph' && isBarePrice(text) && !insideList(index, b)) {
			price = b;
			break;
		}
		if (isRatingLine(text)) {
			rated = recent.at(-1)?.[0];
			continue;
		}
		recent.push([b, text]);
		if (recent.length > MAX_LINES_ABOVE_PRICE) recent.shift();
	}
	if (!price) return undefined;
	const names: [Block, string][] = [];
	for (let i = recent.length - 1; i >= 0; i--) {
		const [b, text] = recent[i];
		if (b.kind === 'heading') break;
		if (isPlainName(index, b, text)) names.push([b, text]);
	}
	if (names.length === 0) return undefined;
	const witnessed = repeatedTexts(index, new Set(names.map(([, t]) => normal(t))));
	for (const by of ['alt', 'item'] as const) for (const [b, text] of names) if (witnessed.get(normal(text)) === by) return [b, by];
	const [above] = names[0];
	let ratedBelow = rated === above;
	for (let i = recent.length - 1; recent[i][0] !== above; i--) {
		if (!recent[i][1].endsWith(':')) return undefined;
		if (recent[i][0] === rated) ratedBelow = true;
	}
	if (ratedBelow) return [above, 'rating'];
	for (const [, text] of textBlocksAfter(index, price, MAX_BLOCKS_TO_BUY_LINE)) if (CART_BUTTON_RE.test(text)) return [above, 'cart'];
	return undefined;
}

/** A bare price line is short: a promotion's line ("Free shipping on orders over $75") is a sentence around its price. */
const MAX_BARE_PRICE_CHARS = 40;
/** Letters a bare price line holds beside its prices: "Sale price", "USD", "was". */
const MAX_BARE_PRICE_LETTERS = 12;

/** A short line that is mostly its prices ("$20.00", "€132.34", "Sale price $98.00 $130.00"). */
function isBarePrice(text: string): boolean {
	if (text.length > MAX_BARE_PRICE_CHARS || !isPriceLine(text)) return false;
	const rest = text.replace(PRICE_RE, '').match(/\p{L}/gu);
	return (rest?.length ?? 0) <= MAX_BARE_PRICE_LETTERS;
}

/** A plain paragraph shaped as a name: as a bold name line's text, not a price, not a label ending in a colon. */
function isPlainName(index: BlockIndex, b: Block, text: string): boolean {
	if (b.kind !== 'paragraph' || text.length < MIN_NAME_LINE_CHARS || text.length > MAX_NAME_LINE_CHARS || !/\p{L}/u.test(text)) return false;
	if (text.endsWith(':') || isPriceLine(text) || CART_BUTTON_RE.test(text)) return false;
	return index.statsOf(b).linkChars * 2 <= text.length && !insideList(index, b) && !insideTable(index, b);
}

/**
 * Which of `wanted` (normalised texts, at most `MAX_LINES_ABOVE_PRICE`) the page repeats as an image's alt text, whole
 * or at its start ("Trail Pack 25 in Blue", "Trail Pack 25 - View 2": a gallery's pictures), or as a list item's whole
 * text (the breadcrumb's last item), and how: an alt text is the stronger witness (a description's bullet can repeat
 * a subtitle such as "Slim fit").
 */
function repeatedTexts(index: BlockIndex, wanted: Set<string>): Map<string, 'alt' | 'item'> {
	const found = new Map<string, 'alt' | 'item'>();
	const visit = (inlines: readonly Inline[]): void => {
		for (const n of inlines) {
			if (n.kind === 'image') {
				const alt = normal(inlineText(n.alt));
				for (const w of wanted) if (alt === w || alt.startsWith(`${w} `)) found.set(w, 'alt');
			} else if ('children' in n) visit(n.children);
		}
	};
	for (const b of index.order.blocks) {
		if (b.kind === 'list') {
			for (const item of b.items) {
				const [only] = item.children;
				if (item.children.length !== 1 || only.kind !== 'paragraph') continue;
				const t = normal(collapsedText(only));
				if (wanted.has(t) && !found.has(t)) found.set(t, 'item');
			}
		}
		if ('content' in b && Array.isArray(b.content)) visit(b.content as readonly Inline[]);
	}
	return found;
}

function normal(text: string): string {
	return collapse(text).toLowerCase();
}
