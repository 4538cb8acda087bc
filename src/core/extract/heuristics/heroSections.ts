// Hero sections: a landing page's banner or section "header" at or below its title is content, not the site's header.
import type { Block } from '../../model/dumpDocument';
import { type BlockIndex, isContainer, linkDensity } from '../blockIndex';
import { collapse, inlineText } from '../inlineText';
import { inlineLinkChars } from '../kinds/blockMeasures';
import { firstTitle } from '../kinds/pageStart';
import * as W from '../scoring';

/**
 * Class names say `header` or `banner` for two different things: the site's header (logo, menus, account links) and
 * the page's own hero banner or section header (`hero-banner`, `section headerWrapper`, `layout__header`) that holds
 * the page's title and its opening paragraphs, or a section's heading and text. The site's header comes before the
 * page's title; the hero and the section headers hold it or follow it. A whole-page read (service and landing
 * pages, listings) keeps the second kind when it holds a heading and reads as prose.
 *
 * Measured with `npm run eval` (tuning part of wcxb-dev, word F1): service 0.794 → 0.807 (R 0.830 → 0.847; 8 sites
 * up: a QA firm's `section headerWrapper` sections, hero banners, `gm-header` pricing panels; none down), all 0.867
 * → 0.868; collection 0.736 → 0.730 and product 0.640 → 0.639 from three shops' promotional banners and one
 * category intro the annotators left out (the same site's intro is kept on two other tuning pages).
 */
export const HERO_WORDS_RE = /^(?:header|banner)$/i;
/** A hero or section header holds a heading and at least this much prose (paragraphs that score as prose; blockIndex.ts). */
export const MIN_HERO_PROSE_CHARS = 200;
/** And less than this share of its text is links: a mega-menu with blurbs below the title is still a menu. */
export const MAX_HERO_LINK_DENSITY = 0.3;

/** The page's title: its first level-1 heading with text that is not mostly a link (a logo's h1 is not a title). */
export function pageTitleHeading(blocks: readonly Block[]): Block | undefined {
	let title = pageTitles.get(blocks);
	if (title === undefined) {
		title = firstTitle(blocks, isPageTitle) ?? null;
		pageTitles.set(blocks, title);
	}
	return title ?? undefined;
}

/**
 * `pageTitleHeading` by block list (null for none): each whole-page read asks it twice (hero sections, section
 * headings) of the page's blocks, a walk of the whole page when it has no h1 (issue 13: 1% of the extraction's CPU).
 */
const pageTitles = new WeakMap<readonly Block[], Block | null>();

function isPageTitle(h: Block): boolean {
	if (h.kind !== 'heading') return false;
	const chars = collapse(inlineText(h.content)).length;
	return chars > 0 && inlineLinkChars(h.content) * 2 < chars;
}

/**
 * Takes back from `pruned` the containers set aside only for a `header` or `banner` name (no role, no strong word) that
 * hold the page's title or start after it and read as prose (see the header): `minProseChars` of it, fewer on a page
 * read as a landing page (kinds/shortHeroes.ts). Returns how many were taken back.
 */
export function keepHeroSections(index: BlockIndex, pruned: Map<Block, string>, minProseChars = MIN_HERO_PROSE_CHARS): number {
	const title = pageTitleHeading(index.doc.blocks);
	if (!title) return 0;
	let kept = 0;
	for (const [c, why] of pruned) {
		if (!HERO_WORDS_RE.test(why) || !isContainer(c)) continue;
		if (c.range.end <= title.range.start) continue;
		const stats = index.statsOf(c);
		if (stats.headingChars === 0 || stats.proseChars < minProseChars || linkDensity(stats) >= MAX_HERO_LINK_DENSITY) continue;
		if (W.STRONG_UNLIKELY_RE.test([c.attrs.id ?? '', ...c.attrs.classes].join(' '))) continue;
		pruned.delete(c);
		kept++;
	}
	return kept;
}
