// Collection facets (kinds/collectionFacets.ts): a labelled filter panel beside a grid the collection read finds, where no card group by content is found.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { labelledOptionPanels } from '../../src/core/extract/heuristics/labelledOptions';
import { pricedCardGroup } from '../../src/core/extract/kinds/pricedCardGroup';
import { extractDumpText } from '../util/kindFixtures';

const SHOES = ['Trail Runner 4', 'Road Glide 2', 'Tempo Racer', 'Cloud Walker', 'Summit Hiker', 'River Sandal', 'Court Classic', 'Track Spike'];

/** Labelled groups of unlinked options, each in a box of its own. */
const PANEL = [
	['Gender', ['Men', 'Women', 'Kids']],
	['Width', ['Narrow', 'Regular', 'Wide']],
	['Cushion', ['Light', 'Medium', 'Max']],
	['Terrain', ['Road', 'Trail', 'Track']],
]
	.map(([label, options]) => `::: {.fg${String(label).length}}\n${label}\n\n${(options as string[]).map((o) => `-   ${o}`).join('\n')}\n:::\n`)
	.join('\n');

/** A category whose cards are list items of one line each, name and price (no name link a card group by content asks for). */
function page(): string {
	const cards = SHOES.map((n, i) => `-   ${n} running shoe, $${99 + i * 10}.00`).join('\n');
	return `::: {.hd}\n[Fleet Shoes](/)\n:::\n
::: {.mn}
# Running Shoes

Shoes for every runner, fitted in store by people who run.

::: {.sd}
${PANEL}
:::

::: {.gr}
${cards}
:::
:::

::: {.ft}
Copyright Fleet Shoes
:::
`;
}

suite('Collection facets', () => {
	test('a labelled filter panel beside a grid found by its priced list is left out of the category read', () => {
		const index = new BlockIndex(parseDump(page()));
		// The guard of heuristics/labelledOptions.ts alone finds no card group, hence no panel.
		assert.strictEqual(pricedCardGroup(index), undefined);
		assert.deepStrictEqual(labelledOptionPanels(index, undefined), []);
		const { text, kind } = extractDumpText(page());
		assert.strictEqual(kind, 'collection');
		for (const kept of ['Shoes for every runner', 'Trail Runner 4', '$169.00']) assert.ok(text.includes(kept), `lost ${kept}: ${text}`);
		for (const gone of ['Cushion', 'Narrow', 'Terrain']) assert.ok(!text.includes(gone), `kept ${gone}: ${text}`);
	});
});
