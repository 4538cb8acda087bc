// Forum posts by their shape: post numbers beside the date, signatures counted out of a post's length, the "no avatar" layout.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { RemovedRegion } from '../../src/core/extract/article';
import { BlockIndex, type Attempt, type Container } from '../../src/core/extract/blockIndex';
import { dropForumControls, FORUM_CONTROL_RE } from '../../src/core/extract/heuristics/forumControls';
import { dropChromeSpans } from '../../src/core/extract/heuristics/postChromeSpans';
import { dropRepeatedQuotes } from '../../src/core/extract/heuristics/repeatedQuotes';
import { dropPostNumbers } from '../../src/core/extract/heuristics/postNumbers';
import { blockText, collapse, collapsedText } from '../../src/core/extract/inlineText';
import { POST_CHROME_RE } from '../../src/core/extract/kinds/forum';
import { isOneLongItem, ownChars } from '../../src/core/extract/kinds/oneLongItem';
import type { RepeatedGroup } from '../../src/core/extract/kinds/signals';

function linesAfter(dump: string): { lines: string[]; removed: RemovedRegion[] } {
	const removed: RemovedRegion[] = [];
	const blocks = dropPostNumbers(parseDump(dump).blocks, removed);
	return { lines: blocks.map(collapsedText).filter((t) => t !== ''), removed };
}

const SIGNATURE = [
	'::: post-signature',
	'Community Leader, Expert, Engineer and Designer. I build proven solutions for your store including breadcrumbs,',
	'currencies, favourites, wishlists, age popups and a continue shopping button; buying me a coffee is a generous way',
	'to say thanks, never expected, always appreciated. Tip of the week: be careful with copied snippets, they break.',
	':::',
];

/** Two posts: a question and a short answer under a long signature. */
function twoPosts(signature: readonly string[]): string {
	return [
		'::: {#p1 .post}',
		'[asker](/members/asker.1/){.username}',
		'',
		'::: message',
		"I'd like to know the roadmap for future products: is there one published anywhere, or a place to ask for it?",
		':::',
		':::',
		'',
		'::: {#p2 .post}',
		'[helper](/members/helper.2/){.username}',
		'',
		'::: message',
		'You may want to check whether you are eligible to join the insiders circle, which previews what is coming next.',
		':::',
		'',
		...signature,
		':::',
		'',
	].join('\n');
}

const OPENING = 'What do you pay attention to when you buy a web hosting service? Is the location of the servers important to you?';
const REPLY = 'Phone support, and a reply within the hour when something breaks at night.';
const LATER = 'Reliability first: I order a month, put a test site on it and watch it every minute before I move anything.';

function quoteTexts(dump: string): { text: string; removed: string[] } {
	const removed: RemovedRegion[] = [];
	const kept = dropRepeatedQuotes(parseDump(dump).blocks, removed);
	return { text: kept.map((b) => collapse(blockText(b))).join('\n'), removed: removed.map((r) => r.step) };
}

suite('Forum posts by their shape', () => {
	test('messages written as block quotes: a quote box inside one that repeats an earlier message goes, the reply stays', () => {
		// vBulletin 4: each post's message is a block quote; a quote of another post is a box (`bbcode_quote`) inside it.
		const dump = [
			`> ${OPENING}`,
			'',
			'> ::: bbcode_quote',
			'> Originally Posted by **asker**',
			'>',
			'> ::: message',
			`> ${OPENING}`,
			'> :::',
			'> :::',
			'>',
			`> ${REPLY}`,
			'',
			`> ${LATER}`,
			'',
		].join('\n');
		const { text, removed } = quoteTexts(dump);
		assert.strictEqual(text.split(OPENING).length - 1, 1, 'the quoted message is printed twice');
		assert.ok(text.includes(REPLY) && text.includes(LATER), 'lost a reply');
		assert.deepStrictEqual(removed, ['repeated-quote']);
		// A box of words not on the page stays.
		const outside = quoteTexts([`> ${OPENING}`, '', '> ::: bbcode_quote', `> ${LATER}`, '> :::', '>', `> ${REPLY}`, ''].join('\n'));
		assert.ok(outside.text.includes(LATER));
		assert.deepStrictEqual(outside.removed, []);
	});

	test("a quote's frame left empty goes with the attribution box before it", () => {
		// XenForo 1: the attribution in a box of its own, the quote a block quote around a `quote` box and its expander.
		const dump = [
			OPENING,
			'',
			'> ::: bbCodeQuote',
			'> ::: attribution',
			'> asker said: [↑](/goto/post?id=1)',
			'> :::',
			'>',
			'> > ::: quote',
			`> > ${OPENING}`,
			'> > :::',
			'> >',
			'> > ::: quoteExpand',
			'> > :::',
			'> :::',
			'>',
			`> ${REPLY}`,
			'',
		].join('\n');
		const { text } = quoteTexts(dump);
		assert.strictEqual(text.split(OPENING).length - 1, 1, 'the quote stayed');
		assert.ok(!text.includes('said:'), 'kept the attribution');
		assert.ok(text.includes(REPLY));
	});

	test("a member title the forum names goes even when it is all the line's text; a title in plain emphasis stays to other rules", () => {
		const removed: RemovedRegion[] = [];
		const lines = dropChromeSpans(parseDump('![asker is offline](/offline.png){.inlineimg} [ Web Hosting Master ]{.usertitle}\n\n*Web Hosting Master*\n').blocks, removed)
			.map(collapsedText)
			.filter((t) => t !== '');
		assert.deepStrictEqual(lines, ['Web Hosting Master']);
		assert.deepStrictEqual(
			removed.map((r) => r.signal),
			['Web Hosting Master'],
		);
	});

	test('a post number beside the date goes with its separator; the date and the poster stay', () => {
		// A header line wrapped whole in a span, the number a permalink (a XenForo theme).
		const wrapped = linesAfter('[ [#2](#post-57475784){.position} [·]{.dot} [Jan 15,\n2024](#post-57475784){.date} ]{.postbit}\n');
		assert.deepStrictEqual(wrapped.lines, ['Jan 15, 2024']);
		assert.deepStrictEqual(
			wrapped.removed.map((r) => r.signal),
			['#2', '·'],
		);
		// A number and a machine timestamp after the date (Tapatalk).
		const glued = linesAfter('[[Aug 08, 2006]{.timespan}]{.posttime}[#1](/t/1.html#p179802 "Post"){.unread}2006-08-08T22:13+00:00\n');
		assert.deepStrictEqual(glued.lines, ['Aug 08, 2006']);
	});

	test('a sentence that names a number, and a line that is only a number, keep their numbers here', () => {
		assert.deepStrictEqual(linesAfter('See [#2](#post-2) for the fix I posted earlier.\n').lines, ['See #2 for the fix I posted earlier.']);
		// A lone number is the forum controls' business (forumControls.ts), not this one's.
		assert.deepStrictEqual(linesAfter('[#3](#post-3)\n').lines, ['#3']);
		const long = 'This reply is long enough to be a sentence of a post and not its header line, whatever it ends with: [#4](#post-4)';
		assert.strictEqual(linesAfter(`${long}\n`).lines.length, 1);
		assert.ok(linesAfter(`${long}\n`).lines[0].endsWith('#4'));
	});

	test("a post's signature does not count towards its length, so a short reply under a long signature is no article", () => {
		const index = new BlockIndex(parseDump(twoPosts(SIGNATURE)));
		const posts = index.containers.filter((c) => c.attrs.classes[0] === 'post');
		assert.strictEqual(posts.length, 2);
		const withSig = index.statsOf(posts[1]).chars;
		assert.ok(ownChars(index, posts[1]) < withSig / 2, 'the signature was counted');
		assert.strictEqual(ownChars(index, posts[0]), index.statsOf(posts[0]).chars);
		const group: RepeatedGroup = { signature: 'post', items: posts, chars: posts.reduce((n, p) => n + index.statsOf(p).chars, 0), proseItems: 2, pricedItems: 0, linkedItems: 0 };
		const message = index.containers.filter((c) => c.attrs.classes[0] === 'message')[1] as Container;
		const article: Attempt = { region: message, regionScore: 0, blocks: [], removed: [], chars: index.statsOf(message).chars };
		assert.strictEqual(isOneLongItem(index, group, article), false);
		// The same long text as the post's message makes the post the page's one long item.
		const long = new BlockIndex(parseDump(twoPosts(SIGNATURE.map((l) => (l === '::: post-signature' ? '::: more-text' : l)))));
		const longPosts = long.containers.filter((c) => c.attrs.classes[0] === 'post');
		const inner = long.containers.filter((c) => c.attrs.classes[0] === 'more-text')[0];
		const longGroup: RepeatedGroup = { ...group, items: longPosts, chars: longPosts.reduce((n, p) => n + long.statsOf(p).chars, 0) };
		assert.strictEqual(isOneLongItem(long, longGroup, { region: inner, regionScore: 0, blocks: [], removed: [], chars: long.statsOf(inner).chars }), true);
	});

	test('the layout "without avatar" is no avatar: a post header so named is kept', () => {
		assert.ok(!POST_CHROME_RE.test('postdetails_noavatar'));
		assert.ok(!POST_CHROME_RE.test('userinfo_noavatar'));
		assert.ok(POST_CHROME_RE.test('avatar'));
		assert.ok(POST_CHROME_RE.test('message-avatar'));
	});

	test("a member card written as a definition list goes whole, the forum's own fields with its statistics", () => {
		const card = ['Join Date', ':   Aug 2004', '', 'Rig', ':   Ryzen 7, 32 GB', '', 'Posts', ':   8,197', ''].join('\n');
		const removed: RemovedRegion[] = [];
		const kept = dropForumControls(parseDump(`${card}\n${OPENING}\n`).blocks, removed).map(collapsedText).filter((t) => t !== '');
		assert.deepStrictEqual(kept, [OPENING]);
		// Without a statistic the list is the poster's (a glossary in a post); with a long value it is prose.
		const glossary = ['Rig', ':   Ryzen 7, 32 GB', '', 'Car', ':   An old estate', ''].join('\n');
		assert.strictEqual(dropForumControls(parseDump(glossary).blocks, []).map(collapsedText).join(' ').includes('Ryzen'), true);
		const long = ['Posts', ':   8,197', '', 'Rig', `:   ${REPLY}`, ''].join('\n');
		assert.ok(dropForumControls(parseDump(long).blocks, []).map(collapsedText).join(' ').includes(REPLY));
	});

	test('fold toggles are forum controls', () => {
		for (const t of ['See more', 'See less', 'Show more', 'Read more']) assert.ok(FORUM_CONTROL_RE.test(t), t);
		assert.ok(!FORUM_CONTROL_RE.test('See more of the world'));
	});
});
