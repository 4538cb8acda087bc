// Sibling sections: a service page kept as one container gets back the headed sections beside it (the container's sibling containers that read as a heading over plain text).
import type { Block } from '../../model/dumpDocument';
import { RangeIndex } from '../../model/rangeIndex';
import { type Attempt, type BlockIndex, isContainer, ROOT } from '../blockIndex';
import { collapsedText } from '../inlineText';
import { measureBlocks } from './blockMeasures';
import { headedSections } from './headedSections';
import { pushAll } from '../../model/pushAll';

/**
 * A landing page is a column of sibling sections (a hero, "Subjects & grade levels", the offer, an FAQ). When the
 * article pipeline's container is one of them and holds enough of the page to be kept (coverage.ts), the service
 * strategy kept that one section and left its siblings out, though the reader came for all of them (Readability's
 * sibling step joins only siblings that score, and a heading over two sentences scores little). A sibling comes back
 * when the whole page (wholePage.ts, named chrome already pruned) reads it as headed sections: a plain heading over at
 * least a sentence of plain text (headedSections.ts), those sections holding a good share of its text, and few links.
 * Menus, link lists, teaser grids and unheaded banners stay out.
 *
 * Measured on the wcxb-dev tuning part (service strategy only: no page read as another kind can change), word F1,
 * session 33: all 0.90137 -> 0.90157; half A service 0.84775 -> 0.85089 (a tutoring page 0.79 -> 1.00, its subjects
 * and FAQ sections beside the offer; an article read as a service page 0.658 -> 0.660), half B service 0.85898 ->
 * 0.85905 (1 page up, 0.995 -> 1.000); 3 sites up, none down; metadata and page kinds unchanged.
 */

/** The sibling's headed sections hold at least this share of the text the whole page reads in it. */
export const MIN_SIBLING_SECTION_SHARE = 0.3;
/** Links make less than this share of the sibling's text (a mega-menu or a teaser grid is not a section). */
export const MAX_SIBLING_LINK_SHARE = 0.5;
/** Wrappers climbed from the container to find the level where it has sibling containers. */
const MAX_WRAPPERS = 4;

/** The whole page's blocks inside `start`..`end`, found by binary search (whole.blocks is in page order). */
export function blocksIn(whole: Attempt, start: number, end: number): Block[] {
	const all = whole.blocks;
	let lo = 0;
	let hi = all.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (all[mid].range.start < start) lo = mid + 1;
		else hi = mid;
	}
	const out: Block[] = [];
	for (let i = lo; i < all.length && all[i].range.start < end; i++) if (all[i].range.end <= end) out.push(all[i]);
	return out;
}

/** Whether `blocks` read as a landing page's section: under half links, and headed sections holding a good share of their text. */
function isHeadedSection(blocks: readonly Block[]): boolean {
	if (blocks.length === 0) return false;
	const m = measureBlocks(blocks);
	let chars = 0;
	for (const b of blocks) chars += collapsedText(b).length;
	if (chars === 0 || m.linkChars >= chars * MAX_SIBLING_LINK_SHARE) return false;
	const s = headedSections(blocks);
	return s.sections > 0 && s.sectionChars >= chars * MIN_SIBLING_SECTION_SHARE;
}

/** The container with its headed sibling sections put back as the whole page reads them; `kept` when none. */
export function withSiblingSections(index: BlockIndex, kept: Attempt, whole: Attempt): Attempt {
	if (kept.region === ROOT || kept.profile) return kept;
	// 1. Climb the wrappers (a container that is its parent's only container child) to the level with siblings.
	let node: Block = kept.region;
	let siblings: Block[] = [];
	for (let i = 0; i <= MAX_WRAPPERS; i++) {
		const parent = index.parent.get(node);
		if (parent === undefined) return kept;
		siblings = index.childrenOf(parent).filter((c) => c !== node && isContainer(c));
		if (siblings.length > 0) break;
		node = parent;
	}
	if (siblings.length === 0) return kept;
	// 2. Each sibling that the whole page reads as headed sections comes back, its blocks as the whole page reads them.
	const keptIndex = new RangeIndex(kept.blocks.map((k) => k.range));
	const back: Block[] = [];
	for (const s of siblings) {
		const blocks = blocksIn(whole, s.range.start, s.range.end).filter((b) => !keptIndex.encloses(b.range));
		if (isHeadedSection(blocks)) pushAll(back, blocks);
	}
	if (back.length === 0) return kept;
	const blocks = [...kept.blocks, ...back].sort((a, b) => a.range.start - b.range.start);
	let chars = kept.chars;
	for (const b of back) chars += collapsedText(b).length;
	return { ...kept, blocks, chars };
}
