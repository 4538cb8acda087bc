// Inside one card, a line of prices only that opens with the amount the card's price line said is its second price box, a copy.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { RemovedRegion } from '../../src/core/extract/article';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { collapse, blockText } from '../../src/core/extract/inlineText';
import { dropCardPriceRepeats } from '../../src/core/extract/heuristics/cardPriceRepeats';
import { cardRanges } from '../../src/core/extract/heuristics/cardRepeats';
import { leafBlocks } from '../util/leafTexts';

/** A card in opaque class words: its name, a regular-price box and a sale box (the sale price and the struck compare-at price). */
const esc = (s: string): string => s.replace(/\$/g, '\\$');
const card = (name: string, regular: string, sale: string, was: string): string[] => [
	'::: k4',
	`### [${name}](/products/${name.toLowerCase().replace(/\W+/g, '-')})`,
	'',
	'::: p1',
	`[${esc(regular)}]{.p2}`,
	':::',
	'',
	'::: p3',
	`[${esc(sale)}]{.p2} ~~${esc(was)}~~`,
	':::',
	':::',
	'',
];

function run(lines: string[]): { lines: string[]; removed: RemovedRegion[] } {
	const doc = parseDump(['::: g0', ...lines, ':::', ''].join('\n'));
	const removed: RemovedRegion[] = [];
	const kept = dropCardPriceRepeats(doc.blocks, cardRanges(new BlockIndex(doc)), removed);
	return { lines: leafBlocks(kept).map((b) => collapse(blockText(b))), removed };
}

suite('Card price repeats (cardPriceRepeats.ts)', () => {
	test('each card keeps its price line once: the sale box that repeats it (or opens with it) goes', () => {
		const r = run([...card('Studio headphones', '$1,999.95', '$1,999.95', '$1,999.95'), ...card('Open headphones', '$399.95', '$399.95', '$579.95'), ...card('Earbuds', '£159.95', '£159.95', '£159.95')]);
		assert.deepStrictEqual(r.lines, ['Studio headphones', '$1,999.95', 'Open headphones', '$399.95', 'Earbuds', '£159.95']);
		assert.strictEqual(r.removed.length, 3);
		assert.ok(r.removed.every((x) => x.step === 'card-price-repeat'));
	});

	test('a sale line that opens with another amount, a price line with words, and the same line in another card stay', () => {
		const r = run([...card('Studio headphones', '$1,999.95', '$1,499.95', '$1,999.95'), ...card('Open headphones', '$399.95', '$399.95 or 4 payments', '$579.95'), ...card('Earbuds', '$159.95', '$159.95', '$159.95')]);
		assert.ok(r.lines.includes('$1,499.95 $1,999.95'));
		assert.ok(r.lines.includes('$399.95 or 4 payments $579.95'));
		assert.strictEqual(r.removed.length, 1);
	});

	test('cards priced in crowns, lei or francs: the one price reader reads their price boxes (priceReader.ts)', () => {
		const r = run([...card('Studio headphones', 'kr. 1.999,95', 'kr. 1.999,95', 'kr. 1.999,95'), ...card('Open headphones', '399,95 lei', '399,95 lei', '579,95 lei'), ...card('Earbuds', 'CHF 159.95', 'CHF 159.95', 'CHF 159.95')]);
		assert.deepStrictEqual(r.lines, ['Studio headphones', 'kr. 1.999,95', 'Open headphones', '399,95 lei', 'Earbuds', 'CHF 159.95']);
		assert.strictEqual(r.removed.length, 3);
	});

	test('a crown price with words after it is no price line and stays', () => {
		const r = run([...card('Studio headphones', 'kr. 1.999,95', 'kr. 1.999,95 or 4 payments', 'kr. 1.999,95'), ...card('Open headphones', 'kr 399', 'kr 399', 'kr 579'), ...card('Earbuds', '159 lei', 'from 159 lei', '189 lei')]);
		assert.ok(r.lines.includes('kr. 1.999,95 or 4 payments kr. 1.999,95'));
		assert.ok(r.lines.includes('from 159 lei 189 lei'));
		assert.strictEqual(r.removed.length, 1);
	});

	test('outside a grid of cards nothing goes', () => {
		const r = run(card('Studio headphones', '$1,999.95', '$1,999.95', '$1,999.95'));
		assert.strictEqual(r.removed.length, 0);
	});
});
