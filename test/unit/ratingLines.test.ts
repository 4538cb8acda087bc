// A rating line between a plain name line and its price: read past, and a witness for the name (kinds/ratingLines.ts, kinds/nameLines.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { collapsedText } from '../../src/core/extract/inlineText';
import { hasBuyBoxNearName } from '../../src/core/extract/kinds/buyBox';
import { plainNameLines, vouchedNameLines } from '../../src/core/extract/kinds/nameLines';
import { isRatingLine } from '../../src/core/extract/kinds/ratingLines';
import { detectedKind as kindOf } from '../util/kindFixtures';

const card = (i: number): string => `-   [Saltmarsh Kettle ${i}](/product/kettle-${i})\n\n    $${30 + i}.00\n\n    Add to cart\n`;
const grid = (): string => Array.from({ length: 9 }, (_, i) => card(i + 1)).join('\n');
const DESCRIPTION = 'A stovetop kettle pressed from one sheet of steel, with a whistle you can switch off and a handle that stays cool.';

const names = (dump: string): string[] => plainNameLines(new BlockIndex(parseDump(dump)), 3).map((b) => collapsedText(b));

suite('A rating line under a plain product name', () => {
	test('rating lines: stars, an average with its count, a count of reviews; not a name, a size, a price or an item number', () => {
		for (const t of ['★★★★☆', '★★★★★ 4.8 (12)', '4.6 (212)', '4.6/5 (1,204)', '212 Reviews', '(35) ratings', 'Rated 4.5 out of 5 stars', 'View the 159 reviews with an average rating of 4.4 out of 5 stars', '4,7 von 5 Sternen']) {
			assert.ok(isRatingLine(t), t);
		}
		for (const t of ['Saltmarsh Kettle', '42', '10 - 12', '$64.00', 'Item 220145', 'Size 7', 'Read our reviews policy', '']) assert.ok(!isRatingLine(t), t);
	});

	test('a rating line between the name and the first bare price vouches for the name, and is read past', () => {
		assert.deepStrictEqual(names('Kitchen\n\nSaltmarsh Kettle\n\n4.6 (212)\n\n$64.00'), ['Saltmarsh Kettle']);
		assert.deepStrictEqual(names('Kitchen\n\nSaltmarsh Kettle\n\n★★★★☆\n\n212 Reviews\n\n$64.00'), ['Saltmarsh Kettle']);
		// With a label between, as for the cart witness.
		assert.deepStrictEqual(names('Kitchen\n\nSaltmarsh Kettle\n\n212 reviews, average 4.6 out of 5\n\nPrice:\n\n$64.00'), ['Saltmarsh Kettle']);
		// Read past, it no longer hides the name from the cart witness.
		assert.deepStrictEqual(names('Kitchen\n\nSaltmarsh Kettle\n\n★★★★☆\n\nPrice:\n\n$64.00\n\nAdd to cart'), ['Saltmarsh Kettle']);
	});

	test('fail safe: no rating between, a rating above the name, a line between the rating and the price', () => {
		assert.deepStrictEqual(names('Kitchen\n\nSaltmarsh Kettle\n\n$64.00'), []);
		assert.deepStrictEqual(names('Kitchen\n\n4.6 (212)\n\nSaltmarsh Kettle\n\n$64.00'), []);
		assert.deepStrictEqual(names('Kitchen\n\nSaltmarsh Kettle\n\n4.6 (212)\n\nShips in two days\n\n$64.00'), []);
		// A line only the cart button after its price vouches for is a name, but not one the buy-box walk starts from:
		// that button would be its own evidence (buyBoxNearName.test.ts, "no h1, no name to stand under").
		const cartOnly = new BlockIndex(parseDump('Kitchen\n\nSaltmarsh Kettle\n\n$64.00\n\nAdd to cart'));
		assert.deepStrictEqual(plainNameLines(cartOnly, 3).map((b) => collapsedText(b)), ['Saltmarsh Kettle']);
		assert.deepStrictEqual(vouchedNameLines(cartOnly, 3), []);
		assert.ok(!hasBuyBoxNearName(cartOnly));
		const rated = new BlockIndex(parseDump('Kitchen\n\nSaltmarsh Kettle\n\n4.6 (212)\n\n$64.00\n\nAdd to cart'));
		assert.deepStrictEqual(vouchedNameLines(rated, 3).map((b) => collapsedText(b)), ['Saltmarsh Kettle']);
	});

	test('a product named by a plain line over its rating is a product over its related items\' grid, with a buy box at its name', () => {
		const page = `Kitchen\n\nSaltmarsh Kettle\n\n4.6 (212)\n\n$64.00\n\nQuantity\n\nAdd to cart\n\n## About the kettle\n\n${DESCRIPTION}\n\n## You may also like\n\n${grid()}`;
		assert.match(kindOf(page), /^product/);
		assert.ok(hasBuyBoxNearName(new BlockIndex(parseDump(page))));
	});
});
