// Cards under a priced name: a page that would be a listing by its teaser cards, but whose h1 is followed at once by a price, is one product's page with its related items.
import type { BlockIndex } from '../blockIndex';
import { hasBuyBoxAtName } from './buyBoxAtName';

/**
 * A listing's h1 names a section ("Upcoming classes", "News") and each item brings its own title before any price;
 * a product or a subscription offer puts its price right under its name, and the teaser cards below it are related
 * offers, a class schedule or the shop's blog. Such a page with no cart line (kinds/buyBox.ts) fell to the listing
 * rule, and a listing's strategy keeps the cards and drops the offer's description.
 * Tuning part of wcxb-dev: the price within 5 blocks of the h1 with no heading between (kinds/buyBoxAtName.ts) holds on
 * 2 of the pages that the cards rule decides, both products of one-page sites, neither with a cart button (a
 * subscription's "Subscribe", a desk's "Chat"); no page of another kind reaches that rule with it (with shop
 * profiles or without). Page kind agreement 840 → 842 of 1054; product F1 0.725 → 0.727 with shop profiles and
 * 0.717 → 0.719 without: the subscription 0.82 → 0.96, the desk (whose truth is empty) stays at 0.
 * Session 24 ablation (off; tuning part): fires on one half-B product page, whose score stays and whose kind turns to
 * listing: kept for the kind.
 */
export function isProductOverCards(index: BlockIndex): boolean {
	return hasBuyBoxAtName(index);
}
