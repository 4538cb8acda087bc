// Forum threads on an engine no profile names: short lines written identically in most posts are the forum's chrome, not the posters' words.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { RemovedRegion } from '../../src/core/extract/article';
import { dropRepeatedPostLines, repeatedLines } from '../../src/core/extract/heuristics/repeatedPostLines';
import { extractDumpText } from '../util/kindFixtures';
import { leafTexts } from '../util/leafTexts';

const MESSAGES = [
	'We land in Osaka on a Tuesday evening and have two weeks; is the rail pass still worth it after the price rise last year?',
	'For two weeks mostly around Kansai I would skip the national pass and buy the regional one, it pays for itself in three trips.',
	'Agree with the regional pass. Also get an IC card on arrival, it covers buses and most convenience stores as well.',
	'If you add a day trip to Hiroshima the sums change a little, so price the return fare before you decide on anything.',
	'Thanks everyone, regional pass it is, and we will price the Hiroshima trip once the rest of the plan is settled.',
	'Have a great trip, and book the Miyajima ferry early if you go on a weekend, the queues in spring are very long.',
];
const POSTERS = ['alice', 'bruno', 'chiyo', 'alice', 'bruno', 'dmitri'];

/** A thread of a forum no profile names: each post a `message-box` with its poster's card, date, message and buttons. */
function thread(button: (i: number) => string = () => 'Report inappropriate content'): string {
	const out = ['# Rail pass for two weeks in Kansai?', ''];
	MESSAGES.forEach((m, i) => {
		out.push('::: {.message-box}', '::: {.poster-card}', `[${POSTERS[i]}](/members/${POSTERS[i]}.${i + 1}/)`, '', i % 2 === 0 ? 'Destination Expert' : 'Level Contributor', ':::', '');
		out.push('Posted May 22, 2024', '', m, '', i >= 3 ? '> Thanks everyone' : 'Nice one', '', button(i), '', ':::', '');
	});
	return out.join('\n');
}

suite('Forum lines repeated in most posts', () => {
	test('short lines in half the posts or more go; dates, member names and a poster\'s own words stay', () => {
		const doc = parseDump(thread());
		const posts = doc.blocks.filter((b) => b.kind === 'div');
		assert.strictEqual(posts.length, 6);
		const keys = repeatedLines(doc.text, posts, posts);
		assert.ok(keys.has('report inappropriate content'), 'a button in every post');
		assert.ok(keys.has('destination expert') && keys.has('level contributor'), 'member titles in half the posts');
		assert.ok(keys.has('nice one'), 'a line in three posts of six');
		assert.ok(!keys.has('thanks everyone'), 'a line quoted in three posts');
		assert.ok(!keys.has('posted may 22, 2024'), 'a date shared by every post');
		assert.ok(!keys.has('alice') && !keys.has('bruno'), 'a poster linked to a member page');
		const removed: RemovedRegion[] = [];
		const kept = leafTexts(dropRepeatedPostLines(doc.text, posts, posts, removed));
		assert.ok(!kept.includes('Report inappropriate content') && !kept.includes('Destination Expert'));
		for (const m of MESSAGES) assert.ok(kept.includes(m), `lost a message: ${m.slice(0, 30)}`);
		assert.strictEqual(kept.filter((t) => t === 'Posted May 22, 2024').length, 6);
		assert.strictEqual(kept.filter((t) => t === 'Thanks everyone').length, 3, 'a quoted line is neither counted nor dropped');
		assert.ok(removed.some((r) => r.step === 'post-chrome'));
	});

	test('a line in two posts, or a thread of two posts, is left alone', () => {
		const doc = parseDump(thread((i) => (i < 2 ? 'Report inappropriate content' : `Send ${POSTERS[i]} a message`)));
		const posts = doc.blocks.filter((b) => b.kind === 'div');
		const keys = repeatedLines(doc.text, posts, posts);
		assert.ok(!keys.has('report inappropriate content'), 'a line the first two posts only write');
		const two = posts.slice(0, 2);
		assert.strictEqual(dropRepeatedPostLines(doc.text, two, two, []), two);
	});

	test('a thread of an engine no profile names is read without its repeated buttons and titles', () => {
		const { text, kind } = extractDumpText(thread());
		assert.strictEqual(kind, 'forum');
		for (const m of MESSAGES) assert.ok(text.includes(m), `lost a message: ${m.slice(0, 30)}`);
		assert.ok(!text.includes('Report inappropriate content'), 'kept a button');
		assert.ok(!text.includes('Destination Expert'), 'kept a member title');
		assert.ok(text.includes('alice') && text.includes('dmitri') && text.includes('May 22, 2024'), 'lost a poster or a date');
	});

	test('a post whose repeated line sits in a list item keeps the item\'s source ranges', () => {
		const doc = parseDump(thread((i) => `- Report inappropriate content\n\n  ${MESSAGES[i].slice(0, 20)} (item ${i})`));
		const posts = doc.blocks.filter((b) => b.kind === 'div');
		const out = dropRepeatedPostLines(doc.text, posts, posts, []);
		const items = out.flatMap((p) => (p.kind === 'div' ? p.children : [])).flatMap((b) => (b.kind === 'list' ? b.items : []));
		assert.strictEqual(items.length, 6, 'the item stays in each post, without its repeated line');
		for (const it of items) {
			assert.ok(it.range && it.markerRange, 'an item lost its ranges');
			assert.ok(doc.text.slice(it.range.start, it.range.end).includes('(item'), 'the item\'s range is not its text');
			assert.strictEqual(doc.text.slice(it.markerRange.start, it.markerRange.end).trim(), '-');
		}
	});
});

/** Ten posts, each a header box (poster, member menu, member title) beside its message box, as a board without avatars writes them. */
function headedThread(): string {
	const out = ['# Which host for a small shop?', ''];
	for (let i = 0; i < 10; i++) {
		const name = `member${i}`;
		out.push('::: {.head}', `[${name}](/members/${name}.${i + 1}/)`, '', `- [View Forum Posts](/search?finduser=${i + 1})`, '', i < 4 ? 'Web Hosting Master' : `Joined in spring number ${String.fromCharCode(97 + i)}`, ':::', '');
		out.push('::: {.body}', MESSAGES[i % MESSAGES.length] + ` (post ${String.fromCharCode(97 + i)})`, ':::', '');
	}
	return out.join('\n');
}

suite('Forum lines repeated in the headers beside posts', () => {
	test('a line of the header box before each post counts for that post; a member title in four posts of ten goes', () => {
		const doc = parseDump(headedThread());
		const divs = doc.blocks.filter((b) => b.kind === 'div');
		const bodies = divs.filter((_, i) => i % 2 === 1);
		assert.strictEqual(bodies.length, 10);
		// The kept blocks are every header and every body in page order; the posts are the bodies (kinds/flatPosts.ts).
		const keys = repeatedLines(doc.text, divs, bodies);
		assert.ok(keys.has('view forum posts'), 'a member menu\'s line in every header');
		assert.ok(keys.has('web hosting master'), 'a member title in a third of the posts or more');
		assert.ok(!keys.has('member1'), 'a poster linked to a member page');
		const kept = leafTexts(dropRepeatedPostLines(doc.text, divs, bodies, []));
		assert.ok(!kept.includes('View Forum Posts') && !kept.includes('Web Hosting Master'));
		for (let i = 0; i < 10; i++) assert.ok(kept.some((t) => t.endsWith(`(post ${String.fromCharCode(97 + i)})`)), `lost post ${i}`);
	});
});
