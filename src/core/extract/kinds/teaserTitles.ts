// Teaser titles: the linked title of each item of a feed, which link-density cleaning removed while it kept the item's excerpt.
import type { Block } from '../../model/dumpDocument';
import { RangeIndex } from '../../model/rangeIndex';
import type { RemovedRegion } from '../article';
import { type Attempt, type BlockIndex, type Container, isContainer, ROOT } from '../blockIndex';
import { cleanBlock } from '../clean';
import { prunedContainers } from '../prune';
import { collapsedText } from '../inlineText';
import { hasLinkedHeading } from './itemTitles';
import { WHOLE_PAGE_FLAGS } from './wholePage';
import { pushAll } from '../../model/pushAll';

/**
 * A feed's item is a title block (a heading that links to the item, often with its date) and an excerpt. The
 * article pipeline's conditional cleaning removes the title block for its link density (a linked heading is all
 * link) and keeps the excerpt, so the listing loses every title and date. At least this many such title blocks,
 * each followed by kept content, make the container a feed: an article's container seldom holds one linked heading
 * right before kept prose, and a rail of related stories goes as a whole (its excerpts with it). Measured with
 * `eval --only wcxb --part tune` (word F1, applied where the article and listing strategies keep the pipeline's
 * container): listing 0.728 → 0.730, all 0.875 → 0.875, 7 pages up and none down (a news feed whose titles and
 * dates were all lost 0.90 → 0.99, a review feed 0.94 → 0.97, a link aggregator 0.96 → 0.97, an article with a
 * directory of linked places 0.96 → 0.99); readability corpus 0.945 → 0.945, seeds 53/53. Offline, counting one
 * or two such titles as a feed moves an article's related-story rail back in (0.03 lost on two articles).
 * Session 20 ablation (rule off, one at a time; tuning part of wcxb-dev, the 119 pages detected as listings or
 * collections re-read, word F1): half A listing -0.0026 (a consultancy's listing 0.99 -> 0.90), half B listing
 * -0.0014 (1 down): kept.
 */
export const MIN_TEASER_TITLES = 3;
/** A title block is short: a title, a date, a category, an author. Longer link-dense blocks are menus or rails. */
export const MAX_TITLE_BLOCK_CHARS = 300;

/**
 * On a listing, the title block may sit in a row of its own beside the item's buttons (a star or save counter the
 * cleaning also drops), the excerpt following the row: the content that follows a title is then looked for after its
 * parent and grandparent as well, this many levels up. Measured on the 65 tuning pages of wcxb-dev detected as
 * listings (word F1): 0.7613 -> 0.7621, one page up (a code host's topic page, whose repository names sit beside
 * their star buttons: 0.68 -> 0.74), none down. The article strategy looks at the title's own next sibling only
 * (0 levels): at 2 it changed none of the 72 annotated listings, and articles have no rows of buttons to gain from.
 */
export const LISTING_TITLE_ROW_LEVELS = 2;

/** Whether a removal is a container the conditional (link-density) cleaning dropped, not a list or a table. */
function isConditionalContainer(r: RemovedRegion): boolean {
	return r.step === 'conditional' && !r.signal.startsWith('list:') && !r.signal.startsWith('table:');
}

/**
 * The position of each block among its container's children, built once per container asked: `indexOf` per title
 * block was O(titles x siblings), quadratic on a feed of thousands of items in one container (issue 11).
 */
type SiblingPositions = Map<Block, Map<Block, number>>;

/** The next sibling of a block in its container, blank spacers aside. */
function nextSibling(index: BlockIndex, b: Block, positions: SiblingPositions): Block | undefined {
	const parent = index.parent.get(b);
	if (!parent || !isContainer(parent)) return undefined;
	const kids = parent.children;
	let at = positions.get(parent);
	if (!at) {
		at = new Map();
		// The first position of each, as `indexOf` finds it.
		for (let i = kids.length - 1; i >= 0; i--) at.set(kids[i], i);
		positions.set(parent, at);
	}
	for (let i = (at.get(b) ?? -1) + 1; i < kids.length; i++) if (kids[i].kind !== 'spacer') return kids[i];
	return undefined;
}

/**
 * Whether kept content follows a title block: its next sibling, or that of one of its `levels` nearest ancestors
 * (up to the attempt's region), overlaps a kept block.
 */
function followedByKept(index: BlockIndex, kept: RangeIndex, c: Block, region: Block, levels: number, positions: SiblingPositions): boolean {
	let b: Block | undefined = c;
	for (let level = 0; b && b !== region && level <= levels; level++, b = index.parent.get(b)) {
		const next = nextSibling(index, b, positions);
		if (next && kept.overlaps(next.range)) return true;
	}
	return false;
}

/** Inserts blocks into a list of blocks in source order (both sorted by their start). */
function mergeInOrder(blocks: readonly Block[], added: readonly Block[]): Block[] {
	const out: Block[] = [];
	let j = 0;
	for (const b of blocks) {
		while (j < added.length && added[j].range.start < b.range.start) out.push(added[j++]);
		out.push(b);
	}
	while (j < added.length) out.push(added[j++]);
	return out;
}

/**
 * The attempt with its feed's titles back: the containers its conditional cleaning removed that are short, hold a
 * heading with a link and are followed by kept content, when there are at least `MIN_TEASER_TITLES` of them; they
 * come back as the whole-page read keeps them (named chrome and hidden parts still out), in source order. Titles
 * inside a kept block (a list of teasers) are left out: the attempt keeps the list as it is. The attempt itself
 * when there are fewer.
 */
export function withTeaserTitles(index: BlockIndex, attempt: Attempt, levels = 0): Attempt {
	if (attempt.region === ROOT) return attempt;
	const byRange = new Map<string, Container>();
	const { start, end } = attempt.region.range;
	for (const c of index.containers) if (c.range.start >= start && c.range.end <= end) byRange.set(`${c.range.start}:${c.range.end}`, c);
	const titles: { region: RemovedRegion; c: Container }[] = [];
	const kept = new RangeIndex(attempt.blocks.map((k) => k.range));
	const positions: SiblingPositions = new Map();
	for (const r of attempt.removed) {
		if (!isConditionalContainer(r)) continue;
		const c = byRange.get(`${r.range.start}:${r.range.end}`);
		if (!c || !hasLinkedHeading(c) || collapsedText(c).length > MAX_TITLE_BLOCK_CHARS) continue;
		if (kept.overlaps(c.range) || !followedByKept(index, kept, c, attempt.region, levels, positions)) continue;
		titles.push({ region: r, c });
	}
	if (titles.length < MIN_TEASER_TITLES) return attempt;
	const back = new Set(titles.map((t) => t.region));
	const removed: RemovedRegion[] = attempt.removed.filter((r) => !back.has(r));
	const added: Block[] = [];
	let chars = attempt.chars;
	const pruned = prunedContainers(index, WHOLE_PAGE_FLAGS);
	for (const { c } of titles) {
		const kept = cleanBlock(index, c, WHOLE_PAGE_FLAGS, removed, attempt.profile, true, pruned);
		pushAll(added, kept.blocks);
		chars += kept.stats.chars;
	}
	added.sort((a, b) => a.range.start - b.range.start);
	return { ...attempt, blocks: mergeInOrder(attempt.blocks, added), removed, chars };
}
