// Priced card runs: on a product page, a run of short sections, each a name's heading and one price, is a grid of other products.
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { collapsedText } from '../inlineText';
import { descriptionAt, isPriceLine, MAX_PRICE_LINE_CHARS } from './pricedSections';
import { removedPricesAt } from './removedPrices';
import { pushAll } from '../../model/pushAll';

/** A run of at least this many priced cards is a grid of products: two could be the product's own formats. */
export const MIN_CARDS = 3;
/** A card is short: its name's heading and at most this many blocks (a link, its price, swatches, a button). */
export const MAX_CARD_BLOCKS = 12;
/** A card prints one price, or two (a price and the one it replaces); a section with more is a price list. */
const MAX_CARD_PRICES = 2;
/** The section right before a run, of at most this many blocks of at most `MAX_LABEL_CHARS`, is the grid's label. */
const MAX_LABEL_BLOCKS = 3;
const MAX_LABEL_CHARS = 100;

/**
 * The blocks less every run of `MIN_CARDS` consecutive sections of one heading level, after the product's description,
 * where each section is a card: at most `MAX_CARD_BLOCKS` blocks to the next heading, and one or two prices among them
 * (a short price line, or a bare price the buy-box step removed: heuristics/removedPrices.ts).
 *
 * Why: heuristics/pricedSections.ts cuts a section that prints two prices, and so misses a grid whose cards each have
 * a heading of their own ("Complete the set": one `## name` and one price per card), since every card is then a section
 * with one price. A product's own text does not repeat name-and-price sections three times after its description: its
 * formats and editions sit in the buy box, before it (`descriptionAt`: the first paragraph of 150 characters after the
 * first heading; no description, no cut). The label before the run ("Complete the set?", "You may also like") goes with
 * it when it is a heading of the run's level or above with at most three short lines under it.
 *
 * Designed on half B of the wcxb-dev tuning part, checked on half A (session 51). Declassed: product 0.71728 → 0.72147
 * (half B 0.70992 → 0.71619: a jewellery shop's "Complete the set?" grid, one `## name` and one price a card, 0.662 →
 * 0.950; half A unchanged: no half-A page has the shape), every other kind unchanged. As is: no page moves (that grid
 * sits in a container the shop names `hidden`). Metadata unchanged. Without the description bound it also cut a game
 * store's editions ("Buy … Deluxe Edition", one price each) above its description (+0.013 there), which is the buy
 * box's place: kept out by design.
 */
export function dropPricedCardRuns(blocks: readonly Block[], removed: RemovedRegion[]): readonly Block[] {
	const gone = removedPricesAt(blocks, removed, MAX_PRICE_LINE_CHARS);
	const description = descriptionAt(blocks);
	if (description < 0) return blocks;
	const heads: number[] = [];
	for (let i = description + 1; i < blocks.length; i++) if (blocks[i].kind === 'heading') heads.push(i);
	let out: Block[] | undefined;
	let from = 0;
	let run = 0;
	let runStart = -1;
	let level = -1;
	// Cuts the run that ends before heads[h] (or at the end of the blocks), when long enough.
	const close = (h: number): void => {
		if (run >= MIN_CARDS) {
			let start = heads[runStart];
			const label = runStart > 0 ? heads[runStart - 1] : -1;
			const lb = label >= 0 ? blocks[label] : undefined;
			if (lb?.kind === 'heading' && lb.level <= level && label >= from && start - label - 1 <= MAX_LABEL_BLOCKS && blocks.slice(label + 1, start).every((b) => collapsedText(b).length <= MAX_LABEL_CHARS)) start = label;
			const end = h < heads.length ? heads[h] : blocks.length;
			removed.push({ range: { start: blocks[start].range.start, end: blocks[end - 1].range.end }, step: 'priced-cards', signal: collapsedText(blocks[start]).slice(0, 60) });
			pushAll((out ??= []), blocks.slice(from, start));
			from = end;
		}
		run = 0;
	};
	for (let h = 0; h < heads.length; h++) {
		const i = heads[h];
		const b = blocks[i];
		const next = h + 1 < heads.length ? heads[h + 1] : blocks.length;
		// Each block is read by one card at most: the loop stops at the next heading.
		let prices = gone[i];
		if (next - i - 1 <= MAX_CARD_BLOCKS) for (let j = i + 1; j < next; j++) prices += (isPriceLine(blocks[j]) ? 1 : 0) + gone[j];
		const card = next - i - 1 <= MAX_CARD_BLOCKS && prices >= 1 && prices <= MAX_CARD_PRICES;
		const lvl = b.kind === 'heading' ? b.level : -1;
		if (card && run > 0 && lvl === level) {
			run++;
			continue;
		}
		close(h);
		if (card) {
			run = 1;
			runStart = h;
			level = lvl;
		}
	}
	close(heads.length);
	if (!out) return blocks;
	pushAll(out, blocks.slice(from));
	return out;
}
