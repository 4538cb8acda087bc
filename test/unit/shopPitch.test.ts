// A shop's pitch ("Why shop with us", "Our values") ends the product's text as other products' sections do (heuristics/shopPitch.ts).
import * as assert from 'node:assert';
import type { RemovedRegion } from '../../src/core/extract/article';
import { parseDump } from '../../src/core/dump/parseDump';
import { endAtRecommendations, isRecommendationHeading } from '../../src/core/extract/heuristics/recommendationSections';
import { isShopPitchHeading } from '../../src/core/extract/heuristics/shopPitch';
import { collapsedText } from '../../src/core/extract/inlineText';
import { dumpLines } from '../util/joinLines';

suite('Shop pitch sections', () => {
	test("a shop's pitch headings are recognised; a product's own case is not", () => {
		for (const label of ['Why Acme is the best place to buy the Trail Pack.', 'Why shop with us?', 'Why buy from Acme', 'Reasons to shop at Acme', 'Shop with confidence', 'Our values lead the way.', 'The Acme Promise', 'Our guarantee']) assert.ok(isShopPitchHeading(label), label);
		for (const label of ['Why choose the Summit?', 'Why you need it:', 'Our design process', 'Values and ratings', 'The Acme difference in every seam of this jacket that we sewed by hand']) assert.ok(!isShopPitchHeading(label), label);
	});

	test('"Keep exploring" heads other products', () => {
		assert.ok(isRecommendationHeading('Keep exploring AirPods.'));
	});

	test('the pitch and what follows it go when it ends the page', () => {
		const removed: RemovedRegion[] = [];
		const blocks = parseDump(dumpLines('# Trail Pack 25', '', 'A light pack for long day hikes with a padded hip belt and two side pockets.', '', '## Why Acme is the best place to buy packs.', '', 'Free engraving and pickup in store.', '', '## Our values lead the way.', '', 'We plant a tree for every order.')).blocks;
		const kept = endAtRecommendations(blocks, removed).map((b) => collapsedText(b));
		assert.deepStrictEqual(kept, ['Trail Pack 25', 'A light pack for long day hikes with a padded hip belt and two side pockets.']);
	});
});
