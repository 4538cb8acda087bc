// Counted facets: a category's filter panels found by their options' text ("Glaze (12 products)", "$20 to $40"), whatever their class words.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { countedFacetPanels, isOptionText } from '../../src/core/extract/heuristics/countedFacets';
import { blockText } from '../../src/core/extract/inlineText';
import { extractDumpText } from '../util/kindFixtures';

const CARDS = ['Harbour Blue Stoneware Mug', 'Juniper Tea Bowl', 'Saltmarsh Serving Plate', 'Low Tide Pasta Bowl', 'Birch Espresso Cup', 'Dune Water Jug', 'Heron Side Plate', 'Kelp Green Platter'];

/** A category page whose classes are opaque words (a theme's own names, or the declassed yardstick's tokens). */
function category(panel: string): string {
	const cards = CARDS.map((n, i) => `::: {.qzcard}\n### [${n}](/products/p${i})\n\n$${28 + i}.00\n\n:::\n`).join('\n');
	return `::: {.kvhead}\n[Riverbank Pottery](/)\n:::\n
::: {.wqmain}
# Mugs and Bowls

Every piece below is thrown on the wheel in our riverside studio, glazed by hand and fired twice, so no two are quite alike.

${panel}
::: {.lrgrid}
${cards}
:::
:::

::: {.ptfoot}
Copyright Riverbank Pottery
:::
`;
}

const PANEL = `::: jxpanel
## Filter:

::: mwgroup
0 selected [Reset](/collections/mugs)

Glaze

-   [Sea green (12 products)](/collections/mugs?glaze=green)
-   [Speckled white (9 products)](/collections/mugs?glaze=white)
-   [Iron brown (7 products)](/collections/mugs?glaze=brown)
:::

::: mwgroup
0 selected [Reset](/collections/mugs)

Price

-   [Under $20](/collections/mugs?p=1)
-   [$20 to $40](/collections/mugs?p=2)
-   [$40 - $60](/collections/mugs?p=3)
:::

Clear Apply
:::
`;

suite('Counted facets', () => {
	test('options are counted labels and price ranges; a card or a sentence is not', () => {
		for (const t of ['Sea green (12 products)', 'Coffee (24)', 'Red (1 item)', '$20 to $40', 'Under $20', '€10 - €20', '$100 & above']) assert.ok(isOptionText(t), t);
		for (const t of ['Juniper Tea Bowl $34.00 Add to cart', 'See our glazes (pictured)', '$28.00', 'Juniper Tea Bowl', 'We fired 3 kilns (12 days) of mugs this year, and every one of them was sold by the end of the summer (30)']) assert.ok(!isOptionText(t), t);
	});

	test('the panel around the option lists goes with its labels; the grid and the category text stay', () => {
		const { text, kind } = extractDumpText(category(PANEL));
		assert.strictEqual(kind, 'collection');
		for (const kept of ['thrown on the wheel', 'Harbour Blue Stoneware Mug', 'Kelp Green Platter', '$35.00']) assert.ok(text.includes(kept), `lost ${kept}: ${text}`);
		for (const dropped of ['products)', 'Glaze', 'Under $20', '0 selected', 'Clear Apply']) assert.ok(!text.includes(dropped), `kept ${dropped}: ${text}`);
	});

	test('the panel is the outermost container the options fill, not the wrapper of the grid', () => {
		const index = new BlockIndex(parseDump(category(PANEL)));
		const panels = countedFacetPanels(index, undefined);
		assert.strictEqual(panels.length, 1);
		const text = blockText(panels[0]);
		assert.ok(text.includes('Filter:') && text.includes('Clear Apply') && !text.includes('Juniper'), text);
	});

	test('a lone short counted list is no panel', () => {
		const lone = '::: mwgroup\n-   [Sale (3)](/s)\n-   [New (4)](/n)\n:::\n';
		assert.deepStrictEqual(countedFacetPanels(new BlockIndex(parseDump(category(lone))), undefined), []);
	});

	test('a label ending in a bare count of products, items or results is an option; a bare number is not', () => {
		for (const t of ['Refine by Features: Noise Cancelling 2 products', 'Wool 14 items', 'Navy 1 result']) assert.ok(isOptionText(t), t);
		for (const t of ['Size 12', 'Glaze 12', 'Ships in 12 days']) assert.ok(!isOptionText(t), t);
	});

	test('a filter form of small groups, each two options with its own buttons, and a price slider goes whole', () => {
		const group = (name: string, a: string, b: string): string =>
			`::: rtgrp
<div>

${name}

</div>

::: zzbody
${name}

-   [${a} (10 products)](/c?f=${a})
-   [${b} (7 products)](/c?f=${b})

::: xxbtn
[Clear](/c)

Apply

Apply
:::
:::
:::
`;
		const slider = `::: rtgrp
<div>

Price

</div>

::: zzbody
The highest price is \$4,799.90

From

To

::: xxbtn
[Clear](/c)

Apply
:::
:::
:::
`;
		const form = `::: qqform
${group('Glaze', 'Celadon', 'Tenmoku')}
${slider}
${group('Size', 'Small', 'Large')}
${group('Finish', 'Matte', 'Gloss')}
:::
`;
		// The category's grid with many more cards: the form is a small share of the page, as on a shop's.
		const many = Array.from({ length: 40 }, (_, i) => `::: qzcard\n### [Stoneware piece number ${i}, hand glazed](/products/s${i})\n\n$${30 + i}.00\n\n:::\n`).join('\n');
		const page = category(form).replace('::: {.lrgrid}\n', `::: {.lrgrid}\n${many}\n`);
		const index = new BlockIndex(parseDump(page));
		const panels = countedFacetPanels(index, undefined);
		assert.strictEqual(panels.length, 1);
		const text = blockText(panels[0]);
		assert.ok(text.includes('Glaze') && text.includes('highest price') && text.includes('Gloss (7 products)') && !text.includes('Juniper'), text);
		const read = extractDumpText(page).text;
		for (const dropped of ['Tenmoku', 'highest price', 'Apply']) assert.ok(!read.includes(dropped), `kept ${dropped}: ${read}`);
		assert.ok(read.includes('Kelp Green Platter'), read);
	});
});
