// The short lines between a product's name and its "Description" label are the buy box and go (heuristics/buyBoxBeforeDescription.ts).
import * as assert from 'node:assert';
import type { RemovedRegion } from '../../src/core/extract/article';
import { parseDump } from '../../src/core/dump/parseDump';
import { dropBuyBoxBeforeDescription, MAX_BUY_BOX_LINE_CHARS, MAX_LINES_TO_LABEL } from '../../src/core/extract/heuristics/buyBoxBeforeDescription';
import { collapsedText } from '../../src/core/extract/inlineText';
import { extractDumpText } from '../util/kindFixtures';

const kept = (dump: string): string[] => {
	const removed: RemovedRegion[] = [];
	return dropBuyBoxBeforeDescription(parseDump(dump).blocks, removed)
		.map((b) => collapsedText(b))
		.filter((t) => t !== '');
};
const para = (...lines: string[]): string => lines.join('\n\n') + '\n';

const DESCRIPTION = 'The Harbour Tee is cut from a heavy loopback cotton that keeps its shape wash after wash, with a relaxed shoulder and a hem that sits at the hip.';

suite('Buy box before the description', () => {
	test('the short lines between the name and a Description label go, with the label', () => {
		const text = kept(para('# Harbour Tee', '4.6 (212)', 'Size guide', 'xs', 's', 'm', 'l', 'Please select a size', 'Stock alerts', 'Standard delivery (3-5 days)', 'Description', DESCRIPTION));
		assert.deepStrictEqual(text, ['Harbour Tee', DESCRIPTION]);
	});

	test('other labels: "Product details", "About this item", "Details:" as a heading', () => {
		assert.deepStrictEqual(kept(para('# Harbour Tee', '$28.00', 'Colour: Slate', 'Product details', DESCRIPTION)), ['Harbour Tee', DESCRIPTION]);
		assert.deepStrictEqual(kept(para('# Harbour Tee', '$28.00', 'Colour: Slate', '## About this item', DESCRIPTION)), ['Harbour Tee', DESCRIPTION]);
		assert.deepStrictEqual(kept(para('# Harbour Tee', '$28.00', '### Details:', DESCRIPTION)), ['Harbour Tee', DESCRIPTION]);
	});

	test("the run's lists and tables stay: a buy box's highlights and its key-value rows", () => {
		const dump = para('# Harbour Tee', '$28.00', '-   Heavy cotton\n-   Relaxed fit', 'In stock', 'Description', DESCRIPTION);
		assert.deepStrictEqual(kept(dump), ['Harbour Tee', 'Heavy cotton Relaxed fit', DESCRIPTION]);
	});

	test('a long line between the name and the label is a sentence: nothing goes', () => {
		const tagline = 'A tee for every day of the year, ' + 'cut from cotton grown on small farms and dyed by hand in small batches '.repeat(2);
		assert.ok(tagline.length > MAX_BUY_BOX_LINE_CHARS);
		const dump = para('# Harbour Tee', '$28.00', tagline, 'Description', DESCRIPTION);
		assert.strictEqual(kept(dump).length, 5);
	});

	test('no label within MAX_LINES_TO_LABEL lines, a label right after the name, or a sentence opening with the word: nothing goes', () => {
		const swatches = Array.from({ length: MAX_LINES_TO_LABEL + 1 }, (_, i) => `Swatch ${i + 1}`);
		assert.strictEqual(kept(para('# Harbour Tee', ...swatches, 'Description', DESCRIPTION)).length, MAX_LINES_TO_LABEL + 4);
		assert.strictEqual(kept(para('# Harbour Tee', 'Description', DESCRIPTION)).length, 3);
		assert.strictEqual(kept(para('# Harbour Tee', '$28.00', 'Description of the fabric', DESCRIPTION)).length, 4);
	});

	test('on a product page read whole, the buy box under the name goes and the description stays', () => {
		const story = [
			DESCRIPTION,
			'Part 2. Each shirt is garment dyed after sewing, so the colour settles into the seams and fades slowly over the years.',
			'Part 3. The neck is taped on the inside and the shoulders are set a little forward, which keeps the collar flat under a jacket.',
			'Part 4. We make it in a small mill by the sea, in runs of a few hundred, and ship it folded in a paper sleeve with no plastic.',
		];
		const dump = para('# Harbour Tee', '$28.00', 'Colour: Slate', 'Size guide', 'xs', 's', 'm', 'Stock alerts', 'Quantity', '[Add to cart](/cart/add)', 'Description', ...story);
		const out = extractDumpText(dump);
		assert.strictEqual(out.kind, 'product');
		assert.ok(out.text.includes('Part 4.'), out.text);
		assert.ok(!out.text.includes('Stock alerts'), out.text);
		assert.ok(!out.text.includes('Size guide'), out.text);
	});
});
