// Cleaned away: the article pipeline's container is the page, but its cleaning dropped most of the page's plain sections.
import { childBlocks } from '../../model/blockTree';
import type { Block } from '../../model/dumpDocument';
import type { Attempt } from '../blockIndex';
import { collapsedText } from '../inlineText';
import { inlineLinkChars } from './blockMeasures';
import { headedSections } from './headedSections';

/**
 * On a landing page the article pipeline often picks a container that wraps the whole page (offers, features, steps,
 * testimonials), then its conditional cleaning drops most of those sections one by one as content-poor (an icon, a
 * heading, two lines and a button each) and keeps the one or two with the most prose. A real article loses little to
 * cleaning beyond links: share bars, related stories, tag lists. So when the container keeps less than
 * `MAX_KEPT_SHARE` of the plain text the whole page holds inside it, and that text is mostly not links and holds several headed
 * sections, the page's content is its sections, and the page is read whole.
 *
 * Measured offline on the tuning part of wcxb-dev (every page read both ways, word F1): kept share 0.5 → service
 * +0.014 (5 pages up, none down), overall +0.0026; 0.7 (this) → service +0.020 (11 up, 0 down), all +0.0036 (15 up,
 * 3 down by 0.01–0.05); 0.8 → service +0.024 but 13 pages down (articles, service). Without the link cap, listings
 * whose teasers the cleaning rightly dropped lose up to 0.42. With `npm run eval` (tuning part, with
 * `MIN_INSIDE_SECTIONS`): service 0.772 → 0.791 (R 0.803 → 0.830; 7 more service pages detected as such); readability
 * corpus 0.943 unchanged, seeds 53/53.
 */
export const MAX_KEPT_SHARE = 0.7;
/** The text inside the container is less than this share of link text (teasers and link lists are rightly cleaned). */
export const MAX_INSIDE_LINK_SHARE = 0.3;
/**
 * The whole page holds at least this many headed sections inside the container (headedSections.ts): a page of
 * sections, not a bug tracker's comments or a table of fields. Offline on the tuning part: service +0.019 instead of
 * +0.020, 12 pages up and 3 down instead of 15 and 3; the readability corpus keeps bug-1255978 (F1 0.93, 0.28 without).
 */
export const MIN_INSIDE_SECTIONS = 3;

interface LineMeasures {
	chars: number;
	linkChars: number;
}

/** Text and link characters of the paragraphs and headings among blocks that `keep` accepts, at any depth. */
function measureLines(blocks: readonly Block[], keep: (b: Block) => boolean): LineMeasures {
	const m: LineMeasures = { chars: 0, linkChars: 0 };
	const visit = (b: Block): void => {
		if (b.kind === 'paragraph' || b.kind === 'heading') {
			if (!keep(b)) return;
			m.chars += collapsedText(b).length;
			m.linkChars += inlineLinkChars(b.content);
			return;
		}
		for (const c of childBlocks(b)) visit(c);
	};
	for (const b of blocks) visit(b);
	return m;
}

/** Whether the article's container kept too little of the plain text the whole page holds inside it (see the header). */
export function isCleanedAway(article: Attempt, whole: Attempt): boolean {
	if (article.region === 'root') return false;
	const region = article.region.range;
	const inside = measureLines(whole.blocks, (b) => b.range.start >= region.start && b.range.end <= region.end);
	if (inside.chars === 0 || inside.linkChars >= inside.chars * MAX_INSIDE_LINK_SHARE) return false;
	if (measureLines(article.blocks, () => true).chars >= inside.chars * MAX_KEPT_SHARE) return false;
	return headedSections(whole.blocks, (b) => b.range.end <= region.start || b.range.start >= region.end).sections >= MIN_INSIDE_SECTIONS;
}
