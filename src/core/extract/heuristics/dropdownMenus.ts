// Dropdown menus: a list whose entries open sub-menus (`aria-haspopup`) is the site's menu bar, not a listing's items.
import type { Block, Inline } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { withChildren } from '../../model/divNodes';

/**
 * A menu bar with dropdowns marks each entry that opens a panel with `aria-haspopup="true"` (or `"menu"`), the WAI-ARIA
 * menu-button pattern every accessible theme writes, whatever its class words. A listing read whole kept such a bar
 * with all its sub-menus ("AI & ML: Generative AI, Learn how to build with generative AI; LLMs ..."), twice when the
 * site also prints a mobile copy: the annotators keep the items, not the menu. Class-free (no class or id word read).
 * Two entries make a bar: a single `aria-haspopup` is a share or sort button beside the items. Run on whole-page reads
 * (kinds/coverage.ts `cleanedWholePage`, beside navigationLists.ts, which misses a mega-menu's entries with their
 * descriptions) and on every listing read (kinds/listing.ts). Measured (session 38, tuning part of wcxb-dev, word F1):
 * declassed (EVAL_DECLASS=all) all 0.86868 -> 0.86898, listing 0.73833 -> 0.74268 (half A 0.68930 -> 0.69851: a tech
 * blog's index 0.285 -> 0.584, its category menu printed twice), half B unchanged; as is, no page moves (the class words
 * already removed these menus). 126 tuning pages carry `aria-haspopup`, 8 of them read as listings.
 */
export const MIN_DROPDOWN_ENTRIES = 2;

const OPENS_MENU = new Set(['true', 'menu']);

function opensMenu(inlines: readonly Inline[]): boolean {
	for (const n of inlines) {
		if (n.kind !== 'link' && n.kind !== 'span' && n.kind !== 'emphasis') continue;
		const attrs = n.kind === 'emphasis' ? undefined : n.attrs;
		if (attrs) for (const [k, v] of attrs.pairs) if (k.toLowerCase() === 'aria-haspopup' && OPENS_MENU.has(v.toLowerCase())) return true;
		if (opensMenu(n.children)) return true;
	}
	return false;
}

/** Whether the list item's first block opens a menu: its link, button span or a wrapper around it carries `aria-haspopup`. */
function entryOpensMenu(first: Block | undefined): boolean {
	if (!first) return false;
	if (first.kind === 'paragraph' || first.kind === 'heading') return opensMenu(first.content);
	return false;
}

/** Whether the block is a list of at least `MIN_DROPDOWN_ENTRIES` entries that open menus. */
export function isDropdownMenu(b: Block): boolean {
	if (b.kind !== 'list') return false;
	let n = 0;
	for (const item of b.items) if (entryOpensMenu(item.children[0]) && ++n >= MIN_DROPDOWN_ENTRIES) return true;
	return false;
}

/** The read's blocks less its dropdown menu bars, at any depth of its containers. */
export function dropDropdownMenus(blocks: readonly Block[], removed: RemovedRegion[]): Block[] {
	const out: Block[] = [];
	for (const b of blocks) {
		if (isDropdownMenu(b)) {
			removed.push({ range: b.range, step: 'dropdown-menu', signal: 'entries open menus (aria-haspopup)' });
			continue;
		}
		if (b.kind === 'div' || b.kind === 'htmlDiv' || b.kind === 'blockquote') {
			const children = dropDropdownMenus(b.children, removed);
			out.push(children.length === b.children.length && children.every((c, i) => c === b.children[i]) ? b : withChildren(b, children));
			continue;
		}
		out.push(b);
	}
	return out;
}
