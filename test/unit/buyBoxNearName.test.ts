// A price and a buying control in the first lines after the h1 make one product's page, whatever else it holds (kinds/buyBox.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { hasBuyBoxNearName, MAX_BLOCKS_TO_BUY, MAX_BLOCKS_TO_PRICE, MAX_CHARS_TO_PRICE } from '../../src/core/extract/kinds/buyBox';
import { extractDumpText } from '../util/kindFixtures';

const near = (dump: string): boolean => hasBuyBoxNearName(new BlockIndex(parseDump(dump)));
const lines = (n: number, word: string): string => Array.from({ length: n }, (_, i) => `${word} ${i + 1}`).join('\n\n');

/** A long product description: more long paragraphs than an article needs, and sections under h2s. */
const STORY = Array.from(
	{ length: 12 },
	(_, i) =>
		`## Built for the long haul, part ${i + 1}\n\nThe Ridgeline stove burns wood pellets cleanly for hours, and its double wall draws air from below so the flame stays steady in the wind. Part ${i + 1} of the story of how it was made, tested on the coast and in the mountains through a winter of storms.`,
).join('\n\n');

/** A product page whose buy box sits under its name, and whose description reads like an article. */
const PRODUCT = `# Ridgeline Stove\n\nRidgeline Outdoor\n\n4.7 stars (212 reviews)\n\n$149.95\n\nColour\n\n${lines(8, 'Swatch')}\n\nQuantity\n\n[Add to cart](/cart/add)\n\n${STORY}\n`;

suite('Buy box near the name', () => {
	test('a price and a cart button under the h1 are a buy box, in either order', () => {
		assert.ok(near(PRODUCT));
		assert.ok(near('# Trail 22 Daypack\n\nIn stock\n\nNow $89.00\n'));
	});

	test('a price without a buying control, or a buying word without a price, is no buy box', () => {
		assert.ok(!near('# Trail 22 Daypack\n\nNow $89.00\n\nA light pack for long days.\n'));
		assert.ok(!near('# Trail 22 Daypack\n\n[Add to cart](/cart/add)\n\nA light pack for long days.\n'));
	});

	test('the price must come within MAX_BLOCKS_TO_PRICE lines and the button within MAX_BLOCKS_TO_BUY', () => {
		// Lines long enough that the blocks before the price hold more than MAX_CHARS_TO_PRICE characters.
		const intro = 'A line of the category intro, long enough';
		assert.ok(intro.length * MAX_BLOCKS_TO_PRICE > MAX_CHARS_TO_PRICE);
		assert.ok(near(`# Stove\n\n${lines(MAX_BLOCKS_TO_PRICE - 1, intro)}\n\n$149.95\n\nAdd to cart\n`));
		assert.ok(!near(`# Stove\n\n${lines(MAX_BLOCKS_TO_PRICE, intro)}\n\n$149.95\n\nAdd to cart\n`));
		assert.ok(near(`# Stove\n\n$149.95\n\n${lines(MAX_BLOCKS_TO_BUY - 2, 'Swatch')}\n\nAdd to cart\n`));
		assert.ok(!near(`# Stove\n\n$149.95\n\n${lines(MAX_BLOCKS_TO_BUY - 1, 'Swatch')}\n\nAdd to cart\n`));
	});

	test('many short lines under the name (brand, item number, colour) push the price past the block window but not past MAX_CHARS_TO_PRICE', () => {
		const short = ['By Maker', 'Item 48213', 'Colour: Grey', 'Made in Spain', 'Limited run', 'In our studio'];
		const gap = [...short, ...short, ...short].join('\n\n');
		assert.ok(3 * short.length > MAX_BLOCKS_TO_PRICE && gap.length < MAX_CHARS_TO_PRICE);
		assert.ok(near(`# Stove\n\n${gap}\n\n$149.95\n\nAdd to cart\n`));
		// The same count of blocks holding a category's longer lines (facets, an intro) is no buy box.
		assert.ok(!near(`# Stove\n\n${lines(18, 'Refine by Features: Noise Cancelling 2 products')}\n\n$149.95\n\nAdd to cart\n`));
	});

	test("a cost table's Quantity column and a sentence naming a price are no buy box", () => {
		const table = '| Item | Quantity | Low | High |\n|------|----------|-----|------|\n| Outlet | 2 | $80 | $120 |\n';
		assert.ok(!near(`# What an electrician costs\n\nTypical range: $876 - $1,042\n\n${table}`));
		assert.ok(!near('# Stove review\n\nWe paid $149.95 for the Ridgeline stove at a shop in town, and it was well worth the money.\n\nIn stock at most shops.\n'));
		assert.ok(!near('Ridgeline Stove\n\n$149.95\n\nAdd to cart\n'), 'no h1, no name to stand under');
	});

	test('a product whose buy box lies a few lines below its name stays a product beside a grid of other products', () => {
		const card = (i: number): string => `-   [Ridgeline Boot ${i}](/product/${i})\n\n    $${120 + i}.95\n\n    Add to cart\n`;
		const grid = Array.from({ length: 9 }, (_, i) => card(i + 1)).join('\n');
		const rating = lines(6, 'Rating line');
		const product = `# Ridgeline Stove\n\n${rating}\n\n## Price\n\n$149.95\n\nAdd to cart\n\n## You may also like\n\n${grid}`;
		assert.strictEqual(extractDumpText(product).kind, 'product');
		// The same grid under a category's h1: the first card's price and button are the grid's, not a buy box.
		assert.strictEqual(extractDumpText(`# Boots\n\n${grid}`).kind, 'collection');
	});

	test('a product page with an article-length description is a product, not an article', () => {
		assert.strictEqual(extractDumpText(PRODUCT).kind, 'product');
		assert.strictEqual(extractDumpText(PRODUCT.replace('Quantity\n\n[Add to cart](/cart/add)', 'Read the story')).kind, 'article');
	});

	test('a page hidden whole until a script runs is read from its hidden h1; a visible h1 comes first', () => {
		const hidden = (inner: string): string => `::: {.lockdown-notice}\nAccess denied\n:::\n\n::: {.lockdown-content style="display:none;"}\n${inner}:::\n`;
		assert.ok(near(hidden('# Dark Roast Coffee\n\n$19.99\n\nSold out\n\nA bold roast of organic beans.\n')));
		assert.ok(!near(hidden('# Dark Roast Coffee\n\nA bold roast of organic beans.\n')), 'no buy box under the hidden name');
		// The visible h1 names the page: the hidden buy box further down is not under it.
		assert.ok(!near(`# Our roasts\n\n${lines(MAX_BLOCKS_TO_BUY, 'Roast')}\n\n${hidden('# Dark Roast Coffee\n\n$19.99\n\nSold out\n')}`));
	});
});
