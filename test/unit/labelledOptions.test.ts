// Labelled options: a filter panel of labelled, unlinked, uncounted option lists beside a grid of priced cards is found by its shape, whatever its class words.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { labelledOptionPanels } from '../../src/core/extract/heuristics/labelledOptions';
import { blockText } from '../../src/core/extract/inlineText';
import { extractDumpText } from '../util/kindFixtures';

const CARDS = ['Harbour Blue Stoneware Mug', 'Juniper Tea Bowl', 'Saltmarsh Serving Plate', 'Low Tide Pasta Bowl', 'Birch Espresso Cup', 'Dune Water Jug', 'Heron Side Plate', 'Kelp Green Platter'];

/** Four labelled groups of unlinked options, each in a box of its own, in one box of an opaque class. */
const GROUPS = [
	['Colour', ['Sea green', 'Speckled white', 'Iron brown', 'Black']],
	['Size', ['Small', 'Medium', 'Large']],
	['Finish', ['Gloss', 'Matte', 'Satin']],
	['Availability', ['Ships today', 'Pick up in store']],
].map(([label, options]) => `::: {.qg${String(label).length}}\n${label}\n\n${(options as string[]).map((o) => `-   ${o}`).join('\n')}\n:::\n`);
const PANEL = GROUPS.join('\n');

/** A category page: title, blurb, the panel (or none) and a grid of priced cards (or plain teaser boxes), with opaque classes. */
function page(panel: string, priced = true): string {
	const cards = CARDS.map((n, i) => `::: {.qc${i}}\n### [${n}](/products/p${i})\n\n${priced ? `$${28 + i}.00` : 'Thrown and glazed by hand.'}\n:::\n`).join('\n');
	return `::: {.kvhead}\n[Riverbank Pottery](/)\n:::\n
::: {.wqmain}
# Mugs and Bowls

Every piece below is thrown on the wheel in our riverside studio, glazed by hand and fired twice, so no two are quite alike.

::: {.zside}
${panel}
:::

::: {.lrgrid}
${cards}
:::
:::

::: {.ptfoot}
Copyright Riverbank Pottery
:::
`;
}

suite('Labelled options', () => {
	test('a box of labelled unlinked option lists beside a priced grid is a filter panel; the category read keeps the cards, not the options', () => {
		const index = new BlockIndex(parseDump(page(PANEL)));
		const panels = labelledOptionPanels(index, undefined);
		assert.strictEqual(panels.length, 1);
		const text = blockText(panels[0]);
		assert.ok(text.includes('Colour') && text.includes('Pick up in store') && !text.includes('Juniper'), text);
		const read = extractDumpText(page(PANEL)).text;
		for (const gone of ['Speckled white', 'Availability', 'Pick up in store']) assert.ok(!read.includes(gone), `kept ${gone}: ${read}`);
		for (const kept of ['riverside studio', 'Kelp Green Platter', '$35.00']) assert.ok(read.includes(kept), `lost ${kept}: ${read}`);
	});

	test('without a grid of priced cards, labelled lists are the page\'s content: no panel', () => {
		const index = new BlockIndex(parseDump(page(PANEL, false)));
		assert.deepStrictEqual(labelledOptionPanels(index, undefined), []);
	});

	test('two labelled lists, or lists of long entries, are no panel', () => {
		const two = GROUPS.slice(0, 2).join('\n');
		assert.deepStrictEqual(labelledOptionPanels(new BlockIndex(parseDump(page(two))), undefined), []);
		const long = PANEL.replace(/-   (\w)/g, '-   An entry much longer than a filter value would ever be, $1');
		assert.deepStrictEqual(labelledOptionPanels(new BlockIndex(parseDump(page(long))), undefined), []);
	});
});
