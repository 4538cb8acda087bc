// Whole lines dropped by a test of their text: paragraphs, headings and list items, a list left empty with them.
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { collapse, collapsedText } from '../inlineText';

/**
 * Drops the paragraphs, headings and list items whose collapsed text passes `isLine`, each recorded under `step`; a
 * list whose every item goes goes too. One pass; the input comes back as it was when nothing goes.
 */
export function dropWholeLines(blocks: readonly Block[], removed: RemovedRegion[], isLine: (text: string) => boolean, step: string): readonly Block[] {
	let out: Block[] | undefined;
	for (let i = 0; i < blocks.length; i++) {
		const b = blocks[i];
		let kept: Block | undefined = b;
		if ((b.kind === 'paragraph' || b.kind === 'heading') && isLine(collapsedText(b))) {
			removed.push({ range: b.range, step, signal: collapsedText(b) });
			kept = undefined;
		} else if (b.kind === 'list') {
			const items = b.items.filter((it) => {
				const text = collapse(it.children.map((c) => collapsedText(c)).join(' '));
				if (!isLine(text)) return true;
				removed.push({ range: it.range, step, signal: text });
				return false;
			});
			kept = items.length === 0 ? undefined : items.length === b.items.length ? b : { ...b, items };
		}
		if (kept !== b) out ??= blocks.slice(0, i);
		if (kept) out?.push(kept);
	}
	return out ?? blocks;
}
