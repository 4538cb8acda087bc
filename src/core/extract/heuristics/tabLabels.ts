// Tab labels: a list whose every item is one in-page link (`[Description](#tab-description)`) is the tab bar of the sections that follow, not content.
import type { Block, Inline } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { isHashLink } from '../blockIndex';
import { collapsedText } from '../inlineText';

/** A tab label is short: a longer in-page link is a table of contents entry naming a section's whole title. */
export const MAX_TAB_LABEL_CHARS = 40;

/** The one link a paragraph consists of (white space aside), if any. */
function onlyLink(inlines: readonly Inline[]): Inline | undefined {
	const parts = inlines.filter((n) => !(n.kind === 'text' && n.value.trim() === '') && n.kind !== 'softbreak' && n.kind !== 'break');
	if (parts.length !== 1) return undefined;
	const n = parts[0];
	if (n.kind === 'link') return n;
	return n.kind === 'emphasis' || n.kind === 'span' ? onlyLink(n.children) : undefined;
}

/** Whether a list is a tab bar: two or more items, each a single short link to an anchor on the page. */
export function isTabBar(b: Block): boolean {
	if (b.kind !== 'list' || b.items.length < 2) return false;
	return b.items.every((it) => {
		const kids = it.children.filter((c) => c.kind !== 'spacer');
		if (kids.length !== 1 || kids[0].kind !== 'paragraph') return false;
		const link = onlyLink(kids[0].content);
		return link !== undefined && link.kind === 'link' && isHashLink(link.href) && link.href.length > 1 && collapsedText(kids[0]).length <= MAX_TAB_LABEL_CHARS;
	});
}

/** Drops tab bars. */
export function dropTabLabels(blocks: readonly Block[], removed: RemovedRegion[]): Block[] {
	return blocks.filter((b) => {
		if (!isTabBar(b)) return true;
		removed.push({ range: b.range, step: 'tab-labels', signal: collapsedText(b).slice(0, 60) });
		return false;
	});
}
