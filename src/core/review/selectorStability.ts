// Selector stability: a selector proposed from one page is checked against the other pages of the same host, so the
// rule a reviewer makes names the block on the site's next page too, not just on this one.
import type { Article } from '../extract/article';
import type { Attributes, DumpDocument, SourceRange } from '../model/dumpDocument';
import { countMatches, elementsAround, MAX_SELECTOR_CLASSES, stableName, type SiteRuleAction } from './siteRules';

/** A selector with the number of the host's other pages it names something on. */
export interface SiteSelectorCount {
	readonly selector: string;
	/** Other pages of the host with at least one element it names. */
	readonly pages: number;
}

export interface SiteSelectorChoice {
	/** The chosen selector: of the proposed element, the one that names it on most of the host's other pages. */
	readonly selector: string;
	/** How many of the host's other pages it names something on, of how many were looked at. */
	readonly matches: number;
	readonly of: number;
	/** The proposed element's selectors, most specific first, then those of the elements around it, with their counts. */
	readonly counts: readonly SiteSelectorCount[];
	/** Selectors of elements further out, for the reviewer to choose instead (most specific element first). */
	readonly alternatives: readonly string[];
}

/** On how many of `pages` a selector names at least one element. */
export function pagesMatching(selector: string, pages: readonly DumpDocument[]): number {
	return pages.filter((p) => countMatches(p, selector) > 0).length;
}

/**
 * Every stable selector of one element, most specific first: the id, the first two stable classes together, each
 * stable class alone. All with the tag, so a class rule on a div never names a span of the same class.
 */
export function selectorVariants(el: { readonly tag: string; readonly attrs?: Attributes }): string[] {
	const out: string[] = [];
	const id = el.attrs?.id;
	if (id && stableName(id)) out.push(`${el.tag}#${id}`);
	const classes = (el.attrs?.classes ?? []).filter(stableName);
	if (classes.length > 1) out.push(`${el.tag}.${classes.slice(0, MAX_SELECTOR_CLASSES).join('.')}`);
	for (const c of classes) out.push(`${el.tag}.${c}`);
	return [...new Set(out)];
}

/**
 * The selector for a rule about the blocks in `range` of `doc`, checked against the host's `others` (the other pages
 * of the same host, parsed), or undefined when no element around the blocks has a stable name.
 *
 * Workflow:
 * 1. Elements: those around the blocks, innermost first (as `proposeSelector`); the innermost with a stable name is
 *    the one the rule is about. Wider elements only become alternatives: a rule never silently takes more than the
 *    reviewer pointed at.
 * 2. Count: each variant of that element (id, two classes, each class) against the other pages: on how many it names
 *    at least one element.
 * 3. Choose: the variant with the highest count; among equal counts the most specific (the first). With no other
 *    pages, or none matching, the most specific variant, as the proposal without the check would be.
 */
export function chooseSiteSelector(doc: DumpDocument, article: Article, range: SourceRange, action: SiteRuleAction, others: readonly DumpDocument[]): SiteSelectorChoice | undefined {
	// 1. Elements.
	const elements = elementsAround(doc, article, range, action).map((el) => ({ el, variants: selectorVariants(el) })).filter((e) => e.variants.length > 0);
	if (elements.length === 0) return undefined;
	const [target, ...outer] = elements;
	// 2. Count.
	const count = (selector: string): SiteSelectorCount => ({ selector, pages: pagesMatching(selector, others) });
	const counts = target.variants.map(count);
	// 3. Choose (the first of the highest count: the most specific).
	const best = counts.reduce((a, b) => (b.pages > a.pages ? b : a));
	const alternatives = [...new Set(outer.map((e) => e.variants[0]).filter((s) => !target.variants.includes(s)))];
	return { selector: best.selector, matches: best.pages, of: others.length, counts: [...counts, ...alternatives.map(count)], alternatives };
}
