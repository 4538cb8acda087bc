// A product page with no h1 is titled by its name line (bold, or plain with a witness, over its price), not by a section heading (metadata/titleNameLine.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';

const DESCRIPTION = 'A table lamp turned from ash and finished in linen, with a dimmer in its cord and a bulb that lasts ten years of evenings.';
const page = (name: string): string => `Free delivery on orders over $80 this week\n\n${name}\n\n$64.00\n\nAdd to cart\n\n## Size Guide\n\nHeight 42 cm, shade 30 cm.\n\n## Reviews\n\n${DESCRIPTION}\n`;
const titleOf = (dump: string, pageKind: string): string | undefined => extractMetadata(parseDump(dump), { pageKind }).title?.value;

suite('Metadata: a product\'s name line as its title', () => {
	test('a product with a bold name line and no h1 is titled by the name, not by "Size Guide"', () => {
		assert.strictEqual(titleOf(page('**Harbour Table Lamp**'), 'product'), 'Harbour Table Lamp');
	});

	test('a plain name line with its gallery\'s pictures titles the product', () => {
		const dump = page('![Harbour Table Lamp - view 1](/img/1.jpg)\n\nHarbour Table Lamp');
		assert.strictEqual(titleOf(dump, 'product'), 'Harbour Table Lamp');
	});

	test('an h1, another kind, or a bold line with no price after it: the headings decide as before', () => {
		assert.strictEqual(titleOf(`# Harbour Table Lamp\n\n${page('**Lamps**')}`, 'product'), 'Harbour Table Lamp');
		assert.notStrictEqual(titleOf(page('**Harbour Table Lamp**'), 'article'), 'Harbour Table Lamp');
		const unpriced = `**Harbour Table Lamp**\n\n${DESCRIPTION}\n\n## Size Guide\n\nHeight 42 cm, shade 30 cm.\n`;
		assert.notStrictEqual(titleOf(unpriced, 'product'), 'Harbour Table Lamp');
	});

	test('a bold stock line or sentence over the price is no title', () => {
		assert.notStrictEqual(titleOf(page('**In stock**'), 'product'), 'In stock');
		assert.notStrictEqual(titleOf(page('**Now brighter than ever.**'), 'product'), 'Now brighter than ever.');
	});
});
