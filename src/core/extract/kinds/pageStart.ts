// The page starts at its title: what a whole-page read keeps above the first h1 (account links, menus, banners) is chrome.
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { collapsedChars } from '../inlineText';
import { cutBlocks } from './cutBlocks';
import { titleKicker } from './titleKicker';
import { isMenuAboveTitle, type TileLeaves } from './menuAboveTitle';
import { pushAll } from '../../model/pushAll';

/**
 * The text above the first h1 is dropped only when it is less than this share of what the whole page keeps: a page
 * whose h1 sits low (a logo's h1 at the foot, a site that marks a teaser's title h1) keeps everything. Measured
 * offline on the tuning part of wcxb-dev with every page read whole (word F1, pages moved up/down): 0.25 → listing
 * +0.002, service +0.001, 7 up 0 down; 0.5 → service +0.004, listing +0.003, collection +0.003, product +0.003,
 * 13 up 0 down; 1 (always) → 13 up 1 down.
 */
export const MAX_ABOVE_TITLE_SHARE = 0.5;

/** The first level-1 heading among the blocks that `accept` takes, at any depth, in reading order. */
export function firstTitle(blocks: readonly Block[], accept: (h: Block) => boolean = () => true): Block | undefined {
	// Indexed, and a list's items walked in turn (not a flattened copy of their children): this walks the whole page when
	// it has no h1, several times an extraction (issue 13).
	for (let i = 0; i < blocks.length; i++) {
		const b = blocks[i];
		if (b.kind === 'heading') {
			if (b.level === 1 && accept(b)) return b;
			continue;
		}
		if (b.kind === 'div' || b.kind === 'htmlDiv' || b.kind === 'blockquote') {
			const inner = firstTitle(b.children, accept);
			if (inner) return inner;
		} else if (b.kind === 'list') {
			for (let k = 0; k < b.items.length; k++) {
				const inner = firstTitle(b.items[k].children, accept);
				if (inner) return inner;
			}
		}
	}
	return undefined;
}

/**
 * The whole page's blocks from its first h1 on, when what lies above it is less than `MAX_ABOVE_TITLE_SHARE` of the
 * page's text or is mostly links (menuAboveTitle.ts); otherwise the blocks as they are. The h1 itself stays (metadata
 * removes it as the title), and so does a short plain line right above it (titleKicker.ts). `tiles`: the page's link
 * tiles (menuAboveTitle.ts `linkTileLeaves`), whose text counts as links in the menu test.
 */
export function fromPageTitle(blocks: readonly Block[], removed: RemovedRegion[], tiles?: TileLeaves): readonly Block[] {
	return fromTitle(blocks, firstTitle(blocks), removed, tiles);
}

/**
 * The blocks from a given h1 on, as `fromPageTitle` cuts them: for a container read whose cleaning dropped the h1 itself
 * (a hero's title and taglines pruned as short lines), the h1 found in the whole page still marks where the page starts.
 */
export function fromTitle(blocks: readonly Block[], title: Block | undefined, removed: RemovedRegion[], tiles?: TileLeaves): readonly Block[] {
	if (!title) return blocks;
	const dropped: RemovedRegion[] = [];
	const start = titleKicker(blocks, title)?.range.start ?? title.range.start;
	const kept = cutBlocks(blocks, start, true, dropped, { step: 'above-title', signal: 'before the first h1' });
	const total = collapsedChars(blocks);
	if (total === 0) return blocks;
	const above = total - collapsedChars(kept);
	if (above >= total * MAX_ABOVE_TITLE_SHARE && !isMenuAboveTitle(blocks, kept, above, tiles)) return blocks;
	pushAll(removed, dropped);
	return kept;
}
