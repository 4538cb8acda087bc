// Select menus: a form's drop-down (its `role="listbox"` and its options, often every country of the world) is never a page's content.
import type { Attributes, Block } from '../../model/dumpDocument';
import type { BlockIndex, Container } from '../blockIndex';

/**
 * ARIA roles of a custom drop-down: the list of choices and each choice. Script-built selects (Astro, React, Webflow
 * lead forms) are plain containers with these roles, so the form-name check (forms.ts) misses them, and pandoc prints
 * every option ("Afghanistan", "Aland Islands", ... "C-Level", "VP", "Director"). Studied on the tuning part of
 * wcxb-dev's service pages: 4 pages hold such options (6 to 267 of them); the annotated text never keeps them (the
 * 3 that match are the words "Other" and "Free" found elsewhere on the page).
 */
export const SELECT_ROLES: ReadonlySet<string> = new Set(['listbox', 'option', 'combobox']);

/** Whether a container carries one of `SELECT_ROLES`. */
export function hasSelectRole(attrs: Attributes): boolean {
	return attrs.pairs.some(([k, v]) => k.toLowerCase() === 'role' && SELECT_ROLES.has(v.trim().toLowerCase()));
}

/**
 * The wrapper of a select menu goes with it when the rest of it is this short: the field's label and the flattened
 * native select (a country list is some 3,000 characters). A longer wrapper is a section that happens to hold a menu.
 */
export const MAX_SELECT_WRAPPER_CHARS = 4000;

function hasSelectChild(c: Container): boolean {
	return c.children.some((d) => (d.kind === 'div' || d.kind === 'htmlDiv') && hasSelectRole(d.attrs));
}

/**
 * Marks every select menu of the page as pruned (for the whole-page strategies, which prune chrome by name, as
 * forms.ts does): a container with a select role, and the container that holds one directly with little else (the
 * field's wrapper, where pandoc also flattens the native `<select>` into one line: "Select your country...
 * Afghanistan Aland Islands Albania ..."). Tuning part of wcxb-dev: see the measured effect in kinds/wholePage.ts.
 */
export function pruneSelectMenus(index: BlockIndex, pruned: Map<Block, string>): void {
	for (const c of index.containers) {
		if (pruned.has(c)) continue;
		if (hasSelectRole(c.attrs)) {
			pruned.set(c, 'select menu');
			continue;
		}
		if (!hasSelectChild(c) || c.children.some((d) => d.kind === 'heading')) continue;
		let chars = 0;
		for (const d of c.children) if (!((d.kind === 'div' || d.kind === 'htmlDiv') && hasSelectRole(d.attrs))) chars += index.statsOf(d).chars;
		if (chars <= MAX_SELECT_WRAPPER_CHARS) pruned.set(c, 'select menu');
	}
}
