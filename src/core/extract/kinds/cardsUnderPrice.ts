// Cards under a priced name: a page that would be a listing by its teaser cards, but whose h1 is followed at once by a price, is one product's page with its related items.
import type { BlockIndex } from '../blockIndex';
import { hasBuyBoxAtName, MAX_NAMES_TRIED } from './buyBoxAtName';
import { nameAnchors } from './nameLines';
import { sectionLabelAfter } from './sectionAtName';
import { hasStockAtName } from './stockAtName';
import type { RepeatedGroup } from './signals';

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
 * Session 56: a product section's label under the name (sectionAtName.ts) counts as well, outside the cards' container:
 * a product whose price lies past the 5-block window was a listing by a row of 5 cards. Tuning part, as is and
 * declassed: no page's F1 or kind moves (an article with an h1 "Details" under its h1 was read as a product until
 * labels that are h1s were left out: `hasSectionLabelAtName`). Perturbation proxy (six neutral lines under the h1,
 * declassed, no shop profiles): product 0.726 → 0.727 (A 0.721 → 0.721, B 0.729 → 0.731), products found 52 → 53
 * (a half-B sports shoe 0.83 → 0.91, listing → product); collections unchanged (4 of 70 read as products).
 * Session 59: a stock line under the name (stockAtName.ts: "Sold out", "Pre-order") counts too, outside the cards'
 * container: a sold-out item whose price line is missing keeps no other sign of its buy box.
 */
export function isProductOverCards(index: BlockIndex, cards?: RepeatedGroup): boolean {
	return hasBuyBoxAtName(index) || hasSectionLabelAtName(index, cards) || hasStockAtName(index, cards?.items[0] && index.parent.get(cards.items[0]));
}

/**
 * Whether a product section's label (sectionAtName.ts: "Product details", "Specifications", "Ingredients") follows
 * one of the first h1s, outside the cards' container, as a line or a lower heading: an h1 "Details" is a page's own
 * section (a magazine's article has one), not a tab under an item's name.
 */
function hasSectionLabelAtName(index: BlockIndex, cards: RepeatedGroup | undefined): boolean {
	const grid = cards?.items[0] && index.parent.get(cards.items[0]);
	for (const name of nameAnchors(index, MAX_NAMES_TRIED)) {
		const label = sectionLabelAfter(index, name, grid);
		if (label && !(label.kind === 'heading' && label.level === 1)) return true;
	}
	return false;
}
