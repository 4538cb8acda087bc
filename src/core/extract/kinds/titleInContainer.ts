// A container read starts at the page's h1 when what it holds above the h1 is mostly links: the site's header and menus that no class word marked.
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { type Attempt, ROOT } from '../blockIndex';
import { collapsedChars } from '../inlineText';
import { measureBlocks } from './blockMeasures';
import { cutBlocks } from './cutBlocks';
import type { KindContext } from './pageKind';
import { firstTitle, fromTitle } from './pageStart';
import { linkTileLeaves, tileLeafTextAbove } from './menuAboveTitle';

/**
 * On a site whose class words no rule knows, the article pipeline's container for a landing page is often a wrapper
 * of nearly the whole page: its header, menus and account links come with it, above the page's h1. A whole-page read
 * starts at the h1 (pageStart.ts); a container read did not, and its cleaning may even have dropped the h1 and its
 * taglines as short lines, so the h1 is looked up in the whole page's read. The blocks above it go only when they are
 * mostly link text (`MIN_ABOVE_TITLE_LINK_SHARE`): a hero's award badges or a kicker above the h1 are plain text that
 * the annotators keep (a service page of half A lost 0.006 F1 when any text above the h1 went, and a page of half B
 * 0.32), and when they are less than half of the read (pageStart.ts `MAX_ABOVE_TITLE_SHARE`). A title outside the
 * container cuts nothing. Measured (eval --part tune, session 39): declassed, a health centre's header 0.779 -> 0.788
 * (half A) and a marketing agency's page 0.853 -> 0.860 (half B), none down; as is, no page moves.
 */
export const MIN_ABOVE_TITLE_LINK_SHARE = 0.5;

/** The kept container's blocks from the page's h1 on, when what lies above it in the container is mostly links. */
export function fromTitleInContainer(page: KindContext, kept: Attempt, removed: RemovedRegion[]): readonly Block[] {
	if (kept.region === ROOT) return kept.blocks;
	const range = kept.region.range;
	const title = firstTitle(page.whole.blocks);
	if (!title || title.range.start < range.start || title.range.end > range.end) return kept.blocks;
	const above = cutBlocks(kept.blocks, title.range.start, false, [], { step: '', signal: '' });
	const chars = collapsedChars(above);
	// A mega-menu's link tiles count as links (menuAboveTitle.ts `linkTileLeaves`): the container's read flattened their boxes.
	const tiles = linkTileLeaves(page.index);
	if (chars === 0 || measureBlocks(above).linkChars + tileLeafTextAbove(above, [], tiles) < chars * MIN_ABOVE_TITLE_LINK_SHARE) return kept.blocks;
	return fromTitle(kept.blocks, title, removed, tiles);
}
