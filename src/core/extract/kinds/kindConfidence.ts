// Page kind confidence: each detection rule's measured precision (how often the kind it names is the page's), as metadata.pageType's confidence.

/**
 * The rules of `detectKind` (detect.ts), each named once here with its tally: of the tuning pages of wcxb-dev (1,054)
 * that the rule decided, how many were annotated with the kind it named. Measured with the detection of this branch
 * (issue 12, session 18), both halves of the tuning sites together: half A, half B.
 */
export const KIND_RULE_TALLIES = {
	// A repeated post signature (kinds/posts.ts): A 39/43, B 32/32.
	posts: { right: 71, pages: 75 },
	// Long paragraphs in one container under a publication date (datedArticle.ts): A 152/157, B 159/164.
	'dated article': { right: 311, pages: 321 },
	// A documentation platform's class words (platforms.ts): A 6/7, B 5/6.
	'docs platform': { right: 11, pages: 13 },
	// One container typed schema.org/Product (productItems.ts): A 1/1, B 8/8.
	'schema.org product': { right: 9, pages: 9 },
	// The h1 inside a product-detail container (productDetail.ts; session 25): A 11/11, B 15/15.
	'name in a product detail': { right: 26, pages: 26 },
	// A shop platform's class words, no grid (platforms.ts): A 6/10, B 9/13.
	'shop platform, product': { right: 15, pages: 23 },
	// A shop platform's class words over priced cards: A 3/4, B 5/5.
	'shop platform, collection': { right: 8, pages: 9 },
	// A price under the h1 over priced cards or prices (buyBoxAtName.ts, buyBox.ts): A 3/3, B 3/4.
	'price at the name over a grid': { right: 6, pages: 7 },
	// Priced cards (shopGrid.ts): A 22/26, B 10/16.
	'priced cards': { right: 32, pages: 42 },
	// Prices with sorting and cart words: A 2/3, B 6/8.
	prices: { right: 8, pages: 11 },
	// A price and a cart button under the h1 (buyBox.ts): A 7/7, B 7/7.
	'buy box at the name': { right: 14, pages: 14 },
	// Cart words and a price: A 0/3, B 11/16.
	'cart words and prices': { right: 11, pages: 19 },
	// Code blocks that read as code (codeLike.ts): A 5/6, B 25/29.
	'code blocks': { right: 30, pages: 35 },
	// Containers named as a documentation site's: A 2/5, B 1/1.
	'docs containers': { right: 3, pages: 6 },
	// A link to the page's source file (docSource.ts): A 3/3, B 2/2.
	'link to its source file': { right: 5, pages: 5 },
	// Linked titles and as many date lines (datedTeasers.ts): A 3/5, B 4/4.
	'dated teasers': { right: 7, pages: 9 },
	// Most of the page's headings are titles linking elsewhere (titledFeed.ts; session 24, pages taken from the rules below): A 4/5, B 7/8.
	'linked titles': { right: 11, pages: 13 },
	// A platform's list of items holding most of the page's text (platformListing.ts; session 35): it decides no tuning page, so it takes the tally of its nearest rule, dated teasers.
	'platform list': { right: 7, pages: 9 },
	// Page links over 10 or more cards (pager.ts; session 24): A 2/2, B 0/0.
	'paged cards': { right: 2, pages: 2 },
	// Long paragraphs alone under linked titles or beside "Read more" links (teaserSections.ts; session 27): A 2/2, B 0/0.
	'teaser sections': { right: 2, pages: 2 },
	// Item titles outside the pipeline's container (itemTitles.ts): A 1/1, B 1/1 (2 more of B to linked titles, session 24).
	'item titles outside the article': { right: 2, pages: 2 },
	// Prose outside the pipeline's container (proseOutside.ts): A 0/1, B 2/2.
	'prose outside the article': { right: 2, pages: 3 },
	// A company's "we" and calls to act (companyVoice.ts): A 8/10, B 11/12.
	'company voice': { right: 19, pages: 22 },
	// Items dated on lines of their own (datedItems.ts): A 0/1, B 3/4.
	'dated items': { right: 3, pages: 5 },
	// Short headed tiles where the page would be an article (featureTiles.ts): A 5/9, B 2/3.
	'feature tiles': { right: 7, pages: 12 },
	// Long paragraphs in one container, no date: A 82/101, B 105/125 (4 listings to linked titles, 2 to paged cards, session 24; 2 to teaser sections, session 27).
	'long paragraphs': { right: 187, pages: 226 },
	// A spread-out page of headed sections (headedSections.ts): A 26/39, B 31/41.
	'headed sections': { right: 57, pages: 80 },
	// Teaser cards under a name priced at once (cardsUnderPrice.ts): A 0/0, B 2/2.
	'price at the name over cards': { right: 2, pages: 2 },
	// Cards beside a container dated as published (datedArticle.ts `isDatedBesideCards`): A 1/1, B 2/2.
	'dated beside cards': { right: 3, pages: 3 },
	// Cards that are most of the page, with 3 or more calls to act (offerCards.ts; session 27): A 2/2, B 0/0.
	'offer cards': { right: 2, pages: 2 },
	// Repeated short linked cards, no date: A 4/9, B 4/19 (6 pages to linked titles, session 24; 2 services to offer cards, session 27).
	cards: { right: 8, pages: 28 },
	// A spread-out page with none of the above: A 3/8, B 1/5 (1 collection to linked titles, session 24).
	'article coverage': { right: 4, pages: 13 },
	// None of the above, but a publication date over the container: A 0/0, B 3/3.
	dated: { right: 3, pages: 3 },
	// None of the above: A 6/24, B 3/14.
	default: { right: 9, pages: 38 },
} as const satisfies Record<string, { readonly right: number; readonly pages: number }>;

export type KindRule = keyof typeof KIND_RULE_TALLIES;

/**
 * The kind agreement measured once by the lead on the held-out fifth of wcxb-dev (0.754) over the tuning part's
 * (0.810): the rules were read from the tuning pages and are right less often on pages they were not read from.
 * Every tally is scaled by it, so that a confidence is what a reviewer can expect on a new site.
 */
export const UNSEEN_PAGE_FACTOR = 0.754 / 0.81;

/**
 * A rule's confidence: its precision with one right and one wrong page added (so a rule seen on three pages is not
 * called sure, and one never seen is a coin toss), scaled by `UNSEEN_PAGE_FACTOR`, to two decimals.
 */
export function kindConfidence(rule: KindRule): number {
	const t = KIND_RULE_TALLIES[rule];
	return Math.round(((t.right + 1) / (t.pages + 2)) * UNSEEN_PAGE_FACTOR * 100) / 100;
}
