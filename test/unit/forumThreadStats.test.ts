// Forum controls: a thread's statistics line, a mobile app's signature and a share menu's networks are not messages.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { dropForumControls, FORUM_CONTROL_RE, MAX_THREAD_STATS_CHARS, THREAD_STATS_RE } from '../../src/core/extract/heuristics/forumControls';
import { blockText } from '../../src/core/extract/inlineText';

suite('Forum thread statistics and app lines', () => {
	test('two counts or more, with the last poster, are statistics', () => {
		for (const line of ['1.9K views 11 replies 12 participants last post by Ada_L Jan 18, 2024', '3 replies · 1.2k views · 4 users', '12 posts, 40 likes']) {
			assert.ok(THREAD_STATS_RE.test(line) && line.length <= MAX_THREAD_STATS_CHARS, line);
		}
	});

	test('one count, or a sentence with counts, is not', () => {
		for (const line of ['11 replies', 'I had 12 replies and 3 views on my first post, so I asked again.', 'views and replies']) {
			assert.ok(!THREAD_STATS_RE.test(line), line);
		}
	});

	test('app signatures and share networks are controls, sentences naming them are not', () => {
		for (const line of ['Sent from my iPhone using Tapatalk', 'Sent from my Pixel 7', 'WhatsApp', 'Share on Facebook', 'Email']) assert.ok(FORUM_CONTROL_RE.test(line), line);
		for (const line of ['I sent it from my phone', 'Facebook bought WhatsApp years ago.', 'Twitter is down again']) assert.ok(!FORUM_CONTROL_RE.test(line), line);
	});

	test('a thread keeps its posts and loses the statistics, the signature and the share menu', () => {
		const doc = parseDump(
			[
				'1.9K views 11 replies 12 participants last post by bruno Jan 18, 2024',
				'',
				'alice',
				'',
				'Which bench vise do you use for dovetails?',
				'',
				'Sent from my iPhone using Tapatalk',
				'',
				'-   WhatsApp',
				'-   Telegram',
				'-   Share on Facebook',
				'',
				'bruno',
				'',
				'A leg vise, and a Moxon vise for wide boards.',
				'',
			].join('\n'),
		);
		const kept = dropForumControls(doc.blocks, []).map((b) => blockText(b).trim());
		assert.deepStrictEqual(kept, ['alice', 'Which bench vise do you use for dovetails?', 'bruno', 'A leg vise, and a Moxon vise for wide boards.']);
	});
});
