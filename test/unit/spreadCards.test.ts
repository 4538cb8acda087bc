// A shape group's weight on a spread-out page: a small one is a rail, a large one the feed (kinds/spreadCards.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { type Attempt, BlockIndex } from '../../src/core/extract/blockIndex';
import { shapeCards } from '../../src/core/extract/kinds/cardGroup';
import type { RepeatedGroup } from '../../src/core/extract/kinds/signals';
import { isSmallSpreadGroup, isSpreadFeed, MIN_SPREAD_FEED_SHARE, MIN_SPREAD_SHARE } from '../../src/core/extract/kinds/spreadCards';
import { dumpLines } from '../util/joinLines';

/** Five teaser cards, each box with a class of its own: a linked title, a line of text, a date. */
function feed(n: number): string {
	const cards = Array.from({ length: n }, (_, i) => dumpLines(`::: {.k${i}}`, `### [Notes from the harbour, part ${i + 1}](/notes/${i})`, '', `What the crews saw this week, part ${i + 1}.`, '', 'March 4, 2025', ':::', ''));
	return dumpLines('# Notes', '', '::: {.f}', ...cards, ':::');
}

/** The page read whole, as the kind detector gets it: only its characters are read here. */
function wholeOf(chars: number): Attempt {
	return { chars } as unknown as Attempt;
}

function group(): RepeatedGroup {
	const g = shapeCards(new BlockIndex(parseDump(feed(5))));
	assert.ok(g, 'no shape group');
	return g;
}

suite('Shape cards on a spread-out page', () => {
	test('a group under a fifth of the page is small, one over two fifths is the feed', () => {
		const g = group();
		const rail = wholeOf(Math.ceil(g.chars / (MIN_SPREAD_SHARE * 0.9)));
		assert.strictEqual(isSmallSpreadGroup(g, rail), true);
		assert.strictEqual(isSpreadFeed(g, rail), false);
		const mid = wholeOf(Math.ceil(g.chars / ((MIN_SPREAD_SHARE + MIN_SPREAD_FEED_SHARE) / 2)));
		assert.strictEqual(isSmallSpreadGroup(g, mid), false);
		assert.strictEqual(isSpreadFeed(g, mid), false);
		const most = wholeOf(Math.ceil(g.chars / 0.6));
		assert.strictEqual(isSmallSpreadGroup(g, most), false);
		assert.strictEqual(isSpreadFeed(g, most), true);
	});

	test('a group found by a class word is left to its own rules', () => {
		const g = { ...group(), signature: 'card' };
		assert.strictEqual(isSmallSpreadGroup(g, wholeOf(g.chars * 100)), false);
		assert.strictEqual(isSpreadFeed(g, wholeOf(g.chars)), false);
	});
});
