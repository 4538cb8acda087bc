// Threads whose posts no rule found, read by their stamped boxes in the article pipeline's container; fixtures written for this project.
import * as assert from 'node:assert';
import { extractDumpText as extract } from '../util/kindFixtures';

const QUESTION = 'Does anyone know what the two round ports on the back panel of the new planter box are for? The leaflet in the box says nothing about them, yet both look like they were put there on purpose, one near the base and one inside, where the drip tray sits.';
const QUESTION2 = 'I would rather not drill anything or cover them with tape before I know what they do, since the box was not cheap and the warranty card mentions the back panel by name.';
const ANSWER = 'I have heard from one of the staff that the upper one takes the moisture sensor cable, so the sensor can sit in the soil without a gap in the lid, and the cable runs out to the controller on the wall.';
const ANSWER2 = 'The lower one is an overflow, as far as I can tell: in heavy rain the water leaves through it instead of pooling at the bottom of the box, so leave it open and set the box on feet.';
const STORY = [
	'Raised beds warm up earlier in spring than the ground around them, which gives seedlings a head start of a week or two, and they drain well after heavy rain, so roots do not sit in water for days.',
	'A bed one metre wide can be reached from both sides without stepping on the soil, which keeps it loose; the length matters less, though a long bed is worth a path across its middle.',
	'Fill the bottom with coarse material, then a mix of topsoil and compost. Top it up every spring, since the soil settles over the season and the compost is taken up by the plants.',
];

/** The page around the thread: a menu, an h1, the thread's container, a footer; every class its own (no shared class word). */
function page(main: string[]): string {
	return [
		'::: {.m1}',
		'-   [Home](/)',
		'-   [Boards](/boards/)',
		'-   [Help](/help/)',
		'-   [Sign in](/login/)',
		':::',
		'',
		'::: {.m2}',
		'Welcome to the planter community board. Read the rules before your first post: be kind, stay on topic, and search before asking, as most questions have been answered before.',
		':::',
		'',
		'# Two ports on the back of the planter box',
		'',
		...main,
		'::: {.s1}',
		'## Similar topics',
		'',
		'-   [Drip tray cracked after one winter](/t/11/)',
		'-   [Which sensor fits the planter box lid](/t/12/)',
		'-   [Feet for the planter box on a balcony](/t/13/)',
		'-   [Controller loses its schedule after a power cut](/t/14/)',
		':::',
		'',
		'::: {.f1}',
		'Planter community board. All rights reserved. Terms of use and privacy notice apply to every post on this board, and members agree to them when they sign up.',
		':::',
		'',
	].join('\n');
}

/** A poster's header by place (avatar and name linked to the profile), then a member card listing the member's kit, with long values. */
function header(name: string, id: number, n: number, kit: boolean): string[] {
	const card = kit
		? [
				'-   Main bed',
				'',
				'    -   Frame: cedar boards, two metres by one, stained on the outside only with a linseed oil finish',
				'    -   Soil: topsoil and compost, half and half, topped up every spring with leaf mould from the garden',
				'    -   Watering: drip line on a timer, two runs a day in summer, one a day in spring and in the autumn',
				'',
			]
		: [`-   ${n} posts`, ''];
	return [
		`::: {.a${n}}`,
		`[![${name}](/img/${id}.png)](/profile/${id}-${name}/)`,
		':::',
		'',
		`### [${name}](/profile/${id}-${name}/)`,
		'',
		...card,
	];
}

/** A message box: its date line, then the message; the box names its poster in a data attribute, as engines do for quoting. */
function body(name: string, n: number, day: number, text: string, more: string): string[] {
	return [`::: {#c${n} .b${n} data-user="${name}"}`, `::: {.d${n}}`, `Posted March ${day}, 2024`, ':::', '', text, '', more, ':::', ''];
}

suite('Forum fallback: posts no rule found', () => {
	test('two stamped messages with their posters\' marks, filling the container, are a thread: the member cards go', () => {
		const { text, kind } = extract(page(['::: {.w1}', ...header('ferncat', 26, 1, false), ...body('ferncat', 1, 19, QUESTION, QUESTION2), ...header('leafmould', 17, 2, true), ...body('leafmould', 2, 20, ANSWER, ANSWER2), ':::', '']));
		assert.strictEqual(kind, 'forum');
		const q = text.indexOf(QUESTION);
		const a = text.indexOf(ANSWER);
		assert.ok(q >= 0 && a > q, 'lost a post or its order');
		assert.ok(text.includes('Posted March 20, 2024'), 'lost a post\'s date');
		assert.ok(!text.includes('cedar boards') && !text.includes('drip line'), 'kept the member card\'s kit list');
		assert.ok(!text.includes('All rights reserved') && !text.includes('Sign in'), 'kept the footer or the menu');
	});

	test('an article with two comments under it in one container stays an article, its body kept', () => {
		const story = STORY.flatMap((p) => [p, '']);
		const { text, kind } = extract(page(['::: {.w1}', ...story, ...header('ferncat', 26, 1, false), ...body('ferncat', 1, 19, QUESTION, QUESTION2), ...header('leafmould', 17, 2, false), ...body('leafmould', 2, 20, ANSWER, ANSWER2), ':::', '']));
		assert.notStrictEqual(kind, 'forum');
		for (const p of STORY) assert.ok(text.includes(p), 'lost the story');
	});

	test('stamped boxes with no poster\'s mark are no thread', () => {
		const plain = (n: number, day: number, t: string): string[] => [`::: {.b${n}}`, `Posted March ${day}, 2024`, '', t, ':::', ''];
		const { kind } = extract(page(['::: {.w1}', ...plain(1, 19, QUESTION), ...plain(2, 20, ANSWER), ':::', '']));
		assert.notStrictEqual(kind, 'forum');
	});
	test('a thread box beside a board footer with prose of its own: the walk goes into the one box with posts', () => {
		// A board that links no member page: each post's heading is its number and stamp, its card a definition list; no
		// class or id word repeats, so no group of boxes is found and the fallback reads the boxes by place.
		const post = (n: number, name: string, joined: string, count: number, text: string, more: string): string[] => [
			`::: {#${n === 1 ? 'kestrel' : 'lapwing'} .q${n}}`,
			`## [#${n}]{.n${n}} [2025-11-0${n} 15:14:37](topic?pid=${n})`,
			'',
			`::: {.i${n}}`,
			`::: {.j${n}}`,
			`::: {.r${n}}`,
			'',
			`**${name}**`,
			':   **Member**',
			`:   Registered: ${joined}`,
			`:   Posts: ${count}`,
			':::',
			'',
			`::: {.t${n}}`,
			`### Re: Two ports on the back of the planter box`,
			'',
			`::: {.o${n}}`,
			text,
			'',
			more,
			':::',
			':::',
			':::',
			':::',
			'',
			`::: {.u${n}}`,
			`::: {.v${n}}`,
			'Offline',
			':::',
			':::',
			':::',
			'',
		];
		const footer = [
			'::: {.z1}',
			'## Board footer',
			'',
			'::: {.z2}',
			'Jump to any board from here: the seed exchange, the raised beds and planters, the greenhouse corner, watering and drip lines, pests and diseases, tools and sheds, the kitchen garden, the orchard and soft fruit, compost and soil, the wildlife garden, the balcony growers, the off-topic lounge, and the announcements of the board staff.',
			':::',
			'',
			'Powered by a small open source board engine, run by volunteers of the planter community for its members.',
			':::',
			'',
		];
		const main = [
			'::: {.w0}',
			'::: {.w1}',
			'-   [Index](/)',
			'-   [Planters](/board/2/)',
			':::',
			'',
			'::: {.w2}',
			...post(1, 'ferncat', '2025-11-01', 1, QUESTION, QUESTION2),
			...post(2, 'leafmould', '2016-07-02', 710, ANSWER, ANSWER2),
			':::',
			'',
			...footer,
			':::',
			'',
		];
		const { text, kind } = extract(page(main));
		assert.strictEqual(kind, 'forum');
		assert.ok(text.includes(QUESTION) && text.includes(ANSWER2), 'lost a post');
		assert.ok(!text.includes('Jump to any board') && !text.includes('Powered by'), 'kept the board footer');
	});
});
