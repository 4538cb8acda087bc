// A product page with no h1 names its product with a lower heading right over its price and cart button (kinds/nameAbovePrice.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { hasBuyBoxUnderHeading } from '../../src/core/extract/kinds/nameAbovePrice';
import { detectedKind as kindOf } from '../util/kindFixtures';

const DESCRIPTION = [
	'A board game of river trade for two to five players: barges, locks and markets, in about an hour a game.',
	'Each season the water rises or falls, and the locks open to whoever paid the keeper, so no two games run alike.',
].join('\n\n');

const RELATED = ['Lock Keeper', 'Harbour Lights', 'Canal Rush', 'Tow Path', 'Barge Kings', 'Mill Race', 'Salt Road', 'Ferry Tales'];

/** A related item: a linked title over its price. */
const card = (n: string, i: number): string => `-   [${n}](/g/${i})\n\n    $${9 + i}.99`;

/** A game's page with no h1: a menu, its name as an h2 "Buy …", its price and cart button, its description, then related games. */
function gamePage(nameLine: string): string {
	const menu = ['Store', 'Community', 'Support'].map((m) => `-   [${m}](/${m.toLowerCase()})`).join('\n');
	const related = RELATED.map(card).join('\n');
	return `${menu}\n\n${nameLine}\n\n$24.99\n\nAdd to Cart\n\n## About this game\n\n${DESCRIPTION}\n\n## More like this\n\n${related}\n`;
}

suite('A product named by a heading over its price, no h1', () => {
	test('a game named by an h2 over its price and cart button, above related games, is a product, not a collection', () => {
		assert.match(kindOf(gamePage('## Buy River Barons')), /^product \(price at the name, priced cards/);
	});

	test('the heading over the price names the product when the page has no h1', () => {
		const index = new BlockIndex(parseDump(gamePage('## Buy River Barons')));
		assert.strictEqual(hasBuyBoxUnderHeading(index), true);
	});

	test('a heading that is one link is a card\'s title, not the page\'s name', () => {
		const index = new BlockIndex(parseDump(gamePage('## [River Barons](/g/river-barons)')));
		assert.strictEqual(hasBuyBoxUnderHeading(index), false);
		assert.match(kindOf(gamePage('## [River Barons](/g/river-barons)')), /^collection/);
	});

	test('a page with an h1 is left to the buy box at the name', () => {
		const index = new BlockIndex(parseDump(gamePage('# Buy River Barons')));
		assert.strictEqual(hasBuyBoxUnderHeading(index), false);
		assert.match(kindOf(gamePage('# Buy River Barons')), /^product/);
	});

	test('a price with no cart button under it is no buy box', () => {
		const page = gamePage('## Buy River Barons').replace('Add to Cart\n\n', 'Released 2021\n\nFor 2 to 5 players\n\nAbout an hour\n\n');
		const index = new BlockIndex(parseDump(page));
		assert.strictEqual(hasBuyBoxUnderHeading(index), false);
	});
});
