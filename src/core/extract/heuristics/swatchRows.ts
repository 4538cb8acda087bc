// Swatch rows: inside a card, a line made of three or more picture links to other products ("Option: Bookcase, oak effect") is the card's variant picker, not the card.
import type { Block, Inline, SourceRange } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { collapsedText, inlineText } from '../inlineText';
import { cardOf, filterBlockTree } from './cardRepeats';

/** Fewest picture links to distinct targets in one line: a card's own image link and its title link are two. */
export const MIN_SWATCHES = 3;
/** After a card's first line (its title, or a badge), one picture link whose name is the line is a variant's. */
export const MIN_LATER_SWATCHES = 1;
/**
 * Share of the line's text that the picture links' own text must hold: the picker's label ("More options", the
 * family name) is a few words beside the variants' names; a line of prose with a few pictured links is mostly prose.
 */
export const MIN_SWATCH_SHARE = 0.7;
/** Inline depth walked to find a link's picture (a link wraps a span that wraps the image): bounds the walk on hostile nesting. */
const MAX_INLINE_DEPTH = 6;

/** Whether an inline run holds an image, a few levels deep at most. */
function hasImage(inlines: readonly Inline[], depth: number): boolean {
	if (depth > MAX_INLINE_DEPTH) return false;
	for (const x of inlines) {
		if (x.kind === 'image') return true;
		if ((x.kind === 'span' || x.kind === 'emphasis' || x.kind === 'link') && hasImage(x.children, depth + 1)) return true;
	}
	return false;
}

/** The picture links of an inline run (through spans and emphasis), each target once, with their text's length. */
function swatchLinks(inlines: readonly Inline[], depth: number, hrefs: Set<string>): number {
	if (depth > MAX_INLINE_DEPTH) return 0;
	let chars = 0;
	for (const x of inlines) {
		if (x.kind === 'link') {
			if (!hrefs.has(x.href) && hasImage(x.children, 0)) {
				hrefs.add(x.href);
				chars += inlineText(x.children).trim().length;
			}
		} else if (x.kind === 'span' || x.kind === 'emphasis') chars += swatchLinks(x.children, depth + 1, hrefs);
	}
	return chars;
}

/** Whether a paragraph is a row of picture links to `MIN_SWATCHES` or more targets whose names are most of its text. */
export function isSwatchRow(b: Block, min = MIN_SWATCHES): boolean {
	if (b.kind !== 'paragraph') return false;
	const hrefs = new Set<string>();
	const linkChars = swatchLinks(b.content, 0, hrefs);
	if (hrefs.size < min) return false;
	const chars = collapsedText(b).trim().length;
	return chars > 0 && linkChars >= chars * MIN_SWATCH_SHARE;
}

/**
 * Shop cards offer the product's other colours and sizes as a row of small pictures, each a link to that variant's
 * page with its name for screen readers ("More options" then "Option: Bookcase, brown walnut effect, 31x79 "",
 * "Option: Bookcase, oak effect, …"). A style sheet shows the pictures and hides the names; where the hiding class is
 * a site's own word (and on the declassed yardstick, our proxy for unseen shops) every card reads as its title and
 * then its variants' names, which the annotators drop. A card's paragraph made of picture links to three or more
 * distinct targets whose own text is most of the line (`isSwatchRow`) is that picker, and goes. A card's image link
 * and title link are two links (often to the one product); a line of prose keeps its prose.
 * Wired in the collection strategy's card clean-up (kinds/collection.ts `withoutCardControls`). Measured (session 45,
 * tuning part of wcxb-dev, word F1, `--kind collection`): declassed three categories of a furniture shop 0.505 -> 0.750,
 * 0.611 -> 0.883, 0.364 -> 0.516 (collection half A 0.80232 -> 0.81992 with the one-variant rows after a card's first
 * line; 0.81723 with rows of three or more only); as is one of them 0.513 -> 0.515 and half A 0.82947 -> 0.82956 (the
 * class words hide the names there); no page down on either yardstick, half B unchanged.
 */
export function dropSwatchRows(blocks: readonly Block[], cards: readonly SourceRange[], removed: RemovedRegion[]): Block[] {
	if (cards.length === 0) return blocks as Block[];
	// Cards whose first kept text line has been seen: the title line may be a picture link itself.
	const seen = new Set<number>();
	return filterBlockTree(blocks, (b) => {
		if (b.kind !== 'paragraph' && b.kind !== 'heading') return true;
		const card = cardOf(cards, b.range);
		if (card < 0) return true;
		const first = !seen.has(card);
		if (first && collapsedText(b).trim().length > 0) seen.add(card);
		if (b.kind !== 'paragraph' || !isSwatchRow(b, first ? MIN_SWATCHES : MIN_LATER_SWATCHES)) return true;
		removed.push({ range: b.range, step: 'swatch-row', signal: collapsedText(b).slice(0, 80) });
		return false;
	});
}
