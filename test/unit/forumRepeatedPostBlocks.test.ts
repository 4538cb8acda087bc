// A Q&A answer's preview before its full text in the same post goes; a poster's own repeated words across posts stay.
import * as assert from 'node:assert';
import { extractDumpText as extract } from '../util/kindFixtures';

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
