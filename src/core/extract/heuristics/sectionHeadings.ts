// Section headings: a `header`-named wrapper below the page's title that is only a heading is a section's or a card's title, not the site's header.
import type { Block } from '../../model/dumpDocument';
import { type BlockIndex, isContainer, linkDensity } from '../blockIndex';
import * as W from '../scoring';
import { pageTitleHeading } from './heroSections';

/**
 * Landing pages wrap each section's and each card's heading in a container named for it: `section-header`,
 * `card-header`, `accordion-header` (an FAQ's question), `Copy__header`, `SideBySideHeader`. Step 3 prunes them for
 * the word `header`, and a page read whole (service and landing pages) lost every section title and FAQ question
 * while keeping the text under them. The site's header comes above the page's title and is links (logo, menus,
 * account); a section's header comes after it and is mostly heading text. Hero banners with prose are taken back
 * by heroSections.ts; this takes back the headers that hold only a title (and perhaps a line under it).
 *
 * Measured offline on the tuning part of wcxb-dev (containers pruned for `header` below the title, mostly heading,
 * link density under 0.3; share of their words in the truth): service 161 containers on 21 pages 0.79, article 63
 * on 33 pages 0.72, listing 12 on 6 0.72, product 25 on 10 0.61, collection 18 on 11 0.53, forum 5 on 5 0.26; the
 * same for `footer` (a card's footer) is 0.45 on articles, so footers stay pruned. Built, `eval --only wcxb --part
 * tune`: service 0.829 → 0.831 (8 pages up, 0.17 → 0.43 the most; 6 down, 0.995 → 0.946 the most: an FAQ the
 * annotators left out), all 0.8839 → 0.8841 (11 pages up, 11 down: with more headed sections, a product page and a
 * listing read as service pages); readability corpus 0.945 and seeds 53/53 unchanged.
 */
/** Pruned for this word alone (not `banner`, a role or a strong word such as `footer`). */
const HEADER_WORD_RE = /^header$/i;
/** At least this share of the container's text is heading text: a title, perhaps with a line of subtitle. */
export const MIN_SECTION_HEADING_SHARE = 0.5;
/** And less than this share of it is links: a header of linked headings is a menu. */
export const MAX_SECTION_HEADER_LINK_DENSITY = 0.3;

/**
 * Takes back from `pruned` the containers set aside only for a `header` name (no role, no strong word) that start
 * after the page's title and are mostly heading text with few links. Returns how many were taken back.
 */
export function keepSectionHeadings(index: BlockIndex, pruned: Map<Block, string>): number {
	const title = pageTitleHeading(index.doc.blocks);
	if (!title) return 0;
	let kept = 0;
	for (const [c, why] of pruned) {
		if (!HEADER_WORD_RE.test(why) || !isContainer(c)) continue;
		if (c.range.start <= title.range.start) continue;
		const stats = index.statsOf(c);
		if (stats.chars === 0 || stats.headingChars < stats.chars * MIN_SECTION_HEADING_SHARE) continue;
		if (linkDensity(stats) >= MAX_SECTION_HEADER_LINK_DENSITY) continue;
		if (W.STRONG_UNLIKELY_RE.test([c.attrs.id ?? '', ...c.attrs.classes].join(' '))) continue;
		pruned.delete(c);
		kept++;
	}
	return kept;
}
