// A shop's promotion tiles among a category grid's priced cards are dropped (heuristics/gridPromos.ts); unpriced cards of an unpriced grid stay.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { RemovedRegion } from '../../src/core/extract/article';
import { collection } from '../../src/core/extract/kinds/collection';
import { dropGridPromos, MAX_PROMO_CHARS, MIN_PROMO_GRID_ITEMS } from '../../src/core/extract/heuristics/gridPromos';
import { resultsContext, textLines } from '../util/gridContext';

const ROASTS = ['Dark Roast Coffee', 'Light Roast Coffee', 'Medium Roast Coffee', 'Espresso Roast', 'Vanilla Coffee', 'Blueberry Coffee', 'Mocha Latte Pack', 'Hazelnut Pods', 'Caramel Pods'];
const card = (name: string, i: number): string => `-   [${name}](/p/${i})\n\n    $${(14 + i).toString()}.99`;
const PROMO = '-   [Save 30% off your first order + free shipping](/subscribe)\n\n    Subscribe And Save';

/** A grid of `n` priced cards with the promotion tile after the third, in a `results` box. */
function grid(n: number, promo = PROMO): string {
	const items = ROASTS.slice(0, n).map(card);
	items.splice(3, 0, promo);
	return `::: results\n${items.join('\n')}\n:::\n`;
}

function dropped(dump: string): { lines: string[]; removed: RemovedRegion[] } {
	const removed: RemovedRegion[] = [];
	return { lines: textLines(dropGridPromos(parseDump(dump).blocks, removed)), removed };
}

suite('Grid promotions', () => {
	test('an unpriced tile among priced cards goes, every card stays', () => {
		const { lines, removed } = dropped(grid(9));
		assert.ok(!lines.some((l) => l.includes('Subscribe')), lines.join('|'));
		for (const name of ROASTS) assert.ok(lines.includes(name), name);
		assert.strictEqual(removed.length, 1);
		assert.strictEqual(removed[0].step, 'grid-promotion');
	});

	test('the collection strategy reads the grid without its promotion tile', () => {
		const { ctx } = resultsContext(grid(9));
		const lines = textLines(collection.extract(ctx)?.blocks ?? []);
		assert.ok(lines.includes('Caramel Pods') && !lines.some((l) => l.includes('Subscribe')), lines.join('|'));
	});

	test(`a list shorter than ${MIN_PROMO_GRID_ITEMS} items keeps its unpriced item`, () => {
		const { lines } = dropped(grid(MIN_PROMO_GRID_ITEMS - 2));
		assert.ok(lines.some((l) => l.includes('Subscribe')), lines.join('|'));
	});

	test('a grid whose items mostly show no price keeps them all', () => {
		const unpriced = ROASTS.map((n, i) => `-   [${n}](/p/${i})\n\n    Whole bean, 12 oz`).join('\n');
		const priced = ROASTS.slice(0, 3).map(card).join('\n');
		const { lines, removed } = dropped(`::: results\n${priced}\n${unpriced}\n:::\n`);
		assert.strictEqual(removed.length, 0);
		assert.strictEqual(lines.filter((l) => l === 'Dark Roast Coffee').length, 2);
	});

	test('a guide’s list of tips, a few without a price and without a link, keeps them', () => {
		const tips = ROASTS.map((n, i) => `-   **${n}**: $${10 + i} per bag`);
		tips.splice(2, 0, '-   **Barista**: 15% of the bill');
		const { lines, removed } = dropped(`${tips.join('\n')}\n`);
		assert.strictEqual(removed.length, 0);
		assert.ok(lines.some((l) => l.includes('Barista')), lines.join('|'));
	});

	test(`an unpriced item longer than ${MAX_PROMO_CHARS} characters is a card's description, and stays`, () => {
		const long = `-   [Our roasting story](/story)\n\n    ${'Every bean we roast comes from growers we have visited, and we write about each of them here. '.repeat(3)}`;
		const { lines } = dropped(grid(9, long));
		assert.ok(lines.includes('Our roasting story'), lines.join('|'));
	});
});
