// Hidden prices: a screen-reader span that reads a price with its currency ("Original price was: $24.95.") is the card's price, said aloud.

/** A currency symbol beside a digit, either side: "$24.95", "£ 8", "39€", "12,50 €". */
const CURRENCY_PRICE_RE = /[$£€¥₹]\s?\d|\d\s?[€£]/;

/**
 * A kept span is this short at most, as for hidden numbers (hiddenNumbers.ts `MAX_HIDDEN_NUMBER_CHARS`): "Original price
 * was: $24.95." and "Current price is: 29€." fit; a filter's or a teaser's sentence that names a price does not.
 */
export const MAX_HIDDEN_PRICE_CHARS = 30;

/**
 * Whether a span under a plain screen-reader class (`screen-reader-text`, `sr-only`, `visually-hidden`, inlineText.ts
 * `HIDING_CLASS_RE`) stays for its price: it holds a currency symbol beside a digit and is no longer than
 * `MAX_HIDDEN_PRICE_CHARS` (spaces collapsed). WooCommerce, the most common shop software, writes every sale card's
 * prices this way ("Original price was: $24.95." "Current price is: $14.97.") and the annotators keep them.
 * Counted on the half-A tuning pages of wcxb-dev (the dumps' plain screen-reader spans of 30 characters or fewer with
 * a currency price): 24 spans, 20 of them in the truths (two shops' collections); the other 4 a filter's label, a
 * member reward and a product page's two WooCommerce prices. Before this rule every such span was dropped with the
 * spans' labels ("Sale price", "Regular price"), which hold no digit and still go.
 * Measured (eval, tuning part of wcxb-dev, 1054 pages): tuning +0.00004, half A +0.00004, half B +0.00004; collection
 * half A +0.0006, half B +0.0016 (two shops' sale grids up: 0.894 -> 0.918, 0.725 -> 0.776); product half B -0.0006
 * (two WooCommerce product pages down, 0.990 -> 0.964 and 0.537 -> 0.534: the buy box's price said twice); every
 * other page unchanged; Readability corpus 0.947, seeds 53/53 (notes/s32/coll35.md).
 * With the buy box's price line read whole (heuristics/buyBox.ts `isPriceLine`: "current", "is", "249€", "-40%"), the
 * product pages no longer fall (prod36, notes/s33/prod36.md): tuning 0.90137 -> 0.90144, half A 0.89907 -> 0.89912,
 * half B 0.90342 -> 0.90351; collection A 0.83466 -> 0.83529, B 0.82680 -> 0.82837; product A 0.76395 -> 0.76399,
 * B unchanged. Three sites up (two collections as above, a product page 0.5366 -> 0.5375), none down.
 */
export function isKeptHiddenPrice(text: string): boolean {
	if (!CURRENCY_PRICE_RE.test(text)) return false;
	return text.replace(/\s+/g, ' ').trim().length <= MAX_HIDDEN_PRICE_CHARS;
}
