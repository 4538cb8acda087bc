// Class-free thread reads: posts laid out as a table's rows (flat posts), and signatures as the box after each message body.
import * as assert from 'node:assert';
import { extractDumpText } from '../util/kindFixtures';

/** Six replies about a stuck bike chain, long enough to be posts (kinds/posts.ts `MIN_POST_CHARS`). */
const MESSAGES = [
	'My chain keeps slipping on the smallest rear cog whenever I stand up on the pedals; the derailleur was adjusted last month.',
	'Check how worn the chain is first. A stretched chain skips on the small cogs long before it skips anywhere else on the cassette.',
	'Measured it with a ruler: twelve links come to just over a foot, so it is stretched. I will order a new chain and a cassette.',
	'Replace both at once, as you said. A new chain on a worn cassette skips just the same, and the small cogs wear out first of all.',
	'Fitted the new chain and cassette tonight and rode the hill twice standing up. No slipping at all, thanks for the help everyone.',
	'Glad it worked out. Keep the new chain clean and oiled and check it with the ruler again every thousand miles or so from now.',
];
const POSTERS = ['gearhead', 'spokesman', 'gearhead', 'fixie_fan', 'gearhead', 'spokesman'];

/** A long site menu: link lines that outweigh the thread's text, as a games portal's boards and release lists do. */
function menu(word: string, n: number): string[] {
	const out = ['::: {.q0z}'];
	for (let i = 0; i < n; i++) out.push(`-   [${word} number ${i} of the site's many sections](/${word.toLowerCase()}/${i})`);
	out.push(':::', '');
	return out;
}

/** One cell of a one-column grid table: its lines padded to the table's width. */
function gridRows(rows: readonly string[][], width: number): string[] {
	const rule = `+${'-'.repeat(width + 2)}+`;
	const out = [rule];
	for (const r of rows) {
		for (const line of r) out.push(`| ${line.padEnd(width)} |`);
		out.push(rule);
	}
	return out;
}

/**
 * A board laid out as a table, one row per post, with opaque class words: each row a header box (the poster's member
 * link, an age) and the message box after it, among long menus (a games portal's message board).
 */
function tableThread(): string {
	const rows = MESSAGES.map((m, i) => {
		const words = m.split(' ');
		const lines: string[] = [];
		for (let k = 0; k < words.length; k += 8) lines.push(words.slice(k, k + 8).join(' '));
		return ['::: h7k', `[${POSTERS[i]}](/u/${POSTERS[i]}) [${i + 2} years ago]{.a1} [#${i + 1}]{.n2}`, ':::', '', '::: {.w3b}', '::: x9t', ...lines, ':::', ':::'];
	});
	const width = Math.max(...rows.flat().map((l) => l.length));
	return ['# Chain slipping on the smallest cog', '', ...menu('Board', 30), '::: {.p4d}', ...gridRows(rows, width), ':::', '', ...menu('Release', 30)].join('\n');
}

/**
 * A board with opaque class words: each post a numbered box (`#post-N`, kinds/posts.ts `numberedPosts`) with its member card (poster's link, date) and its message box
 * (`.m3` > `.b4`), then, for the posters in `signed`, a trailing box (`.s5`) after the message with that poster's text.
 */
function signedThread(opts: { signed?: readonly string[]; trailing?: (poster: string, i: number) => string } = {}): string {
	const signatures: Record<string, string> = {
		gearhead: 'Riding a steel tourer since the nineties, mostly on gravel back roads.',
		spokesman: 'Wheel builder by trade, happy to true anything with spokes and a rim.',
		fixie_fan: 'One gear is all anyone needs, and the hills keep you honest.',
	};
	const { signed = ['gearhead', 'spokesman'], trailing = (p: string) => signatures[p] } = opts;
	const out = ['::: {.n1v}', '- [Home](/)', '- [Forums](/forums)', ':::', '', '# Chain slipping on the smallest cog', '', '::: {.l0s}'];
	MESSAGES.forEach((m, i) => {
		const p = POSTERS[i];
		out.push(`::: {#post-${i + 1} .p1}`, '::: {.k2}', `[${p}](/members/${p}.${20 + i}/)`, '', `Mar ${4 + i}, 2024`, ':::', '', '::: {.m3}', '::: {.b4}', m, ':::', ':::', '');
		if (signed.includes(p)) out.push('::: {.s5}', trailing(p, i), ':::', '');
		out.push(':::', '');
	});
	out.push(':::', '', '::: {.f0o}', 'Terms · Privacy · Contact us', ':::', '');
	return out.join('\n');
}

suite('Forum posts laid out as a table, and signatures as trailing boxes', () => {
	test('a thread laid out as a table\'s rows, among long menus, is read as a thread: every post, no menu', () => {
		const { text, kind } = extractDumpText(tableThread());
		assert.strictEqual(kind, 'forum');
		for (const m of MESSAGES) assert.ok(text.includes(m.slice(0, 40)), `lost a post: ${m.slice(0, 30)}`);
		assert.ok(!text.includes('Release number'), 'kept a menu');
	});

	test('the box after each message body, in three posts or more, is a signature: it goes, the messages stay', () => {
		const { text, kind } = extractDumpText(signedThread());
		assert.strictEqual(kind, 'forum');
		for (const m of MESSAGES) assert.ok(text.includes(m), `lost a message: ${m.slice(0, 30)}`);
		assert.ok(!text.includes('steel tourer'), 'kept a signature');
		assert.ok(!text.includes('Wheel builder'), 'kept a signature');
	});

	test('a trailing box in two posts only, one that shows a poster, or one of links only stays', () => {
		// Each with its own text: the same text under two posts of one member is heuristics/posterSignatures.ts's.
		const twice = extractDumpText(signedThread({ signed: ['spokesman'], trailing: (_p, i) => `Wheel builder by trade, note ${i}: true anything with spokes.` })).text;
		assert.ok(twice.includes('Wheel builder'), 'dropped a box in two posts');
		const replies = extractDumpText(signedThread({ trailing: (p, i) => `[${POSTERS[(i + 1) % POSTERS.length]}](/members/reply.${i}/) replied: I had the same trouble with my own bike last spring, ${p}.` })).text;
		assert.ok(replies.includes('replied: I had the same trouble'), 'dropped replies that show their posters');
		const tags = extractDumpText(signedThread({ trailing: (_p, i) => `[Drivetrain](/tags/drivetrain) [Repairs ${i}](/tags/repairs)` })).text;
		assert.ok(tags.includes('Drivetrain'), 'dropped a box of links');
	});
});
