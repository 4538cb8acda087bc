// Flat teaser cards: a feed whose items are a repeating cycle of boxes under one parent (picture, title, date), with no box per item.
import type { Block } from '../../model/dumpDocument';
import { divAttrParts } from '../../model/divNodes';
import { type BlockIndex, type Container, isContainer } from '../blockIndex';
import { collapsedText, isHidden } from '../inlineText';
import { isCardShape, roleOf, shapeOf } from './cardGroup';
import { postGroup } from './scatteredPosts';
import { hasCardPrice } from './shopGrid';
import type { RepeatedGroup } from './signals';

/** The signature of a group of flat cards: each item is the box of its cycle that holds the title. */
export const FLAT_CARDS_SIGNATURE = '~flat cards';

/** A cycle has this many parts at most: a picture, a tag, a title, a teaser, a byline, a date (and one spare). */
const MAX_PERIOD = 6;

/** Cycles in a row at least: as many as a shape group's cards (cardGroup.ts `MIN_SHAPE_CARDS`); a rail of three is no feed. */
const MIN_CYCLES = 4;

/** A cycle is short: a teaser card's length (cardGroup.ts `MAX_CARD_CHARS`). */
const MAX_CYCLE_CHARS = 400;

/** The cycles hold this share of the page's text at least (cardGroup.ts `MIN_PAGE_SHARE`). */
const MIN_PAGE_SHARE = 0.1;

/** One shown part under a parent: its token (a box's shape or a block's role) and its block. */
interface Part {
	readonly token: string;
	readonly block: Block;
}

/** A part's token: `B` and its shape for a shown box, the block's role otherwise (cardGroup.ts); undefined for what shows and links nothing. */
function tokenOf(index: BlockIndex, b: Block): string | undefined {
	if (isContainer(b)) {
		if (isHidden(divAttrParts(b))) return undefined;
		const shape = shapeOf(index, b);
		// An empty box that links (a link laid over the card) is a part: it links the cycle.
		return shape === undefined || shape === '' ? undefined : `B${shape}`;
	}
	return roleOf(index, b);
}

/**
 * Whether a cycle's tokens make a teaser card read as one box: its parts' roles in order make a card's shape
 * (cardGroup.ts `isCardShape`: a title, linked or a heading, beside a text, a date or a picture, and a link; or a short
 * linked name beside a picture and a text), and one part at least is a box (a run of blocks alone is the other rules'
 * business: titledFeed.ts, datedTeasers.ts, teaserList.ts). A menu's links alone, or an article's paragraphs, make none.
 */
function isTeaserCycle(tokens: readonly string[]): boolean {
	if (!tokens.some((t) => t.startsWith('B')) || new Set(tokens).size < 2) return false;
	let shape = '';
	let linked = false;
	for (const t of tokens) {
		const body = t.startsWith('B') ? t.slice(1) : t;
		const roles = body.endsWith('+') ? body.slice(0, -1) : body;
		if (body.endsWith('+') || /[Tl]/.test(roles)) linked = true;
		shape += roles;
	}
	return isCardShape(shape + (linked ? '+' : ''));
}

/**
 * The longest run of cycles of `p` parts in `parts`: [start, count of cycles], or undefined when fewer than `MIN_CYCLES`.
 * Linear: one pass comparing each part with the one `p` before.
 */
function longestRun(parts: readonly Part[], p: number): [number, number] | undefined {
	let best: [number, number] | undefined;
	let runStart = 0;
	for (let i = p; i <= parts.length; i++) {
		if (i < parts.length && parts[i].token === parts[i - p].token) continue;
		// parts[runStart .. i) repeat with period p.
		const cycles = Math.floor((i - runStart) / p);
		if (cycles >= MIN_CYCLES && (!best || cycles > best[1])) best = [runStart, cycles];
		runStart = i - p + 1;
	}
	return best;
}

/**
 * Whether the cycles are distinct teasers, not a shop's grid: their texts differ (one text in every cycle is a layout
 * repeat) and no cycle names a price (shopGrid.ts `hasCardPrice`). Each part read once; called on short cycles only.
 */
function isTeaserRun(parts: readonly Part[], start: number, p: number, cycles: number): boolean {
	const texts = new Set<string>();
	for (let c = 0; c < cycles; c++) {
		let text = '';
		for (let j = 0; j < p; j++) text += ` ${collapsedText(parts[start + c * p + j].block)}`;
		if (hasCardPrice(text)) return false;
		texts.add(text);
	}
	return texts.size === cycles;
}

/**
 * The page's largest group of flat teaser cards: under one parent, a run of at least `MIN_CYCLES` cycles of the same
 * `p` parts (2 ≤ p ≤ `MAX_PERIOD`), each part a shown box (by its shape, cardGroup.ts `shapeOf`) or a block (by its
 * role), whose roles read in order make a card's shape with a box among its parts (`isTeaserCycle`: a menu's links
 * alone or an article's run of paragraphs make none), at most `MAX_CYCLE_CHARS` long on average, with texts that
 * differ and no price (`isTeaserRun`), holding `MIN_PAGE_SHARE` of the page. The items are each cycle's box holding
 * the title (a linked title or a heading), or its first box. Fails safe: no such run, no group. Read by signals.ts only
 * where neither a class word nor a box per card (cardGroup.ts `shapeCards`) lined cards up.
 * Linear: each parent's parts are read once (a box's shape reads at most cardGroup.ts `SHAPE_BLOCKS` blocks), and each
 * period is one pass over them; a cycle's texts are read only once its length passed.
 *
 * Why: a theme may write each teaser as sibling boxes (a picture box, a tag box, a title box, a byline box) with no
 * box around the card, so no shape group forms and the feed is read as an article or a landing page. Session 60
 * (tuning part of wcxb-dev, 1,054 pages): on no yardstick does a page's kind or word F1 move (unique with profiles
 * off, declassed, as is), since the pages where a flat group forms are decided earlier (a listing by linked titles,
 * an article by long paragraphs). Perturbed (every token unique; each card box of the 17 pages read as listings by
 * `cards` unwrapped, its parts left as siblings): 5 pages fall to another kind without the rule (4 listings: a half-A
 * trail directory to an article, a half-A shop's listing, a half-B ranking and a half-B catalogue to landing pages;
 * and a half-B partner page read as a listing before); with it 4 read as before (the half-A shop's listing does not).
 */
export function flatCards(index: BlockIndex): RepeatedGroup | undefined {
	let best: Container[] | undefined;
	let bestChars = 0;
	const visit = (kids: readonly Block[]): void => {
		if (kids.length < 2 * MIN_CYCLES) return;
		const parts: Part[] = [];
		for (const k of kids) {
			const token = tokenOf(index, k);
			if (token !== undefined) parts.push({ token, block: k });
		}
		for (let p = 2; p <= MAX_PERIOD; p++) {
			if (parts.length < p * MIN_CYCLES) break;
			const run = longestRun(parts, p);
			if (!run) continue;
			const [start, cycles] = run;
			const tokens = parts.slice(start, start + p).map((x) => x.token);
			if (!isTeaserCycle(tokens)) continue;
			let at = tokens.findIndex((t) => t.startsWith('B') && /[TH]/.test(t));
			if (at < 0) at = tokens.findIndex((t) => t.startsWith('B'));
			const items: Container[] = [];
			let chars = 0;
			for (let c = 0; c < cycles; c++) {
				const base = start + c * p;
				items.push(parts[base + at].block as Container);
				for (let j = 0; j < p; j++) chars += index.charsOf(parts[base + j].block);
			}
			// A shop's grid written flat names prices in its cycles: the collection rules read it, not this one.
			if (chars > cycles * MAX_CYCLE_CHARS || !isTeaserRun(parts, start, p, cycles)) continue;
			if (chars > bestChars) {
				best = items;
				bestChars = chars;
			}
			break;
		}
	};
	visit(index.doc.blocks);
	for (const c of index.containers) if (!isHidden(divAttrParts(c))) visit(c.children);
	if (!best || bestChars < index.rootStats.chars * MIN_PAGE_SHARE) return undefined;
	return { ...postGroup(index, FLAT_CARDS_SIGNATURE, best), linkedItems: best.length };
}
