// A run of unpriced shop cards under the h1, on a page with a shop's words, names a collection where detection fell to the article default (kinds/collectionUnpricedShop.ts).
import * as assert from 'node:assert';
import { detectedKind, extractDumpText } from '../util/kindFixtures';

const LAMPS = ['Amber Reading Lamp', 'Birch Desk Lamp', 'Cobalt Floor Lamp', 'Dawn Bedside Lamp', 'Elm Arc Lamp', 'Flint Clamp Lamp', 'Grove Wall Lamp', 'Heron Piano Lamp'];

/** A lamp shop's card with its price hidden: an empty picture link, a carousel of three pictures, swatches, the name linked to the same item, a rating, a compare label. */
const card = (name: string, i: number): string =>
	`-   [](/item/${200 + i}/lamp-${i}?from=list)\n\n    ![${name} front](/img/${i}-a.jpg)\n\n    ![${name} side](/img/${i}-b.jpg)\n\n    ![${name} lit](/img/${i}-c.jpg)\n\n    ::: {.k1}\n    [](/item/${200 + i}/lamp-${i}?colour=black) [](/item/${200 + i}/lamp-${i}?colour=white)\n    :::\n\n    [${name}](/item/${200 + i}/lamp-${i})\n\n    ${20 + i} reviews, 4.${i} out of 5 stars\n\n    Add to compare`;

const MENU = ['Lamps', 'Shades', 'Bulbs', 'Outdoor', 'Offers', 'Help'].map((c) => `-   [${c}](/c/${c.toLowerCase()})`).join('\n');
const FOOTER = ['About us', 'Delivery', 'Returns', 'Contact', 'Careers', 'Press'].map((c) => `-   [${c}](/info/${c.toLowerCase().replace(' ', '-')})`).join('\n');

/** A category of lamps whose prices are hidden; `banner` is the shop's line above the h1. */
function shopPage(banner = 'Free shipping and free returns on every lamp.', items = LAMPS.map(card).join('\n\n')): string {
	return `::: {.k2}\n${MENU}\n\n${banner}\n:::\n\n# Table and Floor Lamps\n\nLamps for the desk, the bedside and the reading corner.\n\n::: {.k3}\n${items}\n:::\n\n::: {.k4}\n${FOOTER}\n\nSign up for our letters and hear of new lamps first.\n\nCopyright 2026 Example Lamp Shop\n:::\n`;
}

suite('An unpriced card run on a shop\'s page as a collection (collectionUnpricedShop)', () => {
	test('a category of unpriced cards that no other rule names is a collection, read without its footer', () => {
		assert.strictEqual(detectedKind(shopPage()), 'collection (unpriced cards 8)');
		const { text, kind } = extractDumpText(shopPage());
		assert.strictEqual(kind, 'collection');
		for (const name of LAMPS) assert.ok(text.includes(name), name);
		assert.doesNotMatch(text, /Careers|Sign up for our letters/);
	});

	test('without a shop\'s words, or with prices named, the run names no collection', () => {
		assert.doesNotMatch(detectedKind(shopPage('Lamps designed in our studio.')), /unpriced cards/);
		assert.doesNotMatch(detectedKind(shopPage('Free shipping on orders over $50, and lamps from $20 or $35.')), /unpriced cards/);
	});

	test('too few cards, or cards above the h1, name no collection', () => {
		assert.doesNotMatch(detectedKind(shopPage(undefined, LAMPS.slice(0, 5).map(card).join('\n\n'))), /unpriced cards/);
		const above = `::: {.k3}\n${LAMPS.map(card).join('\n\n')}\n:::\n\nFree shipping on every lamp.\n\n# Table and Floor Lamps\n\nLamps for the desk.\n`;
		assert.doesNotMatch(detectedKind(above), /unpriced cards/);
	});
});
