// A member card written as definition-list pairs beside each post: the pairs go when most posts share a term, a poster's own list stays.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { dropCardPairLists } from '../../src/core/extract/heuristics/cardPairLists';
import type { RemovedRegion } from '../../src/core/extract/article';
import type { Block } from '../../src/core/model/dumpDocument';
import { collapsedText } from '../../src/core/extract/inlineText';
import { extractDumpText } from '../util/kindFixtures';

const MESSAGES = [
	'The back door of our old house sticks every summer and swings free every winter; I planed it last year and it still binds at the top corner.',
	'That is the frame moving, not the door. Check whether the top hinge screws are loose: long screws into the stud usually pull the corner back.',
	'Seasonal swelling shows at the top corner first. Seal the top and bottom edges after planing, since bare end grain drinks the damp air.',
	'Long screws in the top hinge did it. It closes without a shove now, and I sealed the edges I had planed while I had the door off.',
];
const POSTERS = ['quillfeather', 'joinerjon', 'sashweight', 'quillfeather'];
const EXTRA = [['Home Country', 'Wales'], undefined, ['Current Location', 'Leeds'], ['Home Country', 'Wales']];

/** A thread whose member cards are `<dl>` pairs, which pandoc splits with `<!-- -->` between them. */
function thread(messageList = false, icons = false): string {
	const out = ['# Back door sticks in summer', '', '::: {.thread}'];
	MESSAGES.forEach((m, i) => {
		out.push('::: {.post}', `[${POSTERS[i]}](/members/${POSTERS[i]}.${10 + i}/)`, '');
		const pairs = [['Joined', `Mar ${3 + i}, 2019`], ['Messages', String(120 + i * 31)], ...(EXTRA[i] ? [EXTRA[i]!] : [])];
		pairs.forEach(([term, value], k) => {
			if (k > 0) out.push('```{=html}', '<!-- -->', '```', '');
			// An icon in place of the term's word: its tooltip names it, or nothing does (`k === 1`).
			const shown = !icons ? term : k === 1 ? '[]{.g7}' : `[  ]{.g${k} title="${term}"}`;
			out.push(shown, `:   ${value}`, '');
		});
		out.push(`Posted Jun ${10 + i}, 2024`, '', m, '');
		if (messageList && i === 1) out.push('Hinge screw', ':   3 inch, into the stud', '');
		out.push(':::', '');
	});
	out.push(':::', '');
	return out.join('\n');
}

/** The thread's posts: the `.post` containers inside its one container. */
function postsOf(blocks: readonly Block[]): Block[] {
	const thread = blocks.find((b) => b.kind === 'div');
	assert.ok(thread && thread.kind === 'div');
	return thread.children.filter((b) => b.kind === 'div');
}

suite('Member cards written as definition-list pairs', () => {
	test('the pairs go, the members own fields with the shared ones; the messages stay', () => {
		const doc = parseDump(thread());
		const posts = postsOf(doc.blocks);
		const removed: RemovedRegion[] = [];
		const kept = dropCardPairLists(doc.text, posts, posts, removed);
		const text = kept.map((b) => collapsedText(b)).join('\n');
		for (const s of ['Joined', 'Messages', '151', 'Home Country', 'Wales', 'Leeds']) assert.ok(!text.includes(s), `kept ${s}`);
		for (const m of MESSAGES) assert.ok(text.includes(m));
		assert.strictEqual(removed.length, 11);
	});

	test("a poster's own short list, whose term no other post shares, stays", () => {
		const { text, kind } = extractDumpText(thread(true));
		assert.strictEqual(kind, 'forum');
		assert.ok(text.includes('Hinge screw') && text.includes('3 inch, into the stud'), text);
		for (const s of ['Messages', 'Home Country', 'Leeds']) assert.ok(!text.includes(s), `kept ${s}`);
		assert.ok(text.includes('joinerjon'), 'lost a poster');
	});

	test("terms shown as icons, named by a tooltip or by nothing, are the card's terms too", () => {
		const doc = parseDump(thread(false, true));
		const posts = postsOf(doc.blocks);
		const removed: RemovedRegion[] = [];
		const kept = dropCardPairLists(doc.text, posts, posts, removed);
		const text = kept.map((b) => collapsedText(b)).join('\n');
		for (const s of ['Mar 4, 2019', '151', 'Wales', 'Leeds']) assert.ok(!text.includes(s), `kept ${s}`);
		for (const m of MESSAGES) assert.ok(text.includes(m));
		assert.ok(text.includes('Posted Jun 11, 2024'), "lost a post's date");
	});

	test('two posts are too few to tell a card from what posters wrote', () => {
		const doc = parseDump(thread());
		const posts = postsOf(doc.blocks).slice(0, 2);
		assert.strictEqual(dropCardPairLists(doc.text, posts, posts, []), posts);
	});
});
