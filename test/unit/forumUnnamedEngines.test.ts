// Forum threads on engines no profile names: posts as bare list items, a long opening post the pipeline chose, a thread's summary.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex, ROOT, type Attempt, type Container } from '../../src/core/extract/blockIndex';
import { isThreadSummary } from '../../src/core/extract/heuristics/threadSummary';
import { articleInPost, MIN_POSTS_SHARE_AROUND_POST } from '../../src/core/extract/kinds/articleInPost';
import { listItemPosts } from '../../src/core/extract/kinds/listItemPosts';
import { POSTER_MARK_RE } from '../../src/core/extract/kinds/scatteredPosts';
import type { RepeatedGroup } from '../../src/core/extract/kinds/signals';
import { articleAttempt } from '../../src/core/extract/sieve';
import { extractDumpText } from '../util/kindFixtures';

const MESSAGES = [
	'Is there a way to load the routes I saved on the laptop into the tablet app? I fly the same legs every week and would rather not draw them again.',
	'Save them as favourites on the laptop, then they show up in the app under Favourites as long as both devices use the same account.',
	'That only saves a newly drawn route to the device; the ones already saved as favourites on the laptop never appear in the list.',
	'Then sign out of the app and back in: the list is only fetched at login, so anything saved since then is missing until you do.',
];
const POSTERS = ['pilot42', 'helper', 'pilot42', 'helper'];

/** A NodeBB-like thread: each post a bare list item holding its header (linked poster), its message and its footer. */
function listThread(poster: (i: number) => string = (i) => `[${POSTERS[i]}](/user/${POSTERS[i]})${i % 2 ? ' [[Moderator]{.badge-text}](/groups/moderators){.badge}' : ''}`): string {
	const out = ['# Saved routes on the tablet app', '', '::: {.topic}'];
	MESSAGES.forEach((m, i) => {
		out.push(`-   []{#${i + 1}}`, '', '    ::: {.clearfix .post-header}', `    ${poster(i)}`, '    :::', '');
		out.push('    ::: {.content}', `    ${m}`, '    :::', '', '    ::: post-footer', '    1 Reply Last reply Reply Quote 0', '    :::', '');
	});
	out.push(':::', '');
	return out.join('\n');
}

function firstList(index: BlockIndex): import('../../src/core/model/dumpDocument').Block {
	const list = [...index.parent.keys()].find((b) => b.kind === 'list');
	assert.ok(list, 'no list parsed');
	return list;
}

function attempt(region: Container | typeof ROOT, chars: number): Attempt {
	return { region, regionScore: 0, blocks: [], removed: [], chars };
}

suite('Forum threads on engines no profile names', () => {
	test('posts written as bare list items are a group of their headers and messages, without their footers', () => {
		const index = new BlockIndex(parseDump(listThread()));
		const group = listItemPosts(index, firstList(index));
		assert.ok(group, 'no group of list-item posts');
		assert.deepStrictEqual(
			group.items.map((c) => c.attrs.classes.join(' ')),
			MESSAGES.flatMap(() => ['clearfix post-header', 'content']),
		);
		// Without a poster's mark the items are a list of notes, not posts.
		const anonymous = new BlockIndex(parseDump(listThread((i) => `**Note ${i}**`)));
		assert.strictEqual(listItemPosts(anonymous, firstList(anonymous)), undefined);
		// A list of links is no thread.
		const menu = new BlockIndex(parseDump(['-   [Home](/)', '-   [Users](/users/)', '-   [Groups](/groups)'].join('\n')));
		assert.strictEqual(listItemPosts(menu, firstList(menu)), undefined);
	});

	test('a thread of list-item posts is read post by post, without the footers\' buttons and the posters\' badges', () => {
		const { text, kind } = extractDumpText(listThread());
		assert.strictEqual(kind, 'forum');
		for (const m of MESSAGES) assert.ok(text.includes(m), `lost a post: ${m.slice(0, 30)}`);
		assert.ok(text.includes('pilot42'), 'lost the poster');
		assert.ok(!text.includes('Last reply'), 'kept a footer');
		// A badge written as a link to the poster's group goes, as a badge's span does (heuristics/postChromeSpans.ts).
		assert.ok(!text.includes('Moderator'), 'kept a badge');
	});

	test('the pipeline\'s choice inside a post makes a thread when posts with posters hold enough of the page', () => {
		const body = (poster: (i: number) => string): string[] =>
			MESSAGES.flatMap((m, i) => ['::: {.message}', poster(i), '', '::: {.message-body}', i === 0 ? `${m} ${m} ${m}` : m, ':::', ':::', '']);
		const page = (poster: (i: number) => string): { index: BlockIndex; posts: RepeatedGroup; chosen: Container } => {
			const index = new BlockIndex(parseDump(['::: {.thread}', ...body(poster), ':::', ''].join('\n')));
			const items = index.containers.filter((c) => c.attrs.classes[0] === 'message');
			const chars = items.reduce((n, c) => n + index.statsOf(c).chars, 0);
			const chosen = index.containers.find((c) => c.attrs.classes[0] === 'message-body')!;
			return { index, chosen, posts: { signature: 'message', items, chars, proseItems: items.length, pricedItems: 0, linkedItems: 0 } };
		};
		const t = page((i) => `[${POSTERS[i]}](/members/${POSTERS[i]}.${i + 1}/)`);
		const chosenChars = t.index.statsOf(t.chosen).chars;
		assert.ok(articleInPost(t.index, t.posts, attempt(t.chosen, chosenChars), t.posts.chars * 2), 'posts hold half the page');
		assert.ok(articleInPost(t.index, t.posts, attempt(t.chosen, chosenChars), t.posts.chars * 4), 'posts hold a quarter of the page (a short thread among menus)');
		assert.ok(!articleInPost(t.index, t.posts, attempt(t.chosen, chosenChars), Math.ceil(t.posts.chars / MIN_POSTS_SHARE_AROUND_POST) + 10), 'posts a corner of the page');
		const outside = t.index.containers.find((c) => c.attrs.classes[0] === 'thread')!;
		assert.ok(!articleInPost(t.index, t.posts, attempt(outside, chosenChars), t.posts.chars), 'the choice holds the posts, not inside one');
		assert.ok(!articleInPost(t.index, t.posts, attempt(ROOT, chosenChars), t.posts.chars), 'no container chosen');
		const a = page((i) => `**Section ${i}**`);
		assert.ok(!articleInPost(a.index, a.posts, attempt(a.chosen, chosenChars), a.posts.chars), 'sections that show no poster');
	});

	test('a block named a thread\'s summary is no story beside the posts; an archive\'s excerpt is not one', () => {
		const index = new BlockIndex(
			parseDump(['::: {#ai-summary-block .block}', '::: {#ai-summary-body-12 .block-body}', 'The discussion revolves around rail passes.', ':::', ':::', '', '::: {.entry-summary}', 'An excerpt.', ':::', '', '::: {.story}', 'A story.', ':::', ''].join('\n')),
		);
		const by = (cls: string): Container => index.containers.find((c) => c.attrs.classes.includes(cls))!;
		assert.ok(isThreadSummary(index, by('block-body')));
		assert.ok(!isThreadSummary(index, by('entry-summary')));
		assert.ok(!isThreadSummary(index, by('story')));
		assert.ok(!isThreadSummary(index, ROOT));
	});

	test('a thread under its AI summary is read as posts, without the summary', () => {
		const summary = [
			'::: {#ai-summary-block .block}',
			'::: {#ai-summary-body-7 .block-body}',
			'## Discussion Overview',
			'',
			`The discussion revolves around loading saved routes into the tablet app, which one participant flies every week, and whether favourites reach it.`,
			'',
			'Participants agree that signing out and in again fetches the list.',
			':::',
			':::',
			'',
		];
		const posts = MESSAGES.flatMap((m, i) => ['::: {.message-inner}', `[${POSTERS[i]}](/members/${POSTERS[i]}.${i + 1}/)`, '', '::: {.message-body}', m, ':::', ':::', '']);
		const dump = ['# Saved routes on the tablet app', '', ...summary, '::: {.block-body}', ...posts, ':::', ''].join('\n');
		// The article pipeline takes the summary for the page's article: the posts are its comments to it.
		const region = articleAttempt(new BlockIndex(parseDump(dump))).region;
		assert.ok(region !== ROOT && region.attrs.id?.startsWith('ai-summary-'), 'the pipeline chose another block');
		const { text, kind } = extractDumpText(dump);
		assert.strictEqual(kind, 'forum');
		for (const m of MESSAGES) assert.ok(text.includes(m), `lost a post: ${m.slice(0, 30)}`);
		assert.ok(!text.includes('Discussion Overview') && !text.includes('revolves around'), 'kept the summary');
	});

	test('blocks a framework\'s class hides are left out of the posts; a block shown on wide screens stays', () => {
		const posts = MESSAGES.flatMap((m, i) => [
			'::: {.message-inner}',
			`[${POSTERS[i]}](/members/${POSTERS[i]}.${i + 1}/)`,
			'',
			'::: {.d-none itemprop="datePublished"}',
			`2019-03-2${i} 16:40:42 +00:00`,
			':::',
			'',
			'::: {.d-none .d-md-block}',
			`Shown on wide screens ${i}`,
			':::',
			'',
			'::: {.message-body}',
			m,
			':::',
			':::',
			'',
		]);
		const { text, kind } = extractDumpText(['# Saved routes on the tablet app', '', '::: {.block-body}', ...posts, ':::', ''].join('\n'));
		assert.strictEqual(kind, 'forum');
		for (const m of MESSAGES) assert.ok(text.includes(m), `lost a post: ${m.slice(0, 30)}`);
		assert.ok(!text.includes('+00:00'), 'kept a hidden block');
		assert.ok(text.includes('Shown on wide screens 2'), 'dropped a block shown on wide screens');
	});

	test('a poster\'s mark is read in raw HTML too, escaped or not', () => {
		assert.ok(POSTER_MARK_RE.test('<a href="/members/samuel.3009205/" class="avatar">'));
		assert.ok(POSTER_MARK_RE.test(String.raw`\<a href=\"/members/samuel.3009205/\" class=\"avatar\"\>`));
		assert.ok(POSTER_MARK_RE.test('<h4 class="message-name"><span class="username">x</span></h4>'));
		assert.ok(!POSTER_MARK_RE.test('<a href="/threads/rail-pass.12/" class="title">'));
	});
});
