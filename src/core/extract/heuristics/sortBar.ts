// A grid's toolbar printed as text: the sort chooser's options on one line, the per-page chooser, the pager's "Go to page N" links, a live region's "loaded N results".
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { collapsedText } from '../inlineText';
import { filterBlockTree } from './cardRepeats';

/**
 * The options of a sort chooser (a `<select>` pandoc prints as one line of its options, or a list of links). One
 * alone is a heading's or a card's words ("Bestselling", "Newest"); two on one line are the chooser.
 */
const SORT_OPTION_RE =
	/default sorting|sort(?:ed)? by|price:? (?:low|high) ?(?:to|-) ?(?:high|low)|priced (?:low|high) to (?:high|low)|best ?match|best ?sell(?:ing|ers)|newest|customer rating|popularity|brand:? [az] ?- ?[az]\b|relevance|top rated/gi;
/**
 * A shop platform's default chooser names its options "Alphabetically, A-Z", "Price, low to high", "Date, new to old";
 * where the select's class is a site's own word its options print as one run ("FeaturedBest sellingAlphabetically,
 * A-ZAlphabetically, Z-APrice, low to high…"), so the letter pair has no word boundary after it. Counted on a line
 * only: the same options as a list of links are a visible chooser that one tuning truth keeps (a solar shop's category
 * 0.633 -> 0.574 when its six list items went too), while the run is in no truth. Session 46 (notes/s46/coll51.md).
 */
const PLATFORM_SORT_OPTION_RE = /alphabetically,? [az] ?- ?[az]|price, (?:low|high) to (?:high|low)|date, (?:old|new) to (?:new|old)/gi;
/** A list item that is one sort option, alone: a chooser written as a list. */
const ONE_SORT_OPTION_RE = new RegExp(`^(?:${SORT_OPTION_RE.source})[.:]?$`, 'i');
/** The per-page chooser ("Show 30 Per Page 60 Per Page"), the pager ("You are currently on page 1 Go to page 2"), a live region's count. */
const PAGER_RE = /^(?:show )?(?:\d+ per page\s*){2,}$|^show \d+ per page\b|^you are (?:currently )?on page \d+|(?:go to page \d+\s*){2,}|^loaded \d[\d,]* results$/i;
/** A toolbar's line is short; a paragraph naming two of these words ("our newest and bestselling ...") is prose. */
export const MAX_TOOLBAR_CHARS = 300;
/** Sort options a line needs to be the chooser. */
export const MIN_SORT_OPTIONS = 2;

function sortOptions(text: string): number {
	return (text.match(SORT_OPTION_RE)?.length ?? 0) + (text.match(PLATFORM_SORT_OPTION_RE)?.length ?? 0);
}

/** Whether a line is a sort or per-page chooser, a pager or a count a live region announces. */
export function isToolbarLine(text: string): boolean {
	if (text.length === 0 || text.length > MAX_TOOLBAR_CHARS) return false;
	return sortOptions(text) >= MIN_SORT_OPTIONS || PAGER_RE.test(text);
}

/**
 * Drops, at any depth, paragraphs and headings that are a grid's toolbar (`isToolbarLine`), and the items of a list
 * of which at least `MIN_SORT_OPTIONS` are each one sort option. Studied on the tuning part of wcxb-dev: lines with two
 * sort options or a per-page chooser are in no truth of its 1054 pages; single words ("Next", "Show more", "Filters",
 * "672 results") are in a few, and stay. Measured on the 70 annotated collections of the tuning part: 0.792 -> 0.794,
 * each site once 0.799 -> 0.800, one-page sites 0.802 -> 0.804; 6 pages up on 5 sites (a running shop 0.944 -> 0.975,
 * a screen shop 0.910 -> 0.932, an outdoor shop's two categories, a cup shop, a camping shop), none down.
 * Session 20 ablation (rule off, one at a time; tuning part of wcxb-dev, the 119 pages detected as listings or
 * collections re-read, word F1): off in the collection strategy, half A collection -0.002 (12 pages down, 10 of one
 * shop), half B -0.001 (3 down); off in the listing strategy no page moves (a guard): kept in both.
 */
export function dropSortBars(blocks: readonly Block[], removed: RemovedRegion[]): Block[] {
	const out = filterBlockTree(blocks, (b) => {
		if (b.kind === 'list') return true;
		if (b.kind !== 'paragraph' && b.kind !== 'heading') return true;
		const text = collapsedText(b);
		if (!isToolbarLine(text)) return true;
		removed.push({ range: b.range, step: 'sort-bar', signal: text.length > 40 ? `${text.slice(0, 40)}…` : text });
		return false;
	});
	return dropSortLists(out, removed);
}

/** The blocks without the items of lists written as sort choosers. */
function dropSortLists(blocks: readonly Block[], removed: RemovedRegion[]): Block[] {
	const options = (it: { readonly children: readonly Block[] }): boolean => {
		const kids = it.children.filter((c) => c.kind !== 'spacer');
		return kids.length === 1 && kids[0].kind === 'paragraph' && ONE_SORT_OPTION_RE.test(collapsedText(kids[0]));
	};
	const sortLists = new Set<Block>();
	const find = (list: readonly Block[]): void => {
		for (const b of list) {
			if (b.kind === 'list') {
				if (b.items.filter(options).length >= MIN_SORT_OPTIONS) sortLists.add(b);
				for (const it of b.items) find(it.children);
			} else if (b.kind === 'div' || b.kind === 'htmlDiv' || b.kind === 'blockquote') find(b.children);
		}
	};
	find(blocks);
	if (sortLists.size === 0) return blocks as Block[];
	const inSortList = new Set<Block>();
	for (const l of sortLists) if (l.kind === 'list') for (const it of l.items) if (options(it)) for (const c of it.children) inSortList.add(c);
	return filterBlockTree(blocks, (b) => {
		if (!inSortList.has(b)) return true;
		removed.push({ range: b.range, step: 'sort-bar', signal: collapsedText(b) });
		return false;
	});
}
