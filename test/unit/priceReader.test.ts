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

	test('the full-width yen, the won, the dong and the rouble, as their shops print them', () => {
		assert.deepStrictEqual(prices('価格 ￥1,980（税込）'), ['￥1,980']);
		assert.deepStrictEqual(prices('판매가 39,000원'), ['39,000원']);
		assert.deepStrictEqual(prices('Giá 199.000₫'), ['199.000₫']);
		assert.deepStrictEqual(prices('Цена 1 299 руб.'), ['1 299 руб']);
	});

	test('codes inside tokens, versions, counts, feet and words that begin with a currency are no price', () => {
		for (const t of ['PHP 8.4', '3 CAD drawings', 'data:image/png;base64,SAR2CZK76kr4', 'model KR800', 'kr299', 'CHF49', '10 kroner', '12 krónur', '5 leilani', '6 Ft cable', 'a link ?a=%253Ft%253D0', 'Since 2019', '49 лвх']) {
			assert.strictEqual(hasPrice(t), false, t);
		}
	});

	test('four to six digits without a thousands mark, after a sign or a code or before a currency with cents', () => {
		assert.deepStrictEqual(prices('Sofa $1999.95, was $ 2249.00; lamp €1299'), ['$1999.95', '$ 2249.00', '€1299']);
		// "CA$1299" is read from its sign on.
		assert.deepStrictEqual(prices('Camera CA$1299 or kr 12990 or INR 4999'), ['$1299', 'kr 12990', 'INR 4999']);
		assert.deepStrictEqual(prices('Sessel 1299,95 € statt 1499,00 €'), ['1299,95 €', '1499,00 €']);
	});

	test('a price filter’s range, a link’s parameter, a file name and a phone number are no long amount', () => {
		assert.deepStrictEqual(prices('$1000.00 to $1999.99 (4)'), []);
		assert.deepStrictEqual(prices('$1000 - $2499'), []);
		// The first end, with thousands marks or under a thousand, was read before and still is.
		assert.deepStrictEqual(prices('$750 to $1000'), ['$750']);
		assert.deepStrictEqual(prices('img.png?qlt=85&$1024-PNG$&fit=1'), []);
		assert.deepStrictEqual(prices('photo_6318$080142.jpg'), []);
		assert.deepStrictEqual(prices('Call £ 0800123456'), []);
		// A round number of hundreds without cents is a budget in prose; with cents, or not round, it is a price.
		assert.deepStrictEqual(prices('It costs about $2000 per month, $1500+ in winter, or kr 3000'), []);
		assert.deepStrictEqual(prices('Now $1200.00, was €1250'), ['$1200.00', '€1250']);
	});

	test('a whole amount with a dash for its cents, as German-speaking and Swiss shops print it', () => {
		assert.deepStrictEqual(prices('Jacke 49,- € statt 1.299,–, Sofa 1299,- €'), ['49,- €', '1.299,–', '1299,- €']);
		assert.deepStrictEqual(prices('Preis: 49,-\nnur 19,— Euro'), ['49,-', '19,— Euro']);
		assert.deepStrictEqual(prices("Uhr 1'299.- CHF, Band 49.-"), ["1'299.- CHF", '49.-']);
		assert.deepStrictEqual(prices('(49,-) **12,-**'), ['49,-', '12,-']);
		// With the sign before it, forms 1 and 5 read it, once.
		assert.strictEqual(countPrices('€ 49,- oder CHF 49.-'), 2);
	});

	test('a dash after a number that is no price: a score, a range, a version, a numbered list, prose', () => {
		for (const t of ['Endstand 3:2,- nach Verlängerung', '10,-15 Uhr', 'v1.2,- Fix', '1.--2. Juni', '1.- Introducción', '49,- Euros', 'see pages 49,- and 50', 'Seite 49,- siehe unten', 'match [A-Za-z0-9.-]+']) {
			assert.strictEqual(hasPrice(t), false, t);
		}
	});

	test('a round number of hundreds is a price in yen, won, rupees and roubles, and a budget in dollars, euros and pounds', () => {
		assert.deepStrictEqual(prices('Tee ¥1200, ramen ￥1500, bag ₩39000, kurta ₹4500, shirt Rs. 1500, tea ₽1200'), ['¥1200', '￥1500', '₩39000', '₹4500', 'Rs. 1500', '₽1200']);
		assert.deepStrictEqual(prices('about $2000, €3000 or £1500 a month, USD 2000 in all'), []);
		// A range's end stays no price in any currency.
		assert.deepStrictEqual(prices('¥1000 - ¥2000'), []);
	});

	test('countPrices counts every price and resets the shared regex', () => {
		assert.strictEqual(countPrices('$5, 49 lei, CHF 12 and 990 Ft'), 4);
		assert.strictEqual(countPrices('no digits here'), 0);
		assert.strictEqual(PRICE_RE.lastIndex, 0);
		assert.ok(hasPrice('$5'));
		assert.ok(hasPrice('$5'));
	});

	test('a whole amount whose currency symbol has the next label glued to it ("149€Current price")', () => {
		assert.deepStrictEqual(prices('149€Current price 199€Regular price'), ['149€', '199€']);
		assert.deepStrictEqual(prices('49£Sale'), ['49£']);
		for (const t of ['10 kroner', '5 leilani', '12 krónur', '149€uro', '49€ab']) assert.ok(!hasPrice(t), t);
	});
});
