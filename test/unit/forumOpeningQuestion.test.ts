// Forum threads: a Q&A board's question, written apart from the replies named `comments`, is the thread's first post.
import * as assert from 'node:assert';
import { extractDumpText as extract } from '../util/kindFixtures';

/** A made-up question about a squeaking door and its replies. */
const QUESTION =
	'Our back door squeaks every time it swings past halfway, even after I oiled both hinges last week. Is it the hinges, the frame rubbing, or something else I should look at before I take the door off?';
const REPLIES = [
	'Check the top hinge screws first: when they work loose the door drops a little and the latch edge rubs the frame at exactly that point of the swing.',
	'Mine did the same and it was the weatherstrip along the hinge side, dried out and dragging. A little silicone spray on the strip stopped it at once.',
	'Take the pins out one at a time and clean the old oil off; thick oil collects grit and squeaks worse than a dry pin after a month or two.',
	'If none of that helps, put a sheet of paper between door and frame and close it slowly: where the paper sticks is where it rubs.',
];

/** A question page: the question in `question__body` under a title block, the replies as `comments__list-item` entries. */
function questionBoard(questionClass: string): string {
	const lines = [
		'::: {.article__wrap .question}',
		'::: question__top',
		'# Squeaking back door {.question__title}',
		'',
		'[doorfan](/profile/doorfan){.author} | Posted in General on March 2, 2021',
		':::',
		'',
		`::: {#article-body .${questionClass}}`,
		QUESTION,
		':::',
		'',
		'::: {.comments .question__replies}',
		'### Replies',
		'',
	];
	REPLIES.forEach((r, i) => lines.push('::: comments__list-item__copy', `[fixer${i}](/profile/fixer${i}){.author} | Mar 3, 2021`, '', '::: comments__list-item__text', r, ':::', ':::', ''));
	lines.push(':::', ':::', '');
	return lines.join('\n');
}

suite('Forum threads: the question apart from its replies', () => {
	test('a question named `question__body` above replies named `comments` is the first post', () => {
		const { text, kind } = extract(questionBoard('question__body'));
		assert.strictEqual(kind, 'forum');
		const at = [QUESTION, ...REPLIES].map((m) => text.indexOf(m.slice(0, 40)));
		assert.ok(at.every((i) => i >= 0), `lost a post: ${at.join(', ')}`);
		assert.ok(at.every((i, n) => n === 0 || i > at[n - 1]), 'posts out of order');
	});

	test('a container named otherwise above the replies is not taken as the question', () => {
		const { text } = extract(questionBoard('intro-box'));
		assert.ok(REPLIES.every((r) => text.includes(r.slice(0, 40))), 'lost a reply');
		assert.ok(!text.includes(QUESTION.slice(0, 40)), 'took a box named like no post as the question');
	});
});
