// One price reader for a page's text and a grid's cards (kinds/priceReader.ts): the forms it reads and the guards it keeps.
import * as assert from 'node:assert';
import { countPrices, hasPrice, PRICE_RE } from '../../src/core/extract/kinds/priceReader';

/** The prices `PRICE_RE` finds in a text, in order. */
function prices(text: string): string[] {
	PRICE_RE.lastIndex = 0;
	return text.match(PRICE_RE) ?? [];
}

suite('Price reader', () => {
	test('a sign or code before the amount, the page reader’s forms', () => {
		for (const t of ['$49.00', '€ 12,50', 'US$5', 'R$ 19,90', 'Rs. 499', 'USD 49', 'CHF 49.00', 'kr 299', 'kr. 1.299', 'SAR 120', '(AED 1,250)', '₺49,90', "CHF 1'299.00"]) {
			assert.ok(hasPrice(t), t);
		}
	});

	test('an amount with the currency after it, the card reader’s words and the page reader’s codes', () => {
		for (const t of ['49,90 €', '49.99 SEK', '549.56AED', '4,980円', '1 299 kr', '249€', '120 AED', '49 zł', '29 Kč']) {
			assert.ok(hasPrice(t), t);
		}
	});

	test('lei, лв, грн, TL, Ft and zł, each in the form shops print it', () => {
		assert.deepStrictEqual(prices('Rochie 129 lei, acum 99,90 lei'), ['129 lei', '99,90 lei']);
		assert.deepStrictEqual(prices('Цена: 49 лв. или 12,50 лв'), ['49 лв', '12,50 лв']);
		assert.deepStrictEqual(prices('Ціна 1 299 грн'), ['1 299 грн']);
		assert.deepStrictEqual(prices('Fiyat 49 TL, indirimli 39,90TL'), ['49 TL', '39,90TL']);
		assert.deepStrictEqual(prices('Ár: 12 990 Ft, most 990 Ft'), ['12 990 Ft', '990 Ft']);
		assert.deepStrictEqual(prices('Cena zł 49'), ['zł 49']);
	});

	test('codes inside tokens, versions, counts, feet and words that begin with a currency are no price', () => {
		for (const t of ['PHP 8.4', '3 CAD drawings', 'data:image/png;base64,SAR2CZK76kr4', 'model KR800', 'kr299', 'CHF49', '10 kroner', '12 krónur', '5 leilani', '6 Ft cable', 'a link ?a=%253Ft%253D0', 'Since 2019', '49 лвх']) {
			assert.strictEqual(hasPrice(t), false, t);
		}
	});

	test('countPrices counts every price and resets the shared regex', () => {
		assert.strictEqual(countPrices('$5, 49 lei, CHF 12 and 990 Ft'), 4);
		assert.strictEqual(countPrices('no digits here'), 0);
		assert.strictEqual(PRICE_RE.lastIndex, 0);
		assert.ok(hasPrice('$5'));
		assert.ok(hasPrice('$5'));
	});
});
