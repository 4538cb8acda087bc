// Counted facets: a category's filter panels found by their options' text ("Glaze (12 products)", "$20 to $40"), whatever their class words.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex, isContainer, linkDensity } from '../../src/core/extract/blockIndex';
import { countedFacetPanels, isOptionText, pruneCountedFacets } from '../../src/core/extract/heuristics/countedFacets';
import { blockText } from '../../src/core/extract/inlineText';
import { articleAttempt } from '../../src/core/extract/sieve';
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

/** A content box holding the h1, a filter box no class word names right under it, and the category's prose (or a one-line blurb). */
function boxUnderTitle(prose = true): string {
	const options = 'Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliet Kilo Lima'.split(' ').map((w, n) => `-   [Option ${w} (${n + 3})](/c?f=${w.toLowerCase()})`).join('\n');
	const menu = Array.from({ length: 80 }, (_, i) => `-   [Menu entry ${i}](/m/${i})`).join('\n');
	return [
		'::: {.zq1}', menu, ':::', '',
		'::: {.zq2}', '# Rebuilding the legacy of makers', '',
		'::: {.zq3}', 'Filter results', '', options, '', 'Price range', '', '-   [Under $50](/c?p=1)', '-   [$50 to $100](/c?p=2)', '-   [Over $100](/c?p=3)', ':::', '',
		...(prose
			? [
					'Our market is a return to the good old days in a brand new way, with every piece chosen by hand from small workshops, tested at home, and sold with a promise that it will last for years.', '',
					'In our quest to bring you the best in handcrafted goods, we have vetted each product to ensure it is well designed, long lasting, and either organic, sustainable or ethically produced, honouring the ideals of craft.', '',
					'There is an exciting return of making that is both steeped in tradition and relevant to the modern world, and we are weaving the legacy of our makers into every order we send out to you.',
				]
			: ['Made by hand.']),
		':::', '',
		'::: {.zq4}', 'Copyright 2026 Example Market', ':::', '',
	].join('\n');
}

suite('Counted facets: a filter box under the h1', () => {
	test('the panel is the box under the title, not the box holding the title with it', () => {
		// The options are most of the text of the box holding the title: the panel climbed into it, and the title test spared it whole.
		const index = new BlockIndex(parseDump(boxUnderTitle(false)));
		const title = index.order.blocks.find((b) => b.kind === 'heading' && b.level === 1);
		const panels = countedFacetPanels(index, title);
		assert.strictEqual(panels.length, 1);
		const text = blockText(panels[0]);
		assert.ok(text.startsWith('Filter results') && text.includes('Over $100') && !text.includes('Rebuilding'), text);
	});

	test('the article pipeline chooses its container without the filter box: the title and prose stay, no option', () => {
		const attempt = articleAttempt(new BlockIndex(parseDump(boxUnderTitle())));
		const text = attempt.blocks.map((b) => blockText(b)).join('\n');
		for (const kept of ['Rebuilding the legacy of makers', 'Our market is a return', 'send out to you']) assert.ok(text.includes(kept), `lost ${kept}: ${text}`);
		for (const gone of ['Option Alpha', 'Filter results', 'Price range', 'Menu entry']) assert.ok(!text.includes(gone), `kept ${gone}: ${text}`);
	});

	test('the pruned box\'s links weigh on no box that holds it: the content box\'s link density leaves them out', () => {
		const index = new BlockIndex(parseDump(boxUnderTitle()));
		const pruned = new Map();
		const discount = pruneCountedFacets(index, pruned);
		assert.strictEqual(pruned.size, 1);
		const content = index.containers.find((c) => isContainer(c) && c.children.some((k) => k.kind === 'heading' && k.level === 1));
		assert.ok(content && discount);
		const stats = index.statsOf(content);
		assert.ok(linkDensity(stats) > 0.2, `raw density ${linkDensity(stats)}`);
		assert.strictEqual(discount(content, stats), 0);
		// The page as a whole keeps its menu's links, less the panel's.
		const page = index.statsOf(undefined);
		assert.ok(discount(undefined, page) < linkDensity(page) && discount(undefined, page) > 0.2);
	});

	test('the article pipeline keeps the category box beside a box of prose once the filter box\'s links are left out', () => {
		// One paragraph of category prose under the filter box, two of a market hall's news in a sibling box: with the
		// filter's links on its density the category box lost to its sibling and its prose was dropped.
		const rival = [
			'::: {.zq5}',
			'Visit our market hall in the old mill every weekend, where makers from the valley sell their wares, talk about their craft, and show you how each piece is made.', '',
			'Opening hours and directions are on our contact page, with parking beside the mill and a bus stop at the gate, and a cafe for tea.', '',
			':::', '',
		].join('\n');
		const dump = boxUnderTitle()
			.replace(/\n\nIn our quest[^\n]*\n\nThere is[^\n]*/, '')
			.replace('::: {.zq4}', rival + '::: {.zq4}');
		const attempt = articleAttempt(new BlockIndex(parseDump(dump)));
		const text = attempt.blocks.map((b) => blockText(b)).join('\n');
		assert.ok(!text.includes('In our quest') && text.includes('Visit our market hall'), text);
		assert.ok(text.includes('Our market is a return'), `lost the category's prose: ${text}`);
		assert.ok(!text.includes('Option Alpha'), text);
	});
});
