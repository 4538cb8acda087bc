// Listings: every item of the page (titles and summaries) outside its navigation, header and footer.
import { isCardsWithoutProse } from './cardsWithoutProse';
import { withoutCardCopies } from './cardCopies';
import { containerWithoutChrome } from './containerWithChrome';
import { articleOrWholePage, cleanedWholePage } from './coverage';
import { itemsOutsideArticle } from './itemTitles';
import { untilLastCard } from './listingEnd';
import type { KindStrategy } from './pageKind';
import { proseOutsideArticle } from './proseOutside';
import { withTeaserTitles } from './teaserTitles';
import { trustedListing } from './trustedListing';

export const listing: KindStrategy = {
	kind: 'listing',
	reason:
		'A listing (blog index, search results, news feed) is its items: each teaser is short and linked, which the article pipeline scores as chrome; kept whole when its linked titles lie outside the chosen container (itemTitles.ts), most of its prose does (proseOutside.ts), its cards have no prose to score (cardsWithoutProse.ts), or one container holds little of it (coverage.ts); a whole-page read ends with the last card (listingEnd.ts); the container a platform profile found keeps its link lists (trustedListing.ts); a teaser printed twice in one card is read once (cardCopies.ts).',
	extract: (page) => {
		const a = extractListing(page);
		// Each card's teaser once, not once per layout (cardCopies.ts).
		return a && withoutCardCopies(page.index, a);
	},
};

/** The listing's read before its cards' copies go. */
function extractListing(page: Parameters<KindStrategy['extract']>[0]): ReturnType<KindStrategy['extract']> {
	// A platform's own container is trusted: its link lists are the items (trustedListing.ts).
	const trusted = trustedListing(page.index, page.article);
	if (trusted) return trusted;
	const a =
		itemsOutsideArticle(page.article, page.whole) || proseOutsideArticle(page.article, page.whole) || isCardsWithoutProse(page.signals, page.article, page.whole)
			? cleanedWholePage(page.whole)
			: articleOrWholePage(page);
	// The container less the site chrome it also wraps (containerWithChrome.ts).
	if (a === page.article) {
		// ...with its items' linked titles, which link-density cleaning removed (teaserTitles.ts).
		const titled = withTeaserTitles(page.index, a);
		return containerWithoutChrome(titled, page.whole) ?? titled;
	}
	// A read of the whole page ends with the listing's last card (listingEnd.ts).
	if (a.region !== page.whole.region) return a;
	const removed = [...a.removed];
	return { ...a, blocks: untilLastCard(a.blocks, page.signals, removed), removed };
}
