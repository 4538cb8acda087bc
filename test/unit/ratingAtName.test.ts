// A star rating right under the h1 makes one product's page, even with no price there and a grid of priced items below (kinds/ratingAtName.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { hasRatingAtName, MAX_BLOCKS_TO_RATING } from '../../src/core/extract/kinds/ratingAtName';
import { extractDumpText } from '../util/kindFixtures';

const at = (dump: string): boolean => hasRatingAtName(new BlockIndex(parseDump(dump)));
const lines = (n: number, word: string): string => Array.from({ length: n }, (_, i) => `${word} ${i + 1}`).join('\n\n');

/** A related item of a marketplace's carousel: its number and price, its name, its cart button. */
const card = (n: number): string => `- ${n}. EUR ${20 + n}.86\n\n  [Acme Buds ${n} wireless](/p/${n})\n\n  Add to cart\n`;

const ABOUT = [
	'Distinctive design: the earbuds stand out with a capsule-shaped case that slides open with one thumb and closes with a soft click.',
	'Long playtime: six hours on one charge and fifty with the case, so a week of commuting needs one top-up on a Sunday evening.',
	'Waterproof: rated IPX4 against sweat and rain, the buds keep playing through a run in the drizzle or a long session at the gym.',
];

/** A marketplace item out of stock: no price at its name, a rating, its details, then ten priced related items. */
const item = (rating?: string): string =>
	[
		'# Wireless Earbuds with 50H Playtime, Waterproof, White',
		'',
		'Visit the Acme Store',
		'',
		...(rating ? [rating, ''] : []),
		'Currently unavailable.',
		'',
		'Brand Acme',
		'',
		'Colour White',
		'',
		'## About this item',
		'',
		...ABOUT.map((a) => `- ${a}\n`),
		'## Products related to this item',
		'',
		'Sort by: Featured',
		'',
		...Array.from({ length: 10 }, (_, i) => card(i + 1)),
	].join('\n');

suite('Rating at the name', () => {
	test('an item out of stock with a rating under its name is a product, not a collection of its related items', () => {
		const rated = extractDumpText(item('4.5 out of 5 stars (1,204)'));
		assert.strictEqual(rated.kind, 'product');
		assert.ok(rated.text.includes('Long playtime'), rated.text);
		// Without its rating, its "About this item" label still makes it one product (kinds/sectionAtName.ts); without both,
		// its stock line under the name does (kinds/stockAtName.ts); without all three, nothing under its name but a store
		// link: a grid decides.
		assert.strictEqual(extractDumpText(item()).kind, 'product');
		const unlabelled = item().replace('## About this item', '## In short');
		assert.strictEqual(extractDumpText(unlabelled).kind, 'product');
		assert.strictEqual(extractDumpText(unlabelled.replace('Currently unavailable.', 'Ships from the Acme warehouse.')).kind, 'collection');
	});

	test('a rating right under the h1 counts, with a count of votes grouped by thousands or stars', () => {
		assert.ok(at('# Trail 22 Daypack\n\nTrailworks\n\n4.8 out of 5 stars (146,980)\n'));
		assert.ok(at('# Trail 22 Daypack\n\n4.5 out of 5 stars (12)\n'));
		assert.ok(at('# Trail 22 Daypack\n\n★★★★☆\n'));
	});

	test("a rating after another heading, after many lines or in a sentence is no product's", () => {
		assert.ok(!at('# Daypacks\n\nLight packs for long days.\n\n## Trail 22 Daypack\n\n4.5 out of 5 stars (12)\n'));
		assert.ok(!at(`# Daypacks\n\n${lines(MAX_BLOCKS_TO_RATING, 'Line')}\n\n4.5 out of 5 stars (12)\n`));
		assert.ok(at(`# Daypacks\n\n${lines(MAX_BLOCKS_TO_RATING - 1, 'Line')}\n\n4.5 out of 5 stars (12)\n`));
		assert.ok(!at('# Daypacks\n\nOur packs are rated 4.5 out of 5 stars by thousands of hikers who carried them this year.\n'));
		assert.ok(!at('Trail 22 Daypack\n\n4.5 out of 5 stars (12)\n'), 'no h1, no rating at the name');
	});
});
