// Link blocks: a menu entry whose link wraps a block (`<a><div>Careers</div></a>`) reaches the dump as an empty link over its label.
import type { Block, Inline, ListItem } from '../../model/dumpDocument';
import { collapsedText } from '../inlineText';

/**
 * Site builders (Webflow's `w-inline-block`, page builders' "link block" elements) make a menu entry a link that wraps a
 * block: `<a href><div>Terms of Service</div></a>`. Pandoc cannot put a block inside a link, so the dump holds an empty
 * link (`[[](/legal/terms){...}]`) and, after it, the label in a container of its own. Every entry of a footer's
 * columns then reads as plain text, and navigationLists.ts, which asks that an entry's text be a link, kept them (a
 * landing page's footer of 60 entries: Product, Solutions, Resources, Company, Compare).
 *
 * An entry is such a link block when its first block holds a link and no text, and after it comes one short label
 * (a paragraph or a container of one), perhaps beside an icon: the label is the link's text.
 *
 * `eval --part tune` (wcxb-dev): service half A 0.8471 -> 0.8474 (two pages up: a footer of link blocks 0.926 ->
 * 0.943, 0.994 -> 0.997), half B 0.8567 unchanged (no page moved), every other kind and both halves' means unchanged;
 * readability corpus 0.947, seeds 53/53.
 */

/** Whether the inlines hold a link and no text of their own (an empty link, perhaps inside a span). */
export function isEmptyLinkOnly(inlines: readonly Inline[]): boolean {
	let link = false;
	for (const x of inlines) {
		if (x.kind === 'link') link = true;
		else if (x.kind === 'span' || x.kind === 'emphasis') {
			if (!isEmptyLinkOnly(x.children)) return false;
			link = true;
		} else if (x.kind === 'image' || x.kind === 'softbreak' || x.kind === 'break') continue;
		else if (x.kind === 'text' && x.value.trim() === '') continue;
		else return false;
	}
	return link;
}

/** Whether a block is a label: a paragraph, or a container of one paragraph, without links, lists or headings of its own. */
function isLabel(b: Block): boolean {
	if (b.kind === 'paragraph') return !b.content.some((x) => x.kind === 'link');
	if (b.kind === 'div' || b.kind === 'htmlDiv') {
		const kids = b.children.filter((c) => c.kind !== 'spacer');
		return kids.length === 1 && isLabel(kids[0]);
	}
	return false;
}

/**
 * Whether a list item is a link block: an empty link first, then one label of at most `maxChars` characters, and
 * beside it only containers without text (`isIconBox` of navigationLists.ts).
 */
export function isLinkBlockItem(it: ListItem, maxChars: number, isIconBox: (b: Block) => boolean): boolean {
	return isLinkBlock(it.children, maxChars, isIconBox);
}

/** Whether blocks (a list item's, a container's) are a link block: an empty link, then one short label (`isLinkBlockItem`). */
export function isLinkBlock(children: readonly Block[], maxChars: number, isIconBox: (b: Block) => boolean): boolean {
	const kids = children.filter((c) => c.kind !== 'spacer');
	if (kids.length < 2) return false;
	const [first, ...rest] = kids;
	if (first.kind !== 'paragraph' || collapsedText(first) !== '' || !isEmptyLinkOnly(first.content)) return false;
	const labels = rest.filter((b) => !isIconBox(b));
	if (labels.length !== 1 || !isLabel(labels[0])) return false;
	const text = collapsedText(labels[0]);
	return text.length > 0 && text.length <= maxChars;
}
