// Hidden prose: a page whose visible text is menus and footer links, and whose hidden parts hold its prose, is waiting for a script to show it.
import type { Attempt } from '../blockIndex';
import { measureBlocks } from './blockMeasures';

/*
 * Why: a single-page app or a shop writes its whole content into a wrapper hidden until a script runs (`hidden`,
 * `display: none`), and kinds/wholePage.ts `hiddenContent` reads it back when the visible page, less its chrome, is
 * nearly empty. "Less its chrome" is by class and id words (navigation, header, footer): on a site whose words no
 * rule knows, its menus and footer columns stay visible and the page looks full, so the content stays hidden and the
 * read is a banner and a menu (a hosting service's landing page: F1 0.03). Menus and footers are links; the content
 * waiting for the script is prose. So the same test is made again on the text outside links (kinds/blockMeasures.ts
 * `linkChars`), on both sides: the visible page's prose is short and the hidden parts hold `HIDDEN_CONTENT_RATIO` times
 * as much prose (a hidden copy of the same links, a hidden mega-menu, adds none). Only consulted when the test on all
 * the text (wholePage.ts) says no, so a page it reads back as is keeps that read.
 * Measured (session 39, tuning part of wcxb-dev, word F1): declassed (EVAL_DECLASS=all) all 0.86094 -> 0.86201, half B
 * 0.86293 -> 0.86343, service 0.80674 -> 0.81327 (half A: the hosting service 0.032 -> 0.881), collection half B 0.71274
 * -> 0.71485, product half B 0.61181 -> 0.61640; 4 pages of 4 sites up (3 on half B), none down; as is no page moves.
 * On all the text, a page whose hidden parts are the same menus as its visible ones read back (a collection and a
 * forum thread down: 0.47 -> 0.33, 0.48 -> 0.39).
 */

/**
 * The visible page's prose is this short (as wholePage.ts `HIDDEN_PAGE_MAX_CHARS`, counted outside links; not less,
 * so a page short in all its text passes).
 */
export const MAX_VISIBLE_PROSE_CHARS = 500;
/** The hidden parts hold at least this much prose (as wholePage.ts `HIDDEN_CONTENT_MIN_CHARS`). */
export const MIN_HIDDEN_PROSE_CHARS = 200;
/** ... and this many times the visible page's prose (as wholePage.ts `HIDDEN_CONTENT_RATIO`). */
export const HIDDEN_PROSE_RATIO = 5;

/** Characters of an attempt outside links. */
function proseChars(a: Attempt): number {
	return Math.max(0, a.chars - measureBlocks(a.blocks).linkChars);
}

/** Whether the visible page (`whole`, chrome by name pruned) has little prose: worth reading its hidden parts for it. */
export function hasLittleVisibleProse(whole: Attempt): boolean {
	return proseChars(whole) < MAX_VISIBLE_PROSE_CHARS;
}

/** Whether the read with hidden parts (`hidden`) holds the page's prose, which the visible page (`whole`) lacks. */
export function isHiddenProse(hidden: Attempt, whole: Attempt): boolean {
	const prose = proseChars(hidden);
	return prose >= MIN_HIDDEN_PROSE_CHARS && prose >= HIDDEN_PROSE_RATIO * Math.max(proseChars(whole), 1);
}
