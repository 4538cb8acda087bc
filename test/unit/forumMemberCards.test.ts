// A thread on an engine without a profile: its member cards (titles, profile fields, counters) go by the words engines share.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { type Attempt, BlockIndex } from '../../src/core/extract/blockIndex';
import { isThread, POST_CHROME_RE } from '../../src/core/extract/kinds/forum';
import { KIND_PLATFORMS } from '../../src/core/extract/kinds/platforms';
import { pageSignals } from '../../src/core/extract/kinds/signals';
import { MEMBER_CARD_RE } from '../../src/core/extract/kinds/postParts';
import { extractDumpText as extract } from '../util/kindFixtures';

const MESSAGES = [
	'The canal towpath between the two locks floods after heavy rain, and the council signs say it is closed until the spring. Is there a way round on foot?',
	'Take the lane behind the boatyard: it climbs past the chapel and drops back to the towpath just above the upper lock, about ten minutes longer.',
	'Walked it on Sunday with the dog. The lane is muddy at the chapel end but fine otherwise, and the view over the basin from the top is worth it.',
];

/** A thread whose engine no profile names: posts as repeated `forum-post` containers, each with a member card. */
function unknownEngineThread(card: (i: number) => string[]): string {
	const lines = ['# Towpath closed between the locks', ''];
	MESSAGES.forEach((m, i) => {
		lines.push('::: forum-post', '::: post-author', `[walker${i}](/people/walker${i})`, '', `March ${i + 3}, 2025`, ':::', '', ...card(i), '', '::: post-text', m, ':::', ':::', '');
	});
	return lines.join('\n');
}

suite('Forum member cards', () => {
	test('member titles, profile fields and counters go on an engine with no profile; the poster and the date stay', () => {
		const dump = unknownEngineThread((i) => ['::: member-title', 'Towpath Regular', ':::', '', '::: user-extras', `Location: Lockside ${i}`, '', 'Boat: narrowboat Heron', ':::', '', '::: post-count', `Posts: ${120 + i}`, ':::']);
		assert.strictEqual(KIND_PLATFORMS.find((p) => p.detect.test('forum-post post-author post-text member-title user-extras post-count')), undefined);
		const { text, kind } = extract(dump);
		assert.strictEqual(kind, 'forum');
		for (const m of MESSAGES) assert.ok(text.includes(m), `lost ${m.slice(0, 30)}`);
		assert.ok(text.includes('walker1') && text.includes('March 4, 2025'), 'lost a poster or a date');
		for (const chrome of ['Towpath Regular', 'Lockside', 'narrowboat Heron', 'Posts: 12']) assert.ok(!text.includes(chrome), `kept ${chrome}`);
	});

	test('the words name parts of a member card, not a message, an author or a date', () => {
		for (const w of ['message-userTitle', 'usertitle', 'message-userExtras', 'extraUserInfo', 'userinfo_extra', 'custom_fields_above_signature', 'author_statistics', 'postcount', 'join-date', 'member-since', 'reputation', 'userBanner']) {
			assert.ok(MEMBER_CARD_RE.test(w), w);
		}
		for (const w of ['message-userContent', 'post-author', 'username', 'post-date', 'message-body', 'user-info', 'entry-content', 'postbody', 'author']) {
			assert.ok(!MEMBER_CARD_RE.test(w), w);
		}
	});

	test('a long dialog after the posts, or a cookie dialog, is no article beside them; a story before them is', () => {
		const terms = 'By using this site, you agree that your posts, messages, profile details, uploads, reactions, votes, and any other content you submit may be stored, displayed, moderated, edited, moved, or removed, at our discretion.';
		const thread = unknownEngineThread(() => []);
		// The article pipeline's choice, as it made it on real threads: a dialog's prose, a story above the posts.
		const beside = (dump: string, cls: string): boolean => {
			const index = new BlockIndex(parseDump(dump));
			const region = index.containers.find((c) => c.attrs.classes.includes(cls));
			assert.ok(region, cls);
			const article: Attempt = { region, regionScore: 10, blocks: [], removed: [], chars: index.statsOf(region).chars };
			return isThread(index, pageSignals(index), article);
		};
		assert.strictEqual(beside(`${thread}\n::: terms-modal-body\n${terms}\n:::\n`, 'terms-modal-body'), true, 'a dialog after the posts');
		assert.strictEqual(beside(`::: ot-sdk-row\n${terms}\n:::\n\n${thread}`, 'ot-sdk-row'), true, 'a cookie dialog');
		assert.strictEqual(beside(`::: story-body\n${terms.replace('By using this site', 'When the canal trust reopened the towpath')}\n:::\n\n${thread}`, 'story-body'), false, 'a story above its comments');
	});
});

/** An old Reddit thread as pandoc writes it: the link post and nested comments as `thing` containers. */
function oldRedditThread(): string {
	const thing = (id: string, author: string, body: string, child: string[] = []): string[] => [
		`::: {#thing_${id} .thing .id-${id} .comment author="${author}"}`,
		'::: midcol',
		'[](javascript:void(0)){.arrow .up}',
		':::',
		'',
		'::: {.entry .unvoted}',
		`[${author}](https://old.reddit.com/user/${author}){.author} [12 points]{.score .unvoted} 5 hours ago`,
		'',
		'::: {.usertext-body .may-blank-within .md-container}',
		'::: md',
		body,
		':::',
		':::',
		'',
		'::: morecomments',
		'[load more comments (3 replies)](javascript:void(0))',
		':::',
		':::',
		'',
		'::: child',
		...child,
		':::',
		':::',
		'',
	];
	return [
		'# Towpath closed between the locks',
		'',
		'::: {.commentarea}',
		'::: {.sitetable .nestedlisting}',
		...thing('t1_a1', 'walker0', MESSAGES[0], thing('t1_a2', 'walker1', MESSAGES[1])),
		...thing('t1_a3', 'walker2', MESSAGES[2]),
		':::',
		':::',
	].join('\n');
}

suite('Forum profiles: old Reddit', () => {
	test('an old Reddit thread is read comment by comment, replies in order, without "load more"', () => {
		const { text, kind } = extract(oldRedditThread());
		assert.strictEqual(KIND_PLATFORMS.find((p) => p.detect.test('usertext-body may-blank-within md-container'))?.name, 'oldreddit');
		assert.strictEqual(kind, 'forum');
		const at = MESSAGES.map((m) => text.indexOf(m));
		assert.ok(at.every((i) => i >= 0) && at[0] < at[1] && at[1] < at[2], 'lost a comment or its order');
		assert.ok(text.includes('walker1'), 'lost an author');
		assert.ok(!text.includes('load more comments'), 'kept the chrome');
		// "unvoted" on each comment's entry is no vote bar: the generic post chrome would drop every message.
		assert.ok(!POST_CHROME_RE.test('entry unvoted') && POST_CHROME_RE.test('vote-bar'));
	});
});
