// Structural signals of the page kind, gathered in one pass over the indexed dump: prices, cart words, repeated posts and cards, code.
import type { Block, Inline } from '../../model/dumpDocument';
import { divAttrParts } from '../../model/divNodes';
import { type BlockIndex, type Container, isContainer, linkDensity } from '../blockIndex';
import { attrValue, collapse, collapsedText, inlineText, isHidden } from '../inlineText';
import { looksLikeCode } from './codeLike';
import { anonymousPosts } from './anonymousPosts';
import { flatPosts } from './flatPosts';
import { placedFlatPosts } from './placedFlatPosts';
import { listItemPosts } from './listItemPosts';
import { KIND_PLATFORMS, type KindPlatform } from './platforms';
import { qaMicrodataPosts } from './qaMicrodataPosts';
import { threadsOnly } from './otherThreadEntries';
import { choosePosts, isPostGroup, isThreadTopic, listItemContainers, MIN_POSTS_SHARE, numberedPosts, platformPosts } from './posts';
import { scatteredPosts } from './scatteredPosts';
import { matchCount } from '../../text/wordCount';
import { anyOf, mayMatchAny } from '../../text/anyOf';
import { FOREIGN_CART_RE, FOREIGN_LISTING_RE, FOREIGN_SHOP_NEED_RE } from './shopWordsAbroad';
import { pushAll } from '../../model/pushAll';
import { PRICE_RE } from './priceReader';
import { oneByte } from '../../text/oneByte';
import { shapeCards } from './cardGroup';
import { flatCards } from './flatCards';

/**
 * A price, as the one price reader of pages and cards reads it (priceReader.ts `PRICE_RE`; session 53). Its forms were
 * this file's own until then (sessions 51 and 52, kind56 and kind57: whole amounts with the currency after them,
 * currency codes before the amount and after it), and the grid's cards had a second reader (shopGrid.ts
 * `CARD_PRICE_RE`) that read forms the page's count did not ("120 lei", "12 990 Ft", "49 лв"): a shop printing them
 * had priced cards but no page price, so its product's buy box was no price and the page was read as a collection.
 * Re-exported here for the readers that import it from the kind signals.
 */
export { PRICE_RE };
/** Words of a shop's product page: buying, stock and variants (English; other languages' in kinds/shopWordsAbroad.ts). */
export const CART_RE = /\b(?:add(?:ed)? to (?:cart|bag|basket|trolley)|buy (?:it )?now|in stock|out of stock|sold out|sku|add to wish ?list|quantity|qty|free (?:shipping|delivery)|write a review|customer reviews)\b/gi;
/** Class words and text of a documentation site: tables of contents, section anchors, code highlighting. */
export const DOC_CLASS_RE = /toctree|sphinx|rst-content|headerlink|\bdocs?[-_]|[-_]docs?\b|md-nav|md-content|theme-doc|docusaurus|devsite|highlight-|sourceCode|mkdocs|gitbook|vuepress|docsearch|api-ref/i;
/** Text of a listing or collection's chrome: sorting, filtering, paging and counts of results. */
export const LISTING_TEXT_RE = /\b(?:sort by|filter(?:s| by)?|showing \d+|\d+ (?:results|products|items)|load more|view all|page \d+ of \d+|results? for)\b/gi;

/**
 * Pre-tests run before the three counts above, each a condition every match needs, so a text that fails one counts
 * 0 without the scan: every price holds an ASCII digit (`\d` without the `u` flag), and every cart or listing word holds
 * one of these words, matched as `CART_RE` and `LISTING_TEXT_RE` match them (case-insensitive, without `u`). Keep them
 * in step with the regexes (test/unit/speedSignals.test.ts checks them). Most paragraphs fail both: the counts were
 * 0.8% of the pipeline's CPU (every 20th wcxb-dev dump and the readability corpus), and cost 0.65-0.7 of that with
 * the pre-tests. With the word-list memo of containers below, `pageSignals`' CPU went 1.00 -> 0.89 (interleaved run).
 */
export const PRICE_NEEDS_RE = /[0-9]/;
export const SHOP_WORDS_NEED_RE = /add|buy|stock|sold|sku|quantity|qty|free|review|sort|filter|showing|result|products|items|load more|view all|page/i;

/**
 * A link or button that asks the reader to act on an offer ("Get a quote", "Book now", "Request a demo", "Contact us"):
 * a company's page has them, an article seldom (kinds/companyVoice.ts).
 */
export const CALL_TO_ACT_RE =
	/^(?:get a (?:free )?quote|(?:get|request|book|schedule) (?:a |your )?(?:free )?(?:demo|quote|call|consultation|appointment|estimate)|book (?:now|online)|get started|start (?:your )?free trial|try (?:it )?(?:for )?free|contact (?:us|sales)|call (?:us|now|today)|talk to (?:sales|us|an expert)|sign up(?: free| now)?|enquire now|apply now|buy now|order now)\b/i;
/** A call to act is a button's label, a few words. */
const MAX_CALL_TO_ACT_CHARS = 40;

/** Microdata's type of a product (`itemtype="https://schema.org/Product"`), not of its offer or its rating. */
export const PRODUCT_ITEMTYPE_RE = /^\s*https?:\/\/schema\.org\/Product\s*$/i;

/** A group needs this many sibling containers of one class to count as repeated items. */
const MIN_REPEATS = 3;
/** A card is short: a title, a line, maybe a price. Longer items are posts or sections. */
const MAX_CARD_CHARS = 400;

/**
 * Shop words ("add to cart", "in stock") on a page whose posts no rule named: its stamped, signed boxes are a product's
 * reviews, not a thread (kinds/anonymousPosts.ts). Two or more, as a buy box writes them.
 */
export const MAX_CART_WORDS_BESIDE_POSTS = 2;

/** Sibling containers that share one class signature: a thread's posts, a grid's cards, a feed's teasers. */
export interface RepeatedGroup {
	readonly signature: string;
	readonly items: readonly Container[];
	/** Visible characters of all items. */
	readonly chars: number;
	/** Items with a paragraph that reads as prose. */
	readonly proseItems: number;
	/** Items with a price in their text. */
	readonly pricedItems: number;
	/** Items holding a link. */
	readonly linkedItems: number;
}

export interface PageSignals {
	readonly chars: number;
	readonly proseChars: number;
	/** Paragraphs of prose at least `LONG_PARAGRAPH_CHARS` long. */
	readonly longParagraphs: number;
	readonly prices: number;
	readonly cartWords: number;
	readonly listingWords: number;
	readonly codeBlocks: number;
	/** Containers whose names are a documentation site's. */
	readonly docContainers: number;
	readonly headings: number;
	/** List items that are one link of a title's length, as in a feed or a search result list. */
	readonly linkItems: number;
	/** The repeated group of post-like containers with the most text, if any. */
	readonly posts?: RepeatedGroup;
	/** The repeated group of short linked cards with the most items, if any. */
	readonly cards?: RepeatedGroup;
	/** Containers that name a product (itemtype Product, class product...). */
	readonly productContainers: number;
	/** Containers typed `schema.org/Product` by microdata (`itemtype`): one on a product page, one per card on a grid. */
	readonly productItems: number;
	/** Containers typed as a thread's topic by microdata (`schema.org/DiscussionForumPosting` or `Question`; kinds/posts.ts). */
	readonly topicItems: number;
	/** Links labelled as a call to act on an offer (`CALL_TO_ACT_RE`). */
	readonly callsToAct: number;
	/** The forum, shop or documentation platform the page comes from, when its class words say so (platforms.ts). */
	readonly platform?: KindPlatform;
}

/** A paragraph this long is a real paragraph of prose, as articles have and grids do not. */
export const LONG_PARAGRAPH_CHARS = 150;
/** A list item that is a single link this long is a title (a listing), not a menu entry. */
const LINK_ITEM_CHARS = 25;

function count(re: RegExp, text: string): number {
	return matchCount(re, text);
}

function hasLink(inlines: readonly Inline[]): boolean {
	for (let i = 0; i < inlines.length; i++) {
		const n = inlines[i];
		if (n.kind === 'link') return true;
		if ((n.kind === 'emphasis' || n.kind === 'span') && hasLink(n.children)) return true;
	}
	return false;
}

/** Links among inlines whose label is a call to act (`CALL_TO_ACT_RE`). */
function callsToActIn(inlines: readonly Inline[]): number {
	let n = 0;
	for (let i = 0; i < inlines.length; i++) {
		const x = inlines[i];
		if (x.kind === 'link') {
			const label = collapse(inlineText(x.children));
			if (label.length <= MAX_CALL_TO_ACT_CHARS && CALL_TO_ACT_RE.test(label)) n++;
		} else if (x.kind === 'emphasis' || x.kind === 'span') n += callsToActIn(x.children);
	}
	return n;
}

/** Whether a block holds a link anywhere inside. */
export function blockHasLink(b: Block): boolean {
	if (b.kind === 'paragraph' || b.kind === 'heading') return hasLink(b.content);
	if (b.kind === 'list') return b.items.some((it) => it.children.some(blockHasLink));
	if (b.kind === 'div' || b.kind === 'htmlDiv' || b.kind === 'blockquote') return b.children.some(blockHasLink);
	return false;
}

/** Bits of a container's word list in `pageSignals`: a documentation site's, a product's. */
const DOC_WORDS = 1;
const PRODUCT_WORDS = 2;

/** Matches where one of the platforms' `detect` does (`anyOf`): most class lists name none. */
const ANY_PLATFORM = anyOf(KIND_PLATFORMS.map((p) => p.detect));

/** Gathers the kind signals of an indexed dump. Linear in the dump's blocks. */
export function pageSignals(index: BlockIndex): PageSignals {
	let prices = 0;
	let cartWords = 0;
	let listingWords = 0;
	let codeBlocks = 0;
	let headings = 0;
	let longParagraphs = 0;
	let linkItems = 0;
	let callsToAct = 0;
	const priceOf = new Map<Block, number>();
	const visit = (b: Block): number => {
		let p = 0;
		switch (b.kind) {
			case 'paragraph':
			case 'heading': {
				// A paragraph the index did not read (markup left as text) counts as empty.
				const text = b.kind === 'paragraph' && !index.rawText.has(b) ? '' : collapsedText(b);
				p = PRICE_NEEDS_RE.test(text) ? count(PRICE_RE, text) : 0;
				if (SHOP_WORDS_NEED_RE.test(text)) {
					cartWords += count(CART_RE, text);
					listingWords += count(LISTING_TEXT_RE, text);
				}
				// The same words in other languages ("In den Warenkorb", "Trier par"; kinds/shopWordsAbroad.ts).
				if (FOREIGN_SHOP_NEED_RE.test(text)) {
					// On a one-byte copy when it can be one: these `iu` phrases match a two-byte text many times slower (text/oneByte.ts).
					const narrow = oneByte(text);
					cartWords += count(FOREIGN_CART_RE, narrow);
					listingWords += count(FOREIGN_LISTING_RE, narrow);
				}
				if (text) callsToAct += callsToActIn(b.content);
				if (b.kind === 'heading') headings++;
				else if (index.proseCharsOf(b) >= LONG_PARAGRAPH_CHARS) longParagraphs++;
				break;
			}
			case 'code':
				// Only blocks that read as code: mock-ups, captions and word tables in `<pre>` are no documentation (codeLike.ts).
				if (!b.rawFormat && looksLikeCode(b.text)) codeBlocks++;
				break;
			case 'list':
				for (let i = 0; i < b.items.length; i++) {
					const children = b.items[i].children;
					// The item's one block that is not a spacer, counted without a filtered copy of its children.
					let only: Block | undefined;
					let kids = 0;
					for (let k = 0; k < children.length; k++) {
						const c = children[k];
						p += visit(c);
						if (c.kind !== 'spacer' && kids++ === 0) only = c;
					}
					if (kids === 1 && only!.kind === 'paragraph') {
						const s = index.statsOf(only!);
						if (s.chars >= LINK_ITEM_CHARS && linkDensity(s) > 0.9) linkItems++;
					}
				}
				break;
			case 'div':
			case 'htmlDiv':
				if (isHidden(divAttrParts(b))) break;
				for (let i = 0; i < b.children.length; i++) p += visit(b.children[i]);
				break;
			case 'blockquote':
				for (let i = 0; i < b.children.length; i++) p += visit(b.children[i]);
				break;
			case 'table':
				for (const row of b.header ? [b.header, ...b.rows] : b.rows) for (const cell of row.cells) for (const c of cell.blocks) p += visit(c);
				break;
			default:
				break;
		}
		if (p > 0) priceOf.set(b, p);
		prices += b.kind === 'paragraph' || b.kind === 'heading' ? p : 0;
		return p;
	};
	for (const b of index.doc.blocks) visit(b);

	let docContainers = 0;
	let productContainers = 0;
	let productItems = 0;
	let topicItems = 0;
	const postGroups: RepeatedGroup[] = [];
	let cards: RepeatedGroup | undefined;
	const groupsOf = (kids: readonly Block[], postsOnly = false): void => {
		// Most containers hold fewer than two classed containers, and so no group: no map is made for them.
		const classed: Container[] = [];
		for (const k of kids) if (isContainer(k) && divAttrParts(k).classes.length > 0 && !isHidden(divAttrParts(k))) classed.push(k);
		if (classed.length < 2) return;
		const bySig = new Map<string, Container[]>();
		for (const k of classed) {
			// The first class names the item; later ones are states (phpBB alternates `bg1` and `bg2`).
			const sig = divAttrParts(k).classes[0];
			const list = bySig.get(sig);
			if (list) list.push(k);
			else bySig.set(sig, [k]);
		}
		for (const [signature, items] of bySig) {
			if (items.length < 2) continue;
			let chars = 0;
			let proseItems = 0;
			let pricedItems = 0;
			let linkedItems = 0;
			for (const it of items) {
				const s = index.statsOf(it);
				chars += s.chars;
				if (s.proseChars > 0) proseItems++;
				if (priceOf.has(it)) pricedItems++;
				if (s.linkChars > 0 || it.children.some(blockHasLink)) linkedItems++;
			}
			const g: RepeatedGroup = { signature, items, chars, proseItems, pricedItems, linkedItems };
			const avg = chars / items.length;
			if (isPostGroup(g)) postGroups.push(g);
			if (!postsOnly && items.length >= MIN_REPEATS && avg <= MAX_CARD_CHARS && linkedItems >= items.length / 2 && (!cards || items.length > cards.items.length)) cards = g;
		}
	};
	groupsOf(index.doc.blocks);
	let platform: KindPlatform | undefined;
	// Each distinct word list is tested once: pages repeat the same few classes on thousands of containers.
	const tested = new Map<string, number>();
	for (let i = 0; i < index.containers.length; i++) {
		const c = index.containers[i];
		const words = index.containerWords[i];
		let t = tested.get(words);
		if (t === undefined) {
			// `schema.org/Product` holds "product": one test counts both.
			t = (DOC_CLASS_RE.test(words) ? DOC_WORDS : 0) | (/product/i.test(words) ? PRODUCT_WORDS : 0);
			// A word list seen before matched no platform: only new ones are tested, until one matches.
			if (platform === undefined && mayMatchAny(ANY_PLATFORM, words)) platform = KIND_PLATFORMS.find((p) => p.detect.test(words));
			tested.set(words, t);
		}
		if (t & DOC_WORDS) docContainers++;
		if (t & PRODUCT_WORDS) productContainers++;
		if (PRODUCT_ITEMTYPE_RE.test(attrValue(divAttrParts(c), 'itemtype') ?? '')) productItems++;
		if (isThreadTopic(c)) topicItems++;
		groupsOf(c.children);
	}
	// Posts written as a list's items (kinds/posts.ts); a list's cards are the listing kinds' business.
	for (const b of index.parent.keys()) {
		if (b.kind !== 'list') continue;
		groupsOf(listItemContainers(index, b), true);
		// Or as items that each hold a post's parts side by side (kinds/listItemPosts.ts).
		const parts = listItemPosts(index, b);
		if (parts) postGroups.push(parts);
	}
	// Posts by numbered ids, by a post class across the page, or written flat beside their headers (kinds/flatPosts.ts).
	pushAll(postGroups, numberedPosts(index));
	pushAll(postGroups, scatteredPosts(index));
	pushAll(postGroups, flatPosts(index));
	// Else a Q&A page's question and answers by their schema.org microdata, whatever its classes (kinds/qaMicrodataPosts.ts).
	const named = platformPosts(index, platform) ?? qaMicrodataPosts(index);
	// Where no rule found a post by its name or place, the posts by their shape alone (kinds/anonymousPosts.ts). So too
	// where the groups found hold too little of the page to be its thread (`MIN_POSTS_SHARE`), when the shape finds as
	// many posts at least: a class word that a few posts' quote boxes share is no thread's (with class words opaque, a
	// phpBB thread whose only group was such boxes was read as a listing, tuning declassed 0.82 -> 0.98); fewer are a
	// page's wrappers (a layout column and two dialogs beside the 21 named posts of a thread, 0.98 -> 0.94 as is).
	if (named === undefined && !postGroups.some((g) => g.chars >= index.rootStats.chars * MIN_POSTS_SHARE) && cartWords < MAX_CART_WORDS_BESIDE_POSTS) {
		const anonymous = anonymousPosts(index);
		if (anonymous && !postGroups.some((g) => g.items.length > anonymous.items.length)) postGroups.push(anonymous);
	}
	// Nor by their shape: flat posts by their place, each message after its poster's header (kinds/placedFlatPosts.ts).
	if (named === undefined && !postGroups.some((g) => g.chars >= index.rootStats.chars * MIN_POSTS_SHARE) && cartWords < MAX_CART_WORDS_BESIDE_POSTS) pushAll(postGroups, placedFlatPosts(index));
	const posts = choosePosts(threadsOnly(index, postGroups), index.rootStats.chars, named);
	return {
		chars: index.rootStats.chars,
		proseChars: index.rootStats.proseChars,
		longParagraphs,
		prices,
		cartWords,
		listingWords,
		codeBlocks,
		docContainers,
		headings,
		linkItems,
		posts,
		// Where no class word lined cards up, teaser cards by their blocks' shape (kinds/cardGroup.ts).
		// ...and where no box per card does, flat cards by the cycle of their parts (kinds/flatCards.ts).
		cards: cards ?? shapeCards(index) ?? flatCards(index),
		productContainers,
		productItems,
		topicItems,
		callsToAct,
		platform,
	};
}
