// Forum threads, general structure (session 7): member statistics, forum labels and posts found by their structure, on fixtures written for this project.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { dropForumControls, FORUM_CONTROL_RE } from '../../src/core/extract/heuristics/forumControls';
import { blockText } from '../../src/core/extract/inlineText';
import { extractDumpText as extract } from '../util/kindFixtures';

/** Messages of a made-up thread about a leaking water butt. */
const BUTT_MESSAGES = [
	'The tap on my water butt drips all night even when it is closed hard, and the washer inside looks new. Is there anything else that could be letting water past it?',
	'Look at the thread where the tap screws into the butt: the plastic often cracks there after a frost, and water seeps along the thread, not through the tap itself.',
	'You were right, a hairline crack ran along the thread. Some plumber tape and a new back nut stopped it, and the butt has stayed full for a week now.',
	'Worth checking the overflow pipe as well while you are at it; mine dripped from there and I blamed the tap for a whole summer before I noticed.',
];

/** Chrome around the thread: a menu of boards and a box of `trending` topics (four: as much text as the thread itself). */
function boardChrome(trending = 4): string[] {
	const lines = ['::: side-menu'];
	for (const b of ['Garden water', 'Sheds and roofs', 'Greenhouses', 'Tools and repairs', 'Ponds and pumps', 'Compost']) lines.push(`-   [${b}](/boards/${b.length})`);
	lines.push(':::', '', '::: trending');
	for (let i = 0; i < trending; i++) {
		lines.push(`::: trend-card`, `[Trending topic number ${i} about raised beds and the soil they need](/t/${i})`, '', `${i + 2} replies · a week ago in Beds`, ':::', '');
	}
	lines.push(':::', '');
	return lines;
}

/**
 * Trending cards beside the typed board: the opening post, apart from the replies, is no post of the group, so the
 * replies alone must outweigh the chrome; four cards would make it an article with comments.
 */
const TYPED_BOARD_TRENDING = 1;

/**
 * A board whose topic stands apart from its replies: the opening post in a container named after the thread view, the
 * replies as list items whose only container is typed `schema.org/Comment` (its class names no post).
 */
function typedCommentBoard(): string {
	const lines = ['# Water butt tap drips all night', '', ...boardChrome(TYPED_BOARD_TRENDING), '::: {#main-post .ThreadView-post}', BUTT_MESSAGES[0], ':::', '', '::: {#comments .section .DiscussionBoard}'];
	BUTT_MESSAGES.slice(1).forEach((m, i) => {
		lines.push(
			`-   []{#c${i}}`,
			'',
			'    ::: {.DiscussionBoard-content itemscope="" itemtype="http://schema.org/Comment"}',
			`    [waterer${i}](/members/${i}){itemprop="author"} 2 years ago`,
			'',
			'    ::: {.DiscussionBoard-message itemprop="text"}',
			`    ${m}`,
			'    :::',
			'',
			'    -   [ 3 ] Thanks',
			'    :::',
		);
	});
	lines.push(':::', '');
	return lines.join('\n');
}

suite('Forum threads: general structure', () => {
	test('forum controls: member statistics, quote and code labels, attachment sizes and ad slots are controls', () => {
		for (const control of [
			'Join Date: Aug 2008',
			'Registered: 2005-02-14',
			'Reputation: 1,204',
			'Best Answers:',
			'Quote:',
			'Code: Select all',
			'(95.79 KiB) Downloaded 478 times',
			'Logged',
			'1 person likes this.',
			"Advertisement - Members don't see this ad",
			'View attachment 2028258View attachment 2028259',
			'Discussion starter',
			'Topic Author',
			'{{ DiscussionBoard.errors[11793116].message }}',
			'- 21 {{ upvoteCount | shortNum }}'.slice(2),
			'[ 3 ] Thanks',
			'J',
			'Edited August 26 by Joe Root',
			'Edited October 30, 2025 by El Patron (see edit history)',
			'Edited 12/03/2024 at 10:22 by bob',
			'Copy link',
			'Copy Post',
			'View Profile',
			'Expand',
			'26·',
		]) {
			assert.ok(FORUM_CONTROL_RE.test(control), control);
		}
		for (const sentence of ['OK', 'Edited the config by hand', 'Edited it on Monday by myself, works now.', 'Quote: that is what the manual says', 'Logged in as admin, I could see it', 'Advertisement for a plumber in the local paper helped', 'Copy link to the manual', 'Expand the partition first', '26 · 7']) {
			assert.ok(!FORUM_CONTROL_RE.test(sentence), sentence);
		}
	});

	test('typed posts: replies typed schema.org/Comment are a thread, read in order', () => {
		const { text, kind } = extract(typedCommentBoard());
		assert.strictEqual(kind, 'forum');
		const at = BUTT_MESSAGES.slice(1).map((m) => text.indexOf(m.slice(0, 40)));
		assert.ok(at.every((i) => i >= 0), `lost a post: ${at.join(', ')}`);
		assert.ok(at.every((i, n) => n === 0 || i > at[n - 1]), 'posts out of order');
		assert.ok(!text.includes('Trending topic') && !text.includes('Ponds and pumps'), 'kept the board chrome');
	});

	/** A question page: the topic typed `schema.org/Question` (empty, as some themes write it), replies named `comment`, and a shop's worth of chrome. */
	function questionPage(questions: number): string {
		const lines = ['# Water butt tap drips all night', ''];
		for (let q = 0; q < questions; q++) lines.push(`::: {itemscope="" itemtype="https://schema.org/Question"}`, ':::', '');
		lines.push('::: post-wrap', BUTT_MESSAGES[0], ':::', '');
		BUTT_MESSAGES.slice(1).forEach((m, i) => lines.push(`::: {#cid-${i} .comment}`, `[waterer${i}](/u/${i}) 2y`, '', m, ':::', ''));
		for (let i = 0; i < 3; i++) lines.push(...boardChrome());
		for (let i = 0; i < 6; i++) lines.push('::: course-card', `[A course on rainwater harvesting, part ${i}, with worksheets and videos for beginners](/c/${i})`, '', `Short description of part ${i} of the rainwater harvesting course for gardeners.`, ':::', '');
		return lines.join('\n');
	}

	test('thread topic: one container typed Question makes the page a thread; an FAQ types several and is not one', () => {
		const thread = extract(questionPage(1));
		assert.strictEqual(thread.kind, 'forum');
		assert.ok(BUTT_MESSAGES.slice(1).every((m) => thread.text.includes(m.slice(0, 40))), 'lost a reply');
		assert.notStrictEqual(extract(questionPage(3)).kind, 'forum');
	});

	test('a short time written beside its long form is not text (Invision 5 "June 14, 20241 yr"); a short description is', () => {
		const doc = parseDump('[June 14, 2024]{.ipsTime__long}[1 yr]{.ipsTime__short} by ColdJ, [Great pump]{.desc_short}\n');
		assert.strictEqual(blockText(doc.blocks[0]).trim(), 'June 14, 2024 by ColdJ, Great pump');
	});

	test('post chrome spans: a badge span and a trailing member title leave the author line; a sentence ending in emphasis keeps it', () => {
		const lines = ['# Water butt tap drips all night', ''];
		BUTT_MESSAGES.forEach((m, i) => {
			lines.push(
				`::: {.message .post-${i}}`,
				i === 0 ? `[waterer${i}](/u/${i}) [[Discussion starter]{q="x"}]{.message-attribution-discussion-starter}` : `### [waterer${i}](/u/${i}) *Well-Known Member*`,
				'',
				`Mar ${i + 3}, 2025`,
				'',
				m,
				'',
				i === 2 ? 'And that is why I called him a *moderator*' : 'Sent from the shed',
				':::',
				'',
			);
		});
		const { text, kind } = extract(lines.join('\n'));
		assert.strictEqual(kind, 'forum');
		assert.ok(text.includes('waterer0') && text.includes('waterer1'), 'lost an author');
		assert.ok(!/Discussion starter|Well-Known Member/.test(text), 'kept a member title');
		assert.ok(text.includes('called him a moderator'), 'dropped emphasis from a sentence');
	});

	test('profile fields: label lines in one run with a member statistic go; label lines of a message stay', () => {
		const doc = parseDump(
			[
				'Volunteer',
				'',
				'**Posts:** 1725',
				'',
				'**Primary OS:** Mac OS X other',
				'',
				'**Guest OSses:** Windows, Linux, BSD',
				'',
				'The tap still drips. What I tried so far:',
				'',
				'Washer: replaced twice',
				'',
				'Back nut: tightened',
				'',
			].join('\n'),
		);
		const kept = dropForumControls(doc.blocks, []).map((b) => blockText(b).trim());
		assert.deepStrictEqual(kept, ['Volunteer', 'The tap still drips. What I tried so far:', 'Washer: replaced twice', 'Back nut: tightened']);
	});
});
