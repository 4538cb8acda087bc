// Labelled options: filter panels found by their shape, not their class words: a short label over a short list of short unlinked options, repeated.
import type { Block, List } from '../../model/dumpDocument';
import { isContainer, type BlockIndex } from '../blockIndex';
import { blockText, collapse } from '../inlineText';
import { pricedCardGroup } from '../kinds/pricedCardGroup';

/**
 * Why: a filter sidebar whose options carry no counts ("Date: Today, Tomorrow, This weekend"; "Format: Class,
 * Conference") is found today only by class words (facetPanels.ts) or counts (countedFacets.ts). Its shape is its
 * own: sections that each hold a short label and one list of a few short options with no link in them, several such
 * sections side by side under one box that holds little else. A box holding `MIN_GROUPS` of them is a panel, on a
 * page that has a grid of priced cards found by what each card holds (kinds/pricedCardGroup.ts), when the box neither
 * holds the grid nor sits in it: without a grid, labelled lists are a page's content (a rental firm's lists of
 * equipment, which the first version of this rule, session 56, dropped: a half-B service page 0.918 -> 0.865) or its
 * menus.
 * Measured (session 57, tuning part of wcxb-dev, word F1): as is, declassed and unique (`EVAL_DECLASS=unique
 * EVAL_NO_PLATFORMS=all`) no page of any kind moves. A proxy of four labelled, unlinked, uncounted filter groups set
 * under the h1 of the 68 annotated collections (not in the truth; /tmp/coll57/proxy/lmake.py): as is 0.8092 ->
 * 0.8111 (half A 0.8237 -> 0.8265, half B 0.7907 -> 0.7915), declassed 0.8009 -> 0.8040, unique 0.7729 -> 0.7758;
 * 13, 17 and 17 pages up, none down (a craft shop's category 0.826 -> 0.882 declassed, a headphone shop's 0.754 ->
 * 0.799); coll55's counted-facets proxy unchanged.
 */

/** A section's label is a filter's name ("Date", "Price range"), not a heading over content. */
export const MAX_LABEL_CHARS = 30;
/** An option is a value ("This weekend", "Free"), not an entry. */
export const MAX_OPTION_CHARS = 30;
/** Options per list: a filter offers a few values; a long list of short lines is a directory's content. */
export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = 10;
/** Sections under one box: one or two labelled lists are anything (pros and cons); a filter form repeats them. */
export const MIN_GROUPS = 3;
/** The sections hold this share of the box's text: the panel is its filters, not a column with a filter in it. */
export const MIN_GROUP_SHARE = 0.6;
/** A panel holds under this share of the page's text (as facetPanels.ts `MAX_FACET_PANEL_SHARE`). */
export const MAX_PANEL_SHARE = 0.3;
/** Levels walked up from a section to find the box the sections share: a bound that keeps the walk linear. */
export const MAX_GROUP_DEPTH = 3;

/** How an option list reads: its options unlinked (a filter's values), linked (a filter of links, counted as a panel's part only), or not options. */
function optionList(index: BlockIndex, list: List): 'unlinked' | 'linked' | undefined {
	if (list.items.length > MAX_OPTIONS) return undefined;
	for (const item of list.items) {
		let text = '';
		for (const c of item.children) {
			text += ' ' + blockText(c);
			if (text.length > MAX_OPTION_CHARS * 4) return undefined;
		}
		const t = collapse(text).trim();
		if (t.length === 0 || t.length > MAX_OPTION_CHARS) return undefined;
	}
	return index.statsOf(list).linkChars > 0 || list.items.length < MIN_OPTIONS ? 'linked' : 'unlinked';
}

/** Whether a box is a section: a short label right before an option list, and little else (`MAX_LABEL_CHARS` more at most). */
function isSection(index: BlockIndex, box: Block, label: Block, list: List): boolean {
	if (label.kind !== 'paragraph' && label.kind !== 'heading') return false;
	const labelChars = index.charsOf(label);
	if (labelChars === 0 || labelChars > MAX_LABEL_CHARS) return false;
	return index.charsOf(box) <= labelChars + index.charsOf(list) + MAX_LABEL_CHARS;
}

/** The page's panels of labelled option lists (see above), outside the page's title, on a page with a grid of priced cards and apart from it. */
export function labelledOptionPanels(index: BlockIndex, title: Block | undefined, pageGrid?: Block): Block[] {
	const sections: { box: Block; unlinked: boolean }[] = [];
	let unlinked = 0;
	// Each box's children once, a list beside the block before it: one pass over the tree.
	for (const box of index.containers) {
		const kids = box.children;
		for (let at = 1; at < kids.length; at++) {
			const list = kids[at];
			if (list.kind !== 'list') continue;
			const shape = optionList(index, list);
			if (!shape || !isSection(index, box, kids[at - 1], list)) continue;
			sections.push({ box, unlinked: shape === 'unlinked' });
			if (shape === 'unlinked') unlinked++;
		}
	}
	if (unlinked < MIN_GROUPS) return [];
	// A filter panel filters a grid: a page with no priced cards side by side (found by what each card holds,
	// kinds/pricedCardGroup.ts) has no filter, and its labelled lists are its content (a rental firm's "equipment for
	// rent" lists) or its menus. The panel neither holds the grid nor sits inside it.
	const grid = pageGrid ?? pricedCardGroup(index)?.block;
	if (!grid) return [];
	// Sections and their characters under each box up to MAX_GROUP_DEPTH levels above them.
	const under = new Map<Block, { n: number; chars: number }>();
	for (const s of sections) {
		const chars = index.charsOf(s.box);
		const n = s.unlinked ? 1 : 0;
		let depth = 0;
		for (let p = index.parent.get(s.box); p !== undefined && depth < MAX_GROUP_DEPTH; p = index.parent.get(p), depth++) {
			const u = under.get(p);
			if (u) {
				u.n += n;
				u.chars += chars;
			} else under.set(p, { n, chars });
		}
	}
	const maxChars = Math.max(index.rootStats.chars, index.maxContainerChars) * MAX_PANEL_SHARE;
	const panels = new Set<Block>();
	for (const [box, u] of under) {
		const chars = index.charsOf(box);
		if (u.n < MIN_GROUPS || !isContainer(box) || chars >= maxChars || u.chars < chars * MIN_GROUP_SHARE) continue;
		if ((title && index.isInside(title, box)) || index.isInside(grid, box) || index.isInside(box, grid)) continue;
		panels.add(box);
	}
	// The outermost only.
	return [...panels].filter((b) => {
		let depth = 0;
		for (let p = index.parent.get(b); p !== undefined && depth < MAX_GROUP_DEPTH; p = index.parent.get(p), depth++) if (panels.has(p)) return false;
		return true;
	});
}
