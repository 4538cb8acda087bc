// Card price repeats: inside one card, a line of prices only that opens with the amount the card's price line already said is the card's other price box, a copy.
import type { Block, SourceRange } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { collapsedText } from '../inlineText';
import { cardOf, filterBlockTree } from './cardRepeats';
import { countPrices, PRICE_RE } from '../kinds/priceReader';

/**
 * One amount with its currency symbol before or after it ("$1,999.95", "£ 8", "12,50 €"), and nothing else. Digit runs
 * are bounded; the symbol and the digits are distinct characters, so no two runs can match the same text.
 */
const AMOUNT = String.raw`(?:[$£€¥₹]\s?\d[\d.,]{0,15}|\d[\d.,]{0,15}\s?[€£])`;
/** A line of two or more amounts separated by white space and nothing else ("$1,999.95 $1,999.95", "$399.95 $579.95"). */
const PRICE_ROW_RE = new RegExp(`^${AMOUNT}(?:\\s{1,8}${AMOUNT}){1,5}$`);
/** A line that is one amount only ("$1,999.95"). */
const ONE_PRICE_RE = new RegExp(`^${AMOUNT}$`);
/** The first amount of a line, its digits only (currency spacing aside). */
const FIRST_AMOUNT_RE = /\d[\d.,]{0,15}/;
/** A line of prices only is short: six prices and their spaces. Longer lines are not read. */
const MAX_PRICE_LINE_CHARS = 120;

/**
 * How many prices a line holds when it holds prices only (`AMOUNT`s, or prices of the one price reader,
 * kinds/priceReader.ts: "kr. 1.999,95", "49,90 lei", "CHF 49.00"), else 0. Session 53 (coll58): the amounts above know
 * five signs, so a shop pricing its cards in crowns, lei or francs kept both price boxes of every card. Found on half B
 * of a price proxy (the tuning part with every "$49.00" written in lei, лв, Ft, zł, TL or kr by page, dumps and truths),
 * checked on half A: collection B 0.7996 -> 0.8059 declassed, 0.7984 -> 0.8055 as is (the headphone shop 0.633 ->
 * 0.814 and the coffee shop 0.852 -> 0.872, the two this rule was built on, now priced in crowns), half A unchanged (no
 * half-A shop prints two price boxes); the tuning part itself does not move on either yardstick.
 */
function pricesOnly(text: string): number {
	if (ONE_PRICE_RE.test(text)) return 1;
	if (PRICE_ROW_RE.test(text)) return 2;
	if (text.length > MAX_PRICE_LINE_CHARS) return 0;
	const n = countPrices(text);
	if (n === 0) return 0;
	PRICE_RE.lastIndex = 0;
	const rest = text.replace(PRICE_RE, '').trim();
	PRICE_RE.lastIndex = 0;
	return rest === '' ? n : 0;
}

/**
 * Shop themes print a card's price twice: a regular-price box and a sale box, side by side, and a style sheet shows
 * one by the card's state (Shopify's default theme: "$1,999.95" in the first box and "$1,999.95 ~~$1,999.95~~", the sale
 * and the compare-at price, in the second). Where the hiding class is a site's own word, or no class hides it, the
 * read keeps both boxes and the reader sees one. A line of prices only (`PRICE_ROW_RE`) whose first amount is the
 * amount of an earlier one-price line of the same card (`ONE_PRICE_RE`) is that second box and goes. A card that
 * prints its sale as one line ("$24.95 $14.97") with no price line before it keeps it; a single price said twice goes
 * by cardRepeats.ts already.
 * Wired in the collection strategy's card clean-up (kinds/collection.ts `withoutCardControls`). Measured (session 44,
 * eval --part tune of wcxb-dev, word F1): as is collection 0.83303 -> 0.83555 (half B 0.83726 -> 0.84277; a headphone shop's
 * category 0.689 -> 0.855, a coffee shop's 0.839 -> 0.849), declassed collection half B 0.78120 -> 0.78416, the same two pages 0.530 -> 0.615 and 0.827 -> 0.837;
 * no page down, half A and every other kind unchanged.
 */
export function dropCardPriceRepeats(blocks: readonly Block[], cards: readonly SourceRange[], removed: RemovedRegion[]): Block[] {
	if (cards.length === 0) return blocks as Block[];
	// Per card, the amounts its one-price lines said (a card says one or two).
	const said = new Map<number, Set<string>>();
	return filterBlockTree(blocks, (b) => {
		if (b.kind !== 'paragraph') return true;
		const card = cardOf(cards, b.range);
		if (card < 0) return true;
		const text = collapsedText(b).trim();
		const prices = pricesOnly(text);
		if (prices === 1) {
			const amount = FIRST_AMOUNT_RE.exec(text)?.[0];
			if (amount) {
				const amounts = said.get(card);
				if (amounts) amounts.add(amount);
				else said.set(card, new Set([amount]));
			}
			return true;
		}
		if (prices < 2) return true;
		const first = FIRST_AMOUNT_RE.exec(text)?.[0];
		if (!first || !said.get(card)?.has(first)) return true;
		removed.push({ range: b.range, step: 'card-price-repeat', signal: text });
		return false;
	});
}
