// A product named by a bold line on a page with no h1: the at-name rules and the product read start from it (kinds/nameLines.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { collapsedText } from '../../src/core/extract/inlineText';
import { boldNameLines, nameAnchors, productNameLine } from '../../src/core/extract/kinds/nameLines';
import { detectedKind as kindOf, forcedText } from '../util/kindFixtures';

const card = (i: number): string => `-   [Tidewater Lamp ${i}](/product/lamp-${i})\n\n    $${40 + i}.00\n\n    Add to cart\n`;
const grid = (): string => Array.from({ length: 9 }, (_, i) => card(i + 1)).join('\n');
const DESCRIPTION = 'A table lamp turned from ash and finished in linen, with a dimmer in its cord and a bulb that lasts ten years of evenings.';
const PROMO = 'Free delivery on orders over $80 this week';

/** A lamp's page: a promo bar, the name as `name`, its price, the cart button, its description, then a grid of other lamps. */
function lampPage(name: string): string {
	return `${PROMO}\n\n${name}\n\n$64.00\n\nQuantity\n\nAdd to cart\n\n## About the lamp\n\n${DESCRIPTION}\n\n## You may also like\n\n${grid()}`;
}

suite('A bold line as the product name', () => {
	test('a product named by a bold line, with no h1, stays a product over its related items\' grid', () => {
		assert.match(kindOf(lampPage('**Harbour Table Lamp**')), /^product/);
		assert.match(kindOf(lampPage('# Harbour Table Lamp')), /^product/);
	});

	test('the product read starts at the bold name: a breadcrumb and a shop notice before it go, the name and description stay', () => {
		const page = `Lighting › Table lamps\n\nOur workshop closes for the holidays on the 23rd; orders placed after that ship in January.\n\n${lampPage('**Harbour Table Lamp**')}`;
		const text = forcedText(page, 'product');
		assert.ok(text.includes('Harbour Table Lamp'), text);
		assert.ok(text.includes('turned from ash'), text);
		assert.ok(!text.includes('Table lamps') && !text.includes('workshop closes'), text);
	});

	test('a category with no h1 whose bold line is its own name stays a collection (its first price is a card\'s)', () => {
		const page = `**Table Lamps**\n\nLamps for reading and for evenings, made in our workshop.\n\nSort by\n\nFeatured\n\n${grid()}`;
		assert.match(kindOf(page), /^collection/);
		assert.strictEqual(productNameLine(new BlockIndex(parseDump(page))), undefined);
	});

	test('name lines: a whole bold paragraph, short, not a link, a list item or a table cell; h1s come first', () => {
		const lines = (dump: string): string[] => boldNameLines(new BlockIndex(parseDump(dump)), 3).map((b) => collapsedText(b));
		assert.deepStrictEqual(lines('Intro text\n\n**Harbour Table Lamp**\n\nMore'), ['Harbour Table Lamp']);
		assert.deepStrictEqual(lines('**[Harbour Table Lamp](/p/1)**\n\n-   **Lamps**\n\n**Lamp** with a shade\n\n**5**'), []);
		assert.deepStrictEqual(lines(`**${'Harbour Table Lamp '.repeat(10)}**`), []);
		const index = new BlockIndex(parseDump('**Shop lamps**\n\n# Harbour Table Lamp\n\n$64.00'));
		assert.deepStrictEqual(nameAnchors(index, 3).map((b) => collapsedText(b)), ['Harbour Table Lamp']);
	});
});
