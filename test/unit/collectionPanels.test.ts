// Collection pages: the filter panels beside a category's grid are left out, the grid and the category text stay.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { facetPanels } from '../../src/core/extract/heuristics/facetPanels';
import { attrWords } from '../../src/core/extract/inlineText';
import { extractFixture } from '../util/kindFixtures';

/** The class words of the panels `facetPanels` finds in a dump. */
function panelNames(dump: string): string[] {
	const index = new BlockIndex(parseDump(dump));
	return [...facetPanels(index, undefined).keys()].map((c) => attrWords((c as { attrs?: Parameters<typeof attrWords>[0] }).attrs));
}

const filler = (n: number): string => Array.from({ length: n }, (_, i) => `Paragraph ${i} of the category's long introduction, about glazes, clays and firing.`).join('\n\n');

suite('Collection facet panels', () => {
	test('a category page keeps its text and cards and loses its filter panels', () => {
		const { text, kind } = extractFixture('collection-facet-panels.txt');
		assert.strictEqual(kind, 'collection');
		for (const kept of ['thrown on the wheel', 'Harbour Blue Stoneware Mug', 'Dune Water Jug', '$64.00']) assert.ok(text.includes(kept), `lost ${kept}: ${text}`);
		for (const dropped of ['Sea green', 'products)', 'Glaze', 'Copyright']) assert.ok(!text.includes(dropped), `kept ${dropped}: ${text}`);
	});

	test('the outermost named panel is taken; a wrapper of the filters and a priced grid is left to its inner panels', () => {
		const panel = '::: {.facet-group}\n-   [Green (3 products)](/g)\n-   [White (2 products)](/w)\n:::\n';
		assert.deepStrictEqual(panelNames(`${filler(12)}\n\n::: {.filters-sidebar}\n${panel}:::\n`), ['filters-sidebar']);
		const grid = Array.from({ length: 10 }, (_, i) => `::: card\n[Mug ${i}](/p/${i})\n\n$${20 + i}.00\n:::\n`).join('\n');
		assert.deepStrictEqual(panelNames(`${filler(40)}\n\n::: {.facets-vertical}\n${panel}\n${grid}:::\n`), ['facet-group']);
	});

	test('a named container with much of the page\'s text or the page\'s title is not a panel; names that only look alike are not either', () => {
		assert.deepStrictEqual(panelNames(`::: {.filter-results}\n${filler(6)}\n:::\n`), []);
		assert.deepStrictEqual(panelNames(`${filler(12)}\n\n::: {.filterable-products}\nSome text.\n:::\n\n::: {.coffee-filter-papers}\nSome text.\n:::\n`), []);
	});
});
