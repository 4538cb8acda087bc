// The cheaper walks of session 27 (issue 13): each gives what the walk it replaced gave, on fixtures written for this project.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { Block } from '../../src/core/model/dumpDocument';
import { sumUpTheTree } from '../../src/core/extract/candidates';
import { BlockIndex, isMarkupLeftover, LONG_TOKEN_CHARS } from '../../src/core/extract/blockIndex';
import { isScriptDataText } from '../../src/core/extract/heuristics/scriptData';

function firstParagraph(dump: string): Block & { kind: 'paragraph' } {
	const b = parseDump(dump).blocks.find((x) => x.kind === 'paragraph');
	assert.ok(b && b.kind === 'paragraph');
	return b;
}

suite('Speed: the long-token share stops early only when the share cannot be reached', () => {
	const token = 'x'.repeat(LONG_TOKEN_CHARS + 10);

	test('short words first, then long tokens that make most of the text: a leftover', () => {
		// The first half is short words: a scan that stopped once the share looked far would miss the long tail.
		const words = Array.from({ length: 20 }, () => 'ab').join(' ');
		const text = `${words} ${token} ${token} ${token}`;
		assert.ok(isMarkupLeftover(firstParagraph(text).content), text);
	});

	test('long tokens first, then prose that makes most of the text: not a leftover', () => {
		const prose = Array.from({ length: 40 }, () => 'plain words').join(' ');
		assert.ok(!isMarkupLeftover(firstParagraph(`${token} ${prose}`).content));
	});

	test('exactly at the share: not a leftover (the share must be exceeded)', () => {
		// Two tokens of 50 characters, and spaces and short words: 100 of 200 characters is one half, not more.
		const half = `${'y'.repeat(50)} ${'y'.repeat(50)} ${Array.from({ length: 33 }, () => 'ab').join(' ')}`;
		assert.ok(!isMarkupLeftover(firstParagraph(half).content));
	});
});

suite('Speed: script data is told by its first character before it is unescaped', () => {
	test('leading white space and an escaped first quote still read as script data', () => {
		assert.ok(isScriptDataText('   "parent_collection_breadcrumb": { "title": null },'));
		assert.ok(isScriptDataText('\\"filters\\": [{ \\"label\\": \\"Size\\", \\"count\\": 14 }],'));
	});

	test('text that starts with anything else is never script data', () => {
		assert.ok(!isScriptDataText('x"parent_collection_breadcrumb": { "title": null },'));
		assert.ok(!isScriptDataText('{ "parent_collection_breadcrumb": { "title": null } }'));
	});
});

suite('Speed: scores summed up the tree once', () => {
	test('each container gets the sum of the scores of every block below it, as a walk to the top per block gave', () => {
		const dump = '::: outer\n::: {.part}\nOne.\n\n::: a\n::: b\nTwo.\n\nTwo more.\n:::\n:::\n:::\n\n::: aside\nThree.\n\n::: {.one-paragraph}\nFour.\n:::\n:::\n:::\n\nFive.\n';
		const index = new BlockIndex(parseDump(dump));
		const paragraphs = [...index.order.keys()].filter((b) => b.kind === 'paragraph');
		assert.strictEqual(paragraphs.length, 6);
		const naive = new Map<Block, number>();
		const own = new Map<Block, number>();
		paragraphs.forEach((p, i) => {
			const score = i + 1;
			for (let c = index.containerOf(p); c !== undefined; c = index.containerOf(c)) naive.set(c, (naive.get(c) ?? 0) + score);
			const first = index.containerOf(p);
			if (first !== undefined) own.set(first, (own.get(first) ?? 0) + score);
		});
		sumUpTheTree(index, own);
		assert.ok(naive.size >= 4, 'several containers are summed');
		assert.deepStrictEqual([...own].sort((x, y) => index.order.get(x[0])! - index.order.get(y[0])!), [...naive].sort((x, y) => index.order.get(x[0])! - index.order.get(y[0])!));
	});
});
