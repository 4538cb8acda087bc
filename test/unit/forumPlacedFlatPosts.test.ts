// Flat posts by place: each message after its poster's header, no class word shared by the messages; fixtures written for this project.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { isNameThenGroupHeading } from '../../src/core/extract/kinds/posterHeadings';
import { extractDumpText as extract } from '../util/kindFixtures';

const QUESTION = 'Is there a published roadmap for the garden planner app? The only notes I can find list changes to features that already shipped, nothing about what comes next.';
const ANSWER =
	'There is no public roadmap. The team shares plans with the volunteer testers group first, so joining that group is the best way to hear early. Feature requests posted in the ideas board are read every month, and the popular ones get a reply from staff.';
const REPLIES = [
	'Thanks, I have applied to the testers group and will post the ideas there as well, since that seems to be where the staff look for feedback each month. The ideas board had a thread on bed layouts that already has a staff reply.',
	'Same question here. Joining the testers group worked for me: they send a short survey before each release and the answers do shape what gets built next. The last survey asked about frost dates, and the next release added them.',
];

/** A post's header by place: the member card's counters, then a box with the poster's name (a heading linked to the profile) and the date beside an age. */
function header(name: string, id: number, n: number, day: number): string[] {
	return [
		`::: {.p${n}a}`,
		`[![${name}](/img/${id}.png)](/profile/${id}-${name}/)`,
		':::',
		'',
		`-   [${10 + n} posts](/profile/${id}-${name}/content/)`,
		`-   [${n + 2} Reputation](/profile/${id}-${name}/reputation/)`,
		'',
		`::: {.p${n}b}`,
		`### [${name}](/profile/${id}-${name}/)`,
		'',
		`[August ${day}, 2024]{.p${n}c}[1 yr]{.p${n}d}`,
		':::',
		'',
	];
}

/** A page around the thread: a menu, a sidebar of other topics with their dates, and a footer; every class its own. */
function page(thread: string[]): string {
	return [
		'::: {.m1}',
		'-   [Home](/)',
		'-   [Forums](/forums/)',
		'-   [Help centre](/help/)',
		':::',
		'',
		'# Garden planner roadmap',
		'',
		...thread,
		'::: {.s1}',
		'## Other topics',
		'',
		'-   [Watering schedule resets after update](/t/1) August 3, 2024',
		'-   [Exporting a bed layout as a picture](/t/2) July 28, 2024',
		'-   [Frost dates for the northern regions](/t/3) July 9, 2024',
		':::',
		'',
		'::: {.f1}',
		'Garden planner community. All rights reserved. Terms of use and privacy notice apply to every post on this board, and members agree to them when they sign up.',
		':::',
		'',
	].join('\n');
}

/** Two posts written flat under one box: header parts, then the message box, each box with classes of its own. */
function twoPosts(): string {
	return page([
		'::: {.w1}',
		...header('ron1cne', 373414, 1, 26),
		'::: {.q1}',
		QUESTION,
		':::',
		'',
		...header('paul2009', 632, 2, 27),
		'::: {.q2}',
		ANSWER,
		':::',
		':::',
		'',
	]);
}

suite('Forum flat posts by place', () => {
	test('two messages after their posters\' headers, sharing no class word, are a thread: each post with its name and date, not the member card\'s counters', () => {
		const { text, kind } = extract(twoPosts());
		assert.strictEqual(kind, 'forum');
		const q = text.indexOf(QUESTION);
		const a = text.indexOf(ANSWER);
		assert.ok(q >= 0 && a > q, 'lost a post or its order');
		assert.ok(text.indexOf('ron1cne') < q && text.indexOf('paul2009') < a && text.indexOf('paul2009') > q, 'a post without its poster');
		assert.ok(text.includes('August 27, 2024'), 'lost a post\'s date');
		assert.ok(!text.includes('Reputation'), 'kept the member card\'s counters');
		assert.ok(!text.includes('Other topics') && !text.includes('All rights reserved'), 'kept the sidebar or the footer');
	});

	test('the opening post printed apart, above the replies\' box, joins them', () => {
		const dump = page([
			'::: {.o1}',
			...header('ron1cne', 373414, 1, 26),
			'::: {.q1}',
			QUESTION,
			':::',
			':::',
			'',
			'::: {.w2}',
			...header('paul2009', 632, 2, 27),
			'::: {.q2}',
			REPLIES[0],
			':::',
			'',
			...header('gardener', 77, 3, 28),
			'::: {.q3}',
			REPLIES[1],
			':::',
			':::',
			'',
		]);
		const { text, kind } = extract(dump);
		assert.strictEqual(kind, 'forum');
		const q = text.indexOf(QUESTION);
		assert.ok(q >= 0 && q < text.indexOf(REPLIES[0]) && text.indexOf(REPLIES[0]) < text.indexOf(REPLIES[1]), 'lost the opening post or the order');
	});

	test('boxes after headings that link to stories, not members, are no posts', () => {
		const dump = page([
			'::: {.w1}',
			'::: {.h1}',
			'### [Planning a raised bed](/stories/raised-bed/)',
			'',
			'August 26, 2024',
			':::',
			'',
			'::: {.q1}',
			QUESTION,
			':::',
			'',
			'::: {.h2}',
			'### [Roadmaps and why we skip them](/stories/roadmaps/)',
			'',
			'August 27, 2024',
			':::',
			'',
			'::: {.q2}',
			ANSWER,
			':::',
			':::',
			'',
		]);
		assert.notStrictEqual(extract(dump).kind, 'forum');
	});

	test('a name heading in bold text, its member group linked after it, is the poster\'s name, not a story\'s title', () => {
		// The member card's photo links to the profile; the heading names the poster without a link (a board whose profile
		// links are not links), then links the member's group.
		const card = (name: string, id: number, n: number, day: number): string[] => [
			`::: {.p${n}a}`,
			`[![${name}](/img/${id}.png)](/profile/${id}-${name}/)`,
			':::',
			'',
			`::: {.p${n}b}`,
			`### **${name}** [Gold Member](/staff/)`,
			'',
			`[August ${day}, 2024]{.p${n}c}[1 yr]{.p${n}d}`,
			':::',
			'',
		];
		const dump = page(['::: {.w1}', ...card('ron1cne', 373414, 1, 26), '::: {.q1}', QUESTION, ':::', '', ...card('paul2009', 632, 2, 27), '::: {.q2}', ANSWER, ':::', ':::', '']);
		const { text, kind } = extract(dump);
		assert.strictEqual(kind, 'forum');
		const q = text.indexOf(QUESTION);
		assert.ok(q >= 0 && text.indexOf(ANSWER) > q, 'lost a post or its order');
		assert.ok(!text.includes('Other topics') && !text.includes('All rights reserved'), 'kept the sidebar or the footer');
	});

	test('a name line is the name as text and a short linked label; a teaser\'s title is a link from the start or a long one', () => {
		const heading = (md: string): boolean => isNameThenGroupHeading(parseDump(`${md}\n`).blocks[0]);
		assert.ok(heading('### **ann.k** [Gold Member](/staff/)'));
		assert.ok(heading('### ann.k [Moderator](/staff/)'));
		assert.ok(!heading('### [ann.k](/members/ann/)'), 'the name linked');
		assert.ok(!heading('### New: [Planning a raised bed for the spring](/stories/1/)'), 'a badge, then a title');
		assert.ok(!heading('### **A long bold title about raised garden beds** [more](/s/)'), 'a title\'s length');
	});

	test('a blog\'s teaser cards, each titled by a heading of its own over its author and date, are no posts', () => {
		const titles = ['Planning a raised bed for the spring', 'Why our roadmap stays private this year', 'Frost dates for the northern regions explained'];
		const blurbs = [QUESTION, ANSWER, REPLIES[0]];
		const cards = titles.flatMap((t, i) => [`::: {.h${i}}`, `## ${t}`, '', `[By writer${i}](/profile/${i}-writer${i}/)`, '', `August ${20 + i}, 2024`, ':::', '', `::: {.q${i}}`, blurbs[i], ':::', '']);
		assert.notStrictEqual(extract(page(['::: {.w1}', ...cards, ':::', ''])).kind, 'forum');
	});
});
