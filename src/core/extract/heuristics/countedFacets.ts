// Counted facets: filter panels found by their text, not their class words: lists of "Label (N)" counts and "$A to $B" price ranges, with the panel's labels around them.
import type { Block, List } from '../../model/dumpDocument';
import { isContainer, linkDensity, type BlockIndex, type Stats } from '../blockIndex';
import { blockText, collapse } from '../inlineText';
import { PRICE_RE } from '../kinds/signals';
import { matchCount } from '../../text/wordCount';

/**
 * Why: heuristics/facetPanels.ts finds a shop's filter panels by their class words (`facet`, `refinement`,
 * `filters`); a shop whose theme names them otherwise (and the declassed yardstick, our proxy for unseen shops)
 * keeps every option of every filter in the read: "Roast / Light Roast (10 products) / Medium Roast (13 products)",
 * "$25 to $50". The options have a shape of their own whatever the markup: a short label that ends in a count in
 * brackets (the number of products the filter leaves), or a price range. A list made mostly of such options is a
 * filter's, and the filter's panel is its nearest containers that hold little else (the filter's name, "0 selected",
 * "Reset", "Clear", "Apply").
 * Measured (session 41, main cf910d9, tuning part of wcxb-dev, word F1): as is no page moves (all 0.90337, collection
 * 0.83494, listing 0.81273: the named panels already go); declassed (EVAL_DECLASS=all) all 0.87349 -> 0.87356, collection
 * 0.76495 -> 0.76601 (half A 0.78371 unchanged, half B 0.74268 -> 0.74499: a headphone shop 0.473 -> 0.513, a coffee
 * shop 0.180 -> 0.213), no page down, page kinds and metadata unchanged.
 */

/** An option's label is a few words: a filter value, not a card (a card names its item and adds a price, a rating). */
export const MAX_OPTION_CHARS = 80;
/** Share of a list's items that must be options: a filter list may hold a "Show more" or a colour swatch with no count. */
export const MIN_OPTION_SHARE = 0.7;
/** Fewest options in one list: a pair like "Sale (3)" could be anything; a filter offers several values. */
export const MIN_LIST_OPTIONS = 2;
/** Fewest options in one panel: a lone two-value filter beside the grid is not worth the risk of cutting a small list of the content. */
export const MIN_PANEL_OPTIONS = 5;
/**
 * Share of a container's text that the option lists under it must hold for the container to be taken with them: the
 * panel's own labels are a few words per filter, while a wrapper of the grid or the page holds the cards' text.
 */
export const MIN_PANEL_OPTION_SHARE = 0.5;
/** A panel holds under this share of the page's text (as heuristics/facetPanels.ts `MAX_FACET_PANEL_SHARE`). */
export const MAX_PANEL_SHARE = 0.3;
/** Levels walked up from an option list: a panel's lists sit a few containers deep; the bound keeps the walk linear on hostile nesting. */
export const MAX_PANEL_DEPTH = 12;

/** A label ending in a count in brackets: "Coffee (24)", "Whole Bean (13 products)", "Red (1 item)". */
const COUNTED_RE = /\(\s?\d[\d,.]{0,8}(?:\s[\p{L}]{1,15})?\s?\)$/u;
/**
 * A label ending in a bare count of what the filter leaves: "Refine by Features: Noise Cancelling 2 products",
 * "Wool 14 items", "Navy 3 results". The count's noun says it counts the grid's items; a bare number ("Size 12") does not.
 */
const COUNTED_WORDS_RE = /\p{L}\S{0,40}\s\d[\d,.]{0,8}\s(?:products?|items?|results?|styles?)$/iu;
/** The words of a price range ("$25 to $50", "Under $20", "$100 & above", "€10 - €20"), after its prices are taken out. */
const RANGE_WORDS_RE = /\b(?:to|and|under|over|above|below|up|from|less|more|than)\b|[-–+&]/giu;

/** Whether a list item's text reads as a filter's option: a counted label or a price range. */
export function isOptionText(text: string): boolean {
	if (text.length === 0 || text.length > MAX_OPTION_CHARS) return false;
	if (COUNTED_RE.test(text) || COUNTED_WORDS_RE.test(text)) return true;
	PRICE_RE.lastIndex = 0;
	const prices = matchCount(PRICE_RE, text);
	if (prices === 0 || prices > 2) return false;
	PRICE_RE.lastIndex = 0;
	const rest = text.replace(PRICE_RE, '');
	RANGE_WORDS_RE.lastIndex = 0;
	const words = matchCount(RANGE_WORDS_RE, rest);
	RANGE_WORDS_RE.lastIndex = 0;
	// A bare price is a card's or a price list's line; a range has two bounds or one and its word ("Under $20").
	return words > 0 && rest.replace(RANGE_WORDS_RE, '').trim().length === 0;
}

/** How many of a list's items are options, or 0 when the list is not mostly options. */
function optionCount(list: List): number {
	const items = list.items;
	let n = 0;
	for (let i = 0; i < items.length; i++) {
		let chars = 0;
		const parts: string[] = [];
		for (const c of items[i].children) {
			const t = blockText(c);
			chars += t.length;
			if (chars > MAX_OPTION_CHARS * 4) break;
			parts.push(t);
		}
		// A label printed twice (a visible "Coffee (24)" and a spoken "Coffee (24 products)"): its last line decides.
		const lines = collapse(parts.join('\n').replace(/\n/g, ' ¶ ')).split(' ¶ ');
		if (isOptionText(lines[lines.length - 1].trim())) n++;
	}
	return n >= MIN_LIST_OPTIONS && n >= items.length * MIN_OPTION_SHARE ? n : 0;
}

/**
 * A filter form is a stack of collapsible groups, each its heading, its option list and its own "Clear" / "Apply"
 * buttons, with a group or two that has no counted list (a price slider's "From" / "To", "In stock only"). Each group
 * climbs to its own box by its options' share, and the form around them fails that share once every group's heading
 * and buttons and the slider's labels are counted, so the read kept the form as ten small panels of two or three
 * options, each under `MIN_PANEL_OPTIONS`. The form is the outermost container that holds two panels or more and
 * whose text is mostly theirs (`MIN_PANEL_OPTION_SHARE` of it, under the page share): the groups' own labels count
 * as the panel's, since they came with the options.
 * Measured (session 45, tuning part of wcxb-dev, word F1, with `COUNTED_WORDS_RE`): declassed a headphone shop's
 * category 0.639 -> 0.763 (its ten groups) and a bose category 0.885 -> 0.920 ("Refine by Color: Black" lists under
 * counted ones), collection half B 0.79611 -> 0.80109; as is no page moves (the class words name the panels).
 */
function climbPanelGroups(index: BlockIndex, panels: Map<Block, number>, maxChars: number): void {
	// Per container above a panel: the panels' characters and options under it, and how many panels.
	const under = new Map<Block, { chars: number; options: number; panels: number }>();
	for (const [panel, options] of panels) {
		const chars = index.charsOf(panel);
		let depth = 0;
		for (let p = index.parent.get(panel); p !== undefined && depth < MAX_PANEL_DEPTH; p = index.parent.get(p), depth++) {
			const u = under.get(p);
			if (u) {
				u.chars += chars;
				u.options += options;
				u.panels++;
			} else under.set(p, { chars, options, panels: 1 });
		}
	}
	for (const panel of [...panels.keys()]) {
		let form: Block | undefined;
		let depth = 0;
		for (let p = index.parent.get(panel); p !== undefined && depth < MAX_PANEL_DEPTH; p = index.parent.get(p), depth++) {
			const chars = index.charsOf(p);
			const u = under.get(p);
			if (!u || !isContainer(p) || chars >= maxChars || u.chars < chars * MIN_PANEL_OPTION_SHARE) break;
			if (u.panels >= 2) form = p;
		}
		if (form && !panels.has(form)) panels.set(form, 0);
	}
}

const memo = new WeakMap<BlockIndex, ReadonlyMap<Block, number>>();

/** The page's counted-facet panels, each with its number of options, before the title test (memoized per index). */
function panelsOf(index: BlockIndex): ReadonlyMap<Block, number> {
	const known = memo.get(index);
	if (known) return known;
	const lists: { list: Block; options: number }[] = [];
	const blocks = index.order.blocks;
	for (let i = 0; i < blocks.length; i++) {
		const b = blocks[i];
		if (b.kind !== 'list' || b.items.length < MIN_LIST_OPTIONS) continue;
		const options = optionCount(b);
		if (options > 0) lists.push({ list: b, options });
	}
	const panels = new Map<Block, number>();
	if (lists.length > 0) {
		// The option lists' characters under each container, up to the depth bound.
		const optionChars = new Map<Block, number>();
		for (const { list } of lists) {
			const chars = index.charsOf(list);
			let depth = 0;
			for (let p = index.parent.get(list); p !== undefined && depth < MAX_PANEL_DEPTH; p = index.parent.get(p), depth++) optionChars.set(p, (optionChars.get(p) ?? 0) + chars);
		}
		// The page's text with its hidden parts: a page whose grid waits in a hidden wrapper (a shop's lock screen shown
		// first) counts none of it in the root's measure (a hidden div measures 0, its inner containers their text), and
		// every panel would look large beside what is left. The largest container's text stands for the page then.
		const pageChars = index.maxContainerChars;
		const maxChars = Math.max(index.rootStats.chars, pageChars) * MAX_PANEL_SHARE;
		const h1 = h1Starts(index);
		for (const { list, options } of lists) {
			let panel: Block = list;
			let depth = 0;
			for (let p = index.parent.get(list); p !== undefined && depth < MAX_PANEL_DEPTH; p = index.parent.get(p), depth++) {
				const chars = index.charsOf(p);
				if (!isContainer(p) || chars >= maxChars || (optionChars.get(p) ?? 0) < chars * MIN_PANEL_OPTION_SHARE) break;
				// A filter box set under the page's h1 is not the box that holds the h1 with it.
				if (holdsStart(h1, p)) break;
				panel = p;
			}
			panels.set(panel, (panels.get(panel) ?? 0) + options);
		}
		climbPanelGroups(index, panels, maxChars);
		// Only the outermost panels, with enough options between them.
		for (const p of [...panels.keys()]) {
			let depth = 0;
			for (let q = index.parent.get(p); q !== undefined && depth < MAX_PANEL_DEPTH; q = index.parent.get(q), depth++) {
				if (panels.has(q)) {
					panels.set(q, (panels.get(q) ?? 0) + (panels.get(p) ?? 0));
					panels.delete(p);
					break;
				}
			}
		}
		for (const [p, n] of [...panels]) if (n < MIN_PANEL_OPTIONS || index.charsOf(p) >= maxChars) panels.delete(p);
	}
	memo.set(index, panels);
	return panels;
}

/** The page's filter panels found by their options' text (see above), outside the page's title. */
export function countedFacetPanels(index: BlockIndex, title: Block | undefined): Block[] {
	const out: Block[] = [];
	for (const p of panelsOf(index).keys()) if (!title || !index.isInside(title, p)) out.push(p);
	return out;
}

/**
 * Step 3 of the article pipeline's scoring (candidates.ts `grab`): the counted-facet panels that hold no h1 are
 * pruned before the container is chosen, as the chrome its class words name is. A filter box set under a category's
 * h1 in the content box (a side column the theme writes there, no class word naming it) holds a score of links and
 * no prose: left in, its links weighed on the content box's link density and the pipeline took the whole page, menus
 * and all. A panel stops below the box that holds the page's h1 (`panelsOf`): the box set under the title is the
 * filter's, not the title's box with it, which the title test then spared whole ("Filter results" and "Price range"
 * were left over the category).
 * Measured (session 56, main 9abe5c3b + unpricedShop, tuning part of wcxb-dev, word F1): as is no page moves on any
 * kind; declassed no page moves once "Remove all" is a shop control (heuristics/shopControls.ts: a headphone shop's
 * category kept its facet box's "Remove all" once the box was pruned, 0.799 -> 0.795 without it). coll55's proxy of a
 * facet box inserted under the h1 (68 annotated collections, not in the truth): 0.7969 -> 0.8072, half A 0.8131 ->
 * 0.8309 (a craft shop's category 0.23 -> 0.89, read whole before; 8 more up by 0.001 to 0.003), half B 0.7764 ->
 * 0.7773 (3 up by 0.002 to 0.014, a camera shop's 0.849 -> 0.847), failed 7 -> 6.
 */
export function pruneCountedFacets(index: BlockIndex, pruned: Map<Block, string>): FacetDiscount | undefined {
	const panels = panelsOf(index);
	if (panels.size === 0) return undefined;
	const h1 = h1Starts(index);
	const discount = new Map<Block | undefined, { chars: number; linkChars: number }>();
	for (const p of panels.keys()) {
		if (pruned.has(p) || holdsStart(h1, p)) continue;
		pruned.set(p, 'counted facet panel');
		const { chars, linkChars } = index.statsOf(p);
		let depth = 0;
		for (let q = index.parent.get(p); depth < MAX_DISCOUNT_LEVELS; q = index.parent.get(q), depth++) {
			const d = discount.get(q);
			if (d) {
				d.chars += chars;
				d.linkChars += linkChars;
			} else discount.set(q, { chars, linkChars });
			if (q === undefined) break;
		}
	}
	return discount.size === 0 ? undefined : (c, s) => {
		const d = discount.get(c);
		return d ? linkDensity({ ...s, chars: s.chars - d.chars, linkChars: s.linkChars - d.linkChars }) : linkDensity(s);
	};
}

/**
 * The link density of a candidate (a container, or undefined for the page) less its pruned filter panels' text and
 * links (`pruneCountedFacets`). Pruning kept a panel from being chosen, but its links still weighed on every box that
 * holds it: a category's content box holding a filter box of a score of linked options scored as a menu, and the
 * pipeline took another box or the whole page. Readability drops a pruned node from the tree, so its links count
 * nowhere; here the counts are taken off the panel's ancestors (`MAX_DISCOUNT_LEVELS` of them).
 * Measured (session 57, tuning part of wcxb-dev, word F1): as is, declassed and unique (`EVAL_DECLASS=unique
 * EVAL_NO_PLATFORMS=all`) no page of any kind moves. coll55's proxy of a facet box inserted under the h1 (68 annotated
 * collections): declassed 0.8003 -> 0.8100 and unique 0.7719 -> 0.7816 (half A: a craft shop's category 0.223 ->
 * 0.882, the whole page read before; half B unchanged), as is 0.8072 -> 0.8071 (the same page 0.894 -> 0.882, its
 * unperturbed score: the whole-box read had caught one more heading).
 */
export type FacetDiscount = (c: Block | undefined, stats: Stats) => number;

/** Ancestors of a pruned panel whose link density leaves it out: a content box is a few levels above its side column; a bound keeps the walk linear. */
export const MAX_DISCOUNT_LEVELS = 8;

/** The starts of the page's h1s, in document order (the pre-order is by start). */
function h1Starts(index: BlockIndex): number[] {
	const out: number[] = [];
	for (const b of index.order.blocks) if (b.kind === 'heading' && b.level === 1) out.push(b.range.start);
	return out;
}

/** Whether one of `starts` (sorted) lies inside `b`: one binary search. */
function holdsStart(starts: readonly number[], b: Block): boolean {
	let lo = 0;
	let hi = starts.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (starts[mid] < b.range.start) lo = mid + 1;
		else hi = mid;
	}
	return lo < starts.length && starts[lo] < b.range.end;
}
