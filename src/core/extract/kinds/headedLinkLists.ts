// Headed link lists: a short heading over a list whose every item is one link ("Recent Posts", "More on X", "About Us") is a rail or a menu column, not a landing page's sections.
import type { Block, Inline, ListItem } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { isContainer } from '../blockIndex';
import { filterBlockTree } from '../heuristics/cardRepeats';
import { collapse, collapsedText, inlineText } from '../inlineText';
import { measureBlocks } from './blockMeasures';

/**
 * A rail's or a menu column's label is a few words ("Recent Posts", "More on pricing:", "Solutions", "About Us"); a
 * section of the page is named in a sentence or a longer phrase.
 */
export const MAX_LABEL_WORDS = 4;
/** Two links may be a pair of buttons under a section's heading; three or more are a list of places to go. */
export const MIN_LINK_ITEMS = 3;
/** A label of one character is a letter of an A–Z index: it heads a group of a directory's own items. */
export const MIN_LABEL_CHARS = 2;
/**
 * A listing's read keeps its headed link lists when they hold more than this share of its link text: then they are
 * its items (a directory's groups, a category page's sections), not a rail beside them.
 */
export const LISTING_LINK_SHARE = 0.5;
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
	const text = collapsedText(b);
	if (text.length < MIN_LABEL_CHARS) return false;
	let words = 0;
	for (const w of text.split(' ', WORD_SCAN)) if (w) words++;
	return words > 0 && words <= MAX_LABEL_WORDS;
}

/** Whether a block is a list of at least `MIN_LINK_ITEMS` items, each one link; numbered only when `ordered` allows it. */
function isLinkList(b: Block, ordered: boolean): boolean {
	return b.kind === 'list' && (ordered || !b.ordered) && b.items.length >= MIN_LINK_ITEMS && b.items.every(isLinkItem);
}

/**
 * The read without, at any depth, each short label directly followed by a list of links and that list: a blog's
 * sidebar ("Recent Posts" over five linked titles), a guide's rails ("More on <topic>:" over linked guides), a
 * footer's named link columns ("About Us" over its pages) and a mega-menu's named groups ("Solutions"), which a page
 * read whole keeps once its class words are gone. A page's own sections hold prose, cards or buttons, not one bare link
 * per item under a label. Nothing goes when the lists hold more than `maxLinkShare` of the read's link text: then they
 * are the page's items (a directory's groups); numbered lists stay unless `ordered` (a listing's "Most read" ranking
 * is items its annotators may keep). Two walks over the read's blocks: linear.
 * Designed on half B of the wcxb-dev tuning part (a cleaning firm's sidebar, a payment platform's menu groups), then
 * measured (session 50, eval --part tune, service and listing strategies, word F1):
 * declassed all 0.89066 -> 0.89091 (half A +0.00016, half B +0.00032), service 0.83978 -> 0.84010 (A 0.83395 ->
 * 0.83421, B 0.84579 -> 0.84618), listing 0.77199 -> 0.77272 (A 0.73965 -> 0.74070, B 0.80092 -> 0.80138), article
 * +0.00027, collection +0.00009: 14 pages of 14 sites up (7 of half A, the half it was not designed on; a financial
 * firm's page 0.958 -> 0.975, a peer-support site's 0.956 -> 0.966, an electronics magazine's index 0.964 -> 1.000, a
 * coaching site's guide read as a service page), one down by 0.0014 (a code host's listing); as is all 0.90624 ->
 * 0.90633 (A 0, B +0.00018), listing +0.00004, article +0.00017, service unchanged: 5 up (a coaching site's guide
 * 0.849 -> 0.941), the same one down by 0.0013. Metadata unchanged. A numbered list under a label on a listing (a
 * news agency's topic page keeps its "More from the project" ranking in the truth, half A 0.914 -> 0.897) is why
 * listings keep numbered lists. Run on article reads (simulated on the text), it lowered articles on both halves (their
 * sidebars' lists are gone already, and what is left is often kept): not wired there.
 */
export function dropHeadedLinkLists(blocks: readonly Block[], removed: RemovedRegion[], maxLinkShare = 1, ordered = true): Block[] {
	const found: { readonly label: Block; readonly list: Block }[] = [];
	let listLinks = 0;
	const find = (list: readonly Block[]): void => {
		for (let i = 0; i < list.length; i++) {
			const b = list[i];
			let j = i + 1;
			while (j < list.length && list[j].kind === 'spacer') j++;
			if (j < list.length && isLabel(b) && isLinkList(list[j], ordered)) {
				found.push({ label: b, list: list[j] });
				listLinks += measureBlocks([list[j]]).linkChars;
				i = j;
			} else if (isContainer(b)) find(b.children);
		}
	};
	find(blocks);
	if (found.length === 0 || listLinks > maxLinkShare * measureBlocks(blocks).linkChars) return blocks as Block[];
	// The labels and their lists' items go; a list left without items goes with them (filterBlockTree).
	const drop = new Set<Block>();
	for (const { label, list } of found) {
		removed.push({ range: { start: label.range.start, end: list.range.end }, step: 'headed-link-list', signal: collapsedText(label) });
		drop.add(label);
		if (list.kind === 'list') for (const it of list.items) for (const c of it.children) drop.add(c);
	}
	return filterBlockTree(blocks, (b) => !drop.has(b));
}
