// Copyright cut on a collection's read: a © line past half the read ends it, when it closes the page, after the grid's last card.
import type { Block } from '../../model/dumpDocument';
import { type Attempt, type BlockIndex, isContainer } from '../blockIndex';
import { COPYRIGHT_FOOTER_SHARE, endAtCopyrightFooter } from '../heuristics/copyrightFooter';
import { endAtCopyright } from '../heuristics/pageFooter';
import { collapsedText } from '../inlineText';
import { collectionGrid } from './collectionGrid';
import { hasCardPrice } from './shopGrid';
import type { KindContext } from './pageKind';

/**
 * The text after the © line is at most this share of the read (its blocks' text, hidden dialogs included): the shop's
 * dialogs and notices, not a body. A wallet shop's category: 0.21 (its cart and country dialogs); an article read as
 * a grid whose footer sits above its body in the source: 0.49.
 */
const MAX_AFTER_COPYRIGHT_SHARE = 0.3;

/**
 * The page's text after the © line (every block of the dump, read or not) is at most this share of the page's text:
 * the © line closes the page. On the tuning part every cut © line has at most 0.043 of the page after it (dialogs,
 * cookie notices) but a wallet shop's, 0.196 (its sign-up and country dialogs, then the footer printed a second time);
 * a © credit under a card's picture, or a notice in a blurb above more cards, has the grid's rest after it.
 */
const MAX_PAGE_AFTER_COPYRIGHT_SHARE = 0.25;

/**
 * What the cut takes (the footer's columns, the © line, the dialogs after it) names at most this many prices: a
 * shipping threshold or a gift card's amount; more are cards of products.
 */
const MAX_CUT_PRICE_LINES = 1;

/** The dump's text (the index's character counts) in blocks that start at or after `pos`: one walk down the containers that straddle it. */
export function pageTextAfter(index: BlockIndex, pos: number): number {
	let chars = 0;
	const visit = (blocks: readonly Block[]): void => {
		for (const b of blocks) {
			if (b.range.end <= pos) continue;
			if (b.range.start >= pos) chars += index.charsOf(b);
			else if (isContainer(b)) visit(b.children);
		}
	};
	visit(index.doc.blocks);
	return chars;
}

/**
 * A copyright line past half the read ends it, with the footer's link columns and its sign-up box before it, as on a
 * product page (heuristics/copyrightFooter.ts): a category's grid and its blurb do not go on after the shop's ©. A
 * shop whose footer carries no class word a rule knows (the declassed yardstick, unseen shops) printed its "Join us /
 * Sign up for our newsletter" box, its columns ("Explore: About Us, Careers …") and the © line at the read's end.
 * Measured (session 45, `--kind collection` of the tuning part, word F1): declassed a wallet shop's category 0.773 ->
 * 0.810, a bose category 0.920 -> 0.939, an ifixit one 0.567 -> 0.569; as is the ifixit one 0.579 -> 0.582; no page
 * down. Full runs: notes/s45/coll50.md.
 * Session 46 guards, for unseen shops (a © credit under a card's picture, a notice in a blurb above more cards, a read
 * that ends before the page does): the © line closes the page (`MAX_PAGE_AFTER_COPYRIGHT_SHARE`), the cut starts after
 * the grid's container (kinds/collectionGrid.ts), and what it takes names at most `MAX_CUT_PRICE_LINES` prices. On the
 * tuning part the cut fires on 3 pages as is and 8 declassed, each taking only the footer ("© 2026 iFixit / Licensed
 * under Creative Commons", the bose columns and sign-up dialog, …): the guards withhold none of them, no page moves on
 * either yardstick (collection as is 0.83563, declassed 0.81215).
 */
export function withoutCopyrightFooter(page: Pick<KindContext, 'index' | 'signals'>, a: Attempt): Attempt {
	const index = page.index;
	// Only a © line that closes the read: a page whose footer sits above its body in the source (an article read
	// as a grid) goes on for long after it.
	const before = endAtCopyright([...a.blocks], [], COPYRIGHT_FOOTER_SHARE);
	if (before.length === a.blocks.length) return a;
	let total = 0;
	let after = 0;
	for (let i = 0; i < a.blocks.length; i++) {
		const chars = collapsedText(a.blocks[i]).length;
		total += chars;
		if (i > before.length) after += chars;
	}
	if (after > total * MAX_AFTER_COPYRIGHT_SHARE) return a;
	// The © line closes the page, not just the read: what the dump holds after it is dialogs and notices.
	const line = a.blocks[before.length].range.start;
	const pageAfter = pageTextAfter(index, line);
	if (pageAfter > index.charsOf(undefined) * MAX_PAGE_AFTER_COPYRIGHT_SHARE) return a;
	const removed = [...a.removed];
	const blocks = endAtCopyrightFooter(index, a.blocks, removed);
	if (blocks === a.blocks) return a;
	// Neither the © line nor the footer's columns before it are inside or above the grid's cards.
	const grid = collectionGrid(page);
	const cutStart = a.blocks[blocks.length].range.start;
	if (grid && cutStart < grid.block.range.end) return a;
	// A footer names no products: what the cut takes holds at most one price line ("Free delivery over $50").
	let prices = 0;
	for (let i = blocks.length; i < a.blocks.length; i++) if (hasCardPrice(collapsedText(a.blocks[i]))) prices++;
	if (prices > MAX_CUT_PRICE_LINES) return a;
	return blocks === a.blocks ? a : { ...a, blocks: [...blocks], removed };
}
