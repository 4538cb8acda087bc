// Rating containers by their shape: on a product page a container named `rating` goes as review chrome when it prints numbers, stars and counts, and stays when it prints words (a content rating's descriptors).
import * as assert from 'node:assert/strict';
import { isRatingShape } from '../../src/core/extract/kinds/productRatings';
import { extractDumpText } from '../util/kindFixtures';

const ABOUT =
	'Build a lighthouse on a windswept island, trade with passing ships and keep the lamp lit through forty winters of storms, shipwrecks and slow changes to the coastline around you.';
const FEATURES = 'Each season brings new weather, a village that grows around the harbour, and a logbook that remembers every ship you guided home.';
const DESCRIPTORS = 'Mild Fantasy Violence, In-Game Purchases, Users Interact';

/** A game shop's product page: its name, price, description, a container named `rating` holding `rated`, and features. */
function gamePage(rated: string): string {
	return ['# Keeper of the Lamp', '', '\\$19.99', '', 'Add to cart', '', '## About this game', '', ABOUT, '', '::: {.rating}', rated, ':::', '', '## Features', '', FEATURES, ''].join('\n');
}

suite('Rating containers by shape', () => {
	test('numbers, stars and counts are a rating; words are not', () => {
		for (const text of ['4.5 (53 total ratings)', '★ ★ ★ ★ ★', '', '6207', '4.9 930 verified reviews', '5 out of 5 stars', '4.8 (120)', '83%']) {
			assert.ok(isRatingShape(text), text);
		}
		for (const text of [DESCRIPTORS, 'Age rating for: Teen', 'Top Rated', 'Detailed seller ratings Average for the last 12 months Accurate description 5.0 Reasonable shipping cost 4.9']) {
			assert.ok(!isRatingShape(text), text);
		}
	});

	test("a content rating's descriptors stay in a product page's text", () => {
		const out = extractDumpText(gamePage(DESCRIPTORS));
		assert.equal(out.kind, 'product');
		assert.ok(out.text.includes(ABOUT), out.text);
		assert.ok(out.text.includes(DESCRIPTORS), out.text);
	});

	test("a rating summary of numbers and counts goes as the review widget's", () => {
		const out = extractDumpText(gamePage('4.7 (2,318 reviews)'));
		assert.equal(out.kind, 'product');
		assert.ok(out.text.includes(FEATURES), out.text);
		assert.ok(!out.text.includes('2,318'), out.text);
	});
});
