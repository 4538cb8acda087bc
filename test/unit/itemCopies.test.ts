// Item copies: a blog front whose "Popular" rail prints cards of the feed again reads each card once, on fixtures written for this project.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { blockText, collapse } from '../../src/core/extract/inlineText';
import { dropItemCopies, MIN_ITEM_COPY_CHARS } from '../../src/core/extract/kinds/itemCopies';
import type { RemovedRegion } from '../../src/core/extract/article';

/** A teaser card as a list item: a linked title, its summary and its byline. */
function card(i: number): string {
	return `-   [The heron walk, part ${i + 1}](/walks/${i + 1})\n\n    Volunteers counted the herons by the weir on walk ${i + 1} and wrote up the water levels.\n\n    Ada Lovelace · March ${i + 1}, 2026\n`;
}

function front(feed: number[], popular: number[]): string {
	return `::: feed\n## Latest\n\n${feed.map(card).join('\n')}\n:::\n\n::: rail\n## Popular\n\n${popular.map(card).join('\n')}\n:::\n`;
}

function read(dump: string): { text: string; removed: RemovedRegion[] } {
	const removed: RemovedRegion[] = [];
	const blocks = dropItemCopies(parseDump(dump).blocks, removed);
	return { text: blocks.map((b) => collapse(blockText(b))).join('\n'), removed };
}

function count(text: string, what: string): number {
	return text.split(what).length - 1;
}

suite('Item copies', () => {
	test('a card the rail prints again is read once, the rail keeps its own cards and its heading', () => {
		const { text, removed } = read(front([0, 1, 2, 3], [1, 5, 3]));
		for (const i of [1, 2, 3, 4, 6]) assert.strictEqual(count(text, `on walk ${i} `), 1, text);
		assert.ok(text.includes('Popular'), text);
		assert.ok(text.indexOf('on walk 6 ') > text.indexOf('Popular'), text);
		assert.ok(removed.length > 0 && removed.every((r) => r.step === 'item-copy'), JSON.stringify(removed));
	});

	test('short items (a menu or tags named twice) stay', () => {
		const dump = `-   [Herons](/tags/herons)\n-   [Rivers](/tags/rivers)\n\nText between.\n\n-   [Herons](/tags/herons)\n-   [Rivers](/tags/rivers)\n`;
		assert.ok('[Herons](/tags/herons)'.length < MIN_ITEM_COPY_CHARS);
		const { text } = read(dump);
		assert.strictEqual(count(text, 'Herons'), 2, text);
	});

	test('an item one list names twice (a reference cited twice) stays twice', () => {
		const dump = `::: references\n${[card(0), card(1), card(0)].join('\n')}\n:::\n`;
		const { text, removed } = read(dump);
		assert.strictEqual(count(text, 'on walk 1 '), 2, text);
		assert.strictEqual(removed.length, 0);
	});

	test('a page without copies is returned as it is', () => {
		const blocks = parseDump(front([0, 1, 2], [3, 4])).blocks;
		const out = dropItemCopies(blocks, []);
		assert.strictEqual(out.length, blocks.length);
		assert.ok(out.every((b, i) => b === blocks[i]));
	});

	test('thousands of cards, half of them copies, are read in linear time', () => {
		const n = 4000;
		const feed = Array.from({ length: n }, (_, i) => i);
		const started = Date.now();
		const { text } = read(front(feed, feed.slice(0, n / 2)));
		assert.strictEqual(count(text, 'on walk 1 '), 1);
		assert.strictEqual(count(text, `on walk ${n} `), 1);
		console.log(`      ${n * 1.5} cards in ${Date.now() - started} ms`);
	});
});
