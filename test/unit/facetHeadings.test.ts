// A filter panel whose groups are shut prints only their names, one under the other; the run goes, class-free (heuristics/facetHeadings.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { RemovedRegion } from '../../src/core/extract/article';
import { dropFacetHeadings, MIN_RUN_LABELS } from '../../src/core/extract/heuristics/facetHeadings';
import { collection } from '../../src/core/extract/kinds/collection';
import { resultsContext, textLines } from '../util/gridContext';

const CARDS = ['Lantern Deluxe', 'Folding Table', 'Pocket Knife', 'Camp Kettle', 'Rain Poncho', 'Trail Map Case', 'Tent Pegs Set', 'Hammock Straps'];
const GRID = CARDS.map((n, i) => `-   [${n}](/p/${i})\n\n    $${30 + i}.50`).join('\n');
/** Group names in boxes of their own, as a theme prints a shut accordion: opaque class words, no options shown. */
const PANEL = ['Filter Products', 'Gender', 'Size', 'Brand', 'Color', 'Price'].map((n, i) => `::: q${i}x\n::: w${i}z\n${n}\n:::\n:::`).join('\n\n');

function lines(dump: string): { kept: string[]; removed: RemovedRegion[] } {
	const removed: RemovedRegion[] = [];
	return { kept: textLines(dropFacetHeadings(parseDump(dump).blocks, removed)), removed };
}

suite('Facet headings', () => {
	test('a run of group names with facet words side by side goes, the grid stays', () => {
		const { kept, removed } = lines(`${PANEL}\n\n${GRID}\n`);
		for (const n of ['Gender', 'Size', 'Brand', 'Color', 'Price', 'Filter Products']) assert.ok(!kept.includes(n), kept.join('|'));
		for (const n of CARDS) assert.ok(kept.includes(n), n);
		assert.strictEqual(removed[0].step, 'facet-headings');
	});

	test('headings in another language and an icon line between them count the same', () => {
		const panel = '### Marque\n\n![](chevron.svg)\n\n### Couleur\n\n### Taille\n\n### Prix\n';
		const { kept } = lines(`${panel}\n${GRID}\n`);
		assert.ok(!kept.some((l) => ['Marque', 'Couleur', 'Taille', 'Prix'].includes(l)), kept.join('|'));
	});

	test("a card's fields, a name and its value by turns, stay", () => {
		const fields = 'Brand\n\nNorthpeak\n\nColor\n\nSlate Blue\n\nSize\n\nLarge\n\nGender\n\nUnisex\n';
		assert.ok(lines(fields).kept.includes('Brand'));
	});

	test('fewer short lines than a panel, or short lines without two facet names together, stay', () => {
		assert.strictEqual(MIN_RUN_LABELS, 4);
		assert.ok(lines('Brand\n\nColor\n\nPrice\n').kept.includes('Brand'));
		const menu = 'Tents\n\nStoves\n\nBackpacks\n\nSleeping Bags\n\nPrice\n';
		assert.ok(lines(menu).kept.includes('Backpacks'));
		const sentences = 'Brand\n\nColor matters when you choose a tent for the snow.\n\nSize\n\nPrice\n';
		assert.ok(lines(sentences).kept.includes('Size'));
	});

	test('the collection strategy reads a category without its shut filter panel', () => {
		const { ctx } = resultsContext(`::: results\n${PANEL}\n\n${GRID}\n:::\n`);
		const text = textLines(collection.extract(ctx)?.blocks ?? []);
		assert.ok(text.includes('Hammock Straps') && !text.includes('Gender') && !text.includes('Brand'), text.join('|'));
	});
});
