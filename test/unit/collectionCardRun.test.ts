// Shop cards without prices (a picture link and a name link to one item each) are the collection's grid where no priced grid was found (kinds/collectionCardRun.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { unpricedCardRun } from '../../src/core/extract/kinds/collectionCardRun';
import { forcedText } from '../util/kindFixtures';

const LANTERNS = ['Brass Harbor Lantern', 'Copper Porch Lantern', 'Slate Garden Lantern', 'Willow Path Lantern', 'Ember Table Lantern', 'Iron Gate Lantern', 'Moss Hanging Lantern', 'Dune Solar Lantern'];

/** A garden shop's card with its price hidden: an empty picture link, a carousel of two pictures, the name linked to the same item, a rating, a compare label. */
const card = (name: string, i: number): string =>
	`-   [](/product/${100 + i}/lantern-${i}?src=grid)\n\n    ![${name} 0](/media/${i}-0.jpg)\n\n    ![${name} 1](/media/${i}-1.jpg)\n\n    [${name}](/product/${100 + i}/lantern-${i})\n\n    Top rated\n\n    ${10 + i} reviews with an average rating of 4.5 out of 5 stars\n\n    Add to compare`;

/** The shop's menu of category links above the h1, and its footer's columns below the cards; no class word names either. */
const MENU = ['Garden', 'Lighting', 'Furniture', 'Tools', 'Planters', 'Gifts', 'Sale', 'View cart'].map((c) => `-   [${c}](/c/${c.toLowerCase().replace(' ', '-')})\n\n${['Indoor', 'Outdoor', 'Small spaces', 'Large spaces', 'New in', 'Best sellers'].map((s) => `    -   [${s} ${c.toLowerCase()}](/c/${c.toLowerCase().replace(' ', '-')}/${s.toLowerCase().replace(' ', '-')})`).join('\n')}`).join('\n');
const FOOTER = ['About us', 'Shipping', 'Returns', 'Contact', 'Careers', 'Press', 'Gift cards', 'Store finder'].map((c) => `-   [${c}](/info/${c.toLowerCase().replace(' ', '-')})`).join('\n');

/** A category of lanterns whose prices are hidden, with `items` as its list of cards. */
function shopPage(items: string): string {
	return `::: {.top}\n${MENU}\n\nFree shipping on every order this month.\n:::\n\n# Garden Lanterns\n\nLanterns for the porch, the path and the table.\n\n::: {.results}\n${items}\n:::\n\n::: {.bottom}\n${FOOTER}\n\nSign up for our letters and hear of new lanterns first.\n\nCopyright 2026 Example Garden Shop\n:::\n`;
}

const cards = (n = 8): string => LANTERNS.slice(0, n).map(card).join('\n\n');
const run = (dump: string): number | undefined => unpricedCardRun(new BlockIndex(parseDump(dump)))?.pricedItems;

suite('Shop cards without prices as the collection\'s grid (collectionCardRun)', () => {
	test('a list of cards, each a picture link and a name link to its own item, is a run of cards', () => {
		assert.strictEqual(run(shopPage(cards())), 8);
	});

	test('the collection read of such a category ends with its cards: names kept, the footer left out', () => {
		const text = forcedText(shopPage(cards()), 'collection');
		for (const name of LANTERNS) assert.ok(text.includes(name), name);
		assert.doesNotMatch(text, /Careers|Store finder|Sign up for our letters/);
	});

	test('too few cards, cards linking to one page, and teasers with a summary are no run', () => {
		assert.strictEqual(run(shopPage(cards(5))), undefined);
		assert.strictEqual(run(shopPage(cards().replace(/\/product\/\d+\/lantern-\d+/g, '/product/all'))), undefined);
		const summary = ' A story of lanterns, of the people who make them by hand and of the gardens they light through the long evenings of the year, told in full.'.repeat(3);
		assert.strictEqual(run(shopPage(cards().replace(/Add to compare/g, `Add to compare${summary}`))), undefined);
	});

	test('a menu of tiles, one link each, is no run; nor are cards above the h1', () => {
		const tiles = LANTERNS.map((n, i) => `-   [![${n}](/media/${i}.jpg)](/c/${i})`).join('\n');
		assert.strictEqual(run(shopPage(tiles)), undefined);
		assert.strictEqual(run(`::: {.rail}\n${cards()}\n:::\n\n# Garden Lanterns\n\nLanterns for the porch.\n`), undefined);
	});
});
