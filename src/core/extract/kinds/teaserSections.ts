// Teaser sections: a page whose long paragraphs each stand alone under a title that links to its item (or beside a "Read more" link) is a feed of summaries, not an article.
import { walkBlocks } from '../../model/walk';
import type { Inline, Link } from '../../model/dumpDocument';
import type { Attempt } from '../blockIndex';
import { isProse } from '../blockIndex';
import { collapse, collapsedText, inlineText } from '../inlineText';
import { LONG_PARAGRAPH_CHARS } from './signals';

/**
 * A listing of summaries (a news topic page, an "in the news" page, a blog's index) gives each item a title and one
 * or two paragraphs of summary; the title links to the item, or a "Read more" link under the summary does. When the
 * summaries are long paragraphs the page is taken for an article (signals.ts `longParagraphs`), and the listing rules
 * that came first need headings that link (titledFeed.ts) or date lines (datedTeasers.ts, datedItems.ts). An article's
 * long paragraphs run on under headings that do not link; a listicle's sections link their headings to the place
 * they rank but hold several paragraphs each, and a rail of related stories beside an article holds few of its
 * paragraphs. So when at least `MIN_TEASER_SECTIONS` sections of the page read whole (kinds/wholePage.ts) are a
 * linked title (a heading that is one link to another page, or a paragraph that is one title-long link) or hold a
 * "Read more" link, each with one or two long paragraphs (`MAX_TEASER_PARAGRAPHS`), and those hold at least
 * `MIN_TEASER_SHARE` of the page's long paragraphs, the page is a listing. Decided after the rules of dated articles,
 * platforms, shops, documentation and the other listing rules, before a company's voice and an article's long paragraphs.
 * Studied on half A of the tuning part of wcxb-dev, listings read as articles by their long paragraphs: a local
 * news station's topic page (5 sections of a linked title over one summary, 6 long paragraphs in all) and a charity's
 * "in the news" page (9 headed summaries, each with a "Read more" link). Offline, at 4 sections and a share of 0.6,
 * a listicle article of half A (ranked headings linking to hotel chains) and three articles of half B would become
 * listings; at 5 and 0.8 none does.
 * Measured (`eval --only wcxb --part tune`, session 27): page kind 865 -> 867 of 1054 (half A 398 -> 400: the two
 * listings; half B 467, no page moved), word F1 the same on every page (all 0.896); readability corpus 0.947, seeds 53/53.
 */
export const MIN_TEASER_SECTIONS = 5;
/** A teaser's summary is one or two paragraphs; more is a section of an article. */
export const MAX_TEASER_PARAGRAPHS = 2;
/** ...and such sections hold this share of the page's long paragraphs: an article's own prose keeps it lower. */
export const MIN_TEASER_SHARE = 0.8;
/** A paragraph that is one link this long is an item's title; shorter ones are a tag, a menu entry or "Read more". */
const MIN_LINKED_TITLE_CHARS = 20;
/** ...and at most this long: a longer linked paragraph is a summary whose whole text links. */
const MAX_LINKED_TITLE_CHARS = 200;
/** A link to the item under its summary. */
export const READ_MORE_RE = /^(?:read more|continue reading|read (?:the )?(?:full )?(?:article|story|post)|full story|read on)\b/i;
/** A "Read more" link is a button's label, a few words. */
const MAX_READ_MORE_CHARS = 30;

/** Links among inlines, nested ones included, that lead to another page (not an in-page `#` anchor). */
function outLinks(inlines: readonly Inline[], acc: Link[] = []): Link[] {
	for (const n of inlines) {
		if (n.kind === 'link') {
			if (!n.href.startsWith('#')) acc.push(n);
		} else if (n.kind === 'emphasis' || n.kind === 'span') outLinks(n.children, acc);
	}
	return acc;
}

const labelOf = (l: Link): string => collapse(inlineText(l.children));

/** What teaser sections a page read whole holds. */
export interface TeaserSections {
	/** Sections of a linked title or a "Read more" link with one or two long paragraphs. */
	readonly sections: number;
	/** Long paragraphs in those sections. */
	readonly inSections: number;
	/** Long paragraphs on the page. */
	readonly longParagraphs: number;
}

/**
 * Splits the blocks' paragraphs and headings, in reading order and at any depth, into sections at each title (a
 * heading, or a paragraph that is one title-long link to another page) and counts the teaser sections. Linear in the blocks.
 */
export function teaserSections(blocks: Attempt['blocks']): TeaserSections {
	let sections = 0;
	let inSections = 0;
	let longParagraphs = 0;
	// The open section: whether its title links to another page, whether it has a "Read more" link, its long paragraphs.
	let linked = false;
	let readMore = false;
	let long = 0;
	let open = false;
	const close = (): void => {
		if (open && (linked || readMore) && long >= 1 && long <= MAX_TEASER_PARAGRAPHS) {
			sections++;
			inSections += long;
		}
	};
	walkBlocks(blocks, (b) => {
		if (b.kind !== 'paragraph' && b.kind !== 'heading') return;
		const text = collapsedText(b);
		const links = outLinks(b.content);
		// The block is one link to another page: its label is all its text.
		const onlyLink = links.length === 1 && labelOf(links[0]).length >= text.length - 2;
		if (b.kind === 'heading' || (onlyLink && text.length >= MIN_LINKED_TITLE_CHARS && text.length <= MAX_LINKED_TITLE_CHARS)) {
			close();
			open = true;
			linked = onlyLink;
			readMore = false;
			long = 0;
			return;
		}
		if (links.some((l) => labelOf(l).length <= MAX_READ_MORE_CHARS && READ_MORE_RE.test(labelOf(l)))) readMore = true;
		if (text.length >= LONG_PARAGRAPH_CHARS && isProse(text)) {
			longParagraphs++;
			long++;
		}
	});
	close();
	return { sections, inSections, longParagraphs };
}

/** Whether the page read whole is a feed of summaries: `MIN_TEASER_SECTIONS` teaser sections holding `MIN_TEASER_SHARE` of its long paragraphs. */
export function isTeaserSections(whole: Attempt): boolean {
	const t = teaserSections(whole.blocks);
	return t.sections >= MIN_TEASER_SECTIONS && t.inSections >= t.longParagraphs * MIN_TEASER_SHARE;
}
