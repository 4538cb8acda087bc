// A short block with no price, link or picture between two priced parts of a grid (an ad slot) leaves the collection's read (heuristics/gridGaps.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { dropGridGaps } from '../../src/core/extract/heuristics/gridGaps';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { blockText } from '../../src/core/extract/inlineText';
import { renderText } from '../../src/core/render/articleText';
import type { RemovedRegion } from '../../src/core/extract/article';

const NAMES = ['Canvas Tent', 'Trail Stove', 'Camp Chair', 'Cooler Box', 'Head Torch', 'Dry Bag', 'Sleeping Mat', 'Water Filter', 'Tarp Line', 'Hiking Pole'];
const LAST = ['Rain Shell', 'Fleece Top'];
const AD = 'Sponsored: the autumn sale is on now, with free delivery on every order over a small amount.';

function cards(names: readonly string[], from: number): string {
	return names.map((n, i) => `-   [![](/img/${from + i}.jpg)](/p/${from + i})\n\n    [${n}](/p/${from + i})\n\n    [\\$${20 + i}.00]{.qzp}`).join('\n');
}

/** A category whose grid is split before its last row by `between`. */
function page(between: string): string {
	return [
		'::: {.qzh}\n-   [Home](/)\n-   [Shop](/shop)\n-   [Help](/help)\n:::\n',
		'::: {#qzm}\n# Camping gear\n\nEverything for a night out, sorted by what you carry and where you sleep.\n',
		'Sort by: Featured\n\n12 products\n',
		'::: {.qzr}',
		cards(NAMES, 0),
		'',
		between,
		'',
		cards(LAST, 100),
		':::\n:::\n',
		'::: {.qzf}\nCopyright 2024 Example Outdoor Ltd. All rights reserved.\n:::\n',
	].join('\n');
}

/** The gap rule alone over the grid's box. */
function gapRead(dump: string): string {
	const index = new BlockIndex(parseDump(dump));
	const grid = index.containers.find((c) => c.attrs.classes.includes('qzr'));
	assert.ok(grid);
	const removed: RemovedRegion[] = [];
	return dropGridGaps(grid.children, removed).map((b) => blockText(b)).join('\n');
}

suite('Gaps in a priced grid', () => {
	test('an ad slot between two parts of the grid goes, every card stays', () => {
		const text = gapRead(page(`::: {.qzs}\nAdvertisement\n\n${AD}\n:::`));
		for (const n of [...NAMES, ...LAST]) assert.ok(text.includes(n), `lost ${n}: ${text}`);
		assert.ok(!text.includes('Sponsored'), text);
		assert.ok(!text.includes('Advertisement'), text);
	});

	test('a line that links to an item stays (an unpriced card), and so does a heading over the next part', () => {
		assert.ok(gapRead(page('[Coming soon: the Summit Tent](/p/999)')).includes('Summit Tent'));
		assert.ok(gapRead(page('## Recently viewed')).includes('Recently viewed'));
	});

	test('the collection read leaves the ad out', () => {
		const doc = parseDump(page(`::: {.qzs}\nAdvertisement\n\n${AD}\n:::`));
		const article = extractArticle(doc);
		assert.strictEqual(article.metadata.pageType?.value, 'collection');
		const text = renderText(article, doc);
		for (const n of [...NAMES, ...LAST]) assert.ok(text.includes(n), `lost ${n}: ${text}`);
		assert.ok(!text.includes('Sponsored'), text);
	});
});
