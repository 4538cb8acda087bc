// A product's section label near its name is a second sign of one product's page, beside its price (kinds/sectionAtName.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { hasProductSectionAtName, PRODUCT_SECTION_LABEL_RE } from '../../src/core/extract/kinds/sectionAtName';
import { detectedKind as kindOf } from '../util/kindFixtures';

const card = (i: number): string => `-   [Ridgeline Boot ${i}](/product/${i})\n\n    $${120 + i}.95\n`;
const GRID = Array.from({ length: 9 }, (_, i) => card(i + 1)).join('\n');
/** Lines a shop prints between the name and the price: maker, item number, colour, origin, an edition note, a badge. */
const GAP = ['By Ridgeline Outdoor', 'Item number 48213', 'Colour: Slate grey', 'Made in Portugal', 'Limited edition run', 'Designed in our studio'].join('\n\n');
const DESCRIPTION = 'A waterproof leather boot for long days on rough trails, resoled by hand and built to last for years of walking.';

/** A product page whose price sits seven lines under its name, with no cart words, then its description and a grid of other boots. */
function productPage(label: string): string {
	return `# Ridgeline Boot\n\n${GAP}\n\n$149.95\n\n## ${label}\n\n${DESCRIPTION}\n\n## You may also like\n\n${GRID}`;
}

suite('A product section label at the name', () => {
	test('a product whose price lies past the window of the price at the name stays a product by its "Specifications" heading', () => {
		assert.match(kindOf(productPage('Specifications')), /^product/);
	});

	test('without the label the same page is read as a collection (the rule is what makes it a product)', () => {
		assert.match(kindOf(productPage('Made to last')), /^collection/);
	});

	test('a category whose cards sit under its h1 has no section label: it stays a collection', () => {
		const page = `# Hiking Boots\n\nBoots for every trail, from day hikes to long treks.\n\n${GRID}`;
		assert.strictEqual(hasProductSectionAtName(new BlockIndex(parseDump(page))), false);
		assert.match(kindOf(page), /^collection/);
	});

	test('labels: whole short lines naming one item\'s data, alone or two joined', () => {
		for (const ok of ['Description', 'Product Details', 'Tech Specs', 'Nutrition & Ingredients', 'About this item', "What's in the box", 'Size & Fit', 'Specifications:'])
			assert.ok(PRODUCT_SECTION_LABEL_RE.test(ok), ok);
		for (const no of ['Features', 'Overview', 'Materials', 'Dimensions', 'Description of the service we offer', 'Reviews'])
			assert.ok(!PRODUCT_SECTION_LABEL_RE.test(no), no);
	});

	test('a label past the window is not read', () => {
		const filler = Array.from({ length: 40 }, (_, i) => `Line ${i} of the intro`).join('\n\n');
		const page = `# Ridgeline Boot\n\n${filler}\n\n## Specifications\n\n${DESCRIPTION}`;
		assert.strictEqual(hasProductSectionAtName(new BlockIndex(parseDump(page))), false);
	});
});
