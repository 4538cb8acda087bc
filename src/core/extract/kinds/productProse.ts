// Product prose: on a product page kept as the article pipeline's region, the prose paragraphs its conditional cleaning dropped come back.
import type { Block } from '../../model/dumpDocument';
import { RangeIndex } from '../../model/rangeIndex';
import { type Attempt, linkDensity, measureInlines, ROOT } from '../blockIndex';
import { collapsedText } from '../inlineText';

/**
 * When the product strategy keeps the article pipeline's region (it holds half or more of the page), that region
 * went through Readability's conditional cleaning. The cleaning drops a shop's description and feature blocks for
 * their class words (`scroll-container`, `media-block`), their images, or their shortness, and the annotators keep
 * that text. The whole page (wholePage.ts) reads the region without that cleaning. Its copy of a dropped block comes
 * back only when the block is a sentence of prose: a paragraph of at least `MIN_PROSE_CHARS` that ends as a sentence
 * ends and is not a run of links. A tile's caption, a button row or a link column stays dropped.
 * Measured on the wcxb-dev tuning part (prod37, session 33), word F1: all 0.90176 → 0.90186 (half A 0.89976 → 0.89991,
 * half B 0.90355 → 0.90360); product 0.75116 → 0.75144 (half A 0.76399 → 0.76349, half B 0.74474 → 0.74541). Two
 * sites up: a half-B product page 0.703 → 0.734 (R 0.90 → 1.00) and a half-A page annotated service and read as a
 * product 0.904 → 0.991. One down: a half-A laptop marketing page 0.679 → 0.667, whose truth keeps few of its lines.
 * Every changed block came back instead of only prose ones (the region read as the page reads it): half B +0.0017
 * (8 sites up), but 6 sites down, among them that half-A page 0.679 → 0.494, with its tiles and link rows back.
 */
export const MIN_PROSE_CHARS = 80;
/** A paragraph whose links make this share of its text or more is a link row, not prose. */
export const MAX_PROSE_LINK_DENSITY = 0.25;
/** A sentence's end: a stop, a question or exclamation mark, maybe with a closing quote. */
const SENTENCE_END_RE = /[.!?]["”’']?$/;

/** Whether a block is a paragraph of prose: long enough, ending as a sentence, not mostly links. */
export function isProseParagraph(b: Block): boolean {
	if (b.kind !== 'paragraph') return false;
	const text = collapsedText(b);
	if (text.length < MIN_PROSE_CHARS || !SENTENCE_END_RE.test(text)) return false;
	return linkDensity(measureInlines(b.content, text)) < MAX_PROSE_LINK_DENSITY;
}

/**
 * The region's attempt with the prose paragraphs of `page` (the whole page less chrome) that lie in one of its
 * `conditional` removals, in document order. The attempt itself when none does or when it is the whole page.
 */
export function withCleanedProse(article: Attempt, page: Attempt): Attempt {
	if (article.region === ROOT) return article;
	const ranges = article.removed.filter((r) => r.step === 'conditional').map((r) => r.range);
	if (ranges.length === 0) return article;
	// One binary search per paragraph, not a scan of every removal (a hostile page of thousands of both).
	const removed = new RangeIndex(ranges);
	const added = page.blocks.filter((b) => removed.encloses(b.range) && isProseParagraph(b));
	if (added.length === 0) return article;
	let chars = article.chars;
	for (const b of added) chars += collapsedText(b).length;
	return { ...article, blocks: [...article.blocks, ...added].sort((a, b) => a.range.start - b.range.start), chars };
}
