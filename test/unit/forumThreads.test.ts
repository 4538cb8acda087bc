// Forum threads, this session's rules: controls deep inside quotes, on fixtures written for this project.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { dropForumControls, FORUM_CONTROL_RE } from '../../src/core/extract/heuristics/forumControls';
import { blockText, collapse, isHiddenSpan } from '../../src/core/extract/inlineText';
import type { Attributes } from '../../src/core/model/dumpDocument';
import { extractDumpText as extract } from '../util/kindFixtures';

const MESSAGES = [
	'Our allotment shed roof leaks along the ridge every time it rains hard, and the felt looks fine from the ground. Where should I start looking?',
	'Check the ridge capping first: the nails work loose over a few winters and water runs in under the felt along the top, where you cannot see it from below.',
	'Thanks, that was it. Two nails had lifted and the felt under them had split; a strip of new felt and some clout nails fixed it before the weekend.',
];

/** A thread of plain posts (no known forum software), each with its author, the author's title as a heading, a date and a message. */
function threadWithTitles(): string {
	const lines = ['# Shed roof leaking at the ridge', ''];
	MESSAGES.forEach((m, i) => {
		lines.push(`::: {.post .reply-${i}}`, `#### [gardener${i}](/members/${i})`, '', `##### ${i === 1 ? 'Senior Member' : 'Allotment Veteran'} {.member-title}`, '', `Mar ${i + 3}, 2025`, '', m, ':::', '');
	});
	return lines.join('\n');
}

suite('Forum threads', () => {
	test('forum controls: a control two containers deep inside a quote goes, and the quote around it stays', () => {
		const dump = [
			'> ::: quote-title',
			'> fernhill said:',
			'> :::',
			'>',
			'> ::: quote-content',
			'> ::: quote-body',
			'> The bolts in the box are too short.',
			'> :::',
			'>',
			'> ::: expand-link',
			'> Click to expand\\...',
			'> :::',
			'> :::',
			'',
			'-   ::: item',
			'    Reply',
			'    :::',
			'',
			'    You need the longer ones.',
			'',
			'I did it last week.',
			'',
		].join('\n');
		const removed: Parameters<typeof dropForumControls>[1] = [];
		const text = dropForumControls(parseDump(dump).blocks, removed).map((b) => collapse(blockText(b))).join('\n');
		assert.ok(text.includes('The bolts in the box are too short.'), 'lost the quote');
		assert.ok(text.includes('You need the longer ones.'), 'lost the list item');
		assert.ok(!text.includes('Click to expand'), 'kept the control inside the quote');
		assert.ok(!/\bReply\b/.test(text), 'kept the control inside the list item');
		assert.deepStrictEqual(removed.map((r) => r.signal), ['Click to expand...', 'Reply']);
	});

	test('post chrome headings: a member title written as a heading with a chrome class goes; the author heading stays', () => {
		const { text, kind } = extract(threadWithTitles());
		assert.strictEqual(kind, 'forum');
		for (const m of MESSAGES) assert.ok(text.includes(m), `lost ${m.slice(0, 30)}`);
		assert.ok(text.includes('gardener1') && text.includes('Mar 4, 2025'), 'lost an author or a date');
		assert.ok(!text.includes('Senior Member') && !text.includes('Allotment Veteran'), 'kept a member title');
	});

	/** A NodeBB 3 thread: a list whose items hold an anchor, a preview of the post answered, and the post itself. */
	function nodebbThread(): string {
		const lines = ['# Shed roof leaking at the ridge', '', '::: {.posts-container}'];
		MESSAGES.forEach((m, i) => {
			lines.push(`-   []{#${i + 1} component="post/anchor" index="${i}"}`, '');
			if (i > 0) {
				lines.push('    ::: {.btn .btn-ghost component="post/parent" parent-pid="1"}', `    ${MESSAGES[i - 1]}`, '    :::', '');
			}
			lines.push(
				'    ::: {.d-flex .post-container-parent}',
				'    ::: {.post-container .d-flex}',
				`    ::: {.post-header itemprop="author"}`,
				`    [G]{.avatar} [[Offline]{.visually-hidden}]{.status} [gardener${i}](/user/g${i}) wrote on [Mar ${i + 3}, 2025](/post/${i})`,
				'    :::',
				'',
				'    ::: {.content component="post/content" itemprop="text"}',
				`    ${m}`,
				'    :::',
				'',
				'    ::: {.post-footer component="post/footer"}',
				'    [1 Reply]{component="post/reply-count/text"} [Quote](#){component="post/quote"}',
				'    :::',
				'    :::',
				'    :::',
				'',
			);
		});
		lines.push(':::', '');
		return lines.join('\n');
	}

	test('NodeBB profile: each list item\'s post is read once, without the preview of the post it answers', () => {
		const { text, kind } = extract(nodebbThread());
		assert.strictEqual(kind, 'forum');
		for (const m of MESSAGES) {
			assert.ok(text.includes(m), `lost ${m.slice(0, 30)}`);
			assert.strictEqual(text.split(m).length - 1, 1, `repeated ${m.slice(0, 30)}`);
		}
		assert.ok(text.includes('gardener2'), 'lost an author');
		assert.ok(!text.includes('1 Reply') && !/\bQuote\b/.test(text), 'kept the post footer');
		assert.ok(!text.includes('Offline'), 'kept a screen-reader-only status');
	});

	/** An Invision Community 5 thread: each post's author card stands apart from its `ipsEntry__content` (date, message, signature). */
	function invisionThread(): string {
		const lines = ['# Shed roof leaking at the ridge', '', '::: {#elPostFeed .ipsEntries .ipsEntries--topic}'];
		MESSAGES.forEach((m, i) => {
			lines.push(
				`::: {#comment-${i}}`,
				':::',
				'',
				'::: {.ipsEntry__header}',
				`### [gardener${i}](/profile/${i}){.ipsUsername}`,
				'',
				'::: {.ipsEntry__group}',
				'Members · 1,204 posts',
				':::',
				':::',
				'',
				`::: {#comment-${i}_wrap .ipsEntry__content .js-ipsEntry__content}`,
				'::: ipsEntry__meta',
				`[March ${i + 3}, 2025](/topic/1/?comment=${i})`,
				':::',
				'',
				'::: {.ipsRichText .ipsRichText--user}',
				m,
				':::',
				'',
				'::: {.ipsEntry__signature}',
				'Growing leeks on plot 14 since 2009, ask me anything about rust and onion fly.',
				':::',
				':::',
				'',
			);
		});
		// A long box beside the posts: only the forum software's names make the page a thread.
		const rules = 'Be kind to other growers, keep to the topic of the board you post in, and search before asking: most questions about slugs, blight and watering have been answered many times.';
		lines.push(':::', '', '::: {.ipsBox .cCommunityRules}', rules, '', rules, '', rules, '', rules, ':::', '');
		return lines.join('\n');
	}

	test('Invision profile: an Invision Community 5 thread is read post by post, without signatures', () => {
		const { text, kind } = extract(invisionThread());
		assert.strictEqual(kind, 'forum');
		for (const m of MESSAGES) assert.ok(text.includes(m), `lost ${m.slice(0, 30)}`);
		assert.ok(text.includes('March 4, 2025'), 'lost a date');
		assert.ok(!text.includes('Growing leeks'), 'kept a signature');
		assert.ok(!text.includes('1,204 posts'), 'kept an author card');
	});

	test('screen-reader-only spans are not text; a class that only starts alike is', () => {
		const attrs = (classes: string[]): Attributes => ({ classes, pairs: [], range: { start: 0, end: 0 } });
		for (const c of ['sr-only', 'visually-hidden', 'visuallyhidden', 'screen-reader-text']) assert.ok(isHiddenSpan(attrs([c])), c);
		for (const c of ['sr-only-focusable-x', 'visually', 'screen-reader']) assert.ok(!isHiddenSpan(attrs([c])), c);
	});

	test('forum controls: a member statistic with a date and time is a control', () => {
		for (const control of ['Joined: Sun Dec 17, 2023 11:18 am', 'Joined: 4. Jul 2012, 16:09', 'Location: Leeds/Bradford']) {
			assert.ok(FORUM_CONTROL_RE.test(control), control);
		}
		assert.ok(!FORUM_CONTROL_RE.test("Joined: that's when it started to leak"), 'a sentence');
	});

	/** A phpBB thread: the topic heading, then posts whose subject line is a link "Re: <topic>", and a message quoting the topic as a heading. */
	function phpbbThread(): string {
		const lines = ['## [Shed roof leaking at the ridge](./viewtopic.php?t=9)', '', '::: {#page-body}'];
		MESSAGES.forEach((m, i) => {
			lines.push(
				`::: {#p${i + 1} .post .bg${(i % 2) + 1}}`,
				'::: postbody',
				`### [${i === 0 ? '' : 'Re: '}Shed roof leaking at the ridge](#p${i + 1})`,
				'',
				`by [gardener${i}](./memberlist.php?u=${i}) » Mar ${i + 3}, 2025`,
				'',
				'::: content',
				m,
				...(i === 2 ? ['', '### Shed roof leaking at the ridge', '', 'That was my old title for the problem; it is fixed now.'] : []),
				':::',
				':::',
				'',
				'::: postprofile',
				`**Joined:** Mon Jan ${i + 1}, 2018 9:0${i} am`,
				':::',
				':::',
				'',
			);
		});
		lines.push(':::', '');
		return lines.join('\n');
	}

	test('thread subjects: post subject lines repeating the topic go, with or without "Re:"; a heading inside a message stays', () => {
		const { text, kind } = extract(phpbbThread());
		assert.strictEqual(kind, 'forum');
		for (const m of MESSAGES) assert.ok(text.includes(m), `lost ${m.slice(0, 30)}`);
		assert.ok(!text.includes('Re: Shed roof'), 'kept a reply subject');
		assert.strictEqual(text.split('Shed roof leaking at the ridge').length - 1, 1, 'kept a subject line, or lost the heading inside a message');
		assert.ok(text.includes('That was my old title'), 'lost the message after its heading');
		assert.ok(!text.includes('Joined'), 'kept a member statistic');
	});
});
