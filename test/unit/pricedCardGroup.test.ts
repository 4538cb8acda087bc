// Priced cards found by what each holds, whatever their classes, are no product's buy box (kinds/pricedCardGroup.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { pricedCardGroup } from '../../src/core/extract/kinds/pricedCardGroup';
import { detectedKind as kindOf } from '../util/kindFixtures';

const LANTERNS = ['Ridge Lantern 200', 'Canyon Lantern 350', 'Summit Glow Mini', 'Pine Hollow Lamp', 'River Camp Light', 'Ember Trail Lantern', 'North Fork Beacon', 'Cedar Loop Lamp'];

/** A camp shop's card: an image link, a name link, a price, a cart button; its class is its own (a theme that numbers its cards), so no class lines the cards up. */
const card = (name: string, i: number): string =>
	`::: {.tile-${i} .tile}\n[![${name}](/img/${i}.jpg)](/p/${i})\n\n[${name}](/p/${i})\n\n$${24 + i}.00\n\nAdd to cart\n:::`;

/** A category of lanterns: its h1, a sort toolbar, then its cards in one box. */
function categoryPage(cards: number): string {
	const grid = LANTERNS.slice(0, cards).map(card).join('\n\n');
	return `# Trail Lanterns\n\nSort by: Featured\n\n::: {.results}\n${grid}\n:::\n`;
}

/** One lantern's page: its h1, its price and cart button, a description, then related lanterns. */
function productPage(related: number): string {
	const rail = LANTERNS.slice(0, related).map(card).join('\n\n');
	const about = 'A lantern for long evenings at camp: three brightness settings, a warm mode that spares the eyes, and a battery that lasts a weekend.';
	return `# Granite Peak Lantern\n\n$89.00\n\nQuantity\n\nAdd to cart\n\n## About this lantern\n\n${about}\n\nSort by: Featured\n\n## You may also like\n\n::: {.related}\n${rail}\n:::\n`;
}

suite('Priced cards by what each holds (pricedCardGroup)', () => {
	test('a category whose cards share no class is a collection, not a product whose price is its first card\'s', () => {
		assert.strictEqual(kindOf(categoryPage(8)), 'collection (prices 8)');
	});

	test('the cards\' box is the group, whatever their classes', () => {
		const index = new BlockIndex(parseDump(categoryPage(8)));
		const group = pricedCardGroup(index);
		assert.ok(group !== undefined && group.block.kind === 'div');
		assert.strictEqual(group.cards, 8);
		assert.strictEqual(group.block.children.length, 8);
	});

	test('six such cards with no sort line and fewer than eight prices are a collection by their group, not a product by its cart words', () => {
		assert.strictEqual(kindOf(categoryPage(6).replace('Sort by: Featured\n\n', '')), 'collection (card group 6)');
	});

	test('a rail of five related items is no grid (a product page shows three to five)', () => {
		assert.strictEqual(pricedCardGroup(new BlockIndex(parseDump(categoryPage(5)))), undefined);
	});

	test('a product\'s own buy box over eight related cards stays the product\'s', () => {
		assert.match(kindOf(productPage(8)), /^product \(price at the name/);
	});

	test('boxes whose only link is the cart button are a product\'s offers, not cards', () => {
		const offers = ['Standard Edition', 'Deluxe Edition', 'Gold Edition', 'Collector Edition', 'Bundle Edition', 'Ultimate Edition']
			.map((e, i) => `::: {.offer-${i}}\n## Buy Harbour Lights ${e}\n\n$${20 + i * 10}.00\n\n[Add to cart](/cart/${i})\n:::`)
			.join('\n\n');
		const index = new BlockIndex(parseDump(`# Harbour Lights\n\n::: {.offers}\n${offers}\n:::\n`));
		assert.strictEqual(pricedCardGroup(index), undefined);
	});
});
