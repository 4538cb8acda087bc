// Item copies: a listing's card printed again in a later rail ("Popular", "Editor's picks", a mobile copy of the feed) is read once.
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { isContainer } from '../blockIndex';
import { collapse, blockText } from '../inlineText';
import { same, walkListItems } from '../heuristics/cardRepeats';
import { withChildren } from '../../model/divNodes';

/**
 * A list item shorter than this is a menu entry, a tag or a short title that two rails may both name on purpose;
 * a card with a title and its summary or byline is longer.
 */
export const MIN_ITEM_COPY_CHARS = 80;

/**
 * The blocks with every list item whose text (at least `MIN_ITEM_COPY_CHARS`) repeats an item of an earlier list
 * dropped, at any depth, the first copy kept. A list may name one thing twice on purpose (a reference cited twice:
 * the readability corpus's wikipedia-4, read as a listing, lost 0.945 -> 0.944 when those went too), so copies within
 * one list stay. Lists nested inside an item are not compared: one pass, each item read once.
 * A listing's cards are list items more often than blocks (pandoc drops the classes of `<li>`), so the top-level
 * repeats of listingRepeats.ts and the one-card copies of cardCopies.ts miss a teaser that a "Popular" or "Editor's
 * picks" rail prints again with its title, summary and byline. Tuning part of wcxb-dev (word F1), pages detected as
 * listings: half A 0.692 -> 0.693 (a developer blog's front 0.58 -> 0.61), half B 0.839 unchanged; with the listing
 * strategy forced on the pages annotated or detected as listings or collections, half A one up (the same front),
 * half B one up (a music shop's list read as a listing, 0.79 -> 0.80), none down; readability corpus 0.945 unchanged.
 * Session 20 ablation (rule off, one at a time; tuning part of wcxb-dev, the 119 pages detected as listings or
 * collections re-read, word F1): half A the developer blog's front 0.619 -> 0.587, half B unchanged: kept.
 * Session 22 ablation: as detected (175 tuning pages annotated or detected as listings or collections) the same;
 * with the listing strategy forced on the 72 annotated listings, half A 0.6992 -> 0.6983 and half B 0.8171 -> 0.8169
 * (a music shop's list 0.803 -> 0.794): half B needs it, kept.
 * Session 25 ablation (rule off where it fires; tuning part of wcxb-dev, main 23a4350, word F1): half A listing 0.7053
 * -> 0.7044 (1 down); half B never fires (untested there): kept.
 */
export function dropItemCopies(blocks: readonly Block[], removed: RemovedRegion[]): Block[] {
	// Each item's text, with the list it was first seen in: a list may name one thing twice (a reference cited twice).
	const seen = new Map<string, Block>();
	const walk = (list: readonly Block[]): Block[] => {
		const out: Block[] = [];
		for (const b of list) {
			if (b.kind === 'list') {
				const kept = walkListItems(b, (children) => {
					const key = collapse(children.map((c) => blockText(c)).join(' ')).toLowerCase();
					if (key.length < MIN_ITEM_COPY_CHARS) return [...children];
					const first = seen.get(key);
					if (first !== undefined && first !== b) {
						for (const c of children) removed.push({ range: c.range, step: 'item-copy', signal: key.slice(0, 40) });
						return [];
					}
					if (first === undefined) seen.set(key, b);
					return [...children];
				});
				if (kept) out.push(kept);
			} else if (isContainer(b) || b.kind === 'blockquote') {
				const children = walk(b.children);
				if (children.length > 0 || b.children.length === 0) out.push(same(children, b.children) ? b : withChildren(b, children));
			} else out.push(b);
		}
		return out;
	};
	return walk(blocks);
}
