// Select menus: a form's drop-down (its `role="listbox"` and its options, often every country of the world) is never a page's content.
import type { Block } from '../../model/dumpDocument';
import type { AttributeParts } from '../../model/linkNodes';
import type { BlockIndex } from '../blockIndex';

/**
 * ARIA roles of a custom drop-down: the list of choices and each choice. Script-built selects (Astro, React, Webflow
 * lead forms) are plain containers with these roles, so the form-name check (forms.ts) misses them, and pandoc prints
 * every option ("Afghanistan", "Aland Islands", ... "C-Level", "VP", "Director"). Studied on the tuning part of
 * wcxb-dev's service pages: 4 pages hold such options (6 to 267 of them); the annotated text never keeps them (the
 * 3 that match are the words "Other" and "Free" found elsewhere on the page).
 * Not the menu's wrapper (the field, where pandoc flattens the native `<select>` into one line): pruning it too let
 * a lead form's remains win as the article on one page (tuning part: service 0.816 -> 0.810).
 */
export const SELECT_ROLES: ReadonlySet<string> = new Set(['listbox', 'option', 'combobox']);

/** Whether a container carries one of `SELECT_ROLES`. */
export function hasSelectRole(attrs: AttributeParts): boolean {
	// Indexed loops with no closure, here and in `pruneSelectMenus` (every container of every dump): in code V8 has not
	// optimized yet, for-of and a destructured `[k, v]` parameter allocate an iterator result per item.
	const pairs = attrs.pairs;
	for (let i = 0; i < pairs.length; i++) {
		const pair = pairs[i];
		if (pair[0].toLowerCase() === 'role' && SELECT_ROLES.has(pair[1].trim().toLowerCase())) return true;
	}
	return false;
}

/**
 * Per index, its containers with a select role in page order, found once: every attempt that strips unlikely
 * containers asks (prune.ts `prunedContainers`, four to six times per dump), and testing each container's pairs anew
 * each time was 1.7% of extract's CPU over the profile set (bench/profileExtract.ts, 294 dumps).
 */
const selectMenus = new WeakMap<BlockIndex, readonly Block[]>();

/** The index's containers that carry a select role (`hasSelectRole`), in the index's order. */
export function selectMenusOf(index: BlockIndex): readonly Block[] {
	let list = selectMenus.get(index);
	if (!list) {
		const found: Block[] = [];
		const containers = index.containers;
		for (let i = 0; i < containers.length; i++) if (hasSelectRole(containers[i].attrs)) found.push(containers[i]);
		list = found;
		selectMenus.set(index, list);
	}
	return list;
}

/**
 * Marks every select menu of the page as pruned, for every attempt that strips unlikely containers (prune.ts).
 * Measured on the tuning part of wcxb-dev: service 0.816 -> 0.817 (0692 0.58 -> 0.67, 2847 0.37 -> 0.45, no page
 * down); all, article and the other kinds unchanged.
 */
export function pruneSelectMenus(index: BlockIndex, pruned: Map<Block, string>): void {
	const menus = selectMenusOf(index);
	for (let i = 0; i < menus.length; i++) {
		const c = menus[i];
		if (!pruned.has(c)) pruned.set(c, 'select menu');
	}
}
