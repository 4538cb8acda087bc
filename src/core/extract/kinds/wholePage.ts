// The whole page less its chrome: for pages whose content is spread over many sections (service and landing pages, listings).
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { addStats, type Attempt, type BlockIndex, emptyStats, type Flags, linkDensity, ROOT } from '../blockIndex';
import { isHidden } from '../inlineText';
import { cleanBlock } from '../clean';
import { pruneBuilderChrome } from '../heuristics/builderChrome';
import { pruneConsentDialogs } from '../heuristics/consentDialogs';
import { facetPanels } from '../heuristics/facetPanels';
import { facetPanelChars, noteFacetChars } from '../heuristics/facetChars';
import { pruneHiddenAlternatives } from '../heuristics/hiddenAlternatives';
import { pruneForms } from '../heuristics/forms';
import { pruneCommentThreads } from '../heuristics/commentThreads';
import { isUntitledFrame } from '../heuristics/untitledFrame';
import { keepHeroSections } from '../heuristics/heroSections';
import { keepSectionHeadings } from '../heuristics/sectionHeadings';
import { prunedContainers } from '../prune';
import { sameOrCopy } from '../sameBlocks';
import { hasLittleVisibleProse, isHiddenProse } from './hiddenProse';
import { pushAll } from '../../model/pushAll';

/**
 * Chrome is pruned by name (navigation, header, footer, sidebar, comments...) but nothing is scored or cleaned by
 * link density: on a landing page every section is short and many are links, and each is content.
 */
export const WHOLE_PAGE_FLAGS: Flags = { stripUnlikely: true, weightClasses: false, cleanConditionally: false, keepInnerChrome: true };

/**
 * Every block of the page outside named chrome, cleaned of hidden parts, share widgets and raw HTML. `everything`
 * keeps chrome and hidden parts too: the last resort for a page whose content is all hidden until a script runs.
 * `same`: a block list the caller holds (the article attempt's); when the page's blocks are the same ones in the same
 * order, that list is shared rather than a second one held beside it (no reader changes an attempt's list):
 * 'headings named like the preview' keeps all of its 120,001 blocks both ways, 0.9 MB through the metadata read.
 * `heroProseChars`: the prose a hero banner needs to be kept (heuristics/heroSections.ts; lower on a landing page's read, kinds/shortHeroes.ts).
 */
export function wholePage(index: BlockIndex, everything = false, hidden = false, same?: Block[], heroProseChars?: number): Attempt {
	const flags: Flags = everything ? { ...WHOLE_PAGE_FLAGS, stripUnlikely: false, keepHidden: true } : hidden ? { ...WHOLE_PAGE_FLAGS, keepHidden: true } : WHOLE_PAGE_FLAGS;
	const pruned = prunedContainers(index, flags);
	if (!everything) {
		// A hero banner or a section "header" at or below the page's title is content (heuristics/heroSections.ts).
		keepHeroSections(index, pruned, heroProseChars);
		// So is a section's or a card's heading in a `header` wrapper below it (heuristics/sectionHeadings.ts).
		keepSectionHeadings(index, pruned);
		pruneConsentDialogs(index, pruned);
		// A builder's header rescued by a "main" in its name (heuristics/builderChrome.ts).
		pruneBuilderChrome(index, pruned);
		pruneForms(index, pruned);
		// Readers' comments under a "N Comments" heading, whatever their class words (heuristics/commentThreads.ts).
		pruneCommentThreads(index, pruned);
	}
	if (hidden) {
		pruneHiddenMenus(index, pruned);
		// A short notice hidden beside the hidden content is the page's other state ("Access Denied", heuristics/hiddenAlternatives.ts).
		pruneHiddenAlternatives(index, pruned);
		// A hidden category page's filter panels are controls, not content (heuristics/facetPanels.ts).
		for (const [c, word] of facetPanels(index, undefined)) if (!pruned.has(c)) pruned.set(c, `facet panel (${word})`);
	}
	const removed: RemovedRegion[] = [];
	const blocks: Block[] = [];
	let chars = 0;
	for (const b of index.doc.blocks) {
		const kept = cleanBlock(index, b, flags, removed, undefined, false, pruned);
		pushAll(blocks, kept.blocks);
		chars += kept.stats.chars;
	}
	// Cut to its length: grown by `push`, the list keeps up to half its room empty for as long as the attempt lives,
	// through the metadata read ('headings named like the preview': 120,001 blocks in 171,720 slots, 0.41 MB).
	const whole: Attempt = { region: ROOT, regionScore: 0, blocks: sameOrCopy(blocks, same), removed, chars };
	if (!everything && !hidden) noteFacetChars(whole, facetPanelChars(index, pruned)); // filter panels' text, for the FAQ test (heuristics/facetChars.ts)
	return whole;
}

/** The page less its chrome is this short (a cookie line, an accessibility link): what the reader sees is not there yet. */
export const HIDDEN_PAGE_MAX_CHARS = 500;
/** Hidden containers outside chrome hold this many times the visible text: the page's content, waiting for a script. */
export const HIDDEN_CONTENT_RATIO = 5;
/**
 * Hidden text shorter than this is not a page waiting for its script: it is a hidden skip link or search label ("I'm
 * shopping for…") in a frame whose content a script draws, and the page has no main content.
 */
export const HIDDEN_CONTENT_MIN_CHARS = 200;

/** A hidden container this dense in links is a menu or a flyout waiting for a hover, not content waiting for a script. */
export const HIDDEN_MENU_LINK_DENSITY = 0.5;

function pruneHiddenMenus(index: BlockIndex, pruned: Map<Block, string>): void {
	for (const c of index.containers) {
		if (!isHidden(c.attrs)) continue;
		// The index measures a hidden container as empty: its children are measured one by one.
		const stats = emptyStats();
		for (const child of c.children) addStats(stats, index.statsOf(child));
		if (linkDensity(stats) > HIDDEN_MENU_LINK_DENSITY) pruned.set(c, 'hidden menu');
	}
}

/**
 * A page with no content outside its chrome and hidden parts yields that text when it is this short: a notice ("Page
 * not found", opening hours a script shows). Longer, it is the site's header, cart drawer, menus and footer around
 * a page its scripts draw, saved before they ran, and the page has no main content (warnings.ts `no-text`).
 * wcxb-dev tuning part: the one page that fell back to a long chrome text (a listing whose grid a script fills: its
 * cart drawer, menus and newsletter box) has an empty truth, 0 → 1; five other pages fall back to no text at all.
 */
export const CHROME_ONLY_MAX_CHARS = 500;

/**
 * A page with no text outside its chrome whose chosen region is this dense in links has no main content: the article
 * pipeline's last sieve step (names no longer strip) picked the site's footer or a menu around a page its scripts
 * draw (a shop's product saved before its script ran: help links, language sites, app badges). Its text then goes
 * the way of `chromeOnlyText`: kept when short, else the page is empty with `no-text`. A long region of prose inside a
 * wrapper named like a footer (`sticky-footer` around a whole product) is far below this density and is read.
 * wcxb-dev tuning part: two product pages whose truth is empty 0 → 1 (see the eval note in the report).
 */
export const CHROME_FRAME_LINK_DENSITY = 0.5;

/** Whether the attempt is chrome read for want of anything else: nothing outside chrome, and a region mostly links. */
export function isChromeFrame(index: BlockIndex, whole: Attempt, attempt: Attempt): boolean {
	return whole.chars === 0 && attempt.region !== ROOT && linkDensity(index.statsOf(attempt.region)) > CHROME_FRAME_LINK_DENSITY;
}

/** What a page with no content outside chrome and hidden parts yields: all its text when short (`CHROME_ONLY_MAX_CHARS`), else nothing. */
export function chromeOnlyText(index: BlockIndex): Attempt | undefined {
	const all = wholePage(index, true);
	return all.chars > 0 && all.chars <= CHROME_ONLY_MAX_CHARS ? all : undefined;
}

/**
 * The page less its chrome, hidden parts included, when the visible page is nearly empty and the hidden parts hold
 * far more: a shop or a single-page app writes its whole content into a `display: none` "defer" or lock-down
 * wrapper and a script shows it, or the same counted outside links (hiddenProse.ts). A longer visible page with no
 * title of its own is a frame too, whose header and footer no class word named (heuristics/untitledFrame.ts). Chrome
 * by name (navigation, footer, menus) is still left out. Undefined otherwise.
 */
export function hiddenContent(index: BlockIndex, whole: Attempt): Attempt | undefined {
	const frame = whole.chars < HIDDEN_PAGE_MAX_CHARS || isUntitledFrame(whole);
	// Measured outside links too: menus and footers no class word pruned leave the visible page's prose short
	// (hiddenProse.ts); a page short in all its text is short in prose.
	const littleProse = hasLittleVisibleProse(whole);
	if (!frame && !littleProse) return undefined;
	const hidden = wholePage(index, false, true);
	if (frame && hidden.chars >= HIDDEN_CONTENT_MIN_CHARS && hidden.chars >= HIDDEN_CONTENT_RATIO * Math.max(whole.chars, 1)) return hidden;
	return littleProse && isHiddenProse(hidden, whole) ? hidden : undefined;
}
