// Shop chrome around a product: modals, flyouts, recommendation carousels and review widgets, set aside so the product's own text is what remains.
import type { Block } from '../../model/dumpDocument';
import { divAttrParts } from '../../model/divNodes';
import { type Attempt, type BlockIndex, type Candidate, isContainer, ROOT } from '../blockIndex';
import { attrWords, collapse, collapsedText, inlineText, isHidden } from '../inlineText';
import { isNonModal } from '../prune';
import { wholePage } from './wholePage';
import { rangeCover } from '../rangeCover';

/**
 * Class and id words of what a shop page shows around its product: overlays (a size guide, the privacy policy, a
 * review-language flyout), other products (recommendations, recently viewed, cross-sells) and the review widget.
 * Annotators leave them out, and the article pipeline often picks one of them because it holds the longest
 * paragraphs outside the product's short description.
 * Variant pickers were added later, as the class words shop platforms write for them (Shopify's `variant-picker`,
 * `variant-radios`, `product-form__input`; WooCommerce's `variations_form`; Magento's `swatch-opt` and
 * `product-options-wrapper`; BigCommerce's `productView-options`): colour and size buttons, and a select that pandoc
 * writes as one run of every option and price. Tuning part, product 0.6682 → 0.6694 (three pages of two shops up,
 * +0.02 to +0.03; one down by 0.006).
 * The shop's selling points came last: a "USP" bar (`usp-container`, `usps_container`, a revolving `usp-` strip of
 * "Free delivery over…", "Easy returns") and value-proposition sections (`section-value-props`,
 * `ServiceValuePropositions`: "Fast shipping", "Purchase with purpose", a newsletter discount). They speak of the
 * shop, not the product. Tuning part, product 0.678 → 0.686 (eight pages of four shops up, +0.01 to +0.27; one down,
 * -0.17, whose truth keeps that shop's value propositions on one page of four).
 * Not editorial reviews (`editorialReviews`, `editorial-reviews`): a bookshop's press quotes and blurbs about the
 * book, which annotators keep with its description. Studied on half A: a bookshop's page read as a service page
 * (kinds/shopChrome.ts) lost them, 0.39 → 0.92 with them back; with the shop profiles off (EVAL_NO_PLATFORMS=shop,
 * the page then read as a collection) 0.57 → 0.69, product 0.722 → 0.724; half B unchanged.
 */
export const PRODUCT_CHROME_RE =
	/(?:^|[\s_-])usps?(?:$|[\s_-])|value-?prop|modal|popup|pop-up|dialog|flyout|drawer|lightbox|size-?guide|size-?chart|recommend|recently|upsell|up-sell|cross-?sell|also-?(?:like|bought|viewed)|similar|related|carousel|(?<!editorial[\s_-]?)reviews?(?:\b|_|-)|ratings?(?:\b|_|-)|variant-?(?:picker|radios|selects?|selectors?|options?|swatch\w*)|product-form__input|swatch|product-options|productView-options|variations(?:_form)?/i;

/** The product's heading: the first visible level-1 heading with text (hidden too with `hidden`: a page hidden whole), or undefined. */
export function productHeading(index: BlockIndex, hidden = false): Block | undefined {
	return levelOneHeadings(index, 1, hidden)[0];
}

/**
 * The first `limit` level-1 headings with text, in page order: visible ones only unless `hidden`. A page can carry
 * more than one h1, a widget's title ("Follow the author") before the product's name (kinds/buyBoxAtName.ts).
 */
export function levelOneHeadings(index: BlockIndex, limit: number, hidden = false): Block[] {
	const found: Block[] = [];
	for (const b of index.order.keys()) {
		if (found.length >= limit) break;
		if (b.kind !== 'heading' || b.level !== 1 || collapse(inlineText(b.content)) === '') continue;
		let visible = true;
		if (!hidden) for (let p = index.parent.get(b); p !== undefined && visible; p = index.parent.get(p)) if ((p.kind === 'div' || p.kind === 'htmlDiv') && isHidden(divAttrParts(p))) visible = false;
		if (visible) found.push(b);
	}
	return found;
}

/**
 * The first `max` text blocks after `name` in reading order, each with its text: containers, lists and tables are
 * walked through, empty blocks skipped. The walks from a product's name (kinds/buyControlAtName.ts, stockAtName.ts)
 * read these and decide what ends them.
 */
export function* textBlocksAfter(index: BlockIndex, name: Block, max: number): Generator<[Block, string]> {
	const blocks = index.order.blocks;
	let seen = 0;
	for (let at = (index.order.get(name) ?? 0) + 1; at < blocks.length; at++) {
		const b = blocks[at];
		if (isContainer(b) || b.kind === 'list' || b.kind === 'table') continue;
		const text = collapsedText(b);
		if (text === '') continue;
		if (++seen > max) return;
		yield [b, text];
	}
}

/**
 * A buy box's short line: a brand, a colour, an item number, a size, a badge ("By Maker Company", "Colour: Slate
 * grey"). As long as a cart button's line (buyControlAtName.ts `MAX_CONTROL_CHARS`).
 */
export const SHORT_LINE_CHARS = 40;

/**
 * Short lines read past free of charge by a window counted in text blocks after the name (stockAtName.ts): a shop
 * that prints its maker, item number, colour and origin between the name and the stock line (six lines,
 * `EVAL_PERTURB=gap`) pushed the stock line out of its window of 5. Eight: the gap's six and two spare.
 * Tried on the price and rating at the name too (buyBoxAtName.ts) and dropped: under `gap`, declassed, two
 * categories (one of each half) reached their first card's price past their sort lines and became products
 * (collection 0.8087 → 0.7965); a category's stock filters are no stock lines (stockAtName.ts `STOCK_LINE_RE`).
 */
export const SHORT_LINES_READ_PAST = 8;

/**
 * Whether the `seen`-th text block after the name, `short` of them short lines (`SHORT_LINE_CHARS`), lies past a
 * window of `max` text blocks when up to `SHORT_LINES_READ_PAST` short lines are read past free (session 60).
 */
export function pastWindow(seen: number, short: number, max: number): boolean {
	return seen > max + Math.min(short, SHORT_LINES_READ_PAST);
}

/**
 * A container named as chrome that holds this share of the page's text is the page's own frame
 * (`product-carousel-wrapper` around it all). Not a share of the prose: a size guide or a returns policy in a modal
 * often holds most of a product page's prose, which is why the article pipeline picks it.
 */
export const PAGE_FRAME_SHARE = 0.9;

// Per index: kind detection and the product strategy both ask.
const chromeOf = new WeakMap<BlockIndex, Map<Block, string>>();

/**
 * Containers named as shop chrome, with the word that named them. A container that holds the product's heading or
 * nearly all the page's text is the product's own wrapper whatever its name.
 */
export function productChrome(index: BlockIndex): ReadonlyMap<Block, string> {
	const cached = chromeOf.get(index);
	if (cached) return cached;
	const chrome = new Map<Block, string>();
	chromeOf.set(index, chrome);
	const heading = productHeading(index);
	const chars = index.rootStats.chars;
	for (const c of index.containers) {
		const attrs = divAttrParts(c);
		const m = PRODUCT_CHROME_RE.exec(attrWords(attrs));
		// A sheet marked non-modal (prune.ts) is read beside the product: a "Description" sheet, not a size guide's modal.
		if (!m || isNonModal(attrs)) continue;
		if (heading && index.isInside(heading, c)) continue;
		if (index.charsOf(c) >= chars * PAGE_FRAME_SHARE) continue;
		chrome.set(c, m[0]);
	}
	return chrome;
}

/** Whether a candidate region lies inside shop chrome (a modal, a flyout, a carousel of other products). */
export function insideChrome(index: BlockIndex, region: Block | Candidate, chrome: ReadonlyMap<Block, string>): boolean {
	if (region === ROOT) return false;
	for (let p: Block | undefined = region; p !== undefined; p = index.parent.get(p)) if (chrome.has(p)) return true;
	return false;
}

/** The whole page less its named chrome (wholePage.ts) and its shop chrome: the product's name, buy box, description and details. */
export function productPage(index: BlockIndex, chrome: ReadonlyMap<Block, string>, whole: Attempt = wholePage(index)): Attempt {
	return withoutChrome(whole, chrome);
}

/**
 * The attempt less the blocks that sit inside shop chrome: the article pipeline's region can be the page's wrapper,
 * and then the size guide or the review flyout beside the product comes with it. Chrome ranges are sorted and
 * merged once, and each kept block is looked up by binary search.
 */
export function withoutChrome(attempt: Attempt, chrome: ReadonlyMap<Block, string>): Attempt {
	const inside = rangeCover([...chrome.keys()].map((c) => c.range));
	if (inside === undefined) return attempt;
	return withoutBlocks(attempt, inside, 'shop-chrome');
}

/**
 * The attempt less its top-level blocks that `drop` picks, with its character count lowered by their text; recorded
 * as removed under `step` when one is given.
 */
export function withoutBlocks(attempt: Attempt, drop: (b: Block) => boolean, step?: string): Attempt {
	const removed = step === undefined ? attempt.removed : [...attempt.removed];
	let chars = attempt.chars;
	const blocks = attempt.blocks.filter((b) => {
		if (!drop(b)) return true;
		if (step !== undefined) removed.push({ range: b.range, step, signal: b.kind });
		chars -= collapsedText(b).length;
		return false;
	});
	return blocks.length === attempt.blocks.length ? attempt : { ...attempt, blocks, removed, chars: Math.max(0, chars) };
}
