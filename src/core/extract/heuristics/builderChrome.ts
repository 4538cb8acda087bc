// Builder chrome: a page builder's or builder theme's header and chrome locations named by its own words (data/builderChrome.ts).
import type { Block } from '../../model/dumpDocument';
import { divAttrParts } from '../../model/divNodes';
import type { BlockIndex, Container } from '../blockIndex';
import { BUILDER_CHROME_IDS, BUILDER_CHROME_WORDS } from '../data/builderChrome';
import { containsArticleBody } from '../prune';
import { MAIN_PROSE_SHARE } from '../scoring';

/**
 * Why: the general chrome words prune most builders' headers, footers, menus and popups, but a header whose own
 * layout word holds "main" (Astra's `header-main-layout-1`, Divi's `#main-header`) is rescued by the "maybe content"
 * words and its logo, search form and menu toggle were read as the page's first lines. Each word is the builder's
 * name for that location in its public template, so it never names a body; a container that holds the article body
 * or most of the page's prose is kept whatever its name (a builder that wraps the whole page).
 * Measured on the wcxb-dev tuning part: fires on 16 pages of 16 sites (Astra header 5, Divi header 8, Astra scroll-top 3)
 * and changes no page's text (later trims already cut those headers): tuning 0.90312 → 0.90312, corpus 0.947, seeds 53/53.
 */
export function builderChromeWord(index: BlockIndex, c: Container, at?: number): string | undefined {
	const attrs = divAttrParts(c);
	const id = attrs.id?.toLowerCase();
	let word: string | undefined = id && (BUILDER_CHROME_WORDS.has(id) || (BUILDER_CHROME_IDS.has(id) && holdsClass(index, c, BUILDER_CHROME_IDS.get(id), at))) ? attrs.id : undefined;
	for (let i = 0; i < attrs.classes.length && word === undefined; i++) if (BUILDER_CHROME_WORDS.has(attrs.classes[i].toLowerCase())) word = attrs.classes[i];
	if (word === undefined) return undefined;
	if (containsArticleBody(index, c)) return undefined;
	const prose = index.rootStats.proseChars;
	if (prose > 0 && index.proseCharsOf(c) >= prose * MAIN_PROSE_SHARE) return undefined;
	return word;
}

/** Whether a container inside `c` (in the first few below it) carries `name` as a class; no name is no condition. */
function holdsClass(index: BlockIndex, c: Container, name: string | undefined, at?: number): boolean {
	if (name === undefined) return true;
	// The caller's place in the containers when it walks them: a search per container was quadratic on a hostile
	// page of thousands of `#main-header` containers.
	const start = at ?? index.containers.indexOf(c);
	for (let i = start + 1; i < index.containers.length && i <= start + INNER_LOOKAHEAD; i++) {
		const d = index.containers[i];
		if (d.range.start >= c.range.end) break;
		if (divAttrParts(d).classes.some((k) => k.toLowerCase() === name)) return true;
	}
	return false;
}

/** The inner class is looked for in this many containers after the location's own (Divi's is the first inside it). */
const INNER_LOOKAHEAD = 5;

/** Marks every builder chrome location of the page as pruned (for the whole-page strategies, which prune chrome by name). */
export function pruneBuilderChrome(index: BlockIndex, pruned: Map<Block, string>): void {
	const containers = index.containers;
	for (let i = 0; i < containers.length; i++) {
		const c = containers[i];
		if (pruned.has(c)) continue;
		const word = builderChromeWord(index, c, i);
		if (word) pruned.set(c, `builder chrome (${word})`);
	}
}
