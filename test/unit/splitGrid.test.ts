// A collection's grid split into lists by an ad or a promotion tile is read whole; a rail under its own heading is not joined (kinds/splitGrid.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { withSplitGrid } from '../../src/core/extract/kinds/splitGrid';
import { wholePage } from '../../src/core/extract/kinds/wholePage';
import { blockText } from '../../src/core/extract/inlineText';

const NAMES = ['Canvas Tent', 'Trail Stove', 'Camp Chair', 'Cooler Box', 'Head Torch', 'Dry Bag', 'Sleeping Mat', 'Water Filter', 'Tarp Line', 'Hiking Pole', 'Rain Shell', 'Fleece Top'];
const OTHER = ['Cargo Net', 'Mess Kit', 'Camp Lantern', 'Bear Canister', 'Trail Map', 'Sun Hat', 'Wool Socks', 'Gaiters', 'Compass', 'Pillow Pack', 'Hammock', 'Bivy Sack'];

function cards(names: readonly string[], from: number): string {
	return names.map((n, i) => `-   [![](/img/${from + i}.jpg)](/p/${from + i})\n\n    [${n}](/p/${from + i})\n\n    [\\$${20 + i}.00]{.price}`).join('\n');
}

function page(between: string): string {
	return [
		'::: {.site-header}\n-   [Home](/)\n-   [Shop](/shop)\n-   [Help](/help)\n:::\n',
		'::: {#main}\n# Camping gear\n\nEverything for a night out, sorted by what you carry and where you sleep.\n',
		'::: {.results}',
		cards(NAMES, 0),
		'',
		between,
		'',
		cards(OTHER, 100),
		':::\n:::\n',
		'::: {.site-footer}\nCopyright 2024 Example Outdoor Ltd. All rights reserved.\n:::\n',
	].join('\n');
}

/** The collection's read as the grid's end left it (the first list only, as gridEnd.ts cuts), then the split grid's rule. */
function read(dump: string): string {
	const index = new BlockIndex(parseDump(dump));
	const whole = wholePage(index);
	const end = whole.blocks.findIndex((b) => b.kind === 'list' && blockText(b).includes(NAMES[0]));
	const first = whole.blocks.slice(0, end + 1);
	return withSplitGrid({ index }, { ...whole, blocks: first }).blocks.map((b) => blockText(b)).join('\n');
}

suite('Split collection grid', () => {
	test('the cards after an ad slot that splits the grid are read with those before it', () => {
		const text = read(page('::: {.slot}\nAdvertisement\n\nSponsored: the spring sale is on now, with free delivery on every order.\n:::'));
		for (const n of [...NAMES, ...OTHER]) assert.ok(text.includes(n), `lost ${n}: ${text}`);
		assert.ok(!text.includes('Sponsored'), text);
	});

	test('a priced rail under its own heading is not joined to the grid', () => {
		const text = read(page('## Recently viewed'));
		for (const n of NAMES) assert.ok(text.includes(n), `lost ${n}`);
		assert.ok(!OTHER.some((n) => text.includes(n)), text);
	});
});
