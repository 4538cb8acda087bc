// Post chrome inside lists: a comment list under a post carries each comment's buttons and hidden copies along.
import type { Block, List, ListItem } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { attrWords } from '../inlineText';
import { withChildren } from '../../model/divNodes';
import { withItemChildren } from '../../model/listItemNode';

/**
 * Drops the containers inside a thread's lists that the thread's pruning chose (`pruned`: post chrome, a framework's
 * hidden copies, signatures). The cleaner keeps a list whole (clean.ts), as it keeps a block quote (quotedChrome.ts
 * does the same inside quotes); but Q&A engines write the comments under a post as a list whose items hold each
 * comment's score, its vote buttons and its author and date twice (once in `d-none` blocks for microdata), and a
 * forum with no profile (platforms.ts) keeps that list. Measured on the tuning part of wcxb-dev with the forum
 * profiles off (`EVAL_NO_PLATFORMS=forum`): forum 0.852 -> 0.853, half A 0.818 -> 0.819, half B 0.895 -> 0.897; five
 * Stack Exchange threads up (0.69 -> 0.73 at most), none down. With the profiles on (which drop the whole comment
 * block), no page of any kind moved.
 */
export function dropListedChrome(blocks: readonly Block[], pruned: ReadonlyMap<Block, string>, removed: RemovedRegion[]): Block[] {
	const walk = (list: readonly Block[], inList: boolean): Block[] => {
		let out: Block[] | undefined;
		for (let i = 0; i < list.length; i++) {
			const b = list[i];
			let next: Block | undefined = b;
			if (b.kind === 'div' || b.kind === 'htmlDiv') {
				const why = inList ? pruned.get(b) : undefined;
				if (why !== undefined) {
					removed.push({ range: b.range, step: why, signal: attrWords(b.attrs) });
					next = undefined;
				} else {
					const children = walk(b.children, inList);
					if (children !== b.children) next = children.some((c) => c.kind !== 'spacer') ? withChildren(b, children) : undefined;
				}
			} else if (b.kind === 'list') {
				next = listWithout(b.items, (it) => walk(it.children, true), b);
			}
			if (next !== b) out ??= list.slice(0, i);
			if (out && next) out.push(next);
		}
		return out ?? (list as Block[]);
	};
	return walk(blocks, false);
}

/** The list with each item's children as `walk` leaves them: the same list when no item changed. */
function listWithout(items: readonly ListItem[], walk: (it: ListItem) => Block[], b: List): Block {
	let changed = false;
	const next = items.map((it) => {
		const children = walk(it);
		if (children === it.children) return it;
		changed = true;
		return withItemChildren(it, children);
	});
	return changed ? { ...b, items: next } : b;
}
