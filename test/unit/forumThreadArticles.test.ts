// Comment threads read as articles: a control recurring after each comment ("1 year ago", "Share", "N posts") makes the forum controls leave; an article's lone controls stay.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { RemovedRegion } from '../../src/core/extract/article';
import { dropThreadArticleControls } from '../../src/core/extract/heuristics/threadArticleControls';
import { blockText } from '../../src/core/extract/inlineText';

const COMMENTS = [
	'We moved the whole shop into the garage last spring and it was the best decision we made.',
	'Ours is still in the basement, the stairs are the real problem when a sheet of plywood arrives.',
	'Put a hatch in the floor above the bench, we did that and the plywood goes straight down now.',
	'A hatch is a good idea, I will ask the landlord before the next delivery comes in the autumn.',
];

function texts(md: string): { kept: string[]; removed: RemovedRegion[] } {
	const removed: RemovedRegion[] = [];
	const kept = dropThreadArticleControls(parseDump(md).blocks, removed).map((b) => blockText(b).trim());
	return { kept, removed };
}

suite('Forum threads read as articles', () => {
	test('a comment thread loses the age under every comment, and keeps posters, messages and lone numbers', () => {
		const md = COMMENTS.flatMap((c, i) => [`poster${i}`, '', `${i + 3}`, '', '1 year ago', '', c, '']).join('\n');
		const { kept, removed } = texts(md);
		assert.deepStrictEqual(kept, COMMENTS.flatMap((c, i) => [`poster${i}`, `${i + 3}`, c]));
		assert.ok(removed.every((r) => r.step === 'forum-control'));
	});

	test('relative ages of every unit go once one recurs', () => {
		const ages = ['2 years ago', '3 days ago', '2 years ago', 'a year ago', '2 years ago'];
		const md = COMMENTS.concat(COMMENTS[0]).flatMap((c, i) => [ages[i], '', c, '']).join('\n');
		assert.deepStrictEqual(texts(md).kept, COMMENTS.concat(COMMENTS[0]));
	});

	test('only the controls that recur go: an article keeps its fact box, its lone controls and its definition list', () => {
		const facts = ['Location: Brooklyn, NY', '', 'Occupation: woodworker', '', 'Posts: 12', ''];
		const card = ['Joined', ':   2019', '', 'Location', ':   Brooklyn', ''];
		const md = [...facts, ...card, 'Expand', '', ...COMMENTS.flatMap((c) => [c, '', 'Share', ''])].join('\n');
		const { kept } = texts(md);
		assert.deepStrictEqual(kept.slice(0, 3), ['Location: Brooklyn, NY', 'Occupation: woodworker', 'Posts: 12']);
		assert.ok(kept.includes('Expand'));
		assert.ok(!kept.includes('Share'));
		assert.strictEqual(kept.filter((t) => COMMENTS.includes(t)).length, COMMENTS.length);
		assert.ok(kept.some((t) => t.includes('Joined')), 'the definition list stays');
	});

	test('member post counts of one shape are one control ("4931 posts", "33 posts")', () => {
		const md = COMMENTS.flatMap((c, i) => [`Posted by poster${i}`, '', `${(i + 1) * 977} posts`, '', c, '']).join('\n');
		assert.deepStrictEqual(texts(md).kept, COMMENTS.flatMap((c, i) => [`Posted by poster${i}`, c]));
	});

	test('an article with one share button and review scores keeps them all', () => {
		const md = ['Share', '', COMMENTS[0], '', '87', '', COMMENTS[1], '', '14', '', COMMENTS[2], '', '9', '', COMMENTS[3], ''].join('\n');
		const { kept, removed } = texts(md);
		assert.strictEqual(kept.length, 8);
		assert.strictEqual(removed.length, 0);
	});

	test('a run of link lines with no message between them is one list, not a thread', () => {
		const md = [COMMENTS[0], '', '[link](/a)', '', '[link](/b)', '', '[link](/c)', '', '[link](/d)', '', COMMENTS[1], ''].join('\n');
		assert.strictEqual(texts(md).kept.length, 6);
	});
});
