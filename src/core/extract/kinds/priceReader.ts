// One price reader for a page's text and a grid's cards: a currency and an amount, in the forms shops of many countries print.

/**
 * Why one reader: the page's price count (signals.ts `PRICE_RE`) and a grid's cards (shopGrid.ts `CARD_PRICE_RE`)
 * each read some forms the other did not ("29 lei", "12 990 Ft", "49 лв" on cards only; "49.99 SEK", "SAR 120",
 * "4,980円" on the page only), so a shop whose cards printed one form had a grid but no price, or prices but no
 * grid, and its kind and its read depended on which reader saw the amount (session 52, kind57's "what is left").
 * Session 53 (coll58) joins them here; both callers read `PRICE_RE` or `hasPrice`.
 *
 * The forms (each match holds an ASCII digit, signals.ts `PRICE_NEEDS_RE`):
 * 1. a currency sign or a code glued to the text before the amount: "$49.00", "€ 12,50", "US$5", "R$ 19,90",
 *    "Rs. 499", "USD 49";
 * 2. an amount with cents and a currency after it: "49,90 €", "49.99 SEK", "549.56AED", "49,99 zł", "12,50 лв",
 *    "49,90 TL";
 * 3. a whole amount with a currency sign or short word after it ("49 €", "1 299 kr", "249€", "4,980円", "120 lei",
 *    "1 299 грн"), or a code after a space ("1 299 NOK", "120 AED", "49 TL"; not CAD: "3 CAD drawings");
 * 4. a whole amount of at least three digits, or of digit groups, with "Ft" after it ("12 990 Ft", "990 Ft"): the
 *    forint; "6 Ft" is six feet. The amount starts the text or follows a space or an opening bracket: "%253Ft" is a
 *    link's escaped "%3Ft";
 * 5. a currency code or sign before the amount ("CHF 49.00", "kr 299", "kr. 1.299", "zł 49", "SAR 120", "₺49,90",
 *    "CHF 1'299.00"). The code starts the text or follows a space or an opening bracket, and a space or a dot
 *    follows it, so codes inside tokens ("…SAR2CZK76…" in an image's data, a part number "SAR2") and codes glued to
 *    numbers are no price; "PHP" is left out (the language's versions: "PHP 8.4").
 *
 * A currency word after the amount must end there, before any Latin or Cyrillic letter ("10 kroner", "12 krónur",
 * "5 leilani" are no price). The amount forms start only where a run of digit groups starts (`(?<!\d[.,\s])`): tried
 * from every group of a long run ("123 456 789 …"), each try walked the rest of the run, quadratic in the run's length
 * (a 160 KB run took 4 s; now milliseconds).
 */
const SIGN_BEFORE = String.raw`(?:[$€£¥₹₩₽]|US\$|R\$|\bRs\.?|\bUSD|\bEUR|\bGBP)\s?\d{1,3}(?:[.,\s]\d{3})*(?:[.,]\d{1,2})?(?!\d)`;
/** Letters that may not follow a currency word after the amount: Latin (with accents) and Cyrillic. */
const WORD_END = String.raw`(?![A-Za-z\d\u00C0-\u024F\u0400-\u04FF])`;
const CENTS_AFTER = String.raw`(?<!\d[.,\s])\b\d{1,3}(?:[.,\s]\d{3})*[.,]\d{2}\s?(?:(?:€|£|zł|kr|Kč|₽|руб|USD|EUR|GBP|CHF|AUD|CAD|SEK|NOK|DKK|PLN|CZK|HUF|RON|SAR|AED|INR|NZD|SGD|HKD|ZAR|MXN|BRL|円|₺|₴|₪|\$)|(?:[Ll]ei|лв|грн|TL|Ft)${WORD_END})`;
const WHOLE_AFTER = String.raw`(?<![\d.,]|\d[.,\s])(?:\d{1,3}(?:[.,\s]\d{3})+|\d{1,6})(?:\s?(?:€|£|₽|zł|kr|Kč|円|₺|₴|₪|\$|[Ll]ei|лв|грн)|\s(?:USD|EUR|GBP|CHF|AUD|SEK|NOK|DKK|PLN|CZK|HUF|RON|SAR|AED|INR|NZD|SGD|HKD|ZAR|MXN|BRL|JPY|TL))${WORD_END}`;
const FORINT_AFTER = String.raw`(?<![^\s([])(?<!\d[.,\s])(?:\d{1,3}(?:[.\s]\d{3})+|\d{3,6})\s?Ft${WORD_END}`;
const CODE_BEFORE = String.raw`(?<![^\s([])(?:(?:CHF|kr|Kr|zł|SEK|NOK|DKK|ISK|PLN|CZK|HUF|RON|BGN|SAR|AED|QAR|KWD|BHD|OMR|EGP|INR|AUD|CAD|NZD|SGD|HKD|MYR|RM|ZAR|JPY|CNY|MXN|BRL|IDR|Rp|THB|NGN|KES|ILS|UAH)(?:\.\s?|\s)|[₱₺₴₪₦₫฿]\s?)\d{1,3}(?:[.,\s'’]\d{3})*(?:[.,]\d{1,2})?${WORD_END}`;

/** A price in any of the forms above (global: callers reset `lastIndex`, or use `hasPrice` and `countPrices`). */
export const PRICE_RE = new RegExp([SIGN_BEFORE, CENTS_AFTER, WHOLE_AFTER, FORINT_AFTER, CODE_BEFORE].join('|'), 'g');

/** Every match holds an ASCII digit: a text without one names no price, with no scan. */
const PRICE_NEEDS_RE = /[0-9]/;

/** Whether a text names a price (`PRICE_RE`). */
export function hasPrice(text: string): boolean {
	if (!PRICE_NEEDS_RE.test(text)) return false;
	PRICE_RE.lastIndex = 0;
	const found = PRICE_RE.test(text);
	PRICE_RE.lastIndex = 0;
	return found;
}

/** How many prices a text names (`PRICE_RE`). */
export function countPrices(text: string): number {
	if (!PRICE_NEEDS_RE.test(text)) return 0;
	PRICE_RE.lastIndex = 0;
	let n = 0;
	while (PRICE_RE.exec(text) !== null) n++;
	PRICE_RE.lastIndex = 0;
	return n;
}
