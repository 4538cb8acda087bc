// Forum threads whose post boxes share no class token: the posts are found by their place, stamped and signed siblings.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { anonymousPosts } from '../../src/core/extract/kinds/anonymousPosts';
import { SIBLING_SIGNATURE, siblingPosts } from '../../src/core/extract/kinds/siblingPosts';
import { pageSignals } from '../../src/core/extract/kinds/signals';
import { extractDumpText } from '../util/kindFixtures';
import { SINK_MESSAGES, SINK_POSTERS } from '../util/sinkThread';

const DATES = ['Mar 3, 2024', 'Mar 3, 2024', 'Mar 4, 2024', 'Mar 5, 2024'];

/** The page's menus, a sidebar of other threads and a footer around the thread: what a reading of the whole page keeps. */
const MENU = ['::: {.q1}', '- [Home](/)', '- [Boards](/boards)', '- [Members](/members)', ':::', ''];
const SIDEBAR = ['::: {.q2}', '### Popular this week', '', '- [Best paint for a bathroom ceiling](/t/88)', '- [Why does my boiler lose pressure](/t/89)', ':::', ''];
const FOOTER = ['::: {.q3}', 'Community rules · Privacy · Contact the moderators · Advertise with us', ':::', ''];

/**
 * A board whose post boxes carry a class list of their own each (utility classes, hashed names): no two share a first
 * token. Each post: the poster's link, the stamp, the message. `list`: the posts as a list's items, each with an empty
 * anchor beside its box.
 */
function thread(opts: { poster?: boolean; stamp?: boolean; list?: boolean } = {}): string {
	const { poster = true, stamp = true, list = false } = opts;
	const out = [...MENU, '# Sink gurgles when the washing machine drains', '', '::: {.t0}'];
	SINK_MESSAGES.forEach((m, i) => {
		const name = poster ? `[${SINK_POSTERS[i]}](/members/${SINK_POSTERS[i]}.${40 + i}/)` : `**${SINK_POSTERS[i]}**`;
		const box = [`::: {.p${i}a .mt-${i}}`, `::: {.h${i}b}`, name, '', stamp ? DATES[i] : 'Member', ':::', '', `::: {.m${i}c}`, m, ':::', '', ':::', ''];
		if (list) out.push(`-   []{#p${i}}`, '', ...box.map((l) => (l ? `    ${l}` : l)));
		else out.push(...box);
	});
	out.push(':::', '', ...SIDEBAR, ...FOOTER);
	return out.join('\n');
}

function posts(dump: string): ReturnType<typeof anonymousPosts> {
	return anonymousPosts(new BlockIndex(parseDump(dump)));
}

suite('Forum posts found by their place alone (kinds/siblingPosts.ts)', () => {
	test('stamped, signed sibling boxes that share no class token are the posts', () => {
		const group = posts(thread());
		assert.ok(group, 'no posts found');
		assert.strictEqual(group.signature, SIBLING_SIGNATURE);
		assert.strictEqual(group.items.length, 4);
		assert.strictEqual(pageSignals(new BlockIndex(parseDump(thread()))).posts?.signature, SIBLING_SIGNATURE);
	});

	test('the thread is read as its posts, without the menus, the sidebar and the footer', () => {
		const { text, kind } = extractDumpText(thread());
		assert.strictEqual(kind, 'forum');
		for (const m of SINK_MESSAGES) assert.ok(text.includes(m.slice(0, 40)), `a post is missing: ${m.slice(0, 40)}`);
		assert.ok(!text.includes('Popular this week') && !text.includes('Community rules'), text);
	});

	test('posts written as list items, an anchor beside each box, are found too', () => {
		const group = posts(thread({ list: true }));
		assert.ok(group, 'no posts found');
		assert.strictEqual(group.items.length, 4);
	});

	test('boxes with no stamp, or no poster mark, are no thread', () => {
		assert.strictEqual(posts(thread({ stamp: false })), undefined);
		assert.strictEqual(posts(thread({ poster: false })), undefined);
	});

	test('two stamped boxes are too few, and one box holding nearly all the text is a column, not a post', () => {
		const two = thread().replace(/::: \{\.p[23]a[\s\S]*?\n:::\n\n:::\n/g, '');
		assert.strictEqual(posts(two)?.items.length, undefined);
		const long = thread().replace(SINK_MESSAGES[0], `${SINK_MESSAGES[0]} `.repeat(40));
		assert.strictEqual(posts(long), undefined);
	});

	test('boxes that mostly share a first class token are left to the token rules', () => {
		// With a post test that passes anything, only the token guard tells the two apart.
		const anything = (): boolean => true;
		assert.strictEqual(siblingPosts(new BlockIndex(parseDump(thread())), anything)?.items.length, 4);
		const shared = thread().replace(/::: \{\.p(\d)a /g, '::: {.card .p$1a ');
		assert.strictEqual(siblingPosts(new BlockIndex(parseDump(shared)), anything), undefined);
	});

	test('an essay beside two stamped sidebar boxes naming their authors is no thread', () => {
		// The first box holds over 0.6 of the group's text: an article's body, the replies are the sidebar's teasers.
		const essay = thread().replace(SINK_MESSAGES[0], `${SINK_MESSAGES[0]} `.repeat(6));
		assert.strictEqual(posts(essay), undefined);
	});

	test('a short header box before each post (name and stamp) is the post\'s header, not a short reply', () => {
		// Each post: a header box (the poster's link, "Posted <date>"), the poster's name heading and card, then the message's
		// box, stamped and naming its poster for quoting; no box around the three, no class word shared.
		const out = [...MENU, '# Sink gurgles when the washing machine drains', '', '::: {.t0}'];
		SINK_MESSAGES.forEach((m, i) => {
			const who = SINK_POSTERS[i];
			out.push(`::: {.h${i}x}`, `[${who}](/profile/${40 + i}-${who}/)`, '', `Posted ${DATES[i]}`, ':::', '');
			out.push(`### ${who}`, '', '-   Level 1', '-   12 posts', '');
			out.push(`::: {.m${i}c data-user="${who}"}`, `Posted ${DATES[i]}`, '', m, ':::', '');
		});
		out.push(':::', '', ...SIDEBAR, ...FOOTER);
		const group = posts(out.join('\n'));
		assert.ok(group, 'no posts found');
		assert.strictEqual(group.items.length, 4, 'the header boxes were read as posts');
		const { text, kind } = extractDumpText(out.join('\n'));
		assert.strictEqual(kind, 'forum');
		for (const m of SINK_MESSAGES) assert.ok(text.includes(m.slice(0, 40)), `a post is missing: ${m.slice(0, 40)}`);
	});

	test('a reply of short broken lines with no sentence (no prose) is still one of the posts', () => {
		const broken = 'checked the trap too\\\nhalf full of grease and hair\\\nthe machine pushed it back up\\\ncleaned it out and no more noise';
		const dump = thread().replace(SINK_MESSAGES[2], broken);
		const group = posts(dump);
		assert.ok(group, 'no posts found');
		assert.strictEqual(group.items.length, 4, 'the reply of broken lines was left out');
		const { text } = extractDumpText(dump);
		assert.ok(text.includes('half full of grease and hair'), 'lost the reply of broken lines');
	});

	test('a long opening question beside short replies is a thread when every post shows a member card', () => {
		// Four posts, the first holding about 0.7 of their text (past the 0.6 bar for boxes found by place alone); each shows
		// its poster's card ("Posts: 1,204", "Joined: ..."). Without the cards the same boxes stay no thread.
		const carded = (cards: boolean): string => {
			const out = [...MENU, '# Sink gurgles when the washing machine drains', '', '::: {.t0}'];
			SINK_MESSAGES.forEach((m, i) => {
				const who = SINK_POSTERS[i];
				const card = cards ? ['-   Posts: 1,204', `-   Joined: Jan ${10 + i}, 2019`, ''] : [];
				const body = i === 0 ? Array.from({ length: 9 }, () => m).join(' ') : m;
				out.push(`::: {.p${i}a .mt-${i}}`, `::: {.h${i}b}`, `[${who}](/members/${who}.${40 + i}/)`, '', ...card, DATES[i], ':::', '', `::: {.m${i}c}`, body, ':::', '', ':::', '');
			});
			out.push(':::', '', ...SIDEBAR, ...FOOTER);
			return out.join('\n');
		};
		const group = posts(carded(true));
		assert.ok(group, 'no posts found');
		assert.strictEqual(group.items.length, 4);
		const { text, kind } = extractDumpText(carded(true));
		assert.strictEqual(kind, 'forum');
		assert.ok(!text.includes('Popular this week') && !text.includes('Community rules'), 'kept the sidebar or the footer');
		assert.strictEqual(posts(carded(false))?.signature === SIBLING_SIGNATURE, false, 'uncarded boxes with one long box read as a thread');
	});
});
