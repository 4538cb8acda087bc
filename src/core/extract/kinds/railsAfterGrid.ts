// Rails after the grid: a collection's read drops the sections of other products ("Recently viewed", "You may also like", "Best sellers") set below its grid.
import type { Block } from '../../model/dumpDocument';
import type { Attempt } from '../blockIndex';
import { blockText, collapsedText } from '../inlineText';
import { isRecommendationHeading, sectionEnd } from '../heuristics/recommendationSections';
import { measureBlocks } from './blockMeasures';
import type { KindContext } from './pageKind';
import { collectionGrid } from './collectionGrid';
import { pushAll } from '../../model/pushAll';

/*
 * Why: on shops never seen in tuning a collection's read keeps 2-3x its truth's words (issue 12), and what a category
 * sets below its grid is partly the shop's: rails of recently viewed, recommended or best-selling products, under the
 * labels a product page puts its recommendations under (heuristics/recommendationSections.ts `isRecommendationHeading`).
 * The product strategy ends its read there; a collection's read kept them. Only a section whose heading starts after
 * the grid's container ends goes, so a collection that is itself called "Best sellers" keeps its heading and grid; and
 * only a section without prose (no long paragraph, kinds/blockMeasures.ts): a rail's label over the category's buying
 * guide (an empty "Recently viewed" a script fills, then the guide) leaves the guide, which annotators keep.
 * Measured (session 36, main 4f19061, tuning part of wcxb-dev, word F1): collection 0.83492 -> 0.83494 (half A 0.83537
 * -> 0.83541: a furniture shop's category loses its empty "Recommended for you" and "Recently viewed" labels; half B
 * 0.83438 unchanged, no page moves); all 0.90313 unchanged; 1 site up, none down. Fires on no other tuning page:
 * the tuning shops' rails sit in chrome the earlier steps drop. A rule for the unseen shops whose rails survive.
 * Ending at the first such heading with the product strategy's rule (heuristics/recommendationSections.ts
 * `endAtRecommendations`) took the same category's buying guide, which sits inside a container after the labels
 * (its truth keeps the guide): sections holding prose are kept instead.
 */

/** The attempt less the recommendation sections after the collection's grid that hold no prose. */
export function withoutRailsAfterGrid(page: Pick<KindContext, 'index' | 'signals'>, attempt: Attempt): Attempt {
	const grid = collectionGrid(page)?.block;
	if (!grid) return attempt;
	const end = grid.range.end;
	const blocks = attempt.blocks;
	let out: Block[] | undefined;
	const removed = [...attempt.removed];
	let from = 0;
	for (let i = 0; i < blocks.length; i++) {
		const b = blocks[i];
		if (b.kind !== 'heading' || b.range.start < end || !isRecommendationHeading(blockText(b))) continue;
		// The section runs to the next heading of its level or above among the read's blocks.
		const next = sectionEnd(blocks, i, b.level);
		if (measureBlocks(blocks.slice(i + 1, next)).longParagraphs > 0) continue;
		removed.push({ range: { start: b.range.start, end: blocks[next - 1].range.end }, step: 'rails-after-grid', signal: collapsedText(b) });
		pushAll((out ??= []), blocks.slice(from, i));
		from = next;
		i = next - 1;
	}
	if (!out) return attempt;
	pushAll(out, blocks.slice(from));
	return { ...attempt, blocks: out, removed };
}
