// A shop's variant select read as one line of "name - price" options, its "Product variants" label and the platform's sold-out label go from a product page (heuristics/variantPickerLines.ts).
import * as assert from 'node:assert';
import type { RemovedRegion } from '../../src/core/extract/article';
import { parseDump } from '../../src/core/dump/parseDump';
import { dropVariantPickerLines, isVariantPickerLine, MAX_VARIANT_LINE_CHARS } from '../../src/core/extract/heuristics/variantPickerLines';
import { collapsedText } from '../../src/core/extract/inlineText';
import { extractDumpText } from '../util/kindFixtures';

const STORY = [
	'The Tidewater kettle is spun from one sheet of copper and lined with tin, so the water never tastes of metal.',
	'Its handle is riveted through the body and wrapped in cane, which stays cool on a gas flame for as long as the kettle sings.',
	'Each one is hammered by hand in a small workshop by the harbour, and no two of them ring quite the same when tapped.',
	'It holds a litre and a half, enough for a pot of tea for four, and pours without a drip from its long curved spout.',
];

suite('Variant picker lines', () => {
	test('a line of "name - price" options run together, one option, the label and the sold-out label are a picker', () => {
		for (const line of [
			'Copper / 1 l - $89.00Copper / 1.5 l - $99.00Brass / 1 l - $94.00',
			'Sea Green - $89.00 Slate - $92.50 Sand - $89.00',
			'Default Title - $89.00',
			'Kupfer - 89,00 €',
			'Product variants',
			'Size 1 lVariant sold out or unavailable 1.5 lVariant sold out or unavailable',
		])
			assert.ok(isVariantPickerLine(line), line);
	});

	test("a description's lines with a dash and a price, or a price alone, stay", () => {
		for (const line of [
			'Order before noon - $5 shipping on every kettle, and the rest is free.',
			'$89.00',
			'Sea Green - $89.00 and a free tin of tea',
			'Variants of this kettle',
			`${'Sea Green - $89.00 '.repeat(Math.ceil(MAX_VARIANT_LINE_CHARS / 19) + 1)}`,
		])
			assert.ok(!isVariantPickerLine(line), line);
	});

	test('the lines go from paragraphs and list items', () => {
		const removed: RemovedRegion[] = [];
		const dump = ['# Tidewater Kettle', 'Product variants', 'Sea Green - $89.00 Slate - $92.50', STORY[0], '-   Slate - $92.50\n-   Tin lined'].join('\n\n') + '\n';
		const kept = dropVariantPickerLines(parseDump(dump).blocks, removed).map((b) => collapsedText(b));
		assert.deepStrictEqual(kept, ['Tidewater Kettle', STORY[0], 'Tin lined']);
	});

	test('on a product page, the select line and its label go and the description stays', () => {
		const dump = ['# Tidewater Kettle', '$89.00', 'Product variants', 'Sea Green - $89.00 Slate - $92.50 Sand - $89.00', '[Add to cart](/cart/add)', ...STORY].join('\n\n') + '\n';
		const out = extractDumpText(dump);
		assert.strictEqual(out.kind, 'product');
		assert.ok(out.text.includes(STORY[3]), out.text);
		assert.ok(!out.text.includes('Product variants'), out.text);
		assert.ok(!out.text.includes('Slate - $92.50'), out.text);
	});
});
