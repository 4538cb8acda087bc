// A grid split by an ad under the page's name is no buy box (kinds/gridPartsAtName.ts): the category stays a collection.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { gridWithParts } from '../../src/core/extract/kinds/gridPartsAtName';
import { pricedCardGroup } from '../../src/core/extract/kinds/pricedCardGroup';
import { detectedKind } from '../util/kindFixtures';

const NAMES = ['Field Notes Journal', 'Canvas Tool Roll', 'Cedar Camp Stool', 'Brass Pocket Knife', 'Wool Trail Blanket', 'Enamel Camp Mug', 'Leather Map Case', 'Oak Cutting Board', 'Copper Lantern'];

/** One list of product cards: picture, name link, maker line, price and a cart button each. */
function cards(from: number, to: number): string {
	return NAMES.slice(from, to).map((n, j) => {
		const i = from + j;
		return [`-   ::: card`, `    [![${n}](/i/${i}.png)](/p/${i})`, '', `    **[${n}](/p/${i})**`, '', '    Maker: Example Works', '', `    *$${(i + 2) * 7}.00*`, '', `    [Add To Cart](/cart?add=${i})`, '    :::'].join('\n');
	}).join('\n\n');
}

const AD = ['::: slot', 'Advertisement', '', 'Sponsored: the spring sale is on now, with free delivery on every order over a small amount.', ':::'].join('\n');

/** A shop's category: the h1 and a line, then its grid split after `cut` cards by an ad (`ad`) or not. */
function category(cut: number, ad: boolean): string {
	const grid = ad ? [cards(0, cut), '', AD, '', cards(cut, NAMES.length)] : [cards(0, NAMES.length)];
	return [
		'::: header', '[Home](/) [Shop](/shop) [Cart](/cart)', ':::', '',
		'::: main', '# Made in the Workshop', '', 'Goods from small makers.', '',
		'::: picks', ...grid, ':::', ':::', '',
		'::: footer', 'Copyright 2026 Example Market', ':::', '',
	].join('\n');
}

/** A product page: its buy box under the h1, then a "You may also like" rail split by an ad. */
function product(): string {
	return [
		'::: header', '[Home](/) [Shop](/shop) [Cart](/cart)', ':::', '',
		'::: main', '# Walnut Writing Desk', '', '*$640.00*', '', 'In stock', '', '[Add To Cart](/cart?add=99)', '',
		'A solid walnut desk with two drawers, made to order in our workshop and finished by hand with oil.', '',
		'## You may also like', '', '::: picks', cards(0, 3), '', AD, '', cards(3, NAMES.length), ':::', ':::', '',
		'::: footer', 'Copyright 2026 Example Market', ':::', '',
	].join('\n');
}

suite('A grid split by an ad under the name', () => {
	test('a category whose first two cards sit before an ad is a collection, as without the ad', () => {
		assert.match(detectedKind(category(2, false)), /^collection/);
		assert.match(detectedKind(category(2, true)), /^collection/);
		assert.match(detectedKind(category(3, true)), /^collection/);
	});

	test('the grid widens to its parent only when the parent holds priced parts and short gaps', () => {
		const index = new BlockIndex(parseDump(category(2, true)));
		const grid = pricedCardGroup(index)!.block;
		assert.strictEqual(gridWithParts(index, grid), index.parent.get(grid));
		// One list, no other part: the grid as it is.
		const whole = new BlockIndex(parseDump(category(2, false)));
		const one = pricedCardGroup(whole)!.block;
		assert.strictEqual(gridWithParts(whole, one), one);
		assert.strictEqual(gridWithParts(whole, undefined), undefined);
	});

	test('a product page keeps its buy box when its recommendations are split by an ad', () => {
		assert.match(detectedKind(product()), /^product/);
	});
});
