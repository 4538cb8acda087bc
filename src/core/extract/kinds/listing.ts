// Listings: every item of the page (titles and summaries) outside its navigation, header and footer.
import { isCardsWithoutProse } from './cardsWithoutProse';
import { withoutCardCopies } from './cardCopies';
import { collection } from './collection';
import { emptyControlColumns } from '../heuristics/controlColumns';
import { dropItemCounters } from '../heuristics/itemCounters';
import { dropFooterColumns } from '../heuristics/footerColumns';
import { endAtCopyright } from '../heuristics/pageFooter';
import { LISTING_FOOTER_TAIL_SHARE } from './listingFooter';
import { dropSortBars } from '../heuristics/sortBar';
import { containerWithoutChrome } from './containerWithChrome';
import { articleOrWholePage, cleanedWholePage } from './coverage';
import { itemsOutsideArticle } from './itemTitles';
import { dropListingRepeats } from './listingRepeats';
import { dropListingRails } from './listingRails';
import { dropItemCopies } from './itemCopies';
import { dropListCopies } from './listCopies';
import { untilLastCard } from './listingEnd';
import { ROOT } from '../blockIndex';
import type { KindStrategy } from './pageKind';
import { isPricedHiddenListing, isPricedListing } from './pricedListing';
import { proseOutsideArticle } from './proseOutside';
import { LISTING_TITLE_ROW_LEVELS, withTeaserTitles } from './teaserTitles';
import { dropRepeatedHeadings } from './repeatedHeadings';
import { trustedListing } from './trustedListing';
import { withoutListingFacets } from './listingFacets';
import { withoutLocaleMenus } from './localeMenus';
import { withItemsAfterIntro } from './itemsAfterIntro';
import { withSiblingItems } from './siblingItems';
import { dropCallsToAction } from '../heuristics/callsToAction';
import { withoutPlatformChrome } from './platformListing';
import { dropDropdownMenus } from '../heuristics/dropdownMenus';
import { dropCardStamps } from './cardStamps';
import { dropListTrails } from './listTrails';
import { dropHeadedLinkLists, LISTING_LINK_SHARE } from './headedLinkLists';
import { dropJumpLists } from './listingJumpLists';
import { dropAgeStampLines } from './ageStampLines';

export const listing: KindStrategy = {
	kind: 'listing',
	reason:
		'A listing (blog index, search results, news feed) is its items, and a listing of priced cards is a shop\'s collection (pricedListing.ts): each teaser is short and linked, which the article pipeline scores as chrome; kept whole when its linked titles lie outside the chosen container (itemTitles.ts), most of its prose does (proseOutside.ts), its cards have no prose to score (cardsWithoutProse.ts), or one container holds little of it (coverage.ts); a whole-page read ends with the last card (listingEnd.ts); the container a platform profile found keeps its link lists (trustedListing.ts); a teaser printed twice in one card is read once (cardCopies.ts), and so is a long block repeated anywhere on the page (listingRepeats.ts) and a card a later rail prints again (itemCopies.ts) and a list printed twice or in cycles (listCopies.ts); its filter panels and language menu, its toolbar\'s sort choosers and pager and a label repeated over its cards go (listingFacets.ts, localeMenus.ts, heuristics/sortBar.ts, repeatedHeadings.ts); lines that are only an item\'s counter, reading time or relative stamp go (heuristics/itemCounters.ts), and so do card bylines ending in a relative stamp (ageStampLines.ts), and so does a short stamp printed on card after card (cardStamps.ts) and a breadcrumb written as an ordered list (listTrails.ts), and a short label over a bulleted list of bare links when such lists are not most of its links (headedLinkLists.ts), and so does the button under each teaser (heuristics/callsToAction.ts) and a list whose every item jumps to a part of the page (listingJumpLists.ts), and the read ends at the page\'s copyright line (heuristics/pageFooter.ts) and before a closing rail of other items under a label of further reading (listingRails.ts).',
	extract: (page) => {
		// A listing of a shop's priced cards is read as its collection (pricedListing.ts).
		if (isPricedListing(page)) return collection.extract(page);
		const read = extractListing(page);
		if (!read) return read;
		// ...without its filter panels (listingFacets.ts) and its language menu of entries marked by language (localeMenus.ts:
		// declassed tuning listing 0.77048 -> 0.77186).
		const a = withoutLocaleMenus(page.index, withoutListingFacets(page.index, read));
		// Each card's teaser once, not once per layout (cardCopies.ts).
		const once = withoutCardCopies(page.index, a);
		// ...without its items' counters (heuristics/itemCounters.ts), ending at the page's copyright line (heuristics/pageFooter.ts).
		// Measured on the 65 tuning pages of wcxb-dev detected as listings (word F1): counters 0.758 -> 0.760 (4 up: a
		// developer feed 0.78 -> 0.83, a tech news front 0.56 -> 0.59; a service page -0.005), the copyright line then
		// 0.760 -> 0.761 (3 up: a blog front 0.35 -> 0.42). With the title rows of teaserTitles.ts, eval (tuning part):
		// listing 0.762 -> 0.765, all 0.884 -> 0.884 (0.8839 -> 0.8842), 11 pages up, none down; readability corpus 0.945.
		const removed = [...once.removed];
		// A long teaser printed twice on the page is read once (listingRepeats.ts); the toolbar's sort and per-page
		// choosers and pager go, as a collection's do (heuristics/sortBar.ts: lines with two sort options are in no
		// truth of the tuning part). A guard for search and directory pages rather than a tuning gain: tuning part,
		// listing strategy forced on the 179 pages annotated or detected as listings or collections, one page up
		// (a film chart 0.562 -> 0.568), none down; as detected, none moves.
		// A card a later rail prints again is read once (itemCopies.ts).
		// A short unlinked heading printed over card after card is a layout label (repeatedHeadings.ts).
		// A list printed again for another screen size, or in cycles as a ticker, is read once (listCopies.ts).
		const ended = endAtCopyright(dropAgeStampLines(dropItemCounters(dropRepeatedHeadings(dropSortBars(dropItemCopies(dropListingRepeats(once.blocks, removed), removed), removed), removed), removed), removed), removed, LISTING_FOOTER_TAIL_SHARE);
		// A page read whole ends before the unnamed link columns of its footer (heuristics/footerColumns.ts).
		const cleaned = dropListCopies(once.region === ROOT ? [...dropFooterColumns(page.index, ended, removed)] : ended, removed);
		// ...and it ends before a closing rail of other items under a label of further reading (listingRails.ts).
		// ...and a table of items reads without its rows' button column (heuristics/controlColumns.ts).
		// ...and the button under each teaser ("Read more", "Read More »", "View all") is a control, as on a page read whole
		// (heuristics/callsToAction.ts; coverage.ts drops them there, a container read kept them). Measured (session 34, tuning
		// part of wcxb-dev, word F1): listing 0.81165 -> 0.81186 (half A 0.77253 -> 0.77292, half B 0.84665 -> 0.84670), all
		// 0.90219 -> 0.90221; 8 pages of 8 sites up (a charity's news page 0.902 -> 0.905, a magazine's category 0.927 -> 0.931,
		// and pages of other kinds read as listings), none down.
		// ...and a platform's list reads without the pager, buttons and bars its template writes there (platformListing.ts).
		// ...and without the menu bar whose entries open sub-menus (heuristics/dropdownMenus.ts).
		// ...and without the short stamp printed on card after card ("Comment", "Promoted"; cardStamps.ts: declassed tuning
		// listing 0.76920 -> 0.77029, as is 0.81249 -> 0.81305).
		// ...and without a breadcrumb written as an ordered list of short links at any depth (listTrails.ts: declassed tuning
		// listing +0.00009, collection +0.00028).
		// ...and without a short label over a bulleted list of bare links, unless such lists hold half its link text
		// (headedLinkLists.ts: declassed tuning listing 0.77199 -> 0.77272, as is +0.00004).
		// ...and without a list whose every item jumps to a part of the page (listingJumpLists.ts).
		const blocks = dropJumpLists(dropHeadedLinkLists(dropListTrails(dropCardStamps(dropDropdownMenus(withoutPlatformChrome(page.index, dropCallsToAction(emptyControlColumns(dropListingRails(page.index, cleaned, removed), removed), removed), removed), removed), removed), removed), removed, LISTING_LINK_SHARE, false), removed);
		return removed.length === once.removed.length ? once : { ...once, blocks, removed };
	},
	// A shop's grid a script shows is tidied as a collection's (pricedListing.ts, collection.ts `tidyHidden`).
	tidyHidden: (index, hidden) => (isPricedHiddenListing(index) ? (collection.tidyHidden?.(index, hidden) ?? hidden) : hidden),
};

/** The listing's read before its cards' copies go. */
function extractListing(page: Parameters<KindStrategy['extract']>[0]): ReturnType<KindStrategy['extract']> {
	// A platform's own container is trusted: its link lists are the items (trustedListing.ts).
	const trusted = trustedListing(page.index, page.article);
	if (trusted) return trusted;
	const a =
		itemsOutsideArticle(page.article, page.whole) || proseOutsideArticle(page.article, page.whole) || isCardsWithoutProse(page.signals, page.article, page.whole)
			? cleanedWholePage(page.whole, page.index)
			: articleOrWholePage(page);
	// The container less the site chrome it also wraps (containerWithChrome.ts).
	if (a === page.article) {
		// ...with its items' linked titles, which link-density cleaning removed (teaserTitles.ts).
		const titled = withTeaserTitles(page.index, a, LISTING_TITLE_ROW_LEVELS);
		const read = containerWithoutChrome(titled, page.whole) ?? titled;
		// ...and the grid of linked titles after the archive's description (itemsAfterIntro.ts).
		// ...and the sibling sections that hold items of the kept items' shape (siblingItems.ts).
		return withSiblingItems(page.index, withItemsAfterIntro(page, read), page.whole);
	}
	// A read of the whole page ends with the listing's last card (listingEnd.ts).
	if (a.region !== page.whole.region) return a;
	const removed = [...a.removed];
	return { ...a, blocks: untilLastCard(a.blocks, page.signals, removed, page.index), removed };
}
