// Product pages: a region under half of the page's text is read from the whole page; the footer's copyright tail and a priced sub-section go.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { RemovedRegion } from '../../src/core/extract/article';
import { type Attempt, BlockIndex, ROOT } from '../../src/core/extract/blockIndex';
import { dropCopyrightTail } from '../../src/core/extract/heuristics/copyrightTail';
import { dropPricedSections } from '../../src/core/extract/heuristics/pricedSections';
import { blockText, collapse } from '../../src/core/extract/inlineText';
import { coversLittleOfProduct, MIN_PRODUCT_COVERAGE, namesOneProduct } from '../../src/core/extract/kinds/productCoverage';
import type { PageSignals } from '../../src/core/extract/kinds/signals';
import { dumpLines } from '../util/joinLines';

const DESCRIPTION = 'A 30-litre daypack of recycled ripstop with a sprung frame, a rain cover in its base and room for a bladder.';

function attempt(chars: number): Attempt {
	return { region: ROOT, regionScore: 0, blocks: [], removed: [], chars };
}

suite('Product coverage', () => {
	const shop = { cartWords: 3, listingWords: 0 } as PageSignals;
	test('a region under half of a product page is read whole; half or more is kept', () => {
		assert.strictEqual(MIN_PRODUCT_COVERAGE, 0.5);
		assert.strictEqual(coversLittleOfProduct(shop, attempt(300), attempt(1000)), true);
		assert.strictEqual(coversLittleOfProduct(shop, attempt(500), attempt(1000)), false);
	});

	test('not without a buy box, nor on a page with listing words (a collection)', () => {
		assert.strictEqual(coversLittleOfProduct({ cartWords: 1, listingWords: 0 } as PageSignals, attempt(300), attempt(1000)), false, 'an about page');
		assert.strictEqual(coversLittleOfProduct({ cartWords: 3, listingWords: 2 } as PageSignals, attempt(300), attempt(1000)), false, 'a collection');
	});

	const index = (dump: string): BlockIndex => new BlockIndex(parseDump(dump));
	const listed = { cartWords: 3, listingWords: 3, productItems: 0 } as PageSignals;
	const detail = index(dumpLines('::: {.product-detail}', '# Ridge 30', '', '$129 Add to cart', '', DESCRIPTION, ':::', '', 'Sort by: newest. Filter reviews. View all'));
	const category = index(dumpLines('# Daypacks', '', 'Sort by price. Filter by size. 24 results', '', '::: {.product-card}', '### Ridge 30', '', '$129 Add to cart', ':::'));

	test('listing words do not keep the region of a page whose markup names one product', () => {
		assert.strictEqual(namesOneProduct(detail, listed), true, 'its h1 in a product-detail container');
		assert.strictEqual(coversLittleOfProduct(listed, attempt(300), attempt(1000), detail), true);
		assert.strictEqual(namesOneProduct(category, { ...listed, productItems: 1 }), true, 'one schema.org Product');
		assert.strictEqual(coversLittleOfProduct({ ...listed, productItems: 1 }, attempt(300), attempt(1000), category), true);
	});

	test('listing words do not keep the region of a page with a star rating under its name (no class word needed)', () => {
		// An item "Currently unavailable" prints no price and few cart words at its name; its carousels print listing words.
		const rated = index(dumpLines('# Ridge 30 Daypack, Recycled Ripstop', '', 'Visit the Fellside Store', '', '4.6 out of 5 stars (1,204)', '', 'Currently unavailable.', '', DESCRIPTION, '', '## Related items', '', 'Sort by: Featured. 24 results'));
		assert.strictEqual(namesOneProduct(rated, listed), true);
		assert.strictEqual(coversLittleOfProduct(listed, attempt(300), attempt(1000), rated), true);
		const unrated = index(dumpLines('# Ridge 30 Daypack, Recycled Ripstop', '', 'Visit the Fellside Store', '', 'Currently unavailable.', '', DESCRIPTION, '', '## Related items', '', '4.6 out of 5 stars (1,204)', '', 'Sort by: Featured. 24 results'));
		assert.strictEqual(namesOneProduct(unrated, listed), false, "a rating after another heading is a card's");
	});

	test('a category with listing words keeps its region: no product-detail container, no single Product item', () => {
		assert.strictEqual(namesOneProduct(category, listed), false);
		assert.strictEqual(coversLittleOfProduct(listed, attempt(300), attempt(1000), category), false);
		assert.strictEqual(coversLittleOfProduct({ ...listed, productItems: 24 }, attempt(300), attempt(1000), category), false, 'a grid types each card');
	});
});

suite('Copyright tail', () => {
	const kept = (dump: string): string[] => {
		const index = new BlockIndex(parseDump(dump));
		const removed: RemovedRegion[] = [];
		return dropCopyrightTail(index, index.doc.blocks, removed).map((b) => collapse(blockText(b)));
	};

	test('a © line and the payment icons before it end the text; the link rows before them are then last', () => {
		const text = kept(`${DESCRIPTION}\n\n[About us](/a) [Stores](/s)\n\n![Visa](/visa.svg) ![PayPal](/paypal.svg)\n\n© 2026 Fellside Packs Ltd.\n`);
		assert.deepStrictEqual(text, [DESCRIPTION, 'About us Stores']);
	});

	test('icons without a © line, or a long paragraph naming a copyright, stay', () => {
		assert.strictEqual(kept(`${DESCRIPTION}\n\n![Visa](/visa.svg)\n`).length, 2);
		const fine = `Copyright of the pattern stays with its designer, who licensed it to us for this pack and its ${DESCRIPTION}`;
		assert.strictEqual(kept(`${DESCRIPTION}\n\n${fine}\n`).length, 2);
	});
});

suite('Priced sub-sections', () => {
	test('a priced section is cut from the sub-section of its first price; the ingredients before it stay', () => {
		const removed: RemovedRegion[] = [];
		const blocks = parseDump(dumpLines(
			'# Ridge 30', '', '$129 Add to cart', '',
			"## What's inside", '', DESCRIPTION, '', '### Frame', '', 'A sprung aluminium frame.', '',
			'### Pairs with', '', 'Rain cover $25 Add to cart', '', 'Bottle $12 Add to cart',
		)).blocks;
		const text = dropPricedSections(blocks, removed).map((b) => collapse(blockText(b)));
		assert.deepStrictEqual(text, ['Ridge 30', '$129 Add to cart', "What's inside", DESCRIPTION, 'Frame', 'A sprung aluminium frame.']);
		assert.deepStrictEqual(removed.map((r) => r.signal), ['Pairs with']);
	});
});
