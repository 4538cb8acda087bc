// A category of a few priced cards, each linking to its own item, under a bare h1 is a collection (kinds/fewCardCategory.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { blockText } from '../../src/core/extract/inlineText';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { isFewCardCategory } from '../../src/core/extract/kinds/fewCardCategory';
import { detectedKind as kindOf } from '../util/kindFixtures';

const KETTLES = ['Harbor Kettle 1.2 l', 'Meadow Kettle 1.7 l', 'Slate Travel Kettle', 'Copperline Kettle'];

/** A kitchen shop's card: an image link, a name link, a price, a cart button; each card's class is its own. */
const card = (name: string, i: number): string =>
	`::: {.tile-${i}}\n[![${name}](/img/${i}.jpg)](/p/${i})\n\n[${name}](/p/${i})\n\n$${34 + i}.00\n\nAdd to cart\n:::`;

/** A category of three kettles: its h1, a line of prose, then its cards in one box. */
function categoryPage(cards = 3, under = 'Kettles that boil fast and pour clean, for the counter or the road.'): string {
	const grid = KETTLES.slice(0, cards).map(card).join('\n\n');
	return `# Kettles\n\n${under}\n\n::: {.items}\n${grid}\n:::\n`;
}

/** One kettle's page: its h1, its price and cart button, a description, then three related kettles. */
function productPage(): string {
	const rail = KETTLES.slice(0, 3).map(card).join('\n\n');
	const about = 'A kettle with a long spout and a lid that opens wide: it fills from the tap and pours without a drip.';
	return `# Stonebrook Kettle\n\n$59.00\n\nAdd to cart\n\n## About this kettle\n\n${about}\n\n## You may also like\n\n::: {.more}\n${rail}\n:::\n`;
}

/** A shop's menu of category links above the h1, and its footer's columns below the cards, no class word naming either. */
const MENU = ['Kitchen', 'Garden', 'Lighting', 'Bath', 'Storage', 'Outdoor', 'Gifts', 'Sale'].map((c) => `-   [${c}](/c/${c.toLowerCase()})`).join('\n');
const FOOTER = ['About us', 'Shipping', 'Returns', 'Contact', 'Careers', 'Press'].map((c) => `-   [${c}](/info/${c.toLowerCase().replace(' ', '-')})`).join('\n');
const shopPage = (): string => `::: {.top}\n${MENU}\n:::\n\n${categoryPage()}\n::: {.bottom}\n${FOOTER}\n\nSign up for our letters and hear of new kettles first.\n:::\n`;

const fires = (dump: string): boolean => isFewCardCategory(new BlockIndex(parseDump(dump)), 0, () => false) !== undefined;

suite('A category of a few priced cards (fewCardCategory)', () => {
	test('three priced cards with cart buttons under a bare h1 are a collection, not a product by its cart words', () => {
		assert.strictEqual(kindOf(categoryPage()), 'collection (few priced cards)');
	});

	test('a product\'s price and cart button under its h1 keep its three related cards its recommendations', () => {
		assert.match(kindOf(productPage()), /^product/);
		assert.strictEqual(fires(productPage()), false);
	});

	test('a linked price line under the h1 ("Gifts under $50") is a way into the shop, not a buy box', () => {
		assert.strictEqual(fires(categoryPage(3, '[Gifts under $50](/c/gifts-50)')), true);
		assert.strictEqual(fires(categoryPage(3, '$45.00')), false);
	});

	test('boxes that link to one page (a product\'s editions) or only by a call to act (a service\'s plans) are no cards', () => {
		const editions = ['Basic', 'Plus', 'Deluxe'].map((e, i) => `::: {.ed-${i}}\n[${e} edition](/p/stonebrook)\n\n$${40 + i * 10}.00\n:::`).join('\n\n');
		assert.strictEqual(fires(`# Stonebrook Kettle\n\n::: {.editions}\n${editions}\n:::\n`), false);
		const plans = ['Starter', 'Plus', 'Premier'].map((e, i) => `::: {.plan-${i}}\n### ${e}\n\n$${99 + i * 100}\n\n[Order now](/buy/${i})\n:::`).join('\n\n');
		assert.strictEqual(fires(`# Our packages\n\n::: {.plans}\n${plans}\n:::\n`), false);
	});

	test('two cards are too few, and a card naming the h1 is the product itself', () => {
		assert.strictEqual(fires(categoryPage(2)), false);
		assert.strictEqual(fires(categoryPage(3).replace('# Kettles', '# Meadow Kettle 1.7 l')), false);
	});

	test('a category detected by its few cards is read from its h1 to its cards\' end: prose and cards, not the menu or the footer', () => {
		const text = extractArticle(parseDump(shopPage())).blocks.map((b) => blockText(b)).join('\n');
		assert.match(text, /boil fast and pour clean/);
		for (const name of KETTLES.slice(0, 3)) assert.ok(text.includes(name), name);
		assert.doesNotMatch(text, /Garden|Lighting|Returns|Careers|Sign up/);
	});

	test('a cart drawer of priced picks above the h1 (a subtotal, a checkout button) is chrome: the read still goes from the h1 to the cards', () => {
		const picks = ['Descaler tablets', 'Tea strainer', 'Cork trivet'].map((n, i) => `::: {.pick-${i}}\n${n}\n\n$${4 + i}.50\n\nAdd\n:::`).join('\n\n');
		const drawer = `::: {.panel}\nYour cart is empty\n\nYou may also like\n\n${picks}\n\nSubtotal\n\n$0.00\n\nCheckout\n:::`;
		const page = shopPage().replace(':::\n\n# Kettles', `\n${drawer}\n:::\n\n# Kettles`);
		const text = extractArticle(parseDump(page)).blocks.map((b) => blockText(b)).join('\n');
		assert.match(text, /boil fast and pour clean/);
		for (const name of KETTLES.slice(0, 3)) assert.ok(text.includes(name), name);
		assert.doesNotMatch(text, /Garden|Tea strainer|Subtotal|Careers|Sign up/);
	});
});
