// A collection without prices is read as a listing (kinds/unpricedGrid.ts); a priced grid stays a collection.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { pageSignals } from '../../src/core/extract/kinds/signals';
import { isUnpricedGrid } from '../../src/core/extract/kinds/unpricedGrid';
import { forcedText, KIND_FIXTURES } from '../util/kindFixtures';

const fixture = (name: string): string => fs.readFileSync(path.join(KIND_FIXTURES, name), 'utf8');

const PRICED = `# Garden tools\n\nSort by: Featured\n\n${['Trowel', 'Rake', 'Hoe', 'Spade', 'Shears', 'Fork'].map((n, i) => `::: product-card\n[![](/i/${i}.jpg)](/p/${i})\n\n[${n}](/p/${i})\n\n$${i + 12}.99\n\n[Add to cart](/cart/${i})\n:::`).join('\n\n')}\n`;

suite('Unpriced grids read as listings', () => {
	test('a feed of teasers without prices is an unpriced grid; a grid of priced cards is not', () => {
		const feed = new BlockIndex(parseDump(fixture('listing-items-outside.txt')));
		assert.strictEqual(isUnpricedGrid({ index: feed, signals: pageSignals(feed) }), true);
		const shop = new BlockIndex(parseDump(PRICED));
		assert.strictEqual(isUnpricedGrid({ index: shop, signals: pageSignals(shop) }), false);
	});

	test('the collection strategy reads a feed of teasers as the listing strategy does, every item kept', () => {
		const dump = fixture('listing-items-outside.txt');
		const asCollection = forcedText(dump, 'collection');
		assert.strictEqual(asCollection, forcedText(dump, 'listing'));
		for (const title of ['Notes on apple trees in late winter', 'Notes on the pond after a wet spring', 'Notes on rhubarb on heavy clay']) assert.ok(asCollection.includes(title), `lost the item ${title}`);
	});

	test('a priced grid read as a collection keeps its cards without their cart buttons', () => {
		const text = forcedText(PRICED, 'collection');
		for (const n of ['Trowel', 'Shears', '$17.99']) assert.ok(text.includes(n), `lost ${n}: ${text}`);
		assert.ok(!text.includes('Add to cart'), text);
	});
});
