// One section of many: the article pipeline's container is one of a landing page's headed sections, and the page is all of them.
import { childBlocks } from '../../model/blockTree';
import type { Block } from '../../model/dumpDocument';
import type { Attempt, Candidate } from '../blockIndex';
import { collapsedText } from '../inlineText';
import { inlineLinkChars, measureBlocks } from './blockMeasures';

/**
 * A service or landing page is a run of sections, each a plain (unlinked) heading over a few lines of its own text:
 * offers, features, steps, testimonials. The article pipeline picks the section with the most prose and drops the
 * rest, though the reader came for all of them. A real article beside other content looks different: what lies
 * outside its container is comments, teasers (linked headings) or link lists, not headed sections of plain text.
 *
 * Measured with `npm run eval` (tuning part of wcxb-dev, word F1), all tunables below together: all 0.836 → 0.842,
 * service 0.743 → 0.770, article 0.937 → 0.940, collection 0.702 → 0.711, product 0.557 → 0.558, documentation and
 * listing unchanged; readability corpus 0.946 unchanged (counting headings inside list items flipped folha, whose
 * related stories are `- ## title` items, and cost it 0.002). Offline on the same pages a coverage cap of 0.5 gains
 * less, and without the cap on the container's length four more pages lose (three long articles, one service page).
 */

/** A heading starts a section when at least this much plain (unlinked) paragraph text follows it before the next heading. */
export const MIN_SECTION_TEXT_CHARS = 40;
/** This many headed sections outside the container make a page of sections. */
export const MIN_OUTSIDE_SECTIONS = 3;
/** Headed sections hold at least this share of the text outside the container (not comments, link lists or teasers). */
export const MIN_SECTION_SHARE = 0.6;
/** The text outside the container has less than this share of link text (a feed or a mega-menu is not a page of sections). */
export const MAX_OUTSIDE_LINK_SHARE = 0.3;
/** The container holds less than this share of the page: one section of it, not the page's body beside a few extras. */
export const MAX_SECTION_COVERAGE = 0.6;
/** A container with this much text is a long read (a report, a guide) whatever surrounds it. */
export const MAX_SECTION_ARTICLE_CHARS = 8000;

/** A paragraph's or heading's text length and how much of it is link text. */
interface Line {
	readonly heading: boolean;
	readonly chars: number;
	readonly linkChars: number;
}

/** Mostly link text: a teaser's title, a menu entry. */
function isLinked(l: Line): boolean {
	return l.linkChars * 2 >= l.chars;
}

export interface SectionMeasures {
	/** Plain headings followed by at least `MIN_SECTION_TEXT_CHARS` of plain paragraph text. */
	readonly sections: number;
	/** Characters of plain paragraph text under those headings. */
	readonly sectionChars: number;
}

/**
 * The headed sections among blocks, skipping those `skip` says belong elsewhere (the article's container, which
 * also ends a section). Linear in the blocks.
 */
export function headedSections(blocks: readonly Block[], skip: (b: Block) => boolean = () => false): SectionMeasures {
	// 1. Flatten to a run of headings and paragraphs; a skipped block is a break.
	const run: (Line | undefined)[] = [];
	const visit = (b: Block, inList: boolean): void => {
		if (skip(b)) {
			run.push(undefined);
			return;
		}
		if (b.kind === 'heading' || b.kind === 'paragraph') {
			const chars = collapsedText(b).length;
			// A heading inside a list item is a teaser's title (a list of related stories), never a section's.
			if (chars > 0) run.push(b.kind === 'heading' && inList ? undefined : { heading: b.kind === 'heading', chars, linkChars: inlineLinkChars(b.content) });
			return;
		}
		for (const c of childBlocks(b)) visit(c, inList || b.kind === 'list');
	};
	for (const b of blocks) visit(b, false);
	// 2. Each plain heading is a section when enough plain text follows it before the next heading or break.
	let sections = 0;
	let sectionChars = 0;
	let open: Line | undefined;
	let text = 0;
	const close = (): void => {
		if (open && text >= MIN_SECTION_TEXT_CHARS) {
			sections++;
			sectionChars += text;
		}
		open = undefined;
		text = 0;
	};
	for (const l of run) {
		if (!l || l.heading) {
			close();
			if (l && !isLinked(l)) open = l;
		} else if (open && !isLinked(l)) text += l.chars;
	}
	close();
	return { sections, sectionChars };
}

/** Whether the container passes the bounds `isOneSectionOfMany` sets on it alone (its first test): a container, not a profile's, shorter than a section can be. */
export function mayBeOneSection(article: Attempt): article is Attempt & { readonly region: Exclude<Candidate, 'root'> } {
	return !article.profile && article.region !== 'root' && article.chars < MAX_SECTION_ARTICLE_CHARS;
}

/** Whether the article's container is one headed section of a page of many (see the header). */
export function isOneSectionOfMany(article: Attempt, whole: Attempt, minOutsideSections = MIN_OUTSIDE_SECTIONS): boolean {
	if (!mayBeOneSection(article)) return false;
	if (article.chars >= whole.chars * MAX_SECTION_COVERAGE) return false;
	const outsideChars = whole.chars - article.chars;
	const region = article.region.range;
	const inside = (b: Block): boolean => b.range.start >= region.start && b.range.end <= region.end;
	const outside = headedSections(whole.blocks, inside);
	if (outside.sections < minOutsideSections || outside.sectionChars < outsideChars * MIN_SECTION_SHARE) return false;
	const outsideLinks = Math.max(0, measureBlocks(whole.blocks).linkChars - measureBlocks(article.blocks).linkChars);
	return outsideLinks < outsideChars * MAX_OUTSIDE_LINK_SHARE;
}

/** A page of sections has at least this many headed sections in what the whole page keeps. */
export const MIN_PAGE_SECTIONS = 5;
/** Its headed sections hold at least this share of the text the whole page keeps. */
export const MIN_PAGE_SECTION_SHARE = 0.5;
/** And less than this share of that text is links: cards of teasers and link lists make a listing instead. */
export const MAX_PAGE_LINK_SHARE = 0.3;

/**
 * Whether the whole page (less its chrome) is a page of headed sections of plain text: the mark of a service or
 * landing page, which also shows cards (feature tiles, "Learn more" links) that would otherwise read as a listing.
 */
export function isPageOfSections(whole: Attempt): SectionMeasures | undefined {
	if (whole.chars === 0) return undefined;
	const m = headedSections(whole.blocks);
	if (m.sections < MIN_PAGE_SECTIONS || m.sectionChars < whole.chars * MIN_PAGE_SECTION_SHARE) return undefined;
	return measureBlocks(whole.blocks).linkChars < whole.chars * MAX_PAGE_LINK_SHARE ? m : undefined;
}
