// A product page's widget labels ("Sponsored", "Size guide", "<name> quantity", a rating's screen-reader sentence) go as whole lines (heuristics/shopControlLines.ts).
import * as assert from 'node:assert';
import type { RemovedRegion } from '../../src/core/extract/article';
import { parseDump } from '../../src/core/dump/parseDump';
import { dropShopControlLines, isShopControlLine } from '../../src/core/extract/heuristics/shopControlLines';
import { collapsedText } from '../../src/core/extract/inlineText';
import { extractDumpText } from '../util/kindFixtures';

const STORY = [
	'The Tidewater kettle is spun from one sheet of copper and lined with tin, so the water never tastes of metal.',
	'Its handle is riveted through the body and wrapped in cane, which stays cool on a gas flame for as long as the kettle sings.',
	'Each one is hammered by hand in a small workshop by the harbour, and no two of them ring quite the same when tapped.',
	'It holds a litre and a half, enough for a pot of tea for four, and pours without a drip from its long curved spout.',
];

suite('Shop control lines', () => {
	test('widget labels are control lines', () => {
		for (const line of ['Sponsored', 'Back to top', "Couldn't load pickup availability", 'Size guide', 'Size Chart', 'Please select a size', 'Choose an option', 'Stock alerts', 'Rated 4.76 out of 5 based on 29 customer ratings', '29 customer reviews', '(3 customer reviews)'])
			assert.ok(isShopControlLine(line), line);
		assert.ok(isShopControlLine('Tidewater Kettle quantity', 'Tidewater Kettle'), "the product's name, then the word");
		assert.ok(!isShopControlLine('Tidewater Kettle quantity'), 'without the name');
	});

	test("a description's lines that mention sizes, quantities or ratings stay", () => {
		for (const line of ['Sponsored by the harbour guild, the workshop trains two apprentices a year.', 'See the size guide below for the capacity of each kettle.', 'Quantity', 'Rated the best kettle of the year by our customers.', 'Order any quantity'])
			assert.ok(!isShopControlLine(line), line);
	});

	test('the lines go from paragraphs and list items', () => {
		const removed: RemovedRegion[] = [];
		const dump = ['# Tidewater Kettle', 'Rated 4.8 out of 5 based on 12 customer ratings', STORY[0], '-   Size guide\n-   Tin lined', 'Back to top'].join('\n\n') + '\n';
		assert.deepStrictEqual(dropShopControlLines(parseDump(dump).blocks, removed).map((b) => collapsedText(b)), ['Tidewater Kettle', STORY[0], 'Tin lined']);
	});

	test('on a product page, the quantity label and the rating sentence go and the description stays', () => {
		const dump = ['# Tidewater Kettle', 'Rated 4.8 out of 5 based on 12 customer ratings', '$89.00', 'Tidewater Kettle quantity', '[Add to cart](/cart/add)', ...STORY, 'Sponsored'].join('\n\n') + '\n';
		const out = extractDumpText(dump);
		assert.strictEqual(out.kind, 'product');
		assert.ok(out.text.includes(STORY[3]), out.text);
		for (const gone of ['Kettle quantity', 'customer ratings', 'Sponsored']) assert.ok(!out.text.includes(gone), `${gone}: ${out.text}`);
	});
});
