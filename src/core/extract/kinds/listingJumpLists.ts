// Listing jump lists: a list whose every item links to a part of the same page (`#anchor`) is the listing's in-page menu, never one of its items.
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { isTocList } from '../heuristics/tableOfContents';
import { withChildren } from '../../model/divNodes';

/**
 * A listing's items link to other pages (each entry's own page); a list whose every item is a link to a fragment of
 * the page (`[Beach House](#project-beach-house)`, a letter of an A-Z index, a category of the award list below) is a
 * menu that jumps to the listing's own sections. The article kinds drop such a list only after a short label
 * ("Table of Contents"; heuristics/tableOfContents.ts), since a roundup's bare jump list of its picks was kept by
 * annotators; a listing's sections are its groups of entries, and the menu repeats their names. Sites name the menu
 * (`filter`, `anchor-nav`), and without those words a listing read kept it: an awards list with a 190-entry jump
 * menu of its categories read 0.994 as is and 0.937 declassed.
 * Measured (session 55, tuning part of wcxb-dev, word F1): as is no page moves (listing 0.81393); declassed
 * (EVAL_DECLASS=all) listing 0.77334 -> 0.77414 (half A 0.7420 -> 0.7437: the awards list 0.937 -> 0.994; half B
 * unchanged), all 0.89349 -> 0.89352, no page down, metadata and page kinds unchanged.
 */
export function dropJumpLists(blocks: readonly Block[], removed: RemovedRegion[]): Block[] {
	let changed = false;
	const out: Block[] = [];
	for (const b of blocks) {
		if (isTocList(b)) {
			removed.push({ range: b.range, step: 'listing-jump-list', signal: `${b.kind === 'list' ? b.items.length : 0} fragment links` });
			changed = true;
			continue;
		}
		if (b.kind === 'div' || b.kind === 'htmlDiv' || b.kind === 'blockquote') {
			const before = removed.length;
			const children = dropJumpLists(b.children, removed);
			if (removed.length !== before) {
				changed = true;
				out.push(withChildren(b, children));
				continue;
			}
		}
		out.push(b);
	}
	return changed ? out : (blocks as Block[]);
}
