// Headed link lists: a short heading over a list whose every item is one link ("Recent Posts", "More on X", "About Us") is a rail or a menu column, not a landing page's sections.
import type { Block, Inline, ListItem } from '../../model/dumpDocument';
import { withChildren } from '../../model/divNodes';
import type { RemovedRegion } from '../article';
import { isContainer } from '../blockIndex';
import { collapse, collapsedText, inlineText } from '../inlineText';

/**
 * A rail's or a menu column's label is a few words ("Recent Posts", "More on pricing:", "Solutions", "About Us"); a
 * section of the page is named in a sentence or a longer phrase.
 */
export const MAX_LABEL_WORDS = 4;
/** Two links may be a pair of buttons under a section's heading; three or more are a list of places to go. */
export const MIN_LINK_ITEMS = 3;
/** Words are counted up to this many, so a long heading costs no more than a short one. */
const WORD_SCAN = MAX_LABEL_WORDS + 1;

/** Whether the inlines are one link with text and nothing else but white space (a span or emphasis may wrap the link). */
function isOneLink(inlines: readonly Inline[]): boolean {
	let links = 0;
	for (const x of inlines) {
		if (x.kind === 'link') {
			if (collapse(inlineText(x.children)) === '') return false;
			links++;
		} else if ((x.kind === 'span' || x.kind === 'emphasis') && x.children.length === 1) {
			if (!isOneLink(x.children)) return false;
			links++;
		} else if (x.kind === 'softbreak' || x.kind === 'break' || (x.kind === 'text' && x.value.trim() === '')) continue;
		else return false;
		if (links > 1) return false;
	}
	return links === 1;
}

/** Whether a list item is one linked line: a single paragraph that is one link. */
function isLinkItem(it: ListItem): boolean {
	let para: Block | undefined;
	for (const c of it.children) {
		if (c.kind === 'spacer') continue;
		if (para || c.kind !== 'paragraph') return false;
		para = c;
	}
	return para?.kind === 'paragraph' && isOneLink(para.content);
}

/** Whether the inlines hold a link, at the top or inside a span or emphasis. */
function hasLink(inlines: readonly Inline[]): boolean {
	return inlines.some((x) => x.kind === 'link' || ((x.kind === 'span' || x.kind === 'emphasis') && hasLink(x.children)));
}

/**
 * Whether a block is a short label (`MAX_LABEL_WORDS`, not empty): a heading, or a paragraph without a link (a sidebar
 * titles its widgets with a bold line or a plain one as often as with a heading).
 */
function isLabel(b: Block): boolean {
	if (b.kind !== 'heading' && (b.kind !== 'paragraph' || hasLink(b.content))) return false;
	let words = 0;
	for (const w of collapsedText(b).split(' ', WORD_SCAN)) if (w) words++;
	return words > 0 && words <= MAX_LABEL_WORDS;
}

/** Whether a block is a list of at least `MIN_LINK_ITEMS` items, each one link. */
function isLinkList(b: Block): boolean {
	return b.kind === 'list' && b.items.length >= MIN_LINK_ITEMS && b.items.every(isLinkItem);
}

/**
 * The read without, at any depth, each short heading directly followed by a list of links and that list: a blog's
 * sidebar ("Recent Posts" over five linked titles), a guide's rails ("More on <topic>:" over linked guides), a
 * footer's named link columns ("About Us" over its pages) and a mega-menu's named groups ("Solutions"), which a landing
 * page read whole keeps once its class words are gone. A page's own sections hold prose, cards or buttons, not one
 * bare link per item under a label. Only the service strategy runs it (kinds/service.ts). Each block is visited once:
 * linear. Designed on half B of the wcxb-dev tuning part (a cleaning firm's sidebar, a payment platform's menu
 * groups); measured on half A apart (see service.ts for the numbers).
 */
export function dropHeadedLinkLists(blocks: readonly Block[], removed: RemovedRegion[]): Block[] {
	const walk = (list: readonly Block[]): Block[] => {
		const out: Block[] = [];
		let changed = false;
		for (let i = 0; i < list.length; i++) {
			const b = list[i];
			let j = i + 1;
			while (j < list.length && list[j].kind === 'spacer') j++;
			if (j < list.length && isLabel(b) && isLinkList(list[j])) {
				removed.push({ range: { start: b.range.start, end: list[j].range.end }, step: 'headed-link-list', signal: collapsedText(b) });
				i = j;
				changed = true;
				continue;
			}
			if (isContainer(b)) {
				const children = walk(b.children);
				if (children !== b.children) {
					changed = true;
					if (children.length > 0) out.push(withChildren(b, children));
					continue;
				}
			}
			out.push(b);
		}
		return changed ? out : (list as Block[]);
	};
	return walk(blocks);
}
