// Link paragraph runs: a row of sibling blocks that are each one short link and nothing else (a tag cloud, a category bar, a footer column written as divs) is a menu, not content.
import type { Block, Inline } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { isContainer } from '../blockIndex';
import { collapse, collapsedText, inlineText } from '../inlineText';
import { filterBlockTree } from './cardRepeats';
import { MAX_NAV_ITEM_CHARS } from './navigationLists';

/**
 * A run needs this many one-link blocks side by side. A menu list needs 3 items (navigationLists.ts), but a list is
 * markup that says "these go together"; sibling paragraphs only sit together, and a card may end with two or three
 * short links of its own ("Read more", a category, an author).
 */
export const MIN_LINK_PARAGRAPH_RUN = 5;

/** The one link of a run of inlines with nothing else but white space, or undefined. */
function onlyLink(inlines: readonly Inline[]): Inline | undefined {
	let link: Inline | undefined;
	for (const x of inlines) {
		if (x.kind === 'softbreak' || x.kind === 'break' || (x.kind === 'text' && !x.value.trim())) continue;
		if (x.kind === 'link' && !link) link = x;
		else if ((x.kind === 'span' || x.kind === 'emphasis') && !link) {
			link = onlyLink(x.children);
			if (!link) return undefined;
		} else return undefined;
	}
	return link;
}

/** Whether a block is an empty container (an icon or a spacer box beside the link). */
function isEmptyBox(b: Block): boolean {
	return b.kind === 'spacer' || (isContainer(b) && collapsedText(b) === '');
}

/**
 * The label of a block that is one short link and nothing else: a paragraph that is one link of at most
 * `MAX_NAV_ITEM_CHARS` characters, or a container holding only such a block (and empty icon boxes). Undefined otherwise.
 */
function linkOnlyLabel(b: Block): string | undefined {
	if (b.kind === 'paragraph') {
		const link = onlyLink(b.content);
		if (!link || link.kind !== 'link') return undefined;
		const label = collapse(inlineText(link.children));
		return label.length > 0 && label.length <= MAX_NAV_ITEM_CHARS ? label : undefined;
	}
	if (!isContainer(b)) return undefined;
	const kids = b.children.filter((c) => !isEmptyBox(c));
	return kids.length === 1 ? linkOnlyLabel(kids[0]) : undefined;
}

/** The keys (`start:end`) of the blocks of every run of sibling one-link blocks with `MIN_LINK_PARAGRAPH_RUN` different labels or more. */
function runKeys(blocks: readonly Block[]): Set<string> {
	const keys = new Set<string>();
	const walk = (list: readonly Block[]): void => {
		for (let i = 0; i < list.length; ) {
			const run: Block[] = [];
			const labels = new Set<string>();
			let j = i;
			for (; j < list.length; j++) {
				if (isEmptyBox(list[j])) continue;
				const label = linkOnlyLabel(list[j]);
				if (label === undefined) break;
				run.push(list[j]);
				labels.add(label.toLowerCase());
			}
			// A menu's entries name different places: the same label over and over is a page's own list of links.
			if (labels.size >= MIN_LINK_PARAGRAPH_RUN) {
				for (const b of run) keys.add(`${b.range.start}:${b.range.end}`);
				i = j;
				continue;
			}
			const b = list[i];
			if (isContainer(b) || b.kind === 'blockquote') walk(b.children);
			i = Math.max(i + 1, j);
		}
	};
	walk(blocks);
	return keys;
}

/**
 * The kept blocks less every run of sibling blocks that are each one short link and nothing else, with at least
 * `MIN_LINK_PARAGRAPH_RUN` different labels. A page's tag cloud, its category bar and its footer columns are often written as one `<div>` or `<p>`
 * per link rather than as a list, so navigationLists.ts, which reads lists, never sees them, and in a whole-page read
 * (a listing, a landing page) they stay. A listing's own items carry more than a short link (a title longer than a
 * menu entry, a teaser, a date), so a run of bare short links is not an item list. Wired in the general clean-ups of
 * every kind (extractArticle.ts), as feeds are often detected as other kinds.
 * Measured (issue 12, session 33, eval --part tune of wcxb-dev, word F1, page means): listing A 0.76635 -> 0.76921 (a
 * tech blog front's tag cloud, 0.709 -> 0.806), service A 0.84775 -> 0.84795, half A 0.89907 -> 0.89929, half B
 * 0.90342 -> 0.90345 (listing B unchanged), tuning 0.90137 -> 0.90149; 5 sites up (2 service pages' footer columns,
 * 2 half-B pages), 1 down (a service page's list of 50 state links that the annotators keep, 0.997 -> 0.989).
 * With a run of 4, listing B and forum B fell (a feed's item footer links, two forums' post links): 5 it is.
 */
export function dropLinkParagraphRuns(blocks: readonly Block[], removed: RemovedRegion[]): Block[] {
	const keys = runKeys(blocks);
	if (keys.size === 0) return [...blocks];
	return filterBlockTree(blocks, (b) => {
		if (!keys.has(`${b.range.start}:${b.range.end}`)) return true;
		removed.push({ range: b.range, step: 'link-paragraph-run', signal: collapsedText(b) });
		return false;
	});
}
