// The same closing text under three posts or more is a signature and goes from all of them; a post's date, a short
// closing word and a closing line under two posts only stay.
import * as assert from 'node:assert';
import { extractDumpText as extract } from '../util/kindFixtures';
import { parseDump } from '../../src/core/dump/parseDump';
import type { Block } from '../../src/core/model/dumpDocument';
import { dropRepeatedSignatures } from '../../src/core/extract/heuristics/repeatedSignatures';
import { blockText, collapse } from '../../src/core/extract/inlineText';
import type { RemovedRegion } from '../../src/core/extract/article';

const SIGNATURE = 'My shop: a 1952 Delta lathe, a Stanley No. 4 and far too many clamps.';
const MESSAGES = [
	'I am about to turn my first bowl from green cherry and wonder how thick to leave the walls before it dries.',
	'Leave it about a tenth of the diameter thick, bag it with its shavings and let it dry slowly for a couple of months.',
	'Seal the end grain with wax as soon as you can, or the blank will check long before you get to turn it.',
	'Thank you both, I roughed it out tonight and it is drying in a paper sack in the basement now.',
];

/** A thread in an unfamiliar theme: numbered posts, the signature a plain paragraph with no class of its own. */
function thread(signed: readonly boolean[]): string {
	const lines = ['# Turning a first bowl from green wood', ''];
	MESSAGES.forEach((m, i) => {
		lines.push(`::: {#post-${100 + i} .post}`, `[turner${i % 2}](/members/turner${i % 2})`, '', `Posted March ${i + 3}, 2025`, '', '::: body', m, ':::', '');
		if (signed[i]) lines.push(SIGNATURE, '');
		lines.push(':::', '');
	});
	return lines.join('\n');
}

suite('Forum repeated signatures', () => {
	test('a closing paragraph under three posts goes from every post; the messages stay', () => {
		const { text, kind } = extract(thread([true, true, false, true]));
		assert.strictEqual(kind, 'forum');
		assert.ok(!text.includes('1952 Delta lathe'), text);
		for (const m of MESSAGES) assert.ok(text.includes(m), m);
	});

	test('a closing paragraph under two posts stays: a quote of an earlier post ends a reply as well', () => {
		const { text } = extract(thread([true, false, false, true]));
		assert.ok(text.includes('1952 Delta lathe'), text);
	});
});

/** Posts (fenced divs) of `paragraphs` each, run through the heuristic with the divs as the thread's posts. */
function runPosts(posts: string[][]): { texts: string[]; signals: string[] } {
	const doc = parseDump(posts.flatMap((ps) => ['::: {.post}', ...ps.flatMap((p) => [p, '']), ':::', '']).join('\n'));
	const divs = doc.blocks.filter((b) => b.kind === 'div');
	const removed: RemovedRegion[] = [];
	const kept = dropRepeatedSignatures(divs as Block[], divs as Block[], removed);
	const texts: string[] = [];
	const visit = (bs: readonly Block[]): void => {
		for (const b of bs) {
			if (b.kind === 'div') visit(b.children);
			else if (b.kind !== 'spacer') texts.push(collapse(blockText(b)));
		}
	};
	visit(kept);
	return { texts, signals: removed.map((r) => r.signal ?? '') };
}

suite('Forum repeated signatures, the heuristic alone', () => {
	test('the repeated closing block goes, each post keeps its own message', () => {
		const { texts, signals } = runPosts(MESSAGES.slice(0, 3).map((m) => [m, SIGNATURE]));
		assert.deepStrictEqual(texts, MESSAGES.slice(0, 3));
		assert.strictEqual(signals.length, 3);
	});

	test('a post that is only the repeated text keeps it: its first block is its message', () => {
		const { texts } = runPosts([[SIGNATURE], [MESSAGES[0], SIGNATURE], [MESSAGES[1], SIGNATURE], [MESSAGES[2], SIGNATURE]]);
		assert.deepStrictEqual(texts, [SIGNATURE, ...MESSAGES.slice(0, 3)]);
	});

	test('a date line shared by posts of one day and a short closing word stay', () => {
		const { texts } = runPosts(MESSAGES.slice(0, 3).map((m) => [m, 'Posted March 3, 2025', 'Thanks!']));
		assert.strictEqual(texts.filter((t) => t === 'Posted March 3, 2025').length, 3);
		assert.strictEqual(texts.filter((t) => t === 'Thanks!').length, 3);
	});

	test('a list that ends three posts stays: a Q&A post ends with its comments, which are posters\' words', () => {
		const { texts } = runPosts(MESSAGES.slice(0, 3).map((m) => [m, `-   ${SIGNATURE}`]));
		assert.strictEqual(texts.filter((t) => t === SIGNATURE).length, 3);
	});

	test('a repeated block before the last three blocks of a post is no signature', () => {
		const { texts } = runPosts(MESSAGES.slice(0, 3).map((m) => [m, SIGNATURE, 'one more line of the message here', 'and a second line of it as well', 'and a third line of it to close']));
		assert.strictEqual(texts.filter((t) => t === SIGNATURE).length, 3);
	});
});
