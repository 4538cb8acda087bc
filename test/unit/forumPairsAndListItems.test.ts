// Threads whose class words name no post or are opaque: two-post threads, posts after which the pipeline chose a dialog, list-item posts; fixtures written for this project.
import * as assert from 'node:assert';
import { extractDumpText as extract } from '../util/kindFixtures';

const QUESTION = 'Does anyone know what the two little brackets inside the bottom of the case are for? The manual says nothing about them.';
const REPLY = [
	'Those brackets hold a small radiator or a pair of slim fans when the bottom intake is used for a second cooling loop, which is why the manual leaves them out: the cooling kit ships its own sheet.',
	'If you do not run a second loop you can take them out with two screws each, and the airflow from the bottom fans improves a little because nothing sits in front of the intake any more.',
	'Keep the screws, though. The same brackets take a drive cage on the newer revision of the case, and the screws are an odd thread that the hardware shop near me did not stock at all.',
	'I took mine out last winter and measured the temperatures before and after with the same load: the graphics card ran two degrees cooler, the processor did not change at all.',
];

/** The menus, boards and footer around a thread, enough to keep its posts under half of the page. */
const PORTAL = [
	'::: ca',
	'-   [Home](/)',
	'-   [Forums](/forums/)',
	'-   [Members](/members/)',
	'-   [Shop](/shop/)',
	':::',
	'',
];
const FOOTER = ['::: cf', 'About us · Contact · Privacy · Terms of use · Careers · Advertise with us', ':::', ''];

/** A thread of two posts, each a box of one opaque class token whose message is named, the reply long. */
function twoPostThread(): string {
	const lines = [...PORTAL, '# Two brackets inside the case bottom', ''];
	const post = (name: string, date: string, body: string[]): string[] => [
		'::: {.cq .post-message}',
		`[${name}](/profile/12-${name}/) · ${date}`,
		'',
		...body.flatMap((p) => [p, '']),
		':::',
		'',
	];
	lines.push(...post('caseowner', 'March 19, 2024', [QUESTION]), ...post('coolingfan', 'March 20, 2024', REPLY), ...FOOTER);
	return lines.join('\n');
}

/**
 * An article laid out as two boxes of one class: a header box (its title, author and date, and a standfirst) and a
 * body box, their ids naming a post's parts; both stamped and signed, the body nearly all of the text.
 */
function articleInTwoBoxes(): string {
	const lines = [...PORTAL];
	lines.push('::: {#post-header .cw}', '# Two brackets inside the case bottom', '', 'What the brackets in the bottom of a mid-tower case are for, and whether you need them at all.', '');
	lines.push('[Dana Writer](/author/dana/) · March 19, 2024', ':::', '');
	lines.push('::: {#post-body .cw}', '[Dana Writer](/author/dana/) · March 19, 2024', '', ...REPLY.flatMap((p) => [p, '']), ...REPLY.flatMap((p) => [p, '']), ':::', '', ...FOOTER);
	return lines.join('\n');
}

/** A long settings dialog at the page's end, in its own words only: no class word names it. */
const DIALOG = [
	'::: cx',
	'## Manage your preferences',
	'',
	'When you visit a website it may keep or read small files on your browser, mostly to make the site work as you expect it to and to remember what you chose last time you came here.',
	'',
	'These files do not usually identify you directly, but they can give you a more personal experience. You can choose not to allow some of them, which may affect how parts of the site work for you.',
	'',
	'Files that the site needs to work cannot be switched off. They are set in response to what you do, such as setting your preferences, signing in or filling in forms on any of the pages.',
	'',
	'Files that measure how the site is used help us count visits and sources of traffic, so that we can measure and improve the performance of the pages that visitors read most often.',
	'',
	'Files that advertisers set may be used to build a profile of your interests and show you relevant adverts on other sites. They work by identifying your browser and your device uniquely.',
	':::',
	'',
];

/** A short thread of stamped, signed posts in opaque boxes named as messages, the dialog after them. */
function threadBeforeDialog(): string {
	const lines = [...PORTAL, '# Two brackets inside the case bottom', ''];
	const post = (name: string, date: string, body: string): string[] => ['::: {.cq .post-message}', `[${name}](/profile/12-${name}/)`, '', `Posted ${date}`, '', body, ':::', ''];
	lines.push(...post('caseowner', 'March 19, 2024', QUESTION), ...post('coolingfan', 'March 20, 2024', REPLY[0]), ...FOOTER, ...DIALOG);
	return lines.join('\n');
}

const ITEM_MESSAGES = [
	'Is there a way to show the routes I saved on the laptop in the phone app as well? I fly the same routes most weeks and would like them on the tablet.',
	'Save them as favourites on the laptop: favourites follow your account, so the phone and the tablet show them as soon as you sign in with the same account there.',
	'That worked, thank you. The routes were in the favourites list on the tablet the moment I signed in, and they stay in sync when I change one of them.',
];

/**
 * A thread written as a list whose items each hold a header box (the poster's link, an age whose tooltip is the date),
 * the message box and a footer box of buttons and counters, every class word opaque.
 */
function listItemThread(): string {
	const lines = [...PORTAL, '# Saved routes on the phone', ''];
	ITEM_MESSAGES.forEach((m, i) => {
		lines.push(`-   []{#i${i}}`, '');
		lines.push('    ::: ch', `    [pilot${i}](/user/pilot${i}) [[]{.ct title="2026-01-1${i}T08:00:18.032Z"}](/post/22336${i})`, '    :::', '');
		lines.push('    ::: cm', `    ${m}`, '    :::', '');
		lines.push('    ::: cb', `    [${i + 1} Reply]{.cr} [Reply](#){.cl} [Quote](#){.cl} [${i}]{.cv}`, '    :::', '');
	});
	lines.push(...FOOTER);
	return lines.join('\n');
}

suite('Forum threads of two posts, before a dialog, or as list items', () => {
	test('two stamped, signed posts under the topic\'s heading are a thread even when the reply holds most of their text', () => {
		const { text, kind } = extract(twoPostThread());
		assert.strictEqual(kind, 'forum');
		assert.ok(text.includes(QUESTION), 'lost the opening post');
		assert.ok(text.indexOf(QUESTION) < text.indexOf(REPLY[0]), 'reply before the question');
	});

	test('an article laid out as a header box holding its title and a body box stays an article', () => {
		const { kind } = extract(articleInTwoBoxes());
		assert.notStrictEqual(kind, 'forum');
	});

	test('posts whose pipeline choice is a long dialog after them are a thread, the dialog left out', () => {
		const { text, kind } = extract(threadBeforeDialog());
		assert.strictEqual(kind, 'forum');
		assert.ok(text.includes(QUESTION) && text.includes(REPLY[0]), 'lost a post');
		assert.ok(!text.includes('Manage your preferences') && !text.includes('small files on your browser'), 'kept the dialog');
	});

	test('list items holding a header box, a message box and a footer box are posts with opaque class words, footers left out', () => {
		const { text, kind } = extract(listItemThread());
		assert.strictEqual(kind, 'forum');
		let at = -1;
		ITEM_MESSAGES.forEach((m, i) => {
			const name = text.indexOf(`pilot${i}`);
			const body = text.indexOf(m);
			assert.ok(name > at && body > name, `post ${i} out of order or without its poster`);
			at = body;
		});
		assert.ok(!text.includes('Quote'), 'kept a footer');
	});
});
