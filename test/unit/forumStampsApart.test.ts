// Threads whose class words are opaque: stamp lines above poster cards, "Summary" toggles, dates in tooltips, the opening post apart; fixtures written for this project.
import * as assert from 'node:assert';
import { extractDumpText as extract } from '../util/kindFixtures';

const MESSAGES = [
	'Our rain barrel overflows into the vegetable bed every time a storm comes through, and the bed turns into a pond for days afterwards. What do people do about the overflow?',
	'Fit a diverter on the downpipe and run the overflow hose to a soakaway at least two metres from the bed. Mine has a gravel trench at the end and the bed stays dry now.',
	'A second barrel linked at the top with a short pipe doubles the store before anything overflows, and the link costs almost nothing if you drill the barrels carefully.',
	'Thanks, both of you. I linked a second barrel this weekend and pointed the overflow at the hedge: the last storm filled both barrels and the bed stayed dry.',
];

/**
 * A board that writes each post flat: an anchor, a stamp line (the date and the post's number) and a box that opens
 * with the poster's card before the message. Every class word is opaque, as on a board no rule knows.
 */
function stampLineThread(above: string[] = []): string {
	const lines = ['# Rain barrel overflow floods the bed', '', '::: cz', ...above, '::: ca'];
	MESSAGES.forEach((m, i) => {
		lines.push('', `[]{#ip${i}}`, '', '::: cq', `-   Oct ${i + 8}, 2024`, `-   #${i + 1}`, ':::', '');
		lines.push('::: cu', '::: cv', `[waterer${i}]{.cn user-id="10${i}"}`, ':::', '', '::: cm', m, ':::', ':::');
	});
	lines.push(':::', ':::', '', '::: cf', 'About us · Contact · Privacy', ':::', '');
	return lines.join('\n');
}

const SUMMARY = [
	'::: cs',
	'::: ct',
	'[]{.ci aria-hidden="true"} Click For Summary',
	':::',
	'',
	'::: cw',
	'## Discussion Overview',
	'',
	'The discussion revolves around a rain barrel that overflows into a vegetable bed during storms, and how participants deal with the overflow, from diverters and soakaways to a second linked barrel.',
	'',
	'### Main Points Raised',
	'',
	'-   One participant suggests a diverter on the downpipe with the overflow hose running to a gravel soakaway well away from the bed.',
	'-   Another participant recommends linking a second barrel at the top so that the store doubles before anything overflows at all.',
	':::',
	':::',
	'',
];

suite('Forum threads with opaque class words', () => {
	test('posts under a stamp line whose box opens with the poster\'s card are a thread, each post with its date', () => {
		const { text, kind } = extract(stampLineThread());
		assert.strictEqual(kind, 'forum');
		let at = -1;
		MESSAGES.forEach((m, i) => {
			const date = text.indexOf(`Oct ${i + 8}, 2024`);
			const body = text.indexOf(m);
			assert.ok(date > at && body > date, `post ${i} out of order or without its date`);
			at = body;
		});
		assert.ok(!text.includes('About us'), 'kept the footer');
	});

	test('a digest behind a "Click For Summary" toggle above the posts is no story: the page stays a thread, the digest left out', () => {
		const { text, kind } = extract(stampLineThread(SUMMARY));
		assert.strictEqual(kind, 'forum');
		for (const m of MESSAGES) assert.ok(text.includes(m), 'lost a post');
		assert.ok(!text.includes('Discussion Overview') && !text.includes('The discussion revolves'), 'kept the digest');
	});

	test('a story\'s own "Summary" heading is no toggle: an article above its comments stays one', () => {
		const story = [
			'::: cs',
			'## Summary',
			'',
			'Rain barrels are cheap, and a household that fits one to every downpipe can water a small garden through most of a dry summer without the hose.',
			'',
			'The barrels fill fast in a storm, though, and the overflow has to go somewhere: a soakaway, a second barrel or a hedge that can take the water.',
			'',
			'We tested four overflow kits over a wet autumn and timed how long each took to fill, to overflow and to empty again into the beds around them.',
			':::',
			'',
		];
		const { kind } = extract(stampLineThread(story));
		assert.notStrictEqual(kind, 'forum');
	});
});

/** Three more replies: a column splits into posts when it holds twice as many as there are boxes of its token. */
const MORE = [
	'We used an old bath as a second store for years. It holds more than a barrel and the overflow from it runs into a ditch along the fence, well away from anything we grow.',
	'Check the lid fits too: ours overflowed through the lid in heavy rain because the downpipe filled it faster than the outlet could drain, and a bigger outlet fixed it.',
	'If the bed sits lower than the barrel, a raised edge of old boards along that side keeps the worst of a spill out while you sort the overflow itself.',
];

/** Posts whose only stamp is an age ("3y") with the full date in its tooltip, each in a box of one opaque token. */
function tooltipThread(wrap: (posts: string[]) => string[] = (posts) => posts, stamp: (i: number) => string = (i) => `[ [${i + 1}y]{.cd title="August ${i + 3}, 2022 - 3:0${i}pm"} ]{.ck}`): string {
	const posts: string[] = [];
	[...MESSAGES, ...MORE].forEach((m, i) => {
		posts.push('::: cp', '::: ch', `[waterer${i}](/users/waterer${i}){.cx}`, '', stamp(i), ':::', '');
		posts.push('::: cb', m, ':::', ':::', '');
	});
	return ['# Rain barrel overflow floods the bed', '', '::: cg', ...wrap(posts), ':::', '', '::: cf', 'About us · Contact · Privacy', ':::', ''].join('\n');
}

const SIDEBAR = [
	'::: cr',
	'## Trending threads',
	'',
	'-   [Best compost bins for a small yard this year](/t/1)',
	'-   [Slugs ate every lettuce overnight again](/t/2)',
	'-   [Which hose reel survives a frost](/t/3)',
	'-   [Raised beds from old scaffold boards](/t/4)',
	'-   [Water butts: plastic or wooden barrels](/t/5)',
	'',
	'Our weekly digest of the best garden threads lands every Friday morning; you can unsubscribe whenever you like, and we never share your address.',
	':::',
	'',
];

/** A promo box of the column's token, stamped and signed as a post is. */
function promo(i: number): string[] {
	return ['::: cc', `[Garden club](/users/club${i}){.cx} · Sep ${i + 2}, 2024`, '', `Join the spring seed swap number ${i}: bring a packet, take a packet, and stay for tea.`, ':::', ''];
}

suite('Forum posts stamped by a tooltip date', () => {
	test('posts whose ages carry their dates in a title attribute are a thread', () => {
		const { text, kind } = extract(tooltipThread());
		assert.strictEqual(kind, 'forum');
		for (const m of MESSAGES) assert.ok(text.includes(m), 'lost a post');
		assert.ok(!text.includes('About us'), 'kept the footer');
	});

	test('posts whose age is an empty link titled with the machine date (a script fills it in) are a thread', () => {
		const { text, kind } = extract(tooltipThread(undefined, (i) => `[wrote on [](/post/10${i} "2024-11-2${i}T15:50:23.066Z"){.cd}]{.ck}`));
		assert.strictEqual(kind, 'forum');
		for (const m of MESSAGES) assert.ok(text.includes(m), 'lost a post');
		assert.ok(!text.includes('About us'), 'kept the footer');
	});

	test('a column holding the posts and its sidebar, beside promo boxes of its token, is split into its posts', () => {
		const dump = tooltipThread((posts) => ['::: cc', ...posts, ...SIDEBAR, ':::', '', ...promo(1), ...promo(2)]);
		const { text, kind } = extract(dump);
		assert.strictEqual(kind, 'forum');
		for (const m of [...MESSAGES, ...MORE]) assert.ok(text.includes(m), 'lost a post');
		assert.ok(!text.includes('Trending threads') && !text.includes('weekly digest'), 'kept the sidebar');
		assert.ok(!text.includes('seed swap'), 'kept a promo box');
	});
});

suite('Forum opening post apart', () => {
	test('the opening post in a box of the replies\' class above their list is the thread\'s first post', () => {
		// Opaque classes: the replies are a sibling group by their microdata, the opening post shares only their token.
		const lines = ['::: {.ck .cq}', '# Rain barrel overflow floods the bed', '', `[waterer0](/members/waterer0.1){.cx} · Oct 8, 2024`, '', MESSAGES[0], ':::', ''];
		lines.push('::: {.cl}', 'Sort by oldest first', '');
		MESSAGES.slice(1).forEach((m, i) => {
			lines.push('::: {.ck itemscope="" itemtype="https://schema.org/Comment"}', `[waterer${i + 1}](/members/waterer${i + 1}.2){.cx} · Oct ${i + 9}, 2024`, '', m, ':::', '');
		});
		lines.push(':::', '', '::: cf', 'About us · Contact · Privacy', ':::', '');
		const { text, kind } = extract(lines.join('\n'));
		assert.strictEqual(kind, 'forum');
		let at = -1;
		for (const m of MESSAGES) {
			const i = text.indexOf(m);
			assert.ok(i > at, 'a post missing or out of order');
			at = i;
		}
	});
});

suite('Forum opening poster badges', () => {
	test('a badge line "Author" or "OP" beside the opening poster\'s name is no part of the post', () => {
		const lines = ['# Rain barrel overflow floods the bed', ''];
		MESSAGES.forEach((m, i) => {
			lines.push('::: post', `[waterer${i % 2}](/members/${i % 2}){.username} · Oct ${i + 8}, 2024`, '');
			if (i % 2 === 0) lines.push(i === 0 ? '-   Author' : 'OP', '');
			lines.push('::: post-body', m, ':::', ':::', '');
		});
		const { text, kind } = extract(lines.join('\n'));
		assert.strictEqual(kind, 'forum');
		for (const m of MESSAGES) assert.ok(text.includes(m), 'lost a post');
		assert.ok(!/^(?:- )?(?:Author|OP)$/m.test(text), 'kept a badge line');
	});
});
