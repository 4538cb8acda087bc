// Forum threads whose classes name no post (opaque or unknown words): the posts are found by the repeated, stamped, signed box.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { ANONYMOUS_SIGNATURE, anonymousPosts } from '../../src/core/extract/kinds/anonymousPosts';
import { pageSignals } from '../../src/core/extract/kinds/signals';
import { extractDumpText } from '../util/kindFixtures';
import { SINK_MESSAGES, SINK_POSTERS } from '../util/sinkThread';

const MESSAGES = SINK_MESSAGES;
const POSTERS = SINK_POSTERS;
const DATES = ['Mar 3, 2024', 'Mar 3, 2024', 'Mar 4, 2024', 'Mar 5, 2024'];

/** A board whose class words are its own (`x7q`, `k2m` ...): each post a box with the member card, a stamp and the message. */
function thread(opts: { poster?: boolean; stamp?: boolean; cart?: boolean; rounds?: number; dates?: readonly string[] } = {}): string {
	const { poster = true, stamp = true, cart = false, rounds = 1, dates = DATES } = opts;
	const out = ['::: {.n4v}', '- [Home](/)', '- [Boards](/boards)', ':::', '', '# Sink gurgles when the washing machine drains', ''];
	if (cart) out.push('[Add to cart](/cart) · In stock · Free shipping', '');
	out.push('::: {.w9z}');
	Array.from({ length: rounds }, () => MESSAGES).flat().forEach((m, j) => {
		const i = j % MESSAGES.length;
		const name = poster ? `[${POSTERS[i]}](/members/${POSTERS[i]}.${40 + i}/)` : `**${POSTERS[i]}**`;
		// The member card beside the message's column, the stamp under the message (no header above it carries both).
		out.push('::: {.x7q}', '::: {.k2m}', name, '', `Posts: ${120 + i * 37}`, '', `Joined: Jan ${2015 + i}`, ':::', '', '::: {.r1c}', '::: {.b5t}', m, ':::', '');
		if (stamp) out.push('::: {.d8r}', dates[i], ':::', '');
		out.push(':::', '', ':::', '');
	});
	out.push(':::', '', '::: {.f0o}', 'Terms · Privacy · Contact us', ':::', '');
	return out.join('\n');
}

function posts(dump: string): ReturnType<typeof anonymousPosts> {
	return anonymousPosts(new BlockIndex(parseDump(dump)));
}

suite('Forum posts found by their shape alone', () => {
	test('the boxes that repeat, each stamped and signed with prose, are the posts', () => {
		const group = posts(thread());
		assert.ok(group, 'no posts found');
		assert.strictEqual(group.items.length, 4);
		assert.ok(group.signature.startsWith(ANONYMOUS_SIGNATURE));
	});

	test('boxes with no poster mark, or no stamp, are no thread', () => {
		// No member link and no member card: a card's "Posts:" or "Joined:" line marks the poster too (kinds/memberCards.ts).
		assert.strictEqual(posts(thread({ poster: false }).replace(/^(?:Posts|Joined): .*$/gm, '')), undefined);
		assert.strictEqual(posts(thread({ stamp: false })), undefined);
	});

	test('a compact age after a separator dot ("· 3y") stamps a post; a bare "3y" does not', () => {
		assert.strictEqual(posts(thread({ dates: ['· 3y', '· 3y', '· 2y', '· 5mo'] }))?.items.length, 4);
		assert.strictEqual(posts(thread({ dates: ['3y', '3y', '2y', '5mo'] })), undefined);
	});

	test('the age after a Q&A board\'s verb ("· Updated 7mo", "· Answered 3y") stamps a post; the verb alone does not', () => {
		assert.strictEqual(posts(thread({ dates: ['· Answered 3y', '· Updated 7mo', '· Edited 2y', '· Answered 5mo'] }))?.items.length, 4);
		assert.strictEqual(posts(thread({ dates: ['Updated', 'Answered', 'Edited', 'Answered'] })), undefined);
	});

	test('a month and day after the posting verb ("Posted August 26", "Replied 3 May") stamps a post; the date alone does not', () => {
		assert.strictEqual(posts(thread({ dates: ['Posted August 26', 'Posted August 27 (edited)', 'Replied 3 May', 'Posted on Sept. 2nd'] }))?.items.length, 4);
		assert.strictEqual(posts(thread({ dates: ['August 26', 'August 27', '3 May', 'Sept. 2nd'] })), undefined);
	});

	test('a product page with stamped reviews by members is read as no thread', () => {
		assert.strictEqual(pageSignals(new BlockIndex(parseDump(thread()))).posts?.signature.startsWith(ANONYMOUS_SIGNATURE), true, 'no other rule finds these posts');
		const index = new BlockIndex(parseDump(thread({ cart: true })));
		assert.ok(anonymousPosts(index), 'the reviews look like posts');
		assert.strictEqual(pageSignals(index).posts, undefined);
	});

	test('remarks inside a question or an answer its microdata types are its comments, not posts', () => {
		const qa = thread().replace('::: {.w9z}', '::: {.w9z itemscope="" itemtype="https://schema.org/Question"}');
		assert.strictEqual(posts(qa), undefined);
	});

	test('teaser cards with linked titles are a feed, not posts', () => {
		const feed = thread().replace(/::: \{\.b5t\}\n/g, (s, i: number) => `${s}## [A story about drains and vents number ${i}](/news/${i})\n\n`);
		assert.strictEqual(posts(feed), undefined);
	});

	test('subjects that repeat the topic, linked to each post on the thread page, are no teasers', () => {
		// phpBB's and FluxBB's way: "<topic>" over the opening post, "Re: <topic>" over each reply, each linked to the post
		// through the thread's address (`viewtopic.php?p=N#pN`), which reads as a link away from the page.
		const subject = (i: number): string => `### [${i === 0 ? '' : 'Re: '}Sink gurgles when the washing machine drains](./viewtopic.php?p=${90 + i}#p${90 + i})\n\n`;
		let n = 0;
		const titled = thread().replace(/::: \{\.b5t\}\n/g, (s) => `${s}${subject(n++)}`);
		const group = posts(titled);
		assert.ok(group, 'the repeated subjects were read as teaser titles');
		assert.strictEqual(group.items.length, 4);
		// The same posts, each titled with a subject of its own linked away, are a feed's cards still.
		n = 0;
		const feed = thread().replace(/::: \{\.b5t\}\n/g, (s) => `${s}### [A drain story number ${n}](./viewtopic.php?p=${90 + n}#p${90 + n++})\n\n`);
		assert.strictEqual(posts(feed), undefined);
	});

	test('a few numbered boxes beside the thread, holding little of the page, do not hide the posts found by their shape', () => {
		const note = (i: number): string => `::: {#post-${i}}\nA note in the sidebar, number ${i}, with enough words in it to read as a short message of its own.\n:::\n`;
		const aside = (n: number): string => thread().replace('::: {.f0o}', `${Array.from({ length: n }, (_, i) => note(i + 1)).join('\n')}\n::: {.f0o}`);
		const found = pageSignals(new BlockIndex(parseDump(aside(2)))).posts;
		assert.ok(found?.signature.startsWith(ANONYMOUS_SIGNATURE), `posts read as ${found?.signature}`);
		assert.strictEqual(found?.items.length, 4);
		// More such boxes than posts found by their shape: the shape found wrappers, not the thread; the boxes stay the posts.
		assert.strictEqual(pageSignals(new BlockIndex(parseDump(aside(5)))).posts?.signature.startsWith(ANONYMOUS_SIGNATURE), false);
	});

	test('boxes that share a class word with the thread\'s own box are its wrappers: the posts inside it are the posts', () => {
		// The thread's list box shares its class word with two small boxes beside it (a similar thread, a member's latest
		// post), each stamped and signed: the three hold the most text, but the thread's box holds all eight posts.
		const side = (name: string, i: number): string => `::: {.g6h}\n[${name}](/members/${name}.${i}/) · Feb ${i}, 2024\n\nA similar question about a slow drain.\n:::\n`;
		const wrapped = thread({ rounds: 2 })
			.replace('::: {.w9z}', '::: {.g6h}\n::: {.w9z}')
			.replace('::: {.f0o}', `:::\n\n${side('siltbed', 7)}\n${side('gasket', 8)}\n::: {.f0o}`);
		const group = posts(wrapped);
		assert.ok(group, 'no posts found');
		assert.strictEqual(group.items.length, 8, `read ${group.items.length} posts`);
		// Beside long boxes, the posts hold too little of the wrappers' text to split them (`MIN_SPLIT_SHARE`): the group stays.
		const long = wrapped.replace(/A similar question about a slow drain\./g, 'A similar question about a slow drain. '.repeat(40));
		assert.strictEqual(posts(long)?.items.length, 3);
	});

	test('end to end: read as a forum, every message, poster and date kept, the member card and the chrome gone', () => {
		const { text, kind } = extractDumpText(thread());
		assert.strictEqual(kind, 'forum');
		for (const m of MESSAGES) assert.ok(text.includes(m), `lost a message: ${m.slice(0, 30)}`);
		assert.ok(text.includes('plumbline') && text.includes('Mar 4, 2024'), 'lost a poster or a date');
		for (const s of ['Posts: 157', 'Joined: Jan 2016', 'Terms', 'Boards']) assert.ok(!text.includes(s), `kept chrome: ${s}`);
	});
});
