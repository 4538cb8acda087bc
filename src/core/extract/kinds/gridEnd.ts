// The collection ends with its grid: a category read whole drops what follows its last priced card (rails, sign-up forms, footers no class name marked).
import type { RemovedRegion } from '../article';
import type { Attempt } from '../blockIndex';
import { collapsedChars } from '../inlineText';
import { measureBlocks } from './blockMeasures';
import { cutBlocks } from './cutBlocks';
import { MAX_AFTER_CARDS_SHARE } from './listingEnd';
import type { KindContext } from './pageKind';
import { collectionGrid } from './collectionGrid';

/**
 * What follows the grid with this many long paragraphs is prose (a service's plans followed by its features and
 * questions, a category's buying guide): the read is left whole. With the collection strategy forced on every tuning
 * page, a service page whose priced plans precede its prose lost 0.976 -> 0.682 without this guard.
 */
export const MIN_AFTER_GRID_PROSE = 2;

/** How a cut below the grid is recorded. */
const AFTER_GRID = { step: 'after-grid', signal: 'after the last priced card' };

/**
 * A collection read whole (the article pipeline's container held too little of it, or a menu sat beside the grid:
 * coverage.ts, menuBesideGrid.ts) keeps what the page sets below its grid: the pager and a second toolbar, rails of
 * other products and categories, a sign-up form, footer columns no class name marked. The listing's whole-page read
 * already ends with its last card (listingEnd.ts); a collection's read ends with its priced grid (shopGrid.ts, not a
 * small grid, whose own section is read instead: gridSection.ts), by the same rule: only when what follows is less
 * than `MAX_AFTER_CARDS_SHARE` of the read and holds fewer than `MIN_AFTER_GRID_PROSE` long paragraphs, so a
 * category's buying guide below the grid keeps the read whole.
 * Measured on the tuning part of wcxb-dev (word F1, all 1054 pages): collection 0.794 -> 0.795, listing 0.767 ->
 * 0.768, all 0.890; half A (studied) 2 pages moved on 2 sites, a shop's listing read as a collection 0.759 -> 0.848
 * and an outdoor shop's category 0.756 -> 0.731 (its expert-advice headings sit after the pager); half B (measured
 * only) one collection up 0.832 -> 0.895, none down. With the collection strategy forced on every tuning page
 * (`EVAL_FORCE_KIND=collection`, the proxy for pages detection may call collections): half A the same two pages,
 * half B 2 up on 2 sites (+0.107), none down.
 * Session 20 ablation (rule off, one at a time; tuning part of wcxb-dev, the 119 pages detected as listings or
 * collections re-read, word F1): half A collection +0.0007 (the outdoor shop's category 0.731 -> 0.756, as above),
 * half B -0.0002 (2 down): kept.
 * Session 25 ablation (rule off where it fires; tuning part of wcxb-dev, main 23a4350, word F1): half A collection
 * 0.8300 -> 0.8307 (the outdoor shop's category, 1 up), half B 0.7845 -> 0.7843 (2 down): kept.
 */
export function untilGridEnd({ index, signals, whole }: KindContext, read: Attempt): Attempt {
	if (read.region !== whole.region) return read;
	const grid = collectionGrid({ index, signals });
	if (!grid || grid.small) return read;
	const dropped: RemovedRegion[] = [];
	const kept = cutBlocks(read.blocks, grid.block.range.end, false, dropped, AFTER_GRID);
	const total = collapsedChars(read.blocks);
	const keptChars = collapsedChars(kept);
	if (total === 0 || total - keptChars >= total * MAX_AFTER_CARDS_SHARE) return read;
	if (measureBlocks(cutBlocks(read.blocks, grid.block.range.end, true, [], AFTER_GRID)).longParagraphs >= MIN_AFTER_GRID_PROSE) return read;
	return { ...read, blocks: kept, removed: [...read.removed, ...dropped], chars: keptChars };
}
