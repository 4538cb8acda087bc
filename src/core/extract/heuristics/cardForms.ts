// Card forms: the buying form every card of a grid repeats (add to cart, wish list, compare, quantity, a quick-shop variant picker) is not the item.
import type { Block } from '../../model/dumpDocument';
import { divAttrParts } from '../../model/divNodes';
import type { RemovedRegion } from '../article';
import { type BlockIndex, type Container, isContainer } from '../blockIndex';
import { collapsedText } from '../inlineText';
import { cardOf, cardRanges, filterBlockTree, MIN_CARDS } from './cardRepeats';

/**
 * Words of a container's class or id (split at `-`, `_` and camel-case humps) that name a card's buying form:
 * Shopify's `product-form__input` and `product-form__buttons` (a quick-shop size picker with every variant and its
 * price), BigCommerce's `product-card_cart` (a subscription offer and its delivery options), React shops'
 * `atcWrapper_x`, `compare_x`, `WishlistButton`, `quantity_cart`. Pandoc keeps every option of their selects as text
 * ("1 bag 2 bags 5 bags", "Deliver Every 3 weeks Every 4 weeks …"). Not `swatch` (the colours a card lists are in
 * the truths of the wcxb-dev tuning part) nor `options` (a bundle's or a warranty's options). Measured with the
 * collection strategy's `tidyHidden` (kinds/collection.ts) on the tuning part of wcxb-dev: collection 0.7365 → 0.7446
 * (a coffee shop's grid 0.15 → 0.66, a gummies shop's 0.81 → 0.87, no page down), all 0.8716 → 0.8720.
 */
export const CARD_FORM_WORDS: ReadonlySet<string> = new Set(['form', 'forms', 'cart', 'atc', 'addtocart', 'basket', 'wishlist', 'compare', 'compared', 'quantity', 'qty']);

/**
 * A form holding more text than this is the card's own body that a theme named after its button (a
 * `cartButton` wrapper around the product's name, its bullets and its price), not a form.
 */
export const MAX_CARD_FORM_CHARS = 800;

/** The words of one class or id: `atcWrapper_UCJ` → atc, wrapper, ucj. */
function nameWords(name: string): string[] {
	return name
		.replace(/([a-z0-9])([A-Z])/g, '$1 $2')
		.toLowerCase()
		.split(/[^a-z0-9]+/)
		.filter((w) => w !== '');
}

/**
 * A name that also names the item's own parts is a wrapper of both (`compare-review` around a card's review count
 * and its compare box: the count is in the truth).
 */
const ITEM_PART_WORDS: ReadonlySet<string> = new Set(['review', 'reviews', 'rating', 'ratings', 'price', 'prices', 'title', 'name', 'description', 'details', 'info', 'information']);

/** A quick-shop, quick-add or quick-view panel: a card's own small buying form (its picker, its button). */
const QUICK_FORM_RE = /quick(?:shop|add|buy|view)/;

/**
 * A quick-buy panel's own label, the first line it shows ("Quick Shop", "Quick add", "Quick view"): the words a shop's
 * class would say, printed as the panel's text, so a shop whose class words no rule knows still names its form.
 * Measured (session 42, tuning part of wcxb-dev, word F1): declassed collection B 0.76348 -> 0.77797 (a coffee shop's
 * grid 0.213 -> 0.677: each card's size picker, its priced variants and "Product variants" gone), no page down; as is
 * no page moves (the same shop's panel is named by its class there).
 */
const QUICK_FORM_LABEL_RE = /^quick[ -]?(?:shop|add|buy|view)$/i;

/**
 * The one group name of every panel a quick-buy label opens. It was the label plus the panel's first class, so a shop
 * whose cards' boxes each carry a class of their own (no class word shared) never reached `MIN_CARDS` panels of one name.
 * Measured (session 57, tuning part of wcxb-dev, word F1): `EVAL_DECLASS=unique EVAL_NO_PLATFORMS=all` collection
 * 0.78393 -> 0.79263 (half A 0.7936 unchanged, half B 0.7724 -> 0.7914: a coffee shop's grid 0.227 -> 0.837, each card's
 * size picker and priced variants gone; no page down); as is and declassed no page moves (the panels share a class there).
 */
export const QUICK_LABEL_KEY = 'quick label';

/** How deep the label may sit under the panel's first children (a label in a box of its own). */
const MAX_LABEL_DEPTH = 3;

/** Whether the container opens with a quick-buy label (`QUICK_FORM_LABEL_RE`) and holds more than it: the panel around it. */
function opensWithQuickLabel(c: Container): boolean {
	if (c.children.length < 2) return false;
	let first: Block = c.children[0];
	for (let depth = 0; depth < MAX_LABEL_DEPTH && isContainer(first) && first.children.length > 0; depth++) first = first.children[0];
	if (isContainer(first)) return false;
	const text = collapsedText(first);
	return text.length <= 12 && QUICK_FORM_LABEL_RE.test(text);
}

/** The class or id of a container that names a buying form, digits folded (ids number each card), or undefined. */
function formName(c: Container): string | undefined {
	const attrs = divAttrParts(c);
	// The label names the form whatever the box's class: keyed by the label alone, so cards whose boxes share no class
	// word (every class its own token) still make one group (`QUICK_LABEL_KEY`).
	if (opensWithQuickLabel(c)) return QUICK_LABEL_KEY;
	for (const name of attrs.id ? [attrs.id, ...attrs.classes] : attrs.classes) {
		const words = nameWords(name);
		if (words.some((w) => ITEM_PART_WORDS.has(w))) continue;
		if (words.some((w) => CARD_FORM_WORDS.has(w)) || QUICK_FORM_RE.test(words.join(''))) return name.replace(/\d+/g, '0');
	}
	return undefined;
}

/** Whether a container shows a heading: a card's name, which a form never holds above its own small labels. */
function holdsTitle(b: Block): boolean {
	if (b.kind === 'heading') return b.level <= 4;
	if (isContainer(b) || b.kind === 'blockquote') return b.children.some(holdsTitle);
	if (b.kind === 'list') return b.items.some((it) => it.children.some(holdsTitle));
	return false;
}

/**
 * The source ranges (as `start:end`) of the cards' buying forms: outermost containers inside a card of a grid
 * (heuristics/cardRepeats.ts `cardRanges`) whose class or id names a form (`CARD_FORM_WORDS`), that hold no heading and at
 * most `MAX_CARD_FORM_CHARS` of text, and whose name recurs in at least `MIN_CARDS` cards: one such form is a page's
 * own control, the same form in every card is the grid's chrome.
 */
export function cardForms(index: BlockIndex): Map<string, string> {
	const cards = cardRanges(index);
	const byName = new Map<string, { forms: Container[]; cards: Set<number> }>();
	if (cards.length < MIN_CARDS) return new Map();
	for (const c of index.containers) {
		const name = formName(c);
		if (!name) continue;
		const card = cardOf(cards, c.range);
		if (card < 0) continue;
		if (collapsedText(c).length > MAX_CARD_FORM_CHARS || holdsTitle(c)) continue;
		const entry = byName.get(name) ?? { forms: [], cards: new Set<number>() };
		byName.set(name, entry);
		entry.forms.push(c);
		entry.cards.add(card);
	}
	const chosen = new Map<Block, string>();
	for (const [name, { forms, cards: seen }] of byName) if (seen.size >= MIN_CARDS) for (const f of forms) chosen.set(f, name);
	const out = new Map<string, string>();
	for (const [f, name] of chosen) {
		let outer = true;
		for (let p = index.parent.get(f); p !== undefined && outer; p = index.parent.get(p)) if (chosen.has(p)) outer = false;
		if (outer) out.set(`${f.range.start}:${f.range.end}`, name);
	}
	return out;
}

/** Drops the kept containers that are cards' buying forms (`cardForms`), at any depth. */
export function dropCardForms(blocks: readonly Block[], forms: ReadonlyMap<string, string>, removed: RemovedRegion[]): Block[] {
	if (forms.size === 0) return blocks as Block[];
	return filterBlockTree(blocks, (b) => {
		const name = isContainer(b) ? forms.get(`${b.range.start}:${b.range.end}`) : undefined;
		if (name === undefined) return true;
		removed.push({ range: b.range, step: 'card-form', signal: name });
		return false;
	});
}
