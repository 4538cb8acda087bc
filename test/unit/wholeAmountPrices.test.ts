// Prices printed as whole amounts with the currency after them ("249 €") make a product's buy box and a grid's priced cards alike (kinds/signals.ts PRICE_RE).
import * as assert from 'node:assert';
import { PRICE_RE } from '../../src/core/extract/kinds/signals';
import { matchCount } from '../../src/core/text/wordCount';
import { detectedKind as kindOf } from '../util/kindFixtures';

const prices = (text: string): number => matchCount(PRICE_RE, text);

const DESCRIPTION = [
	'A light walking boot for long days on rocky paths, with a waterproof lining that keeps the feet dry through streams and wet grass.',
	'The sole grips on wet stone and loose gravel alike, and the padded collar keeps grit out of the boot on the way down a scree slope.',
].join('\n\n');

const RELATED = ['Trail Sock', 'Gaiter Pair', 'Boot Wax', 'Insole Plus', 'Lace Set', 'Boot Bag', 'Walking Pole', 'Rain Cover', 'Map Case'];

/** A walking boot's page: its name, brand, price and cart button, its description, then a list of related items priced `card`. */
function bootPage(price: string, card: (i: number) => string): string {
	const related = RELATED.map((n, i) => `-   [${n}](/p/${i})\n\n    ${card(i)}`).join('\n');
	return `# Alpine GTX Walking Boot\n\nSummit Works\n\n${price}\n\nAdd to cart\n\n## Description\n\n${DESCRIPTION}\n\n## You may also like\n\n${related}\n`;
}

suite('Whole-amount prices at the name', () => {
	test('a whole amount with a currency sign or word after it is a price', () => {
		assert.strictEqual(prices('249 €'), 1);
		assert.strictEqual(prices('Now 1.299 € instead of 1.499 €'), 2);
		assert.strictEqual(prices('1 299 kr'), 1);
		assert.strictEqual(prices('49€'), 1);
		assert.strictEqual(prices('19 zł'), 1);
	});

	test('units, longer words and years without a currency are not', () => {
		assert.strictEqual(prices('A 6 Ft table'), 0);
		assert.strictEqual(prices('10 kroner coins'), 0);
		assert.strictEqual(prices('12 krónur of seed'), 0);
		assert.strictEqual(prices('Since 2019, in 12 countries'), 0);
	});

	test('a boot priced "249 €" with its cart button under its name is a product', () => {
		const page = `# Alpine GTX Walking Boot\n\nSummit Works\n\n249 €\n\nAdd to cart\n\n## Description\n\n${DESCRIPTION}\n`;
		assert.match(kindOf(page), /^product/);
	});

	test('a boot priced "249 €" over a list of related items priced "19 €" is a product, not a collection of them', () => {
		assert.match(kindOf(bootPage('249 €', (i) => `${19 + i} €`)), /^product \(price at the name/);
	});

	test('a category named by its h1, whose first price is a card\'s under a heading, stays a collection', () => {
		const related = RELATED.map((n, i) => `-   [${n}](/p/${i})\n\n    ${19 + i} €`).join('\n');
		const page = `# Walking accessories\n\nEverything for the trail, from socks to poles.\n\n## All accessories\n\n${related}\n`;
		assert.match(kindOf(page), /^collection/);
	});
});
