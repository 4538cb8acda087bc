// A member card's lines and sign-in prompts written as plain lines in a thread's posts go; sentences that start alike stay.
import * as assert from 'node:assert';
import { MEMBER_LINE_RE } from '../../src/core/extract/heuristics/memberLines';
import { extractDumpText as extract } from '../util/kindFixtures';

const MESSAGES = [
	'Our allotment shed roof leaks along the ridge every time it rains hard, and the felt looks fine from the ground. Where should I start looking?',
	'Check the ridge capping first: the nails work loose over a few winters and water runs in under the felt along the top, where you cannot see it from below.',
	'Thanks, that was it. Two nails had lifted and the felt under them had split; a strip of new felt and some clout nails fixed it before the weekend.',
];

/** A thread of an engine no profile names: each post's card lines are plain paragraphs beside its message. */
function thread(card: readonly string[]): string {
	const lines = ['# Shed roof leaking at the ridge', ''];
	MESSAGES.forEach((m, i) => {
		lines.push('::: {.topic-post .clearfix}', '::: wrap', `[gardener${i}](/u/gardener${i})`, '', `March ${i + 3}, 2025`, '');
		lines.push(card[i % card.length], '', '::: content', m, ':::', '', ':::', ':::', '');
	});
	return lines.join('\n');
}

suite('Forum member lines', () => {
	test('join dates, post counts, ranks, vote labels and sign-in prompts in posts go', () => {
		const card = ['Joined Mar 12, 2012', 'Posts 1,234', 'Well-known member', 'Upvote', 'Log in or register to reply here.', 'Member since 2015'];
		for (let k = 0; k < card.length; k += 3) {
			const { text, kind } = extract(thread(card.slice(k, k + 3)));
			assert.strictEqual(kind, 'forum');
			for (const m of MESSAGES) assert.ok(text.includes(m), `lost ${m.slice(0, 30)}`);
			for (const c of card.slice(k, k + 3)) assert.ok(!text.split('\n').some((l) => l.trim() === c), `kept ${c}`);
		}
	});

	test('the patterns take whole lines only', () => {
		for (const line of ['Joined: Mar 2012', 'Registered 03/12/2012', 'Likes: 50', 'Reaction score 212', 'Newbie', 'Sign in to reply', 'You need to be a member in order to leave a comment', 'Liked by 3 people', 'Hide signature', 'Type your email address', 'Enter your email:']) {
			assert.ok(MEMBER_LINE_RE.test(line), line);
		}
		for (const line of ['Joined the club in March 2012 and never looked back', 'Posts about roofing', 'Thanks, that was it', 'karma12', 'Upvote if this helped you', 'Newbie question about felt', 'Enter your email address in the shed log before you borrow a tool']) {
			assert.ok(!MEMBER_LINE_RE.test(line), line);
		}
	});
});
