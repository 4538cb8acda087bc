// Link preview cards in a thread's posts (XenForo's unfurls, Discourse's oneboxes): the linked page's title and blurb, not the poster's words.
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { type BlockIndex, type Container, isContainer } from '../blockIndex';

/**
 * Class words of a link preview card that survives as a container: XenForo's `bbCodeBlock--unfurl` / `js-unfurl`,
 * Discourse's `onebox` when its `<aside>` is written as a div, and the generic `link-preview` / `linkPreview` of
 * other forum and chat software. The card repeats the linked page's title, description and domain, which the
 * forum fetched: the annotators of wcxb-dev leave them out of the post (the link the poster wrote stays).
 */
const LINK_PREVIEW_CLASS_RE = /(?:^|\s)(?:\S*unfurl\S*|onebox(?:-\S+)?|link-?preview\S*)(?:\s|$)/i;

/**
 * A preview whose wrapper pandoc dropped: Discourse writes a onebox as `<aside class="onebox">` holding a `<header
 * class="source">` (the site's link), an `<article class="onebox-body">` (title and blurb) and a `<div
 * class="onebox-metadata">`; the aside and the article go, so the title and blurb are plain blocks between the
 * `source` container and the `onebox-metadata` one. The source link stays: the annotators kept it.
 */
const FLATTENED_START = 'source';
const FLATTENED_END = 'onebox-metadata';
/** A onebox body is a thumbnail, a title and a paragraph or two: more blocks between the markers is not one card. */
export const MAX_FLATTENED_PREVIEW_BLOCKS = 8;

/** Whether a container is a link preview card by its class words. */
export function isLinkPreview(c: Container): boolean {
	return LINK_PREVIEW_CLASS_RE.test(c.attrs.classes.join(' '));
}

function hasClass(b: Block, cls: string): boolean {
	return isContainer(b) && b.attrs.classes.includes(cls);
}

/**
 * The blocks of flattened link previews inside the given containers (the thread's posts): for each `onebox-metadata`
 * container, its preceding siblings back to a `source` container, when there are few enough of them.
 */
export function flattenedPreviewBlocks(index: BlockIndex, within: ReadonlySet<Block>): Set<Block> {
	const out = new Set<Block>();
	// Each end's position among its siblings, from one pass over each parent's children: `indexOf` per end was
	// O(ends x siblings) on a post of thousands of previews (issue 11). The first position, as `indexOf` finds it.
	const positions = new Map<Block, Map<Block, number>>();
	for (const c of index.containers) {
		if (!c.attrs.classes.includes(FLATTENED_END)) continue;
		const parent = index.parent.get(c);
		if (!parent || !isContainer(parent) || !isWithin(index, parent, within)) continue;
		const siblings = parent.children;
		let at = positions.get(parent);
		if (!at) {
			at = new Map();
			for (let i = siblings.length - 1; i >= 0; i--) at.set(siblings[i], i);
			positions.set(parent, at);
		}
		const end = at.get(c) ?? -1;
		let start = -1;
		for (let i = end - 1; i >= 0 && end - i <= MAX_FLATTENED_PREVIEW_BLOCKS + 1; i--) {
			if (hasClass(siblings[i], FLATTENED_START)) {
				start = i;
				break;
			}
		}
		if (start < 0) continue;
		for (let i = start + 1; i < end; i++) out.add(siblings[i]);
	}
	return out;
}

function isWithin(index: BlockIndex, b: Block, within: ReadonlySet<Block>): boolean {
	for (let p: Block | undefined = b; p !== undefined; p = index.parent.get(p)) if (within.has(p)) return true;
	return false;
}

/**
 * Drops the kept blocks that belong to a flattened link preview, or sit inside one (`flattenedPreviewBlocks`).
 * Measured on the tuning part of wcxb-dev with the containers of `isLinkPreview` pruned as post chrome (kinds/forum.ts):
 * forum F1 0.851 -> 0.854 (a Discourse thread of eight oneboxes 0.81 -> 0.93, two XenForo threads with unfurls 0.86 ->
 * 0.94 and 0.87 -> 0.89, one +0.01, one -0.01 whose truth keeps its onebox); `all` unchanged at 0.875.
 */
export function dropFlattenedPreviews(index: BlockIndex, blocks: readonly Block[], previews: ReadonlySet<Block>, removed: RemovedRegion[]): Block[] {
	if (previews.size === 0) return blocks as Block[];
	const out: Block[] = [];
	for (const b of blocks) {
		// A thumbnail's container is flattened away: its image is kept as a block of its own.
		if (isWithin(index, b, previews)) removed.push({ range: b.range, step: 'link-preview', signal: `${FLATTENED_START} … ${FLATTENED_END}` });
		else out.push(b);
	}
	return out;
}
