// Prices printed with a currency code or sign before the amount ("CHF 49.00", "kr 299", "SAR 120") make a product's buy box and a grid's priced cards alike (kinds/signals.ts PRICE_RE).
import * as assert from 'node:assert';
import { PRICE_RE } from '../../src/core/extract/kinds/signals';
import { matchCount } from '../../src/core/text/wordCount';
import { detectedKind as kindOf } from '../util/kindFixtures';

const prices = (text: string): number => matchCount(PRICE_RE, text);

const DESCRIPTION = [
	'A folding kayak paddle of carbon and glass fibre, light enough for a whole day on a lake and stiff enough for a headwind.',
	'The shaft splits in four for the rucksack, and the blades lock at three angles with one press of the ferrule button.',
].join('\n\n');

const RELATED = ['Spray Deck', 'Paddle Leash', 'Dry Bag', 'Bilge Pump', 'Deck Compass', 'Float Bag', 'Tow Line', 'Paddle Float', 'Seat Pad'];

/** A paddle's page: its name, maker, price and cart button, its description, then a list of related items priced `card`. */
function paddlePage(price: string, card: (i: number) => string): string {
	const related = RELATED.map((n, i) => `-   [${n}](/p/${i})\n\n    ${card(i)}`).join('\n');
	return `# Fjord Four-Part Touring Paddle\n\nLakeline Gear\n\n${price}\n\nAdd to cart\n\n## Description\n\n${DESCRIPTION}\n\n## You may also like\n\n${related}\n`;
}

suite('Currency codes before amounts', () => {
	test('a currency code or sign before an amount is a price', () => {
		assert.strictEqual(prices('CHF 49.00'), 1);
		assert.strictEqual(prices("Now CHF 1'299.00 instead of CHF 1'499.00"), 2);
		assert.strictEqual(prices('kr 299'), 1);
		assert.strictEqual(prices('kr. 1.299,-'), 1);
		assert.strictEqual(prices('SAR 120'), 1);
		assert.strictEqual(prices('(AED 1,250)'), 1);
		assert.strictEqual(prices('₺49,90'), 1);
	});

	test('codes inside tokens, glued to a number, or before a version or a unit are not', () => {
		assert.strictEqual(prices('PHP 8.4 and PHP 8.5 are out'), 0);
		assert.strictEqual(prices('iVBORwSAR2CZK76kr4'), 0);
		assert.strictEqual(prices('model SAR2 and part CZK76'), 0);
		assert.strictEqual(prices('xCHF 49 units'), 0);
		assert.strictEqual(prices('CAD 3D models'), 0);
	});

	test('a paddle priced "CHF 249.00" with its cart button under its name is a product', () => {
		const page = `# Fjord Four-Part Touring Paddle\n\nLakeline Gear\n\nCHF 249.00\n\nAdd to cart\n\n## Description\n\n${DESCRIPTION}\n`;
		assert.match(kindOf(page), /^product/);
	});

	test('a paddle priced "kr 2 499" over related items priced "kr 199" is a product, not a collection of them', () => {
		assert.match(kindOf(paddlePage('kr 2 499', (i) => `kr ${199 + i}`)), /^product \(price at the name/);
	});

	test('a category named by its h1, whose first price is a card\'s under a heading, stays a collection', () => {
		const related = RELATED.map((n, i) => `-   [${n}](/p/${i})\n\n    SAR ${120 + i}`).join('\n');
		const page = `# Paddling accessories\n\nEverything for the water, from decks to pumps.\n\n## All accessories\n\n${related}\n`;
		assert.match(kindOf(page), /^collection/);
	});
});

suite('Currency codes after amounts', () => {
	test('an amount with a currency code or sign after it is a price', () => {
		assert.strictEqual(prices('49 SEK'), 1);
		assert.strictEqual(prices('1 299 NOK'), 1);
		assert.strictEqual(prices('49.99 AED'), 1);
		assert.strictEqual(prices('549.56AED'), 1);
		assert.strictEqual(prices('4,980円'), 1);
		assert.strictEqual(prices('49,99 $'), 1);
	});

	test('codes glued to a whole number, or words after a count, are not', () => {
		assert.strictEqual(prices('%22USD%22'), 0);
		assert.strictEqual(prices('3 CAD drawings'), 0);
		assert.strictEqual(prices('12 SEKTOR'), 0);
	});

	test('a paddle priced "2 499 SEK" over related items priced "199 SEK" is a product, not a collection of them', () => {
		assert.match(kindOf(paddlePage('2 499 SEK', (i) => `${199 + i} SEK`)), /^product \(price at the name/);
	});

	test('a category whose cards are priced "120 AED" is a collection', () => {
		const related = RELATED.map((n, i) => `-   [${n}](/p/${i})\n\n    ${120 + i} AED`).join('\n');
		const page = `# Paddling accessories\n\nEverything for the water, from decks to pumps.\n\n## All accessories\n\n${related}\n`;
		assert.match(kindOf(page), /^collection/);
	});
});
