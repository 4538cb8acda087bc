// Tab sets: a container named a "tabs menu" that holds paragraphs of prose is the page's tabbed content, not a menu.
import type { BlockIndex, Container } from '../blockIndex';

/**
 * Step 3 drops containers whose class says "menu". Landing pages name their tab sets so (`faq_tabs-menu`,
 * `filter-menu-tabs`): the container holds the tab labels and, on some themes, the panels too, with the FAQ answers or
 * the offers in prose. A tab bar of labels holds little prose and stays chrome. Studied on the tuning part of wcxb-dev
 * (containers dropped as "menu" whose words also say "tab"): the two with prose (3,700 and 4,700 characters) hold
 * 1,350 words of the annotated text out of 1,800; the three without (a Webflow `w-tab-menu`, autoplaying feature tabs
 * of 420 and 510 characters) hold 12 of 290. With `npm run eval` (tuning part): service 0.825 -> 0.826 (2 pages up,
 * 0.75 -> 0.91 and 0.71 -> 0.73), no other page changed; readability corpus 0.945 and seeds 53/53 unchanged.
 */
export const TAB_MENU_RE = /(?:^|[\s_-])(?:tabs?[-_]*menu|menu[-_]*tabs?)/i;
/** Prose a tab set holds when its panels are inside it; a bar of tab labels, even with a line under each, holds far less. */
export const MIN_TAB_SET_PROSE_CHARS = 1000;

/** Whether a container named a tabs menu (by its id and classes, `words`) holds its panels' prose. */
export function isTabSetWithProse(index: BlockIndex, c: Container, words: string): boolean {
	return TAB_MENU_RE.test(words) && index.proseCharsOf(c) >= MIN_TAB_SET_PROSE_CHARS;
}
