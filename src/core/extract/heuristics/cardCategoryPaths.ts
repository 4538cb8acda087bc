// Card category paths: a card line made only of two to four short links joined by "/" or "," ("Cooking / On Sale / Outdoor Gear"), printed on several cards, is each card's list of categories, not the card.
import type { Block, Inline, SourceRange } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { collapsedText, inlineText } from '../inlineText';
import { cardOf, filterBlockTree } from './cardRepeats';

/** Fewest and most category links in the line: one link is the card's title; a longer run of links is a tag cloud or a menu. */
export const MIN_PATH_LINKS = 2;
export const MAX_PATH_LINKS = 4;
/** A category's name is a few words; a longer link text is a product's title or a sentence. */
export const MAX_PATH_SEGMENT_CHARS = 32;
/** Fewest cards printing such a line: one card's pair of links is that card's own (a brand and a range). */
export const MIN_PATH_CARDS = 3;
/** Only the separators may stand between the links: a line with any word of its own ("by", "in") is the card's text. */
const SEPARATORS_RE = /^[\s/,]*$/;
const SEPARATOR_RE = /[/,]/;
/** Inline depth walked through spans and emphasis: bounds the walk on hostile nesting. */
const MAX_INLINE_DEPTH = 4;

/** The links of an inline run whose text between them is only separators, each short: their count, or -1 when the run is anything else. */
function pathLinks(inlines: readonly Inline[], depth: number, between: string[]): number {
	if (depth > MAX_INLINE_DEPTH) return -1;
	let links = 0;
	for (const x of inlines) {
		if (x.kind === 'link') {
			const text = inlineText(x.children).trim();
			if (text.length === 0 || text.length > MAX_PATH_SEGMENT_CHARS) return -1;
			links++;
		} else if (x.kind === 'span' || x.kind === 'emphasis') {
			const n = pathLinks(x.children, depth + 1, between);
			if (n < 0) return -1;
			links += n;
		} else if (x.kind === 'image') return -1;
		else {
			const text = inlineText([x]);
			if (!SEPARATORS_RE.test(text)) return -1;
			between.push(text);
		}
		if (links > MAX_PATH_LINKS) return -1;
	}
	return links;
}

/** Whether a paragraph is `MIN_PATH_LINKS` to `MAX_PATH_LINKS` short links joined by "/" or "," and nothing else. */
export function isCategoryPath(b: Block): boolean {
	if (b.kind !== 'paragraph') return false;
	const between: string[] = [];
	const links = pathLinks(b.content, 0, between);
	if (links < MIN_PATH_LINKS || links > MAX_PATH_LINKS) return false;
	let separators = 0;
	for (const s of between) if (SEPARATOR_RE.test(s)) separators++;
	return separators >= links - 1;
}

/**
 * A shop theme prints each card's categories above its title as links ("MSA Travel Gear / On Sale / Outdoor Gear",
 * "Cooking, On Sale"), the card's own breadcrumb; the annotators drop it with the grid's other navigation and keep the
 * name, the blurb and the price. The segments differ from card to card, so the repeated-line rule (cardRepeats.ts)
 * does not see them. A card paragraph of two to four short links joined only by "/" or "," (`isCategoryPath`) goes
 * when at least `MIN_PATH_CARDS` cards print one. Wired in the collection strategy's card clean-up
 * (kinds/collection.ts `withoutCardControls`). Measured (session 46, tuning part of wcxb-dev, word F1, the 84 pages
 * annotated or detected as collections re-read): one off-road shop's category 0.776 -> 0.862 on both yardsticks
 * (collection half B 0.84285 -> 0.84556 as is, 0.80292 -> 0.80563 declassed); no other page moves; half A unchanged.
 */
export function dropCardCategoryPaths(blocks: readonly Block[], cards: readonly SourceRange[], removed: RemovedRegion[]): Block[] {
	if (cards.length < MIN_PATH_CARDS) return blocks as Block[];
	// First the cards that print one: a single card's pair of links stays.
	const withPath = new Set<number>();
	const paths = new Set<Block>();
	filterBlockTree(blocks, (b) => {
		if (b.kind !== 'paragraph' || !isCategoryPath(b)) return true;
		const card = cardOf(cards, b.range);
		if (card >= 0) {
			withPath.add(card);
			paths.add(b);
		}
		return true;
	});
	if (withPath.size < MIN_PATH_CARDS) return blocks as Block[];
	return filterBlockTree(blocks, (b) => {
		if (!paths.has(b)) return true;
		removed.push({ range: b.range, step: 'card-category-path', signal: collapsedText(b).slice(0, 80) });
		return false;
	});
}
