// A member's signature under two of their posts: the same closing text by one poster goes; a poster's short thanks, or two posters' alike endings, stay.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { RemovedRegion } from '../../src/core/extract/article';
import { dropPosterSignatures } from '../../src/core/extract/heuristics/posterSignatures';
import { collapsedText } from '../../src/core/extract/inlineText';
import type { Block } from '../../src/core/model/dumpDocument';

const SIGNATURE = '"Measure twice, cut once, and then measure the offcut as well."';

/** Posts as `[name, message lines]`; each post links its poster as phpBB does. */
function thread(posts: readonly (readonly [string, readonly string[]])[]): string {
	const out: string[] = [];
	posts.forEach(([name, lines], i) => {
		out.push('::: {.x1}', `[${name}](./memberlist.php?mode=viewprofile&u=${name.length * 7 + 3})`, '', `Posted Mar ${4 + i}, 2024`, '');
		for (const l of lines) out.push(l, '');
		out.push(':::', '');
	});
	return out.join('\n');
}

function run(dump: string): { text: string; removed: RemovedRegion[] } {
	const doc = parseDump(dump);
	const posts: Block[] = doc.blocks.filter((b) => b.kind === 'div');
	const removed: RemovedRegion[] = [];
	const kept = dropPosterSignatures(doc.text, posts, posts, removed);
	return { text: kept.map((b) => collapsedText(b)).join('\n'), removed };
}

const ASK = 'Which glue holds oak veneer best on a curved plywood panel that lives in a damp shed?';
const ANSWER = 'Urea glue in a vacuum bag, if you can borrow one; contact cement creeps once it gets warm.';
const THANKS = 'Thanks, I will try the urea glue on an offcut first and report back here next week.';

suite("Signatures by their poster", () => {
	test("the same closing text under two posts of one member goes from both; the messages stay", () => {
		const { text, removed } = run(thread([['oakleaf', [ASK, SIGNATURE]], ['veneerer', [ANSWER]], ['oakleaf', [THANKS, SIGNATURE]]]));
		assert.ok(!text.includes('Measure twice'), text);
		assert.strictEqual(removed.length, 2);
		for (const m of [ASK, ANSWER, THANKS]) assert.ok(text.includes(m));
	});

	test('two posters ending alike (one quoting the other as text) keep their words', () => {
		const { text } = run(thread([['oakleaf', [ASK, SIGNATURE]], ['veneerer', [ANSWER, SIGNATURE]], ['gluepot', [THANKS]]]));
		assert.strictEqual(text.split('Measure twice').length, 3);
	});

	test("a poster's short thanks repeated in two replies stays", () => {
		const { removed } = run(thread([['oakleaf', [ASK, 'Thank you this is helpful']], ['veneerer', [ANSWER]], ['oakleaf', [THANKS, 'Thank you this is helpful']]]));
		assert.strictEqual(removed.length, 0);
	});

	test('posts that link no member are no one\'s: their endings are not counted', () => {
		const { removed } = run(thread([['oakleaf', [ASK, SIGNATURE]], ['veneerer', [ANSWER]], ['oakleaf', [THANKS, SIGNATURE]]]).replace(/\]\(\.\/memberlist[^)]*\)/g, '](./search.php)'));
		assert.strictEqual(removed.length, 0);
	});
});
