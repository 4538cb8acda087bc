// A shop's cart and listing words in other languages (data/shopWords.ts) as regexes the kind signals count beside the English ones.
import { SHOP_WORDS } from '../data/shopWords';

/*
 * Why: `CART_RE` and `LISTING_TEXT_RE` (kinds/signals.ts) are English, so a shop that prints "In den Warenkorb",
 * "Ajouter au panier" or "カートに入れる" counted no cart word and never read as a shop (issue 12). JavaScript's `\b`
 * knows ASCII letters only ("épuisé" has no `\b` before its "é"), so a phrase is bounded by lookarounds on Unicode
 * letters and digits instead; a Japanese or Chinese phrase has no boundary at all (those scripts put no space between
 * words). The regexes are alternations of literal phrases with lookarounds of one character: no nested quantifier, a
 * scan linear in the text. The pre-test (`FOREIGN_SHOP_NEED_RE`) is the phrases without their boundaries: a text
 * without any of them skips the scan, as almost every paragraph does.
 * Measured (wcxb-dev tuning part, 1054 pages): no English page changes; one French product page of half B read as an
 * article now reads as a product (its buy box, "Ajouter au panier", "En stock": 0.695 -> 0.697); product 0.75229 ->
 * 0.75232, every other kind and all metadata unchanged. Only two tuning shop pages print these words (the other, a
 * French collection, already read as one).
 */

/** Japanese and Chinese scripts, written without spaces between words. */
const CJK_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

function escape(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A phrase's regex source: `{n}` a number (the texts are collapsed: one plain space between words). */
function phraseSource(p: string): string {
	return p.split('{n}').map(escape).join('\\d+');
}

/** One regex for `phrases`: whole phrases anywhere (`g`), or at the text's start only (`anchored`). */
function phrasesRe(phrases: readonly string[], flags: string, anchored = false): RegExp {
	const spaced = phrases.filter((p) => !CJK_RE.test(p));
	const cjk = phrases.filter((p) => CJK_RE.test(p));
	// Longer phrases first, so that "nicht vorrätig" is one match, not "vorrätig" after it.
	const byLength = (xs: string[]): string => [...xs].sort((a, b) => b.length - a.length).map(phraseSource).join('|');
	const start = anchored ? '^' : '(?<![\\p{L}\\p{N}])';
	const parts: string[] = [];
	if (spaced.length) parts.push(`${start}(?:${byLength(spaced)})(?![\\p{L}\\p{N}])`);
	if (cjk.length) parts.push(`${anchored ? '^' : ''}(?:${byLength(cjk)})`);
	return new RegExp(parts.join('|'), flags);
}

/** Every language's cart phrases of data/shopWords.ts. */
export const FOREIGN_CART_PHRASES: readonly string[] = SHOP_WORDS.flatMap((l) => l.cart);
/** Every language's listing phrases of data/shopWords.ts. */
export const FOREIGN_LISTING_PHRASES: readonly string[] = SHOP_WORDS.flatMap((l) => l.listing);

/** A cart word of a shop in another language ("In den Warenkorb", "En stock", "Agotado", "カートに入れる"). */
export const FOREIGN_CART_RE = phrasesRe(FOREIGN_CART_PHRASES, 'giu');
/** A listing word of a shop in another language ("Sortieren nach", "Trier par", "24 productos"). */
export const FOREIGN_LISTING_RE = phrasesRe(FOREIGN_LISTING_PHRASES, 'giu');
/** A buying control's words in another language ("In den Warenkorb", "Agotado"; as kinds/buyBox.ts `BUY_CONTROL_RE`). */
export const FOREIGN_BUY_RE = phrasesRe(
	SHOP_WORDS.flatMap((l) => l.buy),
	'iu',
);
/** A heading of other products in another language ("Vous aimerez aussi", "Zuletzt angesehen"; heuristics/recommendationSections.ts). */
export const FOREIGN_RELATED_HEADING_RE = phrasesRe(
	SHOP_WORDS.flatMap((l) => l.related),
	'iu',
	true,
);

/**
 * A heading of the shop's delivery and return terms in another language ("Versand & Rückgabe", "Livraison et retours",
 * "配送と返品"; heuristics/policySections.ts). Anchored at the heading's start, as the English `POLICY_HEADING_RE`.
 */
export const FOREIGN_POLICY_HEADING_RE = phrasesRe(
	SHOP_WORDS.flatMap((l) => l.policy),
	'iu',
	true,
);

/**
 * Pre-test: the phrases of both regexes as plain text (a number's part left out), case-insensitive without `u` and
 * without boundaries, so a text that fails it holds no phrase. Without `u` the scan is twice as fast (non-ASCII letters
 * still match either case); on whole phrases few texts pass (every paragraph of the 1,054 tuning dumps: 411 of
 * 371,854 pass, 276 hold a phrase). The foreign words cost 0.58 s over those paragraphs against 0.38 s for the English
 * ones (a pre-test of each phrase's longest word instead: 1.8 s, 6,417 pass: "stock", "clients").
 */
export const FOREIGN_SHOP_NEED_RE = new RegExp(
	[...new Set([...FOREIGN_CART_PHRASES, ...FOREIGN_LISTING_PHRASES].map((p) => p.replace(/^\{n\} /, '')))].map(escape).join('|'),
	'i',
);
