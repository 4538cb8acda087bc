// The Khoros (Lithium) forum profile: a support community's thread is read post by post, its blog posts stay articles.
import * as assert from 'node:assert';
import { KIND_PLATFORMS } from '../../src/core/extract/kinds/platforms';
import { extractDumpText as extract } from '../util/kindFixtures';

const MESSAGES = [
	'Since the last firmware update my router drops the wireless connection every evening around eight, and only a restart brings it back. Has anyone else seen this?',
	'Go to the advanced wireless settings and turn off the automatic channel selection: the update picks a crowded channel at the busy hour and then gives up on it.',
	'That fixed it. I set the channel by hand to eleven and the connection has stayed up for a whole week now, even with everyone at home streaming in the evening.',
];

/** One Khoros message: the member card, the date, the body, the kudos and the footer's buttons. */
function message(i: number, role: 'topic' | 'reply', solved = false): string[] {
	const lines = [
		`::: {.MessageView .lia-message-view-forum-message .lia-message-view-display .lia-thread-${role}${solved ? ' .lia-accepted-solution' : ''}}`,
		'::: {.lia-quilt .lia-quilt-forum-message}',
		'::: {.lia-quilt-row .lia-quilt-row-header}',
		`::: {.lia-message-author-username}`,
		`[member${i}](/t5/user/viewprofilepage/user-id/${100 + i}){.lia-user-name-link}`,
		':::',
		'',
		'::: {.lia-message-author-rank .lia-component-author-rank}',
		'Super Contributor',
		':::',
		'',
		'::: {.lia-message-author-posts-count}',
		`${40 + i} Posts`,
		':::',
		'',
		`[‎03-0${i + 4}-2025 08:1${i} PM]{.DateTime .lia-message-posted-on}`,
		'',
		'::: {.lia-message-position-in-thread}',
		`Message ${i + 1} of 3`,
		':::',
		':::',
		'',
		'::: {.lia-quilt-row .lia-quilt-row-main}',
	];
	if (solved) lines.push('::: {.lia-component-solution-info}', 'Solution accepted by member0', ':::', '');
	lines.push(
		'::: {.lia-message-body-content}',
		MESSAGES[i],
		':::',
		':::',
		'',
		'::: {.lia-quilt-row .lia-quilt-row-footer}',
		'::: {.lia-component-kudos-widget-message-kudos-count}',
		`${i + 2} Kudos`,
		':::',
		'',
		'::: {.lia-button-group}',
		'Reply Report Inappropriate Content',
		':::',
		':::',
		':::',
		':::',
		'',
	);
	return lines;
}

function khorosThread(): string {
	const lines = ['::: {.lia-quilt-row .lia-quilt-row-header}', 'Community Home Forums Routers and Wi-Fi', ':::', '', '# Wireless drops every evening after the update', ''];
	lines.push('::: {.lia-linear-display-message-view}', ...message(0, 'topic'), ':::', '');
	lines.push('::: {.lia-component-reply-list}');
	for (const i of [1, 2]) lines.push('::: {.lia-linear-display-message-view}', ...message(i, 'reply', i === 1), ':::', '');
	lines.push(':::', '', '::: {.lia-panel .related-topics}', '## Related topics', '', '- [Router reboots at night](/t5/r/1)', '- [Slow wireless after update](/t5/r/2)', ':::', '');
	return lines.join('\n');
}

/** A Khoros blog post with a comment: the blog's message view is no forum message, so the post is the article. */
function khorosBlog(): string {
	const lines = ['# What is new in this month\'s firmware', ''];
	lines.push('::: {.MessageView .lia-message-view-blog-topic-message}', '::: {.lia-message-body-content}', MESSAGES[0], '', MESSAGES[1], ':::', ':::', '');
	lines.push('::: {.MessageView .lia-message-view-blog-message}', '::: {.lia-message-body-content}', MESSAGES[2], ':::', ':::', '');
	return lines.join('\n');
}

suite('Forum platform: Khoros', () => {
	test('a Khoros thread keeps every message, author and date, and drops the member card, kudos and buttons', () => {
		const { text, kind } = extract(khorosThread());
		assert.strictEqual(kind, 'forum');
		for (const m of MESSAGES) assert.ok(text.includes(m), `lost ${m.slice(0, 30)}`);
		assert.ok(text.includes('member2'), 'lost an author');
		for (const chrome of ['Super Contributor', '41 Posts', 'Message 2 of 3', 'Kudos', 'Report Inappropriate', 'Solution accepted by', 'Related topics']) {
			assert.ok(!text.includes(chrome), `kept ${chrome}`);
		}
	});

	test('a Khoros blog post stays an article: its message view names no forum message', () => {
		const { text, kind } = extract(khorosBlog());
		assert.notStrictEqual(kind, 'forum');
		assert.ok(text.includes(MESSAGES[0]) && text.includes(MESSAGES[1]), text);
	});

	test('the profile is told by the forum message view, not by any lia- word', () => {
		const find = (words: string): string | undefined => KIND_PLATFORMS.find((p) => p.detect.test(words))?.name;
		assert.strictEqual(find('MessageView lia-message-view-forum-message lia-thread-reply'), 'khoros');
		assert.strictEqual(find('lia-quilt lia-quilt-forum-message'), 'khoros');
		assert.strictEqual(find('MessageView lia-message-view-blog-topic-message'), undefined);
		assert.strictEqual(find('lia-message-body-content'), undefined);
	});
});
