// Forum platform profiles as data (SMF, FluxBB, MyBB, XenForo 1, Flarum): a thread read post by post, without the engine's chrome.
import * as assert from 'node:assert';
import { FORUM_CONTROL_RE } from '../../src/core/extract/heuristics/forumControls';
import { KIND_PLATFORMS } from '../../src/core/extract/kinds/platforms';
import { extractDumpText as extract } from '../util/kindFixtures';

const MESSAGES = [
	'Our allotment shed roof leaks along the ridge every time it rains hard, and the felt looks fine from the ground. Where should I start looking?',
	'Check the ridge capping first: the nails work loose over a few winters and water runs in under the felt along the top, where you cannot see it from below.',
	'Thanks, that was it. Two nails had lifted and the felt under them had split; a strip of new felt and some clout nails fixed it before the weekend.',
];

/** A Simple Machines Forum thread: each post numbered `msgN`, with a bar of buttons under the message and a moderator bar. */
function smfThread(): string {
	const lines = ['# Shed roof leaking at the ridge', ''];
	MESSAGES.forEach((m, i) => {
		lines.push(`::: {#msg${100 + i} .windowbg}`, '::: post_wrapper', '::: poster', `#### [gardener${i}](/profile/${i})`, ':::', '', '::: postarea', '::: keyinfo');
		lines.push(`[March ${i + 3}, 2025, 10:0${i} AM](/msg${100 + i})`, ':::', '', '::: post', m, ':::', '', '::: under_message', 'Mark unread Notify Print Quickmod', ':::', ':::', '');
		lines.push('::: moderatorbar', 'Reported to moderator by the allotment team', ':::', ':::', ':::', '');
	});
	return lines.join('\n');
}

/** A FluxBB (PunBB) thread: each post a `blockpost` numbered `pN`, its foot holding the controls and the signature. */
function fluxThread(): string {
	const lines = ['# Shed roof leaking at the ridge', ''];
	MESSAGES.forEach((m, i) => {
		lines.push(`::: {#p${200 + i} .blockpost}`, `## #${i + 1} 2025-03-0${i + 3} 10:0${i}:00`, '', '::: postbody', '::: postleft', `**[gardener${i}](/profile/${i})**`, ':::', '');
		lines.push('::: postright', '::: postmsg', m, ':::', '', '::: postsignature', 'Plot 12, Fernhill allotments, growing since 1998', ':::', ':::', ':::', '');
		lines.push('::: {.postfoot .clearb}', '::: postfootright', 'Report Quote Subscribe to this topic', ':::', ':::', ':::', '');
	});
	return lines.join('\n');
}

/** A Stack Exchange question and its answers, each answer with a comment in the 2024 layout (name and age in `s-user-card--awards`). */
function stackExchangeThread(): string {
	const lines = ['# Shed roof leaking at the ridge', ''];
	MESSAGES.forEach((m, i) => {
		lines.push(`::: {#${i === 0 ? 'question' : `answer-${i}`} .${i === 0 ? 'question' : 'answer'} .js-answer}`, '::: votecell', `${i + 2}`, ':::', '');
		lines.push('::: {.s-prose .js-post-body itemprop="text"}', m, ':::', '', `::: {itemprop="comment"}`, '::: s-user-card--awards');
		lines.push(`[commenter${i}](/users/${i}/commenter){.comment-user} [Over a year ago](#comment${i}){.comment-link}`, ':::', '');
		lines.push('::: {itemprop="text"}', `Comment ${i}: did you check the felt under the ridge tiles as well as the nails?`, ':::', ':::', ':::', '');
	});
	lines.push('::: {.answer .js-answer}', '::: {.s-prose .js-post-body}', 'Mine leaked at the ridge too: the capping had lifted at one end and rain blew in under it.', ':::', '');
	lines.push('::: {.d-flex .js-you-can-comment-banner-anon}', 'Sign up to request clarification or add additional context in comments.', ':::', ':::', '');
	return lines.join('\n');
}

suite('Forum platforms', () => {
	test('a Stack Exchange thread keeps each comment\'s words and drops its header of name and age', () => {
		const { text, kind } = extract(stackExchangeThread());
		assert.strictEqual(kind, 'forum');
		for (const m of MESSAGES) assert.ok(text.includes(m), `lost ${m.slice(0, 30)}`);
		assert.ok(text.includes('Comment 2: did you check'), 'lost a comment');
		assert.ok(!text.includes('commenter1') && !text.includes('Over a year ago'), 'kept a comment header');
		assert.ok(text.includes('capping had lifted'), 'lost the answer without comments');
		assert.ok(!text.includes('Sign up to request clarification'), 'kept the signed-out comment banner');
	});

	test('an SMF thread keeps each post and drops the moderator bar and the buttons under the message', () => {
		const { text, kind } = extract(smfThread());
		assert.strictEqual(kind, 'forum');
		for (const m of MESSAGES) assert.ok(text.includes(m), `lost ${m.slice(0, 30)}`);
		assert.ok(text.includes('gardener2') && text.includes('March 5, 2025'), 'lost an author or a date');
		assert.ok(!text.includes('Quickmod') && !text.includes('Reported to moderator'), 'kept the SMF chrome');
	});

	test('a FluxBB thread keeps each post and drops the signature and the post foot', () => {
		const { text, kind } = extract(fluxThread());
		assert.strictEqual(kind, 'forum');
		for (const m of MESSAGES) assert.ok(text.includes(m), `lost ${m.slice(0, 30)}`);
		assert.ok(text.includes('gardener1'), 'lost an author');
		assert.ok(!text.includes('Fernhill allotments') && !text.includes('Subscribe to this topic'), 'kept the FluxBB chrome');
	});

	test('each engine is told by its own class words, not by words a CMS theme writes', () => {
		const find = (words: string): string | undefined => KIND_PLATFORMS.find((p) => p.detect.test(words))?.name;
		assert.strictEqual(find('messageList'), 'xenforo1');
		assert.strictEqual(find('quickbuttons'), 'smf');
		assert.strictEqual(find('author_statistics'), 'mybb');
		assert.strictEqual(find('blockpost rowodd'), 'fluxbb');
		assert.strictEqual(find('Post-body'), 'flarum');
		for (const theme of ['post_body', 'post_author', 'postarea', 'post-content', 'message']) assert.strictEqual(find(theme), undefined, theme);
	});

	test('a thread\'s jump link is a control', () => {
		assert.ok(FORUM_CONTROL_RE.test('Jump to Latest'));
		assert.ok(!FORUM_CONTROL_RE.test('Jump to the latest firmware before you flash it'));
	});
});
