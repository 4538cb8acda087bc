// A grid of cards priced the European way ("29 €", "1 299 kr", "CHF 49") is a shop's grid (kinds/shopGrid.ts `hasCardPrice`, priceReader.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { detectKind } from '../../src/core/extract/kinds/detect';
import { productChrome } from '../../src/core/extract/kinds/productRegion';
import { MIN_PRICED_LIST_ITEMS, shopGrid } from '../../src/core/extract/kinds/shopGrid';
import { pageSignals } from '../../src/core/extract/kinds/signals';
import { wholePage } from '../../src/core/extract/kinds/wholePage';
import { articleAttempt } from '../../src/core/extract/sieve';

const NAMES = ['Bird Feeder', 'Seed Mix', 'Suet Cakes', 'Water Bath', 'Nest Box', 'Feeder Pole', 'Squirrel Guard', 'Mealworms', 'Perch Kit'];

function page(price: (i: number) => string): string {
	const items = NAMES.map((n, i) => `-   [${n}](/p/${i})\n\n    ${price(i)}`).join('\n');
	return `# Feeders and food\n\n${items}\n`;
}

function gridItems(dump: string): number {
	const index = new BlockIndex(parseDump(dump));
	return shopGrid(index, pageSignals(index), productChrome(index))?.pricedItems ?? 0;
}

suite('Shop grid prices', () => {
	test('whole amounts with the currency after them, or a currency word before them, price a grid', () => {
		assert.strictEqual(gridItems(page((i) => `${19 + i}€`)), NAMES.length);
		assert.strictEqual(gridItems(page((i) => `1 ${199 + i} kr`)), NAMES.length);
		assert.strictEqual(gridItems(page((i) => `CHF ${49 + i}`)), NAMES.length);
		assert.strictEqual(gridItems(page((i) => `${9 + i} zł`)), NAMES.length);
	});

	test('counts, years and words that begin with a currency’s letters do not', () => {
		assert.strictEqual(gridItems(page((i) => `${12 + i} krónur of seed`)), 0);
		assert.strictEqual(gridItems(page((i) => `Since ${2001 + i}`)), 0);
		assert.strictEqual(gridItems(page((i) => `${3 + i} kroner bird species`)), 0);
	});

	test('one reader for cards and pages: the page’s codes price a grid, glued codes and feet do not (priceReader.ts)', () => {
		assert.strictEqual(gridItems(page((i) => `${49 + i},90 TL`)), NAMES.length);
		assert.strictEqual(gridItems(page((i) => `SAR ${120 + i}`)), NAMES.length);
		assert.strictEqual(gridItems(page((i) => `1 ${299 + i} грн`)), NAMES.length);
		assert.strictEqual(gridItems(page((i) => `${6 + i} Ft cable`)), 0);
		assert.strictEqual(gridItems(page((i) => `Model KR${800 + i}`.toLowerCase())), 0);
	});

	test(`a category of ${NAMES.length} such cards is detected as a collection`, () => {
		assert.ok(NAMES.length >= MIN_PRICED_LIST_ITEMS);
		const index = new BlockIndex(parseDump(page((i) => `${19 + i} €`)));
		const kind = detectKind(index, pageSignals(index), articleAttempt(index), wholePage(index));
		assert.strictEqual(kind.kind, 'collection', kind.signal);
	});
});
