// Price labels: a span that holds only a shop's spoken price label ("Sale price", "Regular price", "Unit price") is screen-reader text, whatever its class.
import type { Inline } from '../model/dumpDocument';

/**
 * The labels a shop theme writes before each card's price for screen readers: a price word qualified by what the
 * price is ("Regular price", "Sale price", "Unit price", "Original price", "Compare at price", "Price from"). Bare
 * "Price" is left out: a visible label of a spec table or a buy box says it too.
 */
const PRICE_LABEL_RE = /^(?:(?:regular|sale|unit|original|current|retail|list|special|compare(?:[- ]at)?|member|old|was|now|your|our|starting|from) price|price from|price per unit)[.:]?$/i;

/** A label is at most this long ("Compare at price:" is 17 characters); a longer span is a sentence, not a label. */
const MAX_LABEL_CHARS = 24;
/** A label span holds its words in at most this many text nodes (a soft break splits "Regular\nprice" in two). */
const MAX_LABEL_NODES = 3;

/**
 * Whether a span's children are only a spoken price label (`PRICE_LABEL_RE`): plain text in at most
 * `MAX_LABEL_NODES` nodes and `MAX_LABEL_CHARS` characters. The clean-up drops such spans when a screen-reader class
 * hides them (inlineText.ts `HIDING_CLASS_RE`); this reads their words instead, for sites whose class names are not
 * the frameworks' (a design system's own, or hashed): the labels are in front of every card's price, a dozen to a
 * hundred lines on a collection, and the truths keep them on 1 of 15 tuning pages whose dumps hold them.
 * Measured with the named comparison toggle (heuristics/cardControls.ts `NAMED_COMPARE_RE`), tuning part of wcxb-dev,
 * word F1, declassed (`EVAL_DECLASS=all`): all 0.86872 -> 0.86952 (A 0.86703 -> 0.86849, B 0.87024 -> 0.87045),
 * collection 0.7516 -> 0.7635 (A 0.7620 -> 0.7811, B 0.7393 -> 0.7427), product +0.0001, every other kind unchanged;
 * 14 pages up (the labels alone: a beauty shop's category 0.500 -> 0.577, a headphone shop's 0.387 -> 0.473 and a
 * coffee shop's 0.154 -> 0.180), none down. As is: see notes/s40/coll45.md (the frameworks' classes already hide most).
 */
export function isPriceLabelSpan(children: readonly Inline[]): boolean {
	if (children.length === 0 || children.length > MAX_LABEL_NODES) return false;
	let text = '';
	for (let i = 0; i < children.length; i++) {
		const c = children[i];
		if (c.kind !== 'text') return false;
		text += (i > 0 ? ' ' : '') + c.value;
		if (text.length > MAX_LABEL_CHARS + 8) return false;
	}
	const label = text.replace(/\s+/g, ' ').trim();
	return label.length > 0 && label.length <= MAX_LABEL_CHARS && PRICE_LABEL_RE.test(label);
}

/**
 * What may follow a price label in a unit-price template whose amount is empty: the separator and "per" ("Unit price
 * / per"), nothing with a digit or a word of its own.
 */
const EMPTY_UNIT_VALUE_RE = /^[\s/]{0,8}(?:per)?[\s/]{0,8}$/i;

/**
 * Where the rest of a span's children begins after a spoken price label (`isPriceLabelSpan`) that opens them (blank
 * text before it skipped), or -1 when no such label opens them.
 */
export function afterOpeningPriceLabel(children: readonly Inline[]): number {
	let i = 0;
	for (; i < children.length; i++) {
		const c = children[i];
		if (c.kind !== 'softbreak' && !(c.kind === 'text' && c.value.trim() === '')) break;
	}
	const first = children[i];
	return first?.kind === 'span' && isPriceLabelSpan(first.children) ? i + 1 : -1;
}

/**
 * Whether the visible text after a price label (`afterOpeningPriceLabel`) is an empty unit price: a shop theme prints
 * "Unit price / per" in every card, its amount filled only for goods sold by weight; the label is screen-reader text
 * and goes, and a bare "per" was left under every card's price once the class that hides it was unknown. The span
 * holding both is then hidden whole (inlineText.ts `isHiddenSpan`). Text shape only, no class word.
 * Measured (session 43, tuning part of wcxb-dev, word F1): declassed three collections of three shops up (a coffee
 * shop's 0.677 -> 0.725, a headphone shop's 0.513 -> 0.530 and another's 0.862 -> 0.870), no page down; as is no
 * page moves (the frameworks' screen-reader class hides the "per" already).
 */
export function isEmptyUnitValue(text: string): boolean {
	return EMPTY_UNIT_VALUE_RE.test(text);
}
