// Shop notices on product pages: containers named for the shop's shipping, returns, payment and trust notes, or for the product's catalogue record (SKU, categories, tags).
import type { Block } from '../../model/dumpDocument';
import type { BlockIndex } from '../blockIndex';
import { namedContainers } from './namedContainers';

/**
 * Class and id words of what a shop prints beside every product: delivery and returns notes (`shipping-info`,
 * `delivery-message`, `returns-info`), payment and trust badges (`payment-icons`, `trust-badges`), and the catalogue
 * record under the buy box (WooCommerce's `product_meta`, `product-meta`: "SKU: AU4 Category: Reusable Cups Tag: …").
 * Annotators leave them out as they leave the shipping and returns sections (heuristics/policySections.ts), which these
 * notes often are without a heading. Set aside with the shop chrome on product pages (kinds/product.ts); kind detection
 * does not see them. Studied on half A of the tuning sites: product F1 0.729 → 0.731, half A 0.753 → 0.757 (three
 * pages of three shops up, +0.003 to +0.05; none down), half B 0.717 → 0.717 (two pages of one shop: +0.008, -0.011).
 */
export const SHOP_NOTICE_RE =
	/(?:shipping|delivery|returns?)[-_]?(?:info\w*|message|messaging|note|notice|text|details|estimate|banner|bar|policy|block|wrapper|container|time)|payment[-_]?(?:icons?|methods|badges?|options|providers?)|trust[-_]?(?:badges?|icons?|signals?|bar)|product[-_]meta(?:$|\s)/i;

/**
 * A container named so that holds more text than this is not a note: a description inside a `delivery-wrapper`
 * theme section must stay.
 */
export const SHOP_NOTICE_MAX_CHARS = 600;

/** Containers named as shop notices, with the word that named them; none that holds `keep` (the product's heading). */
export function shopNotices(index: BlockIndex, keep?: Block): Map<Block, string> {
	return namedContainers(index, SHOP_NOTICE_RE, SHOP_NOTICE_MAX_CHARS, keep);
}
