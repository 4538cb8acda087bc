// Posts that are not siblings: a thread on an engine without a profile, each post in a container chain of its own.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { KIND_PLATFORMS } from '../../src/core/extract/kinds/platforms';
import { SCATTERED_SIGNATURE } from '../../src/core/extract/kinds/posts';
import { POSTER_MARK_RE, scatteredPosts } from '../../src/core/extract/kinds/scatteredPosts';
import { pageSignals } from '../../src/core/extract/kinds/signals';
import { extractDumpText as extract } from '../util/kindFixtures';

const MESSAGES = [
	'The ferry timetable changed in November and the early boat no longer waits for the train. Has anyone found a way to make the connection?',
	'The bus from the station runs to the pier in twelve minutes and leaves right after the train arrives, so it still works if you sit at the front.',
	'I tried the bus last week: it made the boat with five minutes to spare, though the driver would not take cards, so bring coins for the fare.',
	'Thanks both. I will take the bus and keep the taxi number as a fallback in case the train is late again on the Monday.',
];

/** The class words of a page, as the platform detector reads them. */
function words(dump: string): string {
	return new BlockIndex(parseDump(dump)).containers.map((c) => c.attrs.classes.join(' ')).join(' ');
}

/**
 * A thread as a list: each item an empty anchor, a preview of the post it answers, then the post (its header with the
 * poster and the date, its message) in a post box that carries the poster's rank as a state class. The item's attributes are gone, so no repeated sibling group holds the posts.
 */
function listThread(): string {
	const lines = ['# Early ferry no longer meets the train', ''];
	MESSAGES.forEach((m, i) => {
		const item = [`[]{#${i + 1}}`, ''];
		if (i > 0) item.push('::: parent-preview', `[\\@rider${i - 1}](/post/${i})`, ':::', '');
		item.push(
			'::: {.d-flex .gap-3 .entry-wrap}',
			'::: {.entry-box .Rank-Admin}',
			'::: entry-head',
			`[rider${i}](/user/rider${i}) wrote on [March ${i + 3}, 2025](/post/${i + 1})`,
			':::',
			'',
			'::: {.content .topic-message}',
			m,
			':::',
			':::',
			':::',
		);
		lines.push(...item.map((l, k) => (k === 0 ? `-   ${l}` : l === '' ? '' : `    ${l}`)), '');
	});
	lines.push('::: site-footer', 'About us · Contact · Rules', ':::');
	return lines.join('\n');
}

suite('Forum posts that are not siblings', () => {
	test('a thread written as list items, each post in its own wrapper, is read whole with its posters and dates', () => {
		const dump = listThread();
		assert.strictEqual(KIND_PLATFORMS.find((p) => p.detect.test(words(dump))), undefined, 'no profile names this engine');
		const { text, kind } = extract(dump);
		assert.strictEqual(kind, 'forum');
		for (const m of MESSAGES) assert.ok(text.includes(m), `lost ${m.slice(0, 30)}`);
		// The posts' wrappers, widened from the message, keep the post box whatever state class it carries (`Rank-Admin`).
		for (let i = 0; i < MESSAGES.length; i++) assert.ok(text.includes(`rider${i}`) && text.includes(`March ${i + 3}, 2025`), `lost post ${i}'s header in ${text.slice(0, 400)}`);
		assert.ok(!text.includes('About us'), 'kept the footer');
		// The preview of the post a reply answers lies outside the post: the thread is read post by post, not as the list.
		assert.ok(!text.includes('@rider0'), `kept a reply's preview:\n${text}`);
	});

	test('the group is found by the message class and widened to each post; the posts of a sibling group are not', () => {
		const index = new BlockIndex(parseDump(listThread()));
		const groups = scatteredPosts(index);
		const g = groups.find((x) => x.signature === `${SCATTERED_SIGNATURE}topic-message`);
		assert.ok(g, groups.map((x) => x.signature).join(', '));
		assert.strictEqual(g.items.length, MESSAGES.length);
		for (const it of g.items) assert.ok(it.attrs.classes.includes('entry-wrap'), it.attrs.classes.join(' '));
		// Siblings (every `entry-wrap` is its item's, the list their one parent) are the sibling pass's.
		assert.ok(!groups.some((x) => x.signature === `${SCATTERED_SIGNATURE}entry-wrap`));
		assert.strictEqual(pageSignals(index).posts?.signature, `${SCATTERED_SIGNATURE}topic-message`);
	});

	test('repeated message-like blocks without a poster, or with linked titles, are no thread', () => {
		// A blog post split into sections, each wrapping its text in a `post-body` block: nobody signs a section.
		const sections = MESSAGES.map((m, i) => [`::: section-${i}`, `## Part ${i + 1}`, '', '::: post-body', m, ':::', ':::', ''].join('\n')).join('\n');
		assert.deepStrictEqual(scatteredPosts(new BlockIndex(parseDump(sections))), []);
		// A feed's teaser cards: a title linking to the story, its author and date, a blurb.
		const cards = MESSAGES.map((m, i) =>
			[`::: {.columns .col-${i}}`, '::: post-block', `#### [Story ${i}](https://news.example/story-${i})`, '', `By [Ann Lee](https://news.example/author/ann) · May ${i + 1}, 2025`, '', m, ':::', ':::', ''].join('\n'),
		).join('\n');
		assert.deepStrictEqual(scatteredPosts(new BlockIndex(parseDump(cards))), []);
	});

	test('a story above comments found across the page stays an article', () => {
		const story = [
			'::: story',
			'# The early ferry',
			'',
			...MESSAGES.map((m) => `${m.replace(/\?/g, '.')} The operator said the change follows the new winter schedule agreed with the harbour board last year.\n`),
			':::',
			'',
		].join('\n');
		const { kind, text } = extract(`${story}\n${listThread().replace('# Early ferry no longer meets the train', '## Comments')}`);
		assert.strictEqual(kind, 'article');
		assert.ok(text.includes('winter schedule'));
	});

	test('a poster mark is an author-like attribute or a link to a member page, not a word in the text', () => {
		for (const s of ['[bob](/user/bob)', '[bob](https://x.org/members/bob.12/)', '{.username}', '{itemprop="author"}', '{.post-signature .owner}', '[bob](/u/bob)']) assert.ok(POSTER_MARK_RE.test(s), s);
		for (const s of ['the author of the book', '[home](/about/)', '{.content .text-break}', '[users guide](/docs/guide)']) assert.ok(!POSTER_MARK_RE.test(s), s);
	});
});
