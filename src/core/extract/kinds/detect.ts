// Recognises the kind of page from its structure: repeated posts, prices and cart words, priced cards, code, prose.
import type { Attempt, BlockIndex } from '../blockIndex';
import { hasBuyBoxNearName } from './buyBox';
import { hasBuyBoxAtName } from './buyBoxAtName';
import { hasBuyBoxUnderHeading } from './nameAbovePrice';
import { hasRatingAtName } from './ratingAtName';
import { hasProductSectionAtName } from './sectionAtName';
import { hasBuyControlAtName } from './buyControlAtName';
import { hasStockAtName } from './stockAtName';
import { isCompanyVoice } from './companyVoice';
import { isSpreadOut } from './coverage';
import { isDatedArticle } from './datedArticle';
import { isDatedBesideCards } from './datedBesideCards';
import { isDatedFeed } from './datedItems';
import { isDatedTeaserFeed } from './datedTeasers';
import { isTitledFeed } from './titledFeed';
import { teaserList } from './teaserList';
import { tableFeedRows } from './tableFeed';
import { isPlatformListing } from './platformListing';
import { isTeaserSections } from './teaserSections';
import { isPagedCards } from './pager';
import { linksToDocSource } from './docSource';
import { isProductOverCards } from './cardsUnderPrice';
import { isCardsInChrome } from './cardsInChrome';
import { isSmallSpreadGroup, isSpreadFeed } from './spreadCards';
import { isFewCardsFeed } from './fewCards';
import { isUnmarkedRail } from './unmarkedRail';
import { isFeatureTiles } from './featureTiles';
import { kindConfidence } from './kindConfidence';
import { isThread } from './forum';
import { fallbackPosts } from './forumFallback';
import { isPostPair } from './postPair';
import { isOfferCards } from './offerCards';
import { isOneLongItem } from './oneLongItem';
import { isPageOfSections } from './headedSections';
import { isProseOverGrid } from './proseOverGrid';
import { platformCollectionCards } from './platformCollection';
import { itemsOutsideArticle } from './itemTitles';
import type { PageKind } from './pageKind';
import { isOneProductItem } from './productItems';
import { isNameInProductDetail } from './productDetail';
import { proseOutsideArticle } from './proseOutside';
import { productChrome } from './productRegion';
import { isShopBlogPost } from './shopBlogPost';
import { shopGrid } from './shopGrid';
import { isFewCardCategory } from './fewCardCategory';
import { unpricedShopCards } from './collectionUnpricedShop';
import { gridWithParts } from './gridPartsAtName';
import { isUnpricedShop } from './unpricedShop';
import { type PricedCardGroup, pricedCardGroup } from './pricedCardGroup';
import type { Block } from '../../model/dumpDocument';
import type { PageSignals } from './signals';

/** Priced cards make a grid of products (a collection); a product page shows a few related items at most (kinds/shopGrid.ts). */
const MIN_PRICED_CARDS = 4;
/** Prices across the page (with sorting or filtering words) make a collection even when its cards are lists. */
const MIN_COLLECTION_PRICES = 8;
/** A product page has a short description; this many long paragraphs is an article that names prices. */
const MAX_PRODUCT_LONG_PARAGRAPHS = 10;
/**
 * Code blocks (or documentation-site containers) that make a page documentation. Containers: 2 → 4 on the tuning part
 * of wcxb-dev moved 16 articles (whose themes name a `doc-` or `highlight-` class or two) out of documentation and no
 * documentation page out of it (page kind agreement +16 pages). Code blocks: raising 3 to 8 or 10 gains 4 or 6 pages
 * net (7 or 12 articles with code samples leave documentation, 3 or 6 documentation pages leave it too): left at 3.
 */
const MIN_DOC_CODE_BLOCKS = 3;
const MIN_DOC_CONTAINERS = 4;
/** An article has this many long paragraphs of prose in one container. */
const MIN_ARTICLE_LONG_PARAGRAPHS = 5;
/**
 * Teaser cards that make a page a listing. List items that are one title-long link (`linkItems`) no longer do: on the
 * tuning part of wcxb-dev that rule (at 8) named 13 pages listings, of which 1 was (8 articles, 4 services).
 */
const MIN_LISTING_CARDS = 5;

export interface KindEvidence {
	readonly kind: PageKind;
	/** The signal that decided, e.g. `posts 12`, `priced cards 24`, `code blocks 5`. */
	readonly signal: string;
	/** How often the deciding rule is right, measured on the tuning part and scaled for unseen sites (kindConfidence.ts). */
	readonly confidence: number;
}

/**
 * The page's kind, decided in order of how specific the evidence is: a thread's posts, an article's date over its
 * prose (`published` says whether the metadata reader finds a publication date; asked only then), a grid of priced cards, a
 * product's cart, documentation's code and navigation, an article's prose, a listing's teasers; a page with none
 * of these whose content is spread over many sections is a service (landing) page, before a listing when its
 * sections are headed and plain. Each answer's confidence is its rule's measured precision (kindConfidence.ts).
 *
 * Shop rules switched off one at a time (session 22, tuning part, word F1 half A / half B of the kind that moved; the
 * base is product 0.750 / 0.724, collection 0.814 / 0.785): the small grid (shopGrid.ts `small`) collection 0.799 / 0.785
 * (a Shopify category 0.71 -> 0.11); the buy box against a platform's grid product 0.744 / 0.722; the buy box against
 * the page's prices product 0.720 / 0.714; the prices rule collection 0.806 / 0.783; schema.org Product product
 * 0.750 / 0.719; the buy box against priced cards product 0.749 / 0.724; the buy box at the name product 0.726 / 0.724;
 * the cart-words rule's long-paragraph cap service half B 0.8522 -> 0.8516. Four leave each kind's mean F1 within
 * 0.001 on both halves and are kept for the page kind they report (kind agreement): prose over a grid (4 half-A
 * services and articles would become collections), the cart-words rule's product-container test (3 of 4 pages moved
 * to a wrong kind), cardsUnderPrice.ts (1 product) and shopBlogPost.ts (4 articles would become products). Forcing the annotated kind on the shop pages
 * detected wrongly gains nothing on the tuning part: the 6 half-B collections read as products score 0.707, and
 * 0.710 read as collections; the collections read as collections score higher (0.815) because they are other pages.
 */
export function detectKind(index: BlockIndex, s: PageSignals, article: Attempt, whole: Attempt, published: () => boolean = () => false): KindEvidence {
	// A blog engine's, a CMS's or a calendar's own list of items holding most of the page's text is a feed, however
	// much its dated teasers look like a thread's posts; a forum platform's page stays a thread (platformListing.ts).
	const platformList = s.platform?.kind === 'forum' ? undefined : isPlatformListing(index, whole);
	if (platformList) return { kind: 'listing', signal: `platform list ${platformList.platform.name} ${platformList.items}`, confidence: kindConfidence('platform list') };
	// A platform's thread is one whatever its first post holds; elsewhere one long block holding the article is no thread (oneLongItem.ts),
	// unless it is one of two posts under the topic's h1, each stamped and signed: a question and its long answer (postPair.ts).
	const thread = isThread(index, s, article) && (s.platform?.kind === 'forum' || !s.posts || !isOneLongItem(index, s.posts, article) || isPostPair(index, s.posts));
	if (thread) return { kind: 'forum', signal: `posts ${s.posts?.items.length ?? 0}`, confidence: kindConfidence('posts') };
	// A thread whose posts no rule found: stamped boxes with their posters' marks fill the pipeline's container (forumFallback.ts).
	const fallback = fallbackPosts(index, s, article);
	if (fallback) return { kind: 'forum', signal: `fallback posts ${fallback.items.length}`, confidence: kindConfidence('posts') };
	const spread = isSpreadOut(s, article, whole);
	// Prose in one container under a publication date outweighs cards, prices, code and a shop's platform (datedArticle.ts).
	if (isDatedArticle(s, article, whole, spread, published)) return { kind: 'article', signal: `dated, long paragraphs ${s.longParagraphs}`, confidence: kindConfidence('dated article') };
	const platform = s.platform;
	if (platform?.kind === 'documentation') return { kind: 'documentation', signal: `platform ${platform.name}`, confidence: kindConfidence('docs platform') };
	// One container typed schema.org/Product is the page's product; a grid types each of its cards (productItems.ts).
	if (isOneProductItem(s)) return { kind: 'product', signal: 'schema.org Product', confidence: kindConfidence('schema.org product') };
	// The h1 inside a shop's product-detail container (`pdp`, `product-detail`, `single-product`) names one product (productDetail.ts).
	if (isNameInProductDetail(index)) return { kind: 'product', signal: 'name in a product detail', confidence: kindConfidence('name in a product detail') };
	const shopItems = shopGrid(index, s, productChrome(index));
	const pricedCards = shopItems?.pricedItems ?? 0;
	// A short list of product cards beside a sort or filter toolbar is a small collection (shopGrid.ts `small`).
	const shopCards = pricedCards >= MIN_PRICED_CARDS || shopItems?.small === true;
	// A shop platform's priced cards, on a page with no product template, are a grid the sibling groups missed (platformCollection.ts).
	const platformCards = shopCards ? 0 : platformCollectionCards(index);
	// Many long paragraphs per priced card: prose that names prices (a review, a buying guide), not a grid (proseOverGrid.ts).
	const grid = shopCards ? !isProseOverGrid(s.longParagraphs, pricedCards) : platformCards > 0 && !isProseOverGrid(s.longParagraphs, platformCards);
	// A buy box under the h1, outside the grid, makes the grid the product's recommendations (buyBoxAtName.ts, buyBox.ts);
	// so does a star rating under the h1, where a marketplace item out of stock shows no price (ratingAtName.ts).
	// A page with no visible h1 may name its product with a lower heading right over its price and cart button (nameAbovePrice.ts).
	// A product section's label near the name ("Specifications", "Product details") is a sign independent of the price (sectionAtName.ts).
	// Priced cards side by side found by what each holds, whatever their classes (pricedCardGroup.ts), are a grid too: where
	// shopGrid.ts finds no grid or another one, a category's first card under its h1 is no buy box. Found once, when first asked.
	let group: PricedCardGroup | undefined | null = null;
	const cardGroup = (): PricedCardGroup | undefined => (group === null ? (group = pricedCardGroup(index)) : group);
	// A grid split by an ad leaves all its parts out, not the largest one only (gridPartsAtName.ts).
	const boxOutside = (grid: Block | undefined, g = gridWithParts(index, grid)): boolean =>
		hasBuyBoxAtName(index, g) || hasBuyBoxNearName(index, g) || hasRatingAtName(index, g) || hasBuyBoxUnderHeading(index, g) ||
		hasProductSectionAtName(index, g) || hasBuyControlAtName(index, g) || hasStockAtName(index, g);
	const buyBox = (): boolean => {
		const g = cardGroup()?.block;
		return boxOutside(shopItems?.block ?? g) && (!shopItems || g === undefined || g === shopItems.block || boxOutside(g));
	};
	// A few priced cards, each linking to its own item, under an h1 with no price or cart button: a small category, where no grid, price or card-group rule below decides (fewCardCategory.ts).
	if (!grid && !cardGroup() && (platform?.kind === 'shop' || !(s.prices >= MIN_COLLECTION_PRICES && s.listingWords >= 1 && s.cartWords >= 1)) && isFewCardCategory(index, s.longParagraphs, (g) => boxOutside(g))) return { kind: 'collection', signal: 'few priced cards', confidence: kindConfidence('priced cards') };
	// A shop's blog post is read by its prose, not by its platform (shopBlogPost.ts).
	if (platform?.kind === 'shop' && !isShopBlogPost(s, spread)) {
		// A shop platform's page is a collection over priced cards, and over repeated cards where the shop shows no price (unpricedShop.ts).
		const unpriced = !shopCards && platformCards === 0 && isUnpricedShop(s) && (s.cards?.items.length ?? 0) >= MIN_LISTING_CARDS;
		const cards = (shopCards || platformCards > 0 || unpriced) && !buyBox();
		return { kind: cards ? 'collection' : 'product', signal: `platform ${platform.name}${cards ? (shopCards ? `, priced cards ${pricedCards}` : unpriced ? `, shop cards ${s.cards!.items.length}` : `, platform cards ${platformCards}`) : ''}`, confidence: kindConfidence(cards ? 'shop platform, collection' : 'shop platform, product') };
	}
	if (grid) {
		// A price right under the h1 is one product's buy box; the priced cards are its recommendations (buyBoxAtName.ts).
		if (buyBox()) return { kind: 'product', signal: `price at the name, priced cards ${pricedCards}`, confidence: kindConfidence('price at the name over a grid') };
		return { kind: 'collection', signal: shopCards ? `priced cards ${pricedCards}` : `platform cards ${platformCards}`, confidence: kindConfidence('priced cards') };
	}
	if (s.prices >= MIN_COLLECTION_PRICES && s.listingWords >= 1 && s.cartWords >= 1 && !isProseOverGrid(s.longParagraphs, s.prices)) {
		// A price right under the h1 is one product's buy box; the other prices are its recommendations (buyBoxAtName.ts).
		if (buyBox()) return { kind: 'product', signal: `price at the name, prices ${s.prices}`, confidence: kindConfidence('price at the name over a grid') };
		return { kind: 'collection', signal: `prices ${s.prices}`, confidence: kindConfidence('prices') };
	}
	// Priced cards side by side, each with its name link, where no class word or list lined them up (pricedCardGroup.ts).
	const groupCards = shopCards || platformCards > 0 ? 0 : (cardGroup()?.cards ?? 0);
	if (groupCards > 0 && !isProseOverGrid(s.longParagraphs, groupCards)) {
		if (buyBox()) return { kind: 'product', signal: `price at the name, card group ${groupCards}`, confidence: kindConfidence('price at the name over a grid') };
		return { kind: 'collection', signal: `card group ${groupCards}`, confidence: kindConfidence('priced cards') };
	}
	// A price and a cart button under the h1 make one product's page, however long its description (buyBox.ts).
	if (hasBuyBoxNearName(index, cardGroup()?.block)) return { kind: 'product', signal: 'buy box at the name', confidence: kindConfidence('buy box at the name') };
	// With no visible h1, a heading right over the page's first price line and its cart button names the product (nameAbovePrice.ts).
	if (hasBuyBoxUnderHeading(index, cardGroup()?.block)) return { kind: 'product', signal: 'buy box under a heading', confidence: kindConfidence('buy box under a heading') };
	if (s.cartWords >= 1 && s.prices >= 1 && (s.productContainers >= 1 || s.cartWords >= 2) && s.longParagraphs < MAX_PRODUCT_LONG_PARAGRAPHS) {
		return { kind: 'product', signal: `cart words ${s.cartWords}, prices ${s.prices}`, confidence: kindConfidence('cart words and prices') };
	}
	// A landing page spread over headed sections shows its product's code in feature tiles; documentation is not spread out
	// (tuning part of wcxb-dev: page kind 0.775 → 0.776, one service page out of documentation, no documentation page lost).
	const docCode = s.codeBlocks >= MIN_DOC_CODE_BLOCKS && !(spread && isPageOfSections(whole));
	if (docCode || s.docContainers >= MIN_DOC_CONTAINERS) {
		return { kind: 'documentation', signal: docCode ? `code blocks ${s.codeBlocks}` : `docs containers ${s.docContainers}`, confidence: kindConfidence(docCode ? 'code blocks' : 'docs containers') };
	}
	// A link to the page's own source file ("Edit this page on GitHub") is documentation kept as code (docSource.ts).
	if (linksToDocSource(index)) return { kind: 'documentation', signal: 'link to its source file', confidence: kindConfidence('link to its source file') };
	// Many linked titles and as many date lines on the page read whole are a feed, however long its summaries (datedTeasers.ts).
	if (isDatedTeaserFeed(whole)) return { kind: 'listing', signal: 'dated teasers', confidence: kindConfidence('dated teasers') };
	// Headings that are mostly titles linking to other pages are a feed's items, with or without dates (titledFeed.ts).
	if (isTitledFeed(whole)) return { kind: 'listing', signal: 'linked titles', confidence: kindConfidence('linked titles') };
	// Links to the list's other pages over many repeated cards are a paged list of items (pager.ts).
	if (isPagedCards(index.doc.blocks, s)) return { kind: 'listing', signal: `paged cards ${s.cards?.items.length ?? 0}`, confidence: kindConfidence('paged cards') };
	// Long paragraphs that each stand alone under a linked title or beside a "Read more" link are a feed's summaries (teaserSections.ts).
	if (isTeaserSections(whole)) return { kind: 'listing', signal: 'teaser sections', confidence: kindConfidence('teaser sections') };
	// Most of the page's text in a run of teasers, each a title linking to its page over an excerpt, is a list, whatever its classes (teaserList.ts).
	const teasers = teaserList(index);
	if (teasers) return { kind: 'listing', signal: `teaser list ${teasers.teasers}`, confidence: kindConfidence('teaser list') };
	// A table whose rows each link a title of their own, holding most of the page, is a list of items, whatever its classes (tableFeed.ts).
	const tableRows = tableFeedRows(index, whole);
	if (tableRows > 0) return { kind: 'listing', signal: `table rows ${tableRows}`, confidence: kindConfidence('table rows') };
	const coverage = whole.chars > 0 ? article.chars / whole.chars : 1;
	// A listing whose items lie outside the container the article pipeline chose (kinds/itemTitles.ts).
	if (!spread && itemsOutsideArticle(article, whole)) return { kind: 'listing', signal: 'item titles outside the article', confidence: kindConfidence('item titles outside the article') };
	// A page of long sections or teasers whose prose lies mostly outside that container (kinds/proseOutside.ts).
	if (!spread && proseOutsideArticle(article, whole)) return { kind: 'listing', signal: 'prose outside the article', confidence: kindConfidence('prose outside the article') };
	// A company speaking of its offers, with calls to act, is a service page however long its paragraphs (companyVoice.ts).
	if (!spread && isCompanyVoice(s, article, whole)) return { kind: 'service', signal: 'company voice', confidence: kindConfidence('company voice') };
	// A feed that dates each item on a line of its own, taken for an article by its long summaries (datedItems.ts).
	if (!spread && isDatedFeed(article)) return { kind: 'listing', signal: 'dated items', confidence: kindConfidence('dated items') };
	// Where the page would be an article, many short headed tiles make it a landing page (featureTiles.ts).
	const tiles = !spread && isFeatureTiles(article);
	if (tiles && s.longParagraphs >= MIN_ARTICLE_LONG_PARAGRAPHS) return { kind: 'service', signal: 'feature tiles', confidence: kindConfidence('feature tiles') };
	if (!spread && s.longParagraphs >= MIN_ARTICLE_LONG_PARAGRAPHS) return { kind: 'article', signal: `long paragraphs ${s.longParagraphs}`, confidence: kindConfidence('long paragraphs') };
	// A spread-out page of headed sections is a landing page, whatever cards its feature tiles make (headedSections.ts).
	// ...unless a group of cards found by shape holds much of it: then it is a feed (spreadCards.ts).
	const sections = spread && !(s.cards && isSpreadFeed(s.cards, whole)) ? isPageOfSections(whole) : undefined;
	if (sections) return { kind: 'service', signal: `headed sections ${sections.sections}`, confidence: kindConfidence('headed sections') };
	// On a spread-out page, cards in the page's frame are a menu or a footer, not its items: it is a landing page (cardsInChrome.ts).
	// Nor is a group found by shape that holds little of a spread-out page (spreadCards.ts).
	const cards = s.cards && !(spread && (isCardsInChrome(s.cards, whole) || isSmallSpreadGroup(s.cards, whole))) ? s.cards.items.length : 0;
	// Teaser cards under a name priced at once are one offer's related items (cardsUnderPrice.ts).
	// Four cards found by shape make one too when they hold much of the page (fewCards.ts).
	if (cards >= MIN_LISTING_CARDS || (cards > 0 && isFewCardsFeed(s.cards!, whole))) {
		if (isProductOverCards(index, s.cards)) return { kind: 'product', signal: `price at the name, cards ${cards}`, confidence: kindConfidence('price at the name over cards') };
		// Cards beside a container dated as published are an article's related stories (datedBesideCards.ts).
		if (isDatedBesideCards(published)) return { kind: 'article', signal: `dated, cards ${cards}`, confidence: kindConfidence('dated beside cards') };
		// Cards that are most of the page, beside buttons that ask the reader to act, are a landing page's offer (offerCards.ts).
		if (isOfferCards(s.cards!, s.callsToAct, whole)) return { kind: 'service', signal: `offer cards ${cards}`, confidence: kindConfidence('offer cards') };
		// Cards on a page with a shop's words and no price are a shop's grid whose prices are not shown (unpricedShop.ts).
		if (isUnpricedShop(s)) return { kind: 'collection', signal: `shop cards ${cards}`, confidence: kindConfidence('shop cards') };
		// A spread-out page of long prose whose cards are a small class group of bare links is a landing page: the group is its menu (unmarkedRail.ts).
		if (spread && isUnmarkedRail(s.cards!, whole, s.longParagraphs)) return { kind: 'service', signal: `article coverage ${coverage.toFixed(2)}`, confidence: kindConfidence('article coverage') };
		return { kind: 'listing', signal: `cards ${cards}`, confidence: kindConfidence('cards') };
	}
	// A run of unpriced shop cards under the h1, on a page with a shop's words, is a collection, not a spread-out landing page nor an article (collectionUnpricedShop.ts).
	const unpricedCards = unpricedShopCards(index, s);
	if (unpricedCards > 0) return { kind: 'collection', signal: `unpriced cards ${unpricedCards}`, confidence: kindConfidence('shop cards') };
	if (spread) return { kind: 'service', signal: `article coverage ${coverage.toFixed(2)}`, confidence: kindConfidence('article coverage') };
	if (tiles) return { kind: 'service', signal: 'feature tiles', confidence: kindConfidence('feature tiles') };
	// An article by default; a publication date over its container makes it a likely one (kindConfidence.ts).
	return published() ? { kind: 'article', signal: 'dated', confidence: kindConfidence('dated') } : { kind: 'article', signal: 'default', confidence: kindConfidence('default') };
}
