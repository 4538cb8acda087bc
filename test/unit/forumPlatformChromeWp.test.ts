// Forum profiles of engines the tuning part never shows (platforms.ts): wpForo, Asgaros Forum and Question2Answer, each in
// a synthetic thread written as pandoc dumps them, from the engines' public templates.
import * as assert from 'node:assert';
import { isEngineChromeLine } from '../../src/core/extract/heuristics/engineChromeLines';
import { KIND_PLATFORMS } from '../../src/core/extract/kinds/platforms';
import { extractDumpText as extract } from '../util/kindFixtures';

const MESSAGES = [
	'Our allotment shed roof has started to sag in the middle after the winter snow. The felt is intact but two rafters look bowed from inside.',
	'Bowed rafters under an intact felt usually mean the span is too long for the timber. Sister a new length of four by two beside each bowed one and bolt them through.',
	'I sistered both rafters last weekend with treated timber and coach bolts. The roof line is straight again and the door closes properly for the first time in months.',
];

const POSTERS = ['plotholder0', 'plotholder1', 'plotholder2'];

/** Checks a thread's text: read as a thread, every message kept in order, the kept lines kept, no chrome line. */
function check(dump: string, chrome: readonly string[], kept: readonly string[] = []): void {
	const { text, kind } = extract(dump);
	assert.strictEqual(kind, 'forum');
	let at = -1;
	for (const m of MESSAGES) {
		const i = text.indexOf(m);
		assert.ok(i > at, `lost or moved ${m.slice(0, 30)}`);
		at = i;
	}
	for (const k of kept) assert.ok(text.includes(k), `lost ${k}`);
	for (const c of chrome) assert.ok(!text.includes(c), `kept ${c}`);
}

/** wpForo 2 (themes/2022/layouts/1/post.php): each `post-wrap` a `post-N` div; the member card's title, join date, post count and buttons, the "bottom" buttons. */
function wpforoThread(): string {
	const lines = ['# Shed roof sagging after snow', '', '::: {.wpfl-1 .wpforo-section}', '::: wpforo-post-head', '[Last Post](#post-903)', ':::', ''];
	MESSAGES.forEach((m, i) => {
		lines.push(`::: {#post-${901 + i} .post-wrap .wpfn-${i + 1} data-postid="${901 + i}"}`, '::: {.wpforo-post .wpfcl-1}', '::: wpf-left', '::: author-data');
		lines.push(`::: author-name`, `[${POSTERS[i]}](https://example.org/community/profile/${POSTERS[i]}/)`, ':::', '');
		lines.push('::: author-title', `${['Eminent Member', 'Noble Member', 'Active Member'][i]}`, ':::', '');
		lines.push('::: author-joined', `Joined: ${['March', 'June', 'May'][i]} 201${i + 5}`, ':::', '', '::: author-posts', `Posts: ${[412, 1088, 57][i]}`, ':::', ':::', '');
		lines.push(`::: {#wpforo-memberinfo-${901 + i} .wpforo-memberinfo}`, '::: wpf-member-profile-buttons', '[Profile](#) [Activity](#) [Subscriptions](#)', ':::', ':::', ':::', '');
		lines.push('::: wpf-right', '::: wpforo-post-content-top', `[${i + 3}/04/2025 8:1${i} am]{.wpf-post-date}`, ':::', '');
		lines.push('::: wpforo-post-content', m, ':::', '');
		if (i === 1) lines.push('::: wpf-post-edited', `This post was modified 1 year ago by ${POSTERS[i]}`, ':::', '');
		lines.push('::: wpforo-post-signature', `${['Plot 14, brassicas and despair', 'Retired joiner, happy to help', 'First year on the plot'][i]}`, ':::', ':::', '');
		lines.push('::: bottom', '::: bright', 'Reply Quote', ':::', ':::', ':::', ':::', '');
	});
	lines.push(':::', '');
	return lines.join('\n');
}

/** Asgaros Forum (includes/views/post-element.php): each `post-element`; the post counter, group tags, the post footer's "#N" and edit note. */
function asgarosThread(): string {
	const lines = ['# Shed roof sagging after snow', '', '::: {#af-wrapper}'];
	MESSAGES.forEach((m, i) => {
		lines.push(`::: {#postid-${701 + i} .post-element ${i === 0 ? '.first-post' : ''}}`, '::: post-author', '::: post-author-block-name', `[${POSTERS[i]}]{.post-username}`, ':::', '');
		lines.push('::: post-author-block-meta', `[${[412, 1088, 57][i]} Posts]{.post-counter}`, ':::', '', '::: post-author-block-group', `${['Plot holders', 'Committee', 'Plot holders'][i]}`, ':::', ':::', '');
		lines.push('::: post-wrapper', '::: forum-post-header', `::: forum-post-date`, `${i + 3} April 2025, 8:1${i} am`, ':::', '');
		lines.push('::: forum-post-menu', `[Quote](?view=addpost&quote=${701 + i}){.forum-editor-quote-button} [Report](#)`, ':::', ':::', '');
		lines.push('::: post-message', m, ':::', '');
		lines.push('::: post-footer', '::: post-meta', `[Last edited on ${i + 4} April 2025 by ${POSTERS[i]}]{.post-edit-date} [#${i + 1}](#postid-${701 + i})`, ':::', ':::', '');
		lines.push('::: signature', `${['Plot 14, brassicas and despair', 'Retired joiner, happy to help', 'First year on the plot'][i]}`, ':::', ':::', ':::', '');
	});
	lines.push(':::', '');
	return lines.join('\n');
}

/** Question2Answer (qa-include/qa-theme-base.php): the question's view and each answer item, their vote and answer counts, tags, poster points and the "best answer" box. */
function q2aThread(): string {
	const lines = ['# Shed roof sagging after snow', ''];
	const meta = (cls: string, i: number, what: string): string =>
		`[[${what}]{.${cls}-what} [Apr ${i + 3}, 2025]{.${cls}-when} by [[${POSTERS[i]}](../user/${POSTERS[i]})]{.${cls}-who-data}]{.${cls}-meta}`;
	lines.push('::: qa-part-q-view', '::: {#q51 .qa-q-view itemscope="" itemtype="https://schema.org/Question"}', '::: qa-q-view-stats', '::: {.qa-voting .qa-voting-net}');
	lines.push('::: {.qa-vote-count .qa-vote-count-net}', '[[+4]{.qa-netvote-count-data}[ votes]{.qa-netvote-count-pad}]{.qa-netvote-count}', ':::', ':::', '');
	lines.push('[[2]{.qa-a-count-data} [answers]{.qa-a-count-pad}]{.qa-a-count}', ':::', '', '::: qa-q-view-main');
	lines.push('::: {.qa-q-view-content .qa-post-content}', MESSAGES[0], ':::', '', '::: qa-q-view-tags', '-   [sheds](../tag/sheds){.qa-tag-link}', '-   [roofing](../tag/roofing){.qa-tag-link}', ':::', '');
	lines.push(meta('qa-q-view', 0, 'asked'), '', ':::', ':::', ':::', '', '::: qa-part-a-list', '## 2 Answers', '', '::: {#a_list .qa-a-list}');
	for (let i = 1; i < 3; i++) {
		lines.push(`::: {#a${51 + i} .qa-a-list-item ${i === 1 ? '.qa-a-list-item-selected' : ''} itemscope="" itemtype="https://schema.org/Answer"}`, '::: {.qa-voting .qa-voting-net}');
		lines.push('::: {.qa-vote-count .qa-vote-count-net}', `[[+${i + 1}]{.qa-netvote-count-data}[ votes]{.qa-netvote-count-pad}]{.qa-netvote-count}`, ':::', ':::', '', '::: qa-a-item-main');
		if (i === 1) lines.push('::: qa-a-selection', '::: qa-a-selected-text', 'Best answer', ':::', ':::', '');
		lines.push('::: {.qa-a-item-content .qa-post-content}', MESSAGES[i], ':::', '', meta('qa-a-item', i, 'answered'), '', ':::', ':::', '');
	}
	lines.push(':::', ':::', '');
	return lines.join('\n');
}

/** bbPress (templates/default/bbpress/loop-single-reply.php): each reply's header (date, "#N") beside its body; the revision log, a list, in the content. */
function bbpressThread(): string {
	const lines = ['# Shed roof sagging after snow', '', '::: {#bbpress-forums .bbpress-wrapper}', '::: {#topic-9-replies .forums .bbp-replies}'];
	MESSAGES.forEach((m, i) => {
		const kind = i === 0 ? 'topic' : 'reply';
		lines.push(`::: {#post-${101 + i} .bbp-reply-header}`, '::: bbp-meta', `[April ${i + 3}, 2025 at 8:1${i} am]{.bbp-reply-post-date} [#${101 + i}](/forums/topic/shed-roof/#post-${101 + i}){.bbp-reply-permalink}`, ':::', ':::', '');
		lines.push(`::: {#post-${101 + i} .loop-item-${i} .user-id-${i + 1} .bbp-parent-forum-5 .bbp-parent-topic-9 .bbp-reply-position-${i + 1} .post-${101 + i} .${kind} .type-${kind} .status-publish .hentry}`);
		lines.push(`::: bbp-${kind}-author`, `[[${POSTERS[i]}]{.bbp-author-name}](/forums/users/${POSTERS[i]}/){.bbp-author-link}`, '', '::: bbp-author-role', 'Participant', ':::', ':::', '');
		lines.push(`::: bbp-${kind}-content`, m, '');
		if (i > 0) lines.push(`-   This ${kind} was modified ${i} year${i > 1 ? 's' : ''} ago by ${POSTERS[i]}.`, '');
		lines.push(':::', ':::', '');
	});
	lines.push(':::', ':::', '');
	return lines.join('\n');
}

suite('Forum platform chrome: wpForo, Asgaros Forum, Question2Answer', () => {
	test('wpForo: the member card\'s title, join date, post count and buttons, the signature and the reply buttons go', () => {
		check(wpforoThread(), ['Eminent Member', 'Joined:', 'Posts: 1088', 'Subscriptions', 'Retired joiner', 'Reply Quote', 'Last Post', 'was modified'], [...POSTERS, '4/04/2025']);
	});

	test('Asgaros Forum: the post counter, the member\'s groups, the edit note and the signature go', () => {
		check(asgarosThread(), ['1088 Posts', 'Committee', 'Last edited on', 'Retired joiner', 'Quote Report', 'Plot holders'], [...POSTERS, '4 April 2025']);
	});

	test('Question2Answer: the question and each answer with their posters, without votes, answer counts, tags and the best-answer box', () => {
		check(q2aThread(), ['votes', '2 answers', 'roofing', 'Best answer'], [...POSTERS, 'Apr 4, 2025']);
	});

	test('bbPress: the revision log under a reply goes, the posters and dates stay', () => {
		check(bbpressThread(), ['was modified', 'Participant'], [...POSTERS, 'April 4, 2025']);
	});

	test('edit stamps as bbPress, wpForo, MyBB and SMF word them are engine lines; a sentence about an edit is not', () => {
		for (const line of [
			'This reply was modified 2 years, 3 months ago by plotholder1.',
			'This topic was modified 5 days ago by plotholder0. Reason: typo in the title',
			'This post was modified 1 year ago by plotholder2',
			'This post was last modified: 04-04-2025, 09:12 AM by plotholder1.',
			'This post was last modified: 04-04-2025, 09:12 AM by plotholder1. Edit Reason: spelling',
			'« Last Edit: April 04, 2025, 09:12:00 AM by plotholder1 »',
			'Last Edit: April 04, 2025, 09:12:00 AM by plotholder1',
		])
			assert.ok(isEngineChromeLine(line), line);
		for (const line of [
			'This page was last modified on Aug 20, 2025 by MDN contributors.',
			'This post was modified by hand: I had mixed up the two rafters in the first version, sorry about that to everyone.',
			'Last edit to the shed was in 2019 by my father.',
		])
			assert.ok(!isEngineChromeLine(line), line);
	});

	test('the detect words are each engine\'s own: CMS classes name none of them', () => {
		const find = (words: string): string | undefined => KIND_PLATFORMS.find((p) => p.detect.test(words))?.name;
		assert.strictEqual(find('wpforo-post-content'), 'wpforo');
		assert.strictEqual(find('post-author-block-name'), 'asgaros');
		assert.strictEqual(find('qa-q-view-content qa-post-content'), 'question2answer');
		for (const theme of ['post-element', 'post-wrap', 'author-data', 'post-author', 'post-message', 'bottom', 'bright', 'qa-section', 'faq-answer', 'qa-item'])
			assert.strictEqual(find(theme), undefined, theme);
		const chrome = (name: string): RegExp | undefined => KIND_PLATFORMS.find((p) => p.name === name)?.postChrome;
		// Exact words only: a class that merely contains them is no chrome.
		assert.ok(chrome('wpforo')?.test('bottom') && !chrome('wpforo')?.test('bottom-line') && !chrome('wpforo')?.test('wpforo-post-content'));
		assert.ok(chrome('asgaros')?.test('post-author-block-meta') && !chrome('asgaros')?.test('post-author-block-name') && !chrome('asgaros')?.test('post-message'));
	});
});
