// Posts found by their place when a token names only some of them, when the thread's column is one of the page's stamped boxes, or when each reply carries a preview of its parent.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { anonymousPosts } from '../../src/core/extract/kinds/anonymousPosts';
import { SIBLING_SIGNATURE } from '../../src/core/extract/kinds/siblingPosts';
import { extractDumpText } from '../util/kindFixtures';
import { SINK_MESSAGES, SINK_POSTERS } from '../util/sinkThread';

const DATES = ['Mar 3, 2024', 'Mar 3, 2024', 'Mar 4, 2024', 'Mar 5, 2024'];

/** One post's box: a class list of its own, the poster's link, the stamp, the message; `extra` lines inside the message box. */
function postBox(i: number, extra: readonly string[] = []): string[] {
	const name = `[${SINK_POSTERS[i]}](/members/${SINK_POSTERS[i]}.${40 + i}/)`;
	return [`::: {.p${i}a .mt-${i}}`, `::: {.h${i}b}`, name, '', DATES[i], ':::', '', `::: {.m${i}c}`, ...extra, SINK_MESSAGES[i], ':::', '', ':::', ''];
}

/** The quoted part of a reply, in a box whose class every quote of the page shares (the only token that repeats). */
function quote(i: number): string[] {
	return ['> ::: quotebox', `> ${SINK_POSTERS[i - 1]} said: ${SINK_MESSAGES[i - 1]}`, '> :::', ''];
}

function posts(dump: string): ReturnType<typeof anonymousPosts> {
	return anonymousPosts(new BlockIndex(parseDump(dump)));
}

suite('Forum posts found by their place (kinds/siblingPosts.ts, kinds/anonymousPosts.ts)', () => {
	test('a token that only the quoting replies share finds them; their place finds every post', () => {
		// Posts 1-3 quote the post before them: the quote boxes share a token, and their posts are three of four.
		const lines = ['# Sink gurgles when the washing machine drains', '', '::: {.t0}'];
		for (let i = 0; i < 4; i++) lines.push(...postBox(i, i > 0 ? quote(i) : []));
		lines.push(':::', '');
		const group = posts(lines.join('\n'));
		assert.ok(group, 'no posts found');
		assert.strictEqual(group.signature, SIBLING_SIGNATURE);
		assert.strictEqual(group.items.length, 4);
		const { text, kind } = extractDumpText(lines.join('\n'));
		assert.strictEqual(kind, 'forum');
		assert.ok(text.includes(SINK_MESSAGES[0].slice(0, 40)), 'the opening post is missing');
	});

	test('stamped, signed teaser cards each titled by an unlinked heading of their own are no thread', () => {
		const titles = ['Making build tools that are actually good', 'Your sneak peek at the redesigned help center', 'Closing the trust gap for new developers', 'How anyone can use a warm cache for good'];
		const card = (i: number, title: string): string[] => [`::: {.k${i}a}`, `[Mar ${i + 3}, 2024](/blog/${i}/)`, '', `## ${title}`, '', SINK_MESSAGES[i], '', `[${SINK_POSTERS[i]}](/author/${SINK_POSTERS[i]}/)`, '', `[0 comments](/blog/${i}/#comments)`, ':::', ''];
		const feed = ['# The blog', '', '::: {.t0}', ...titles.flatMap((t, i) => card(i, t)), ':::', ''];
		assert.strictEqual(posts(feed.join('\n')), undefined);
		// Posts whose boxes each show the poster's name as a short heading are still a thread.
		const named = ['# The blog', '', '::: {.t0}', ...titles.flatMap((_, i) => card(i, SINK_POSTERS[i])), ':::', ''];
		assert.strictEqual(posts(named.join('\n'))?.items.length, 4);
	});

	test('short replies beside the posts, stamped and signed, are posts too', () => {
		const lines = ['# Sink gurgles when the washing machine drains', '', '::: {.t0}'];
		for (let i = 0; i < 4; i++) lines.push(...postBox(i));
		// Two replies shorter than a post's length bar: the poster's link, the stamp, a few words.
		lines.push('::: {.s1a}', '[plumbline](/members/plumbline.41/)', '', 'Mar 6, 2024', '', 'Glad it works!', ':::', '');
		lines.push('::: {.s2a}', '[ductwork](/members/ductwork.42/)', '', 'Mar 6, 2024', '', 'Nice find.', ':::', '');
		lines.push(':::', '');
		const group = posts(lines.join('\n'));
		assert.ok(group, 'no posts found');
		assert.strictEqual(group.items.length, 6);
	});

	test("the thread's column among the page's stamped, signed columns is split into its posts", () => {
		// A promo column and an events column beside the thread's column, each stamped and naming its author: as boxes
		// of one parent they pass the post tests; the four posts inside the thread's column are the thread.
		const promo = (n: number): string[] => [
			`::: {.col${n}}`,
			`Workshop series ${n}: learn to plan a bathroom from the pipes to the tiles with our teachers, in twelve short evening lessons.`,
			'',
			`Dec ${n + 10}, 2025 · by [Staff ${n}](/members/staff.${n}/)`,
			'',
			'Seats are limited to twenty a class; members pay half the fee and can bring a friend to the first lesson for free.',
			':::',
			'',
		];
		const lines = ['::: {.page}', ...promo(1), '::: {.colthread}', '# Sink gurgles when the washing machine drains', ''];
		for (let i = 0; i < 4; i++) lines.push(...postBox(i));
		lines.push(':::', '', ...promo(2), ':::', '');
		const group = posts(lines.join('\n'));
		assert.ok(group, 'no posts found');
		assert.strictEqual(group.items.length, 4);
		assert.ok(group.items.every((c) => !/Workshop series/.test(lines.join('\n').slice(c.range.start, c.range.end))), 'a column was read as a post');
	});

	test('a reply whose item holds a preview of the post it answers is read from its own box', () => {
		// Each item: an anchor, then (for replies) a longer preview of the parent post, stamped and signed, then the reply's box.
		const lines = ['# Sink gurgles when the washing machine drains', '', '::: {.t0}'];
		for (let i = 0; i < 4; i++) {
			lines.push(`-   []{#a${i}}`, '');
			if (i > 0) {
				const preview = [`::: {.pv${i}}`, `[${SINK_POSTERS[i - 1]}](/members/${SINK_POSTERS[i - 1]}.${39 + i}/)`, '', DATES[i - 1], '', `${SINK_MESSAGES[i - 1]} ${SINK_MESSAGES[i - 1]}`, ':::', ''];
				lines.push(...preview.map((l) => (l ? `    ${l}` : l)));
			}
			lines.push(...postBox(i).map((l) => (l ? `    ${l}` : l)));
		}
		lines.push(':::', '');
		const group = posts(lines.join('\n'));
		assert.ok(group, 'no posts found');
		assert.strictEqual(group.items.length, 4);
		const dump = lines.join('\n');
		group.items.forEach((c, i) => assert.ok(dump.slice(c.range.start, c.range.end).includes(SINK_MESSAGES[i].slice(0, 40)), `post ${i} is not its own box`));
		assert.ok(group.items.every((c) => !/\.pv\d/.test(dump.slice(c.range.start, c.range.end).split('\n')[0])), 'a preview was read as a post');
	});
});
