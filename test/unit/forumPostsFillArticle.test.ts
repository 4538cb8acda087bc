// Forum threads on a portal: numbered posts that fill the article pipeline's container make a thread, however much menu surrounds them.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex, ROOT, type Attempt, type Container } from '../../src/core/extract/blockIndex';
import { MIN_POSTS_SHARE_OF_ARTICLE, postsFillArticle } from '../../src/core/extract/kinds/postsFillArticle';
import type { RepeatedGroup } from '../../src/core/extract/kinds/signals';
import { extractDumpText } from '../util/kindFixtures';

const POSTS = [
	'The showcase starts in an hour; there is no stream link this time, the recording goes up on their channel straight after.',
	'Early in the day usually means they want the whole news cycle to themselves, so I expect a few big announcements.',
	'Hoping for the racing sequel they teased last spring, and maybe a release date for the farming game everyone asked about.',
	'Fingers crossed for a remaster of the old tactics series; the originals are impossible to find at a sane price now.',
];

/** A games portal: a long menu of boards and releases around one board whose posts are numbered `msg_N`. */
function portal(menuLinks: number): string {
	const menu = ['::: {.site-menu}'];
	for (let i = 0; i < menuLinks; i++) menu.push(`-   [Board number ${i} for the handheld console games](/boards/${i})`);
	menu.push(':::', '');
	const board = ['::: {.pod .board_wrap}', '::: body'];
	POSTS.forEach((p, i) => board.push('::: msg_infobox', `[player${i}]{.name} [2 years ago]{.post_time} [#${i + 1}]{.message_num}`, ':::', '', `::: {#msg_${i + 1} .msg_body_box}`, '::: msg_text', p, ':::', ':::', ''));
	board.push(':::', ':::', '');
	return ['# Showcase discussion thread', '', ...menu, ...board, ...menu.map((l) => l.replace('Board number', 'Release list'))].join('\n');
}

function attempt(region: Container | typeof ROOT, chars: number): Attempt {
	return { region, regionScore: 0, blocks: [], removed: [], chars };
}

suite('Forum posts that fill the article', () => {
	test('posts inside the chosen container, holding most of its text, fill it; less, or outside it, they do not', () => {
		const index = new BlockIndex(parseDump(portal(3)));
		const board = index.containers.find((c) => c.attrs.classes.includes('board_wrap'))!;
		const menu = index.containers.find((c) => c.attrs.classes.includes('site-menu'))!;
		const items = index.containers.filter((c) => /^msg_\d$/.test(c.attrs.id ?? ''));
		const chars = items.reduce((n, c) => n + index.statsOf(c).chars, 0);
		const posts: RepeatedGroup = { signature: '#msg_#', items, chars, proseItems: items.length, pricedItems: 0, linkedItems: 0 };
		assert.ok(postsFillArticle(index, posts, attempt(board, chars)));
		assert.ok(!postsFillArticle(index, posts, attempt(board, Math.ceil(chars / MIN_POSTS_SHARE_OF_ARTICLE) + 1)), 'an article body beside its comments');
		assert.ok(!postsFillArticle(index, posts, attempt(menu, chars)), 'posts outside the container');
		assert.ok(!postsFillArticle(index, posts, attempt(ROOT, chars)), 'no container chosen');
		assert.ok(!postsFillArticle(index, { ...posts, signature: 'accordion-item' }, attempt(board, chars)), 'items named by their class only (a FAQ)');
	});

	test('a board among long menus is read as a thread: every post, no menu', () => {
		const { text, kind } = extractDumpText(portal(60));
		assert.strictEqual(kind, 'forum');
		for (const p of POSTS) assert.ok(text.includes(p), `lost a post: ${p.slice(0, 30)}`);
		assert.ok(!text.includes('Board number'), 'kept the menu');
	});

	test('posts named by their class fill the container when most show their poster; a FAQ\'s items do not', () => {
		const items = (poster: (i: number) => string): string[] =>
			POSTS.flatMap((p, i) => ['::: {.message-inner}', '::: {.message-cell}', poster(i), ':::', '', '::: {.message-cell .message-main}', p, ':::', ':::', '']);
		const page = (poster: (i: number) => string): { index: BlockIndex; posts: RepeatedGroup; list: Container } => {
			const index = new BlockIndex(parseDump(['::: {.block-body}', ...items(poster), ':::', ''].join('\n')));
			const list = index.containers.find((c) => c.attrs.classes.includes('block-body'))!;
			const found = index.containers.filter((c) => c.attrs.classes[0] === 'message-inner');
			const chars = found.reduce((n, c) => n + index.statsOf(c).chars, 0);
			return { index, list, posts: { signature: 'message-inner', items: found, chars, proseItems: found.length, pricedItems: 0, linkedItems: 0 } };
		};
		const thread = page((i) => `[player${i}](/members/player${i}.${i}/)`);
		assert.ok(postsFillArticle(thread.index, thread.posts, attempt(thread.list, thread.posts.chars)), 'posters linked to member pages');
		const faq = page((i) => `**Question ${i}**`);
		assert.ok(!postsFillArticle(faq.index, faq.posts, attempt(faq.list, faq.posts.chars)), 'no poster');
	});
});
