// Product slides: on a product page kept as the article pipeline's region, the slider and maker's-bio blocks its inner-chrome step dropped come back.
import type { Block } from '../../model/dumpDocument';
import { RangeIndex } from '../../model/rangeIndex';
import { type Attempt, ROOT } from '../blockIndex';
import { collapsedText } from '../inlineText';

/**
 * The article pipeline drops small containers named as inner chrome (heuristics/innerChrome.ts): words measured on
 * article pages, where a slider is a photo gallery's captions and an author box is the writer's bio. On a product
 * page two of those words name the product's own text. A slider or swiper holds the product's slides: its features,
 * its testimonials, its case studies (the carousels of other products are shop chrome by their own names, `carousel`,
 * `related`, `recommend`: kinds/productRegion.ts). An author or bio box is the maker's, the seller's or a book's
 * author: what the product is and who stands behind it. The whole page (wholePage.ts), which the product strategy
 * reads when the region is not kept, keeps inner chrome already; this reads the kept region the same way for these
 * words. Captions, calls to action, credits, disclaimers and newsletter boxes stay dropped: a marketing tile's
 * badge line, "Learn more", "Compare all models".
 * Measured on the wcxb-dev tuning part (prod38, session 34), word F1: all 0.90219 → 0.90232 (half A 0.90036 →
 * 0.90052, half B 0.90382 → 0.90393); product 0.75144 → 0.75229 (half B 0.74541 → 0.74669, R 0.842 → 0.844);
 * service half A 0.85292 → 0.85411. Three pages of three sites up (a half-A service page read as a product, its
 * customer-story slider back: 0.738 → 0.817; two half-B product pages), none down. With every inner-chrome word back, a half-A laptop marketing page lost 0.667 → 0.632 to its
 * tiles' captions and calls to action.
 */
export const PRODUCT_SLIDE_TOKEN_RE = /^(?:slider|swiper|author|authors|bio)$/i;

/** Class and id tokens are split as heuristics/innerChrome.ts splits them. */
const TOKEN_SPLIT_RE = /[-_\s:]+/;

/** Whether an inner-chrome removal's signal (the class or id that named it) names a product's slides or its maker's bio. */
export function namesProductSlides(signal: string | undefined): boolean {
	if (!signal) return false;
	return signal.split(TOKEN_SPLIT_RE).some((t) => PRODUCT_SLIDE_TOKEN_RE.test(t));
}

/**
 * The region's attempt with the blocks of `page` (the whole page less chrome) that lie in one of its `inner-chrome`
 * removals named by `namesProductSlides`, in document order. The attempt itself when none does or when it is the
 * whole page.
 */
export function withProductSlides(article: Attempt, page: Attempt): Attempt {
	if (article.region === ROOT) return article;
	const ranges = article.removed.filter((r) => r.step === 'inner-chrome' && namesProductSlides(r.signal)).map((r) => r.range);
	if (ranges.length === 0) return article;
	const removed = new RangeIndex(ranges);
	const kept = new Set<Block>(article.blocks);
	const added = page.blocks.filter((b) => !kept.has(b) && removed.encloses(b.range));
	if (added.length === 0) return article;
	let chars = article.chars;
	for (const b of added) chars += collapsedText(b).length;
	return { ...article, blocks: [...article.blocks, ...added].sort((a, b) => a.range.start - b.range.start), chars };
}
