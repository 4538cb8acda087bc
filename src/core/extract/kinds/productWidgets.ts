// Shop platforms that name each widget of a product page: the product's own text is the widgets named as content.
import type { Block } from '../../model/dumpDocument';
import type { Attempt, BlockIndex } from '../blockIndex';
import { disclosePanels } from '../heuristics/disclosurePanels';
import { attrWords } from '../inlineText';
import type { KindPlatform } from './platforms';
import { productChrome, withoutBlocks } from './productRegion';

/**
 * Some shop software builds a product page from widgets each named for what it holds (Amazon's
 * `bookDescription_feature_div`, `featurebullets_feature_div`, `sims-…_feature_div` for the carousels of other
 * products, `deliveryBlock_feature_div` for the buy box). On such a page the platform profile's `content` words name
 * the widgets that hold the product's name, rating, overview, feature bullets, description, editorial reviews and
 * details; everything else (buy box, delivery and returns, sponsored carousels, "frequently bought together", the
 * review list, the "tell us about a lower price" form) is shop chrome. The widgets are found by name, so the page
 * needs none of the article pipeline's guessing. With the `amazon` profile (platforms.ts), which also makes these
 * pages products rather than collections (their sponsored carousels print 30 to 100 prices), tuning part of wcxb-dev,
 * product 0.670 → 0.678: the three Amazon product pages 0.43 → 0.71, 0.57 → 0.93, 0.57 → 0.52 (its truth keeps the
 * review histogram, which the other two leave out).
 * Re-measured in session 20 by switching it off: half A loses 0.115 F1 summed over its two Amazon pages, half B
 * gains 0.135 on one page (the only other page it changes); kept, being a profile's data, but it does not help both halves.
 */
export function productWidgets(index: BlockIndex, platform: KindPlatform | undefined, whole: Attempt): Attempt | undefined {
	const content = platform?.content;
	if (!content) return undefined;
	const widgets = new Set<Block>();
	const ranges: { start: number; end: number }[] = [];
	for (const c of index.containers) {
		if (!content.test(attrWords(c.attrs))) continue;
		widgets.add(c);
		// A named widget inside another is already covered.
		if (!ranges.some((r) => r.start <= c.range.start && c.range.end <= r.end)) ranges.push(c.range);
	}
	if (ranges.length === 0) return undefined;
	const inside = (b: Block): boolean => ranges.some((r) => r.start <= b.range.start && b.range.end <= r.end);
	// A widget's collapsed part (a book's excerpt behind "Read more") is the product's too (heuristics/disclosurePanels.ts).
	// Not inside shop chrome: the "tell us about a lower price" form waits in a hidden modal.
	const chrome = productChrome(index);
	const isChrome = (b: Block): boolean => chrome.has(b) && !widgets.has(b);
	const kept = withoutBlocks(disclosePanels(index, whole, isChrome), (b) => !inside(b), 'shop-widget');
	return kept.blocks.length > 0 ? kept : undefined;
}
