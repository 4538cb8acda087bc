// The collection ends with its grid: a category read whole drops what follows its last priced card (rails, sign-up forms, footers no class name marked).
import type { RemovedRegion } from '../article';
import { type Attempt, ROOT } from '../blockIndex';
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
	return cutAtGridEnd({ index, signals }, read);
}

/**
 * The share of the page's text (every block of the dump) that the article pipeline's container holds for it to be
 * the page read whole: a wrapper of the page's body, not the grid's container (the grid's containers of the tuning
 * collections hold far less; a page whose body sits in one wrapper has it at 0.9 and more).
 */
export const MIN_WIDE_READ_SHARE = 0.8;

/**
 * The share of the read's text that its grid holds for the read to be the grid's page: an article detected as a
 * collection for a priced table in it (an event venue's budget checklist, 4% of its read) goes on with its own text
 * after the table; the categories this rule cuts hold 68% to 82% of their read in their grid.
 */
export const MIN_WIDE_GRID_SHARE = 0.5;

/**
 * The article pipeline's container, when it holds `MIN_WIDE_READ_SHARE` of the page, is the page read whole: on a
 * shop whose template no class word marks (declassed, an unseen theme), the cleaning keeps the pager, the "Back to
 * top" link and the footer's columns after the grid. It ends with the grid's last priced card, as a whole-page read
 * does, when its grid holds `MIN_WIDE_GRID_SHARE` of it (`untilGridEnd`, same guards: a buying guide below the grid
 * keeps it whole, and proseBelowGrid.ts still reads the category's prose past the container). Designed on half A, checked on half B. Session 51 (coll56), tuning part
 * of wcxb-dev, the 70 annotated collections, word F1: declassed half A 0.8214 -> 0.8238 (4 pages up on 2 sites: a
 * marketplace's categories 0.930 -> 0.963 and 0.698 -> 0.709, an outdoor shop's 0.928 -> 0.950 and 0.769 -> 0.775;
 * none down), half B unchanged (no page moves); as is and with platform profiles off nothing moves; with the
 * collection read forced on the 141 product and listing pages (declassed, profiles off) nothing moves. Any container
 * (share 0): as is five pages of the outdoor shop move both ways (+0.015 to -0.009): the share is kept. Without
 * `MIN_WIDE_GRID_SHARE`, an event venue's wedding guide (an article of half A detected as a collection for its priced
 * checklist) lost its closing tips and resources, 0.980 -> 0.950 on both yardsticks; with it, no article moves.
 */
export function untilGridEndOfWideRead({ index, signals }: KindContext, read: Attempt): Attempt {
	if (read.region === ROOT || index.charsOf(read.region) < MIN_WIDE_READ_SHARE * index.charsOf(undefined)) return read;
	const grid = collectionGrid({ index, signals });
	if (!grid || index.charsOf(grid.block) < MIN_WIDE_GRID_SHARE * collapsedChars(read.blocks)) return read;
	return cutAtGridEnd({ index, signals }, read);
}

/** The read less what follows its grid's last priced card, under `untilGridEnd`'s guards; the read as it is without a grid (or a small one). */
function cutAtGridEnd({ index, signals }: Pick<KindContext, 'index' | 'signals'>, read: Attempt): Attempt {
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
