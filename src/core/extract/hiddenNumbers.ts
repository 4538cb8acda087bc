// Hidden numbers: a screen-reader span kept for its digits is a short price, count or rating, not a title that holds a number.

/** A digit: a price, a count or a rating, which a namespaced screen-reader span may be the only copy of. */
const DIGIT_RE = /\d/;

/**
 * A kept span is this short at most. "Sale Price $17.60", "4.5 out of 5 stars", "(12 products)" and "Gear Capacity (L):
 * 25" fit; an icon button's label that names its card ("Save this event: Tech Workshop - Summer 2026", 44 characters)
 * and an embedded feed's caption ("Room tour at Titilaka, the only 5-star hotel …") do not. Counted on the half-A tuning
 * pages of wcxb-dev: 53 namespaced screen-reader spans hold a digit; the 25 longer than 30 characters are in no truth,
 * 8 of the 28 shorter ones are.
 */
export const MAX_HIDDEN_NUMBER_CHARS = 30;

/**
 * Whether a span under a namespaced screen-reader class (inlineText.ts `NAMESPACED_HIDING_CLASS_RE`) stays for its
 * number: it holds a digit and is no longer than `MAX_HIDDEN_NUMBER_CHARS` (spaces collapsed). Before this rule every
 * span with a digit stayed, so a card's "Save this event: <title>" and "Share this event: <title>" stayed whenever the
 * title held a year or a number, the title printed twice more per card.
 * Tuning part of wcxb-dev: see the commit message and notes/s30/coll30.md.
 */
export function isKeptHiddenNumber(text: string): boolean {
	if (!DIGIT_RE.test(text)) return false;
	return text.replace(/\s+/g, ' ').trim().length <= MAX_HIDDEN_NUMBER_CHARS;
}
