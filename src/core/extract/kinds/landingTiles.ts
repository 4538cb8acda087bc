// Landing tiles: on a service page kept as one container, the short tiles the container's cleaning dropped (figures, prices, captions) come back as the whole page reads them.
import type { Block, SourceRange } from '../../model/dumpDocument';
import { RangeIndex } from '../../model/rangeIndex';
import { type Attempt, ROOT } from '../blockIndex';
import { collapsedText } from '../inlineText';

/**
 * When the service strategy keeps the article pipeline's container (it holds most of the page), that container went
 * through Readability's conditional cleaning, which drops every sub-container with less than 25 characters of text
 * and no heading density: on an article those are widgets, on a landing page they are its figure tiles ("3x / more
 * job offers", "42% / increased job level"), its plan prices ("$139 / Regular Price $149") and its feature captions,
 * which the annotators keep. The whole page (wholePage.ts) is read without conditional cleaning, so its copy of each
 * such tile is put back; tiles dropped for images or class weight stay dropped, and for link density unless they read
 * as a tile (`MAX_TILE_LINK_DENSITY`).
 *
 * Measured on the wcxb-dev tuning pages that are service or documentation pages or are detected as such (239 pages;
 * no other page can change), word F1: half A (studied) service +0.0006 (5 pages up: +0.03 on a resume service's
 * figures and a job board's price plans, 4 down by 0.002–0.012), half B (measured only) service +0.0002 (2 up, 1
 * down). Putting back every conditionally cleaned tile instead: half A service −0.0013; the region read wholly as
 * the whole page reads it: half B listing −0.0081 (a listing read as a service page), half A article −0.0009.
 */

/** The conditional cleaning's reason for a container with little text (clean.ts `conditionalClean`). */
const SHORT_RE = /^short \d/;
/** Its reason for a container with links, and their share of its text. */
const LINK_DENSITY_RE = /^link density (\d+(?:\.\d+)?)/;
/**
 * A feature tile whose heading links to the feature's page ("### [Alternative therapies](/insurance/...)" over a
 * sentence) has a link density of 0.2 to 0.3, over Readability's 0.2, and is dropped as a link block. It comes back
 * when the whole page reads it as a tile (a heading first, then a paragraph of at least `MIN_TILE_TEXT_CHARS`) and
 * links make less than this share of it. Session 25, pages detected as service pages (wcxb-dev tuning part): half A
 * service 0.8419 → 0.8423 (an insurer's tiles 0.89 → 0.92) and a collection read as a service page 0.590 → 0.600,
 * none down; half B service 0.8548 → 0.8553 (2 pages up, +0.005 and +0.027, none down). Without the tile shape, at
 * 0.35 or 0.5: half A service −0.0002 (a page of linked cards 0.51 → 0.48); with it, 0.35: half B only 1 page up;
 * no cap: as 0.5.
 */
export const MAX_TILE_LINK_DENSITY = 0.5;
/** A tile's paragraph has at least this much text: a sentence, not a button's label. */
export const MIN_TILE_TEXT_CHARS = 40;

/** The index of the first of `blocks` (in page order) that starts at or after `at`, by binary search. */
function firstStartingAt(blocks: readonly Block[], at: number): number {
	let lo = 0;
	let hi = blocks.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (blocks[mid].range.start < at) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/**
 * Whether the whole page reads a dropped region as a tile: a heading first, then a paragraph of a sentence or more.
 * The region's blocks are found by binary search and read once, so a hostile page of thousands of linked tiles stays
 * linear-logarithmic (a filter of the whole page per tile was O(tiles x blocks)).
 */
function isTileShaped(range: SourceRange, whole: Attempt): boolean {
	let count = 0;
	let first: Block | undefined;
	let sentence = false;
	for (let i = firstStartingAt(whole.blocks, range.start); i < whole.blocks.length && whole.blocks[i].range.start < range.end; i++) {
		const b = whole.blocks[i];
		if (b.range.end > range.end) continue;
		first ??= b;
		count++;
		if (!sentence && b.kind === 'paragraph' && collapsedText(b).length >= MIN_TILE_TEXT_CHARS) sentence = true;
	}
	return count >= 2 && first?.kind === 'heading' && sentence;
}

/** Whether a conditional cleaning's removal is a tile to put back: short, or a linked tile (see `MAX_TILE_LINK_DENSITY`). */
function isDroppedTile(signal: string, range: SourceRange, whole: Attempt): boolean {
	if (SHORT_RE.test(signal)) return true;
	const m = LINK_DENSITY_RE.exec(signal);
	return m !== null && Number(m[1]) < MAX_TILE_LINK_DENSITY && isTileShaped(range, whole);
}

/** The container of a page taken as a landing page with the short tiles its cleaning dropped put back; `kept` when none. */
export function withLandingTiles(kept: Attempt, whole: Attempt): Attempt {
	if (kept.region === ROOT || kept.profile) return kept;
	const { start, end } = kept.region.range;
	const short = kept.removed.filter((r) => r.step === 'conditional' && r.range.start >= start && r.range.end <= end && isDroppedTile(r.signal, r.range, whole));
	if (short.length === 0) return kept;
	// The whole page's cleaning unwraps containers: its blocks inside a dropped tile are the tile's text.
	// A tile inside a block the container kept whole (a quote) is there already.
	const shortIndex = new RangeIndex(short.map((r) => r.range));
	const inShort = (r: SourceRange): boolean => shortIndex.encloses(r);
	const keptIndex = new RangeIndex(kept.blocks.map((k) => k.range));
	const inKept = (r: SourceRange): boolean => keptIndex.encloses(r);
	const back = whole.blocks.filter((b) => inShort(b.range) && !inKept(b.range));
	if (back.length === 0) return kept;
	const blocks = [...kept.blocks, ...back].sort((a, b) => a.range.start - b.range.start);
	let chars = kept.chars;
	for (const b of back) chars += collapsedText(b).length;
	const dropped = new Set(short);
	return { ...kept, blocks, removed: kept.removed.filter((r) => !dropped.has(r)), chars };
}
