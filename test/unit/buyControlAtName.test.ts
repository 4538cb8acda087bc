// A cart button under the product's name, outside the grid, keeps a product whose price line is missing a product (kinds/buyControlAtName.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { CART_BUTTON_RE, hasBuyControlAtName } from '../../src/core/extract/kinds/buyControlAtName';
import { detectedKind as kindOf } from '../util/kindFixtures';

const card = (i: number, button = ''): string => `-   [Ridgeline Boot ${i}](/product/${i})\n\n    $${120 + i}.95${button ? `\n\n    ${button}` : ''}\n`;
const grid = (button = ''): string => Array.from({ length: 9 }, (_, i) => card(i + 1, button)).join('\n');
const DESCRIPTION = 'A waterproof leather boot for long days on rough trails, resoled by hand and built to last for years of walking.';

/** A product page whose price line is missing: its name, a size picker, a cart button, its description, then a grid of other boots. */
function productPage(button: string): string {
	return `# Ridgeline Boot\n\nSize\n\n42\n\n43\n\n44\n\n${button}\n\n## Made to last\n\n${DESCRIPTION}\n\n## You may also like\n\n${grid()}`;
}

suite('A cart button at the name', () => {
	test('a product without its price line stays a product by its cart button outside the grid', () => {
		assert.match(kindOf(productPage('Add to cart')), /^product/);
		assert.match(kindOf(productPage('Ajouter au panier')), /^product/);
	});

	test('without the button the same page is read as a collection (the rule is what makes it a product)', () => {
		assert.match(kindOf(productPage('Free returns')), /^collection/);
	});

	test('a category whose cards hold the cart buttons, under a stock filter and a "Buy now" promotion, stays a collection', () => {
		const page = `# Hiking Boots\n\nBoots for every trail, from day hikes to long treks.\n\nIn stock\n\nSort by\n\nBuy now\n\n${grid('Add to cart')}`;
		assert.strictEqual(hasBuyControlAtName(new BlockIndex(parseDump(page)), undefined), false);
		assert.match(kindOf(page), /^collection/);
	});

	test('cart buttons: the label at a short line\'s start', () => {
		for (const ok of ['Add to cart', 'Add to Bag', 'Add to basket - $110', '+ Add to trolley']) assert.ok(CART_BUTTON_RE.test(ok), ok);
		for (const no of ['Buy now', 'In stock', 'Quantity', 'Sold out', 'Why add to cart?']) assert.ok(!CART_BUTTON_RE.test(no), no);
	});
});
