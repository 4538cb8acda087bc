// A Q&A answer's preview before its full text in the same post goes; a poster's own repeated words across posts stay.
import * as assert from 'node:assert';
import { extractDumpText as extract } from '../util/kindFixtures';
import { parseDump } from '../../src/core/dump/parseDump';
import type { Block } from '../../src/core/model/dumpDocument';
import { dropRepeatedPostBlocks } from '../../src/core/extract/heuristics/repeatedPostBlocks';
import { blockText, collapse } from '../../src/core/extract/inlineText';
import type { RemovedRegion } from '../../src/core/extract/article';

const HIVES = ['the hive', 'a nucleus', 'the swarm'];
const MONTHS = ['September', 'August', 'October'];

/** Each answer's own words: answers that repeat each other are quotes, which other rules read. */
function full(i: number): string[] {
	return [
		`The first winter is the hard one: ${HIVES[i]} needs forty pounds of honey by October, and a new colony rarely makes that much.`,
		`Feed them syrup in ${MONTHS[i]}, two parts sugar to one of water, until they stop taking it down.`,
	];
}
function list(i: number): string[] {
	return [`Check the stores in late ${MONTHS[i]}`, `Reduce the entrance of ${HIVES[i]} against wasps`, `Heft ${HIVES[i]} each month until spring`];
}

/** One answer: its preview (whole paragraphs, then one cut mid-word; a list cut in its last item), then its full text. */
function answer(i: number, preview: boolean): string[] {
	const lines = ['::: {.answer-post}', `[keeper${i}](/users/keeper${i})`, '', `Answered March ${i + 3}, 2025`, ''];
	const [first, second] = full(i);
	const items = list(i);
	if (preview) lines.push('::: preview', first, '', second.slice(0, 22), '', `-   ${items[0]}`, `-   ${items[1].slice(0, 9)}`, ':::', '');
	lines.push('::: full-text', first, '', second, '', ...items.map((l) => `-   ${l}`), '', `Answer number ${i} ends here with a note of its own.`, ':::', ':::', '');
	return lines;
}

function thread(preview: boolean): string {
	return ['# How do I get a first hive through winter?', '', ...[0, 1, 2].flatMap((i) => answer(i, preview))].join('\n');
}

function count(text: string, needle: string): number {
	return text.split(needle).length - 1;
}

suite('Forum repeated post blocks', () => {
	test('a preview and its cut list go, the full answer stays once per post', () => {
		const { text, kind } = extract(thread(true));
		assert.strictEqual(kind, 'forum');
		for (const i of [0, 1, 2]) {
			// Each answer holds its full text once, not twice.
			assert.strictEqual(count(text, full(i)[0]), 1);
			assert.strictEqual(count(text, full(i)[1].slice(0, 22)), 1);
			assert.strictEqual(count(text, list(i)[0]), 1);
			assert.ok(!text.split('\n').some((l) => l.trim() === full(i)[1].slice(0, 22)), 'kept the cut paragraph');
			assert.ok(text.includes(`Answer number ${i} ends here`));
		}
	});

	test('without a preview every post keeps its text: repeats across posts are posters agreeing', () => {
		const { text } = extract(thread(false));
		for (const i of [0, 1, 2]) {
			assert.strictEqual(count(text, full(i)[1]), 1);
			assert.strictEqual(count(text, list(i)[2]), 1);
		}
	});
});

const FULL = 'The battery lasts two full days between charges, and the screen stays readable in bright sun on the trail.';

/** One post (a fenced div) holding `paragraphs`; the post's blocks are run through the heuristic with the post as their post. */
function runPost(paragraphs: string[]): { texts: string[]; steps: string[] } {
	const doc = parseDump(['::: {.post}', ...paragraphs.flatMap((p) => [p, '']), ':::', ''].join('\n'));
	const post = doc.blocks[0];
	assert.ok(post.kind === 'div');
	const removed: RemovedRegion[] = [];
	const kept = dropRepeatedPostBlocks(post.children as Block[], [post], removed);
	return { texts: kept.map((b) => collapse(blockText(b))), steps: removed.map((r) => r.step) };
}

suite('Forum repeated post blocks, the heuristic alone', () => {
	test('a preview cut mid-word before the full paragraph in the same post goes; the full one stays', () => {
		const { texts, steps } = runPost([FULL.slice(0, 43), 'Show more', FULL]);
		assert.deepStrictEqual(texts, ['Show more', FULL]);
		assert.deepStrictEqual(steps, ['repeated-post-block']);
	});

	test('a line that opens a later paragraph at a word\'s end stays, and so does a short line', () => {
		const { texts } = runPost(['The battery lasts', 'Thanks', 'The battery lasts two full days between charges', 'Thanks']);
		assert.deepStrictEqual(texts, ['The battery lasts', 'Thanks', 'The battery lasts two full days between charges', 'Thanks']);
	});

	test('among thousands of lines that share their opening words, the preview of one is still found and nothing else goes', () => {
		const lines = Array.from({ length: 3000 }, (_, i) => `Nested line ${i} of the reply, quoted again by the next poster.`);
		const preview = lines[2999].slice(0, 26);
		const { texts, steps } = runPost([preview, ...lines]);
		assert.deepStrictEqual(steps, ['repeated-post-block']);
		assert.strictEqual(texts.length, 3000);
		assert.strictEqual(texts[0], lines[0]);
	});

	test('a line the post repeats many times: every copy but the last goes, as a repeat of a later one', () => {
		const { texts } = runPost(Array.from({ length: 500 }, () => FULL));
		assert.deepStrictEqual(texts, [FULL]);
	});
});
