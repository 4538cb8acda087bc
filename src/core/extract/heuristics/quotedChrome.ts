// Post chrome inside block quotes: a signature or a button bar that a forum wraps in a quote is still chrome.
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { attrWords } from '../inlineText';
import { withChildren } from '../../model/divNodes';
import { withItemChildren } from '../../model/listItemNode';

/**
 * Drops the containers inside a thread's block quotes that the thread's pruning chose (`pruned`: post chrome such as
 * `signaturecontainer`, hidden parts). The cleaner keeps a block quote whole, as a quotation is the author's; but
 * vBulletin writes each post's signature as a block quote of its own, and a quoted post carries its chrome along.
 * Tuning part of wcxb-dev: one vBulletin thread (a dozen signatures) 0.792 -> 0.832, forum 0.851 -> 0.851; no page down.
 */
export function dropQuotedChrome(blocks: readonly Block[], pruned: ReadonlyMap<Block, string>, removed: RemovedRegion[]): Block[] {
	const walk = (list: readonly Block[], inQuote: boolean): Block[] => {
		let out: Block[] | undefined;
		list.forEach((b, i) => {
			let next: Block | undefined = b;
			if (inQuote && (b.kind === 'div' || b.kind === 'htmlDiv') && pruned.has(b)) {
				removed.push({ range: b.range, step: pruned.get(b) ?? 'post-chrome', signal: attrWords(b.attrs) });
				next = undefined;
			} else if (b.kind === 'div' || b.kind === 'htmlDiv' || b.kind === 'blockquote') {
				const children = walk(b.children, inQuote || b.kind === 'blockquote');
				if (children !== b.children) next = children.some((c) => c.kind !== 'spacer') ? withChildren(b, children) : undefined;
			} else if (b.kind === 'list') {
				const items = b.items.map((it) => {
					const children = walk(it.children, inQuote);
					return children === it.children ? it : withItemChildren(it, children);
				});
				if (items.some((it, j) => it !== b.items[j])) next = { ...b, items };
			}
			if (next !== b) out ??= list.slice(0, i);
			if (out && next) out.push(next);
		});
		return out ?? (list as Block[]);
	};
	return walk(blocks, false);
}
