// Sibling items: a listing read from one section of a feed gets back the sibling sections that hold items of the same shape (linked titles at the same heading level, teasers of a like length).
import { childBlocks } from '../../model/blockTree';
import type { Block } from '../../model/dumpDocument';
import { RangeIndex } from '../../model/rangeIndex';
import { type Attempt, type BlockIndex, isContainer, ROOT } from '../blockIndex';
import { collapsedText } from '../inlineText';
import { linkedTitles } from './itemTitles';
import { blocksIn } from './siblingSections';
import { pushAll } from '../../model/pushAll';

/**
 * A news front or a blog index is often laid out as several sections of the same items: the lead stories, a "Most
 * read" column, a "What you missed" block, each a run of linked titles with their teasers, dates or bylines. The
 * article pipeline keeps the one section with the most prose, and a listing read from that container drops its
 * sibling sections as outside the article, though the reader came for all of them. itemsAfterIntro.ts takes back a
 * grid of title-only cards after an archive's description; this rule takes back, around a container that is itself
 * an item list, each sibling container (at the container's level and the few wrappers above it) whose items have the
 * same shape as the kept ones: linked titles written the same way (the same heading level, or linked paragraphs), at
 * least a few of them, and no more text per title than a multiple of the kept items' (a section of prose with a few
 * linked headings is not a run of items). The sibling is read as the whole page's clean-up kept it (wholePage.ts
 * prunes named chrome first), so a footer or a menu named as such stays out.
 *
 * Wired in the listing strategy's container read only (listing.ts), after itemsAfterIntro.ts.
 * Measured on the wcxb-dev tuning part, word F1, session 33 (base main 8af9805): all 0.90176 -> 0.90187, listing
 * 0.81008 -> 0.81165 (half A 0.76921 -> 0.77253: a news agency's section front gets back its lead stories and its
 * "Most read" rail beside the "What you missed" block), half B unchanged; 1 site up, none down. In the article
 * strategy too (container kept as is): 0 up, 2 down (a foundation's article 0.997 -> 0.979, a legal-aid listing read as
 * an article 0.866 -> 0.838); gated there on a kept item list (5+ titles, <= 400 characters each) it changed nothing:
 * listing strategy only.
 */

/** The kept container holds at least this many linked titles: it is an item list itself. */
export const MIN_KEPT_ITEMS = 3;
/** A sibling holds at least this many linked titles of the kept items' shape. */
export const MIN_SIBLING_ITEMS = 3;
/** A sibling's text per linked title is at most this multiple of the kept container's (teasers of a like length). */
export const MAX_TEXT_PER_ITEM_RATIO = 3;
/** Levels climbed from the container (its own siblings, then its wrapper's, ...). */
const MAX_LEVELS = 3;

/** How the linked titles of `blocks` are written: a heading level (1-6) or 0 for a linked paragraph title, with counts. */
export function titleShapes(blocks: readonly Block[]): Map<number, number> {
	const shapes = new Map<number, number>();
	const visit = (b: Block, inList: boolean): void => {
		if (b.kind === 'heading' || b.kind === 'paragraph') {
			if (b.kind === 'paragraph' && inList) return;
			if (linkedTitles([b]) === 0) return;
			const key = b.kind === 'heading' ? b.level : 0;
			shapes.set(key, (shapes.get(key) ?? 0) + 1);
			return;
		}
		for (const c of childBlocks(b)) visit(c, inList || b.kind === 'list');
	};
	for (const b of blocks) visit(b, false);
	return shapes;
}

function textChars(blocks: readonly Block[]): number {
	let n = 0;
	for (const b of blocks) n += collapsedText(b).length;
	return n;
}

/** The sibling's blocks hold items of the kept shape: enough titles written as the kept ones, of a like text length. */
function holdsSameItems(blocks: readonly Block[], keptShapes: ReadonlyMap<number, number>, keptPerItem: number): boolean {
	if (blocks.length === 0) return false;
	const shapes = titleShapes(blocks);
	let same = 0;
	let all = 0;
	for (const [k, n] of shapes) {
		all += n;
		if (keptShapes.has(k)) same += n;
	}
	if (same < MIN_SIBLING_ITEMS) return false;
	return textChars(blocks) <= all * keptPerItem * MAX_TEXT_PER_ITEM_RATIO;
}

/** The kept container with the sibling sections that hold items of its shape put back as the whole page reads them; `kept` when none. */
export function withSiblingItems(index: BlockIndex, kept: Attempt, whole: Attempt): Attempt {
	if (kept.region === ROOT || kept.profile || kept.chars === 0) return kept;
	const keptShapes = titleShapes(kept.blocks);
	let keptItems = 0;
	for (const n of keptShapes.values()) keptItems += n;
	if (keptItems < MIN_KEPT_ITEMS) return kept;
	const keptPerItem = kept.chars / keptItems;
	const keptIndex = new RangeIndex(kept.blocks.map((k) => k.range));
	const back: Block[] = [];
	let node: Block = kept.region;
	for (let level = 0; level < MAX_LEVELS; level++) {
		const parent = index.parent.get(node);
		if (parent === undefined) break;
		for (const s of index.childrenOf(parent)) {
			// A sibling that already holds kept blocks (the grid itemsAfterIntro.ts put back) is read as it is.
			if (s === node || !isContainer(s) || keptIndex.overlaps(s.range)) continue;
			const blocks = blocksIn(whole, s.range.start, s.range.end);
			if (holdsSameItems(blocks, keptShapes, keptPerItem)) pushAll(back, blocks);
		}
		node = parent;
	}
	if (back.length === 0) return kept;
	const blocks = [...kept.blocks, ...back].sort((a, b) => a.range.start - b.range.start);
	return { ...kept, blocks, chars: kept.chars + textChars(back) };
}
