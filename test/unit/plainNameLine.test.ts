// A product named by a plain line on a page with no h1 and no bold name: a second witness makes it the name (kinds/nameLines.ts plainNameLines).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { collapsedText } from '../../src/core/extract/inlineText';
import { nameAnchors, plainNameLines, productNameLine } from '../../src/core/extract/kinds/nameLines';
import { detectedKind as kindOf } from '../util/kindFixtures';

const card = (i: number): string => `-   [Tidewater Lamp ${i}](/product/lamp-${i})\n\n    $${40 + i}.00\n\n    Add to cart\n`;
const grid = (): string => Array.from({ length: 9 }, (_, i) => card(i + 1)).join('\n');
const DESCRIPTION = 'A table lamp turned from ash and finished in linen, with a dimmer in its cord and a bulb that lasts ten years of evenings.';
const PROMO = 'Free delivery on orders over $80 this week';
const GALLERY = '![Harbour Table Lamp - view 1](/img/lamp-1.jpg) ![Harbour Table Lamp - view 2](/img/lamp-2.jpg)';

const names = (dump: string): string[] => plainNameLines(new BlockIndex(parseDump(dump)), 3).map((b) => collapsedText(b));

suite('A plain line as the product name', () => {
	test('a product named by a plain line over its gallery\'s pictures stays a product over its related items\' grid', () => {
		const page = `${PROMO}\n\n${GALLERY}\n\nHarbour Table Lamp\n\nLinen shade\n\n$64.00\n\nQuantity\n\n## About the lamp\n\n${DESCRIPTION}\n\n## You may also like\n\n${grid()}`;
		assert.match(kindOf(page), /^product/);
		const index = new BlockIndex(parseDump(page));
		assert.deepStrictEqual(nameAnchors(index, 3).map((b) => collapsedText(b)), ['Harbour Table Lamp']);
		assert.strictEqual(productNameLine(index) && collapsedText(productNameLine(index)!), 'Harbour Table Lamp');
	});

	test('witnesses: an alt text beats a list item; a line right above the price with a cart button after it; labels between are read past', () => {
		assert.deepStrictEqual(names(`${GALLERY}\n\nHarbour Table Lamp\n\nLinen shade\n\n$64.00\n\n-   Linen shade\n-   Ash base`), ['Harbour Table Lamp']);
		assert.deepStrictEqual(names('Lighting\n\nHarbour Table Lamp\n\nLinen shade\n\n$64.00\n\n-   Lamps\n-   Linen shade'), ['Linen shade']);
		assert.deepStrictEqual(names('Lighting\n\nHarbour Table Lamp\n\nWas:\n\n$64.00\n\nQuantity\n\nAdd to cart'), ['Harbour Table Lamp']);
		assert.deepStrictEqual(names('Lighting\n\nHarbour Table Lamp\n\nLinen shade\n\n$64.00\n\nQuantity\n\nAdd to cart'), ['Linen shade']);
	});

	test('fail safe: no witness, a promotion\'s price, a price list, a heading between, an h1 or a bold name first', () => {
		assert.deepStrictEqual(names('Lighting\n\nHarbour Table Lamp\n\n$64.00\n\nQuantity'), []);
		assert.deepStrictEqual(names(`${GALLERY}\n\nHarbour Table Lamp\n\n${PROMO}`), []);
		assert.deepStrictEqual(names('Our prices\n\nHaircut\n\n$30\n\nColour\n\n$80\n\nBook now'), []);
		assert.deepStrictEqual(names(`${GALLERY}\n\nHarbour Table Lamp\n\n## Price\n\n$64.00`), []);
		const index = new BlockIndex(parseDump(`# Lamps\n\n${GALLERY}\n\nHarbour Table Lamp\n\n$64.00`));
		assert.deepStrictEqual(nameAnchors(index, 3).map((b) => collapsedText(b)), ['Lamps']);
	});

	test('a category with no h1 and no bold line stays a collection: its first price is a card\'s, its names are links', () => {
		const page = `Table Lamps\n\nLamps for reading and for evenings, made in our workshop.\n\nSort by\n\nFeatured\n\n${grid()}`;
		assert.match(kindOf(page), /^collection/);
		assert.deepStrictEqual(names(page), []);
	});
});
