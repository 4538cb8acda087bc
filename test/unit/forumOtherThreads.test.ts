// Threads beside lists of other threads that preview each thread's first message: the list is no part of the thread; fixtures written for this project.
import * as assert from 'node:assert';
import { extractDumpText as extract } from '../util/kindFixtures';

const FIRST_LINES = [
	'My sourdough starter has gone sluggish since the kitchen got colder, and the loaves come out dense even after a long proof overnight, which never happened in summer.',
	'Move the jar next to the oven light or into a cooler box with a bottle of warm water. A starter wants warmth more than extra flour, and it will wake up within two feeds.',
	'Feed it twice a day for a week with a spoon of rye in the mix. Rye wakes up a tired culture faster than white flour does, in my experience, and the smell turns sweet again.',
	'I tried the oven light trick last night and it doubled by morning for the first time in a month, so thank you both for the advice, the next loaf is already proofing.',
];
/** Each message twice as long: a thread holds most of its page, the list beside it less. */
const MESSAGES = FIRST_LINES.map((m) => `${m} ${m.replace(/^\S+/, 'Also,')}`);
const NAMES = ['crumbfan', 'rye_keeper', 'ovenbird', 'crumbfan'];
const OTHERS = [
	['Starter smells like nail polish', 'My starter suddenly smells sharp like acetone after a week in the fridge, is it ruined or can I still use it'],
	['Best flour for a dark rye loaf', 'Which rye flour do you use for a dark loaf, the stone ground one from the mill or the light supermarket kind'],
	['Why does my crumb tunnel', 'Every loaf I bake has a big tunnel under the crust and dense crumb below it, though I shape tight and proof overnight'],
	['Cold retard overnight or not', 'Does a night in the fridge really improve the flavour or is it only convenient for the schedule of a home baker'],
	['Banneton keeps sticking to dough', 'The dough sticks to my cane basket every time even with rice flour dusted in, what do you line yours with'],
	['Steam in a home oven', 'I bake in a gas oven with a tray of lava rocks for steam but the crust stays pale, should I use a cast iron pot'],
];

/**
 * A thread whose posts are flat (the poster's linked name and the date, then the message box), then a list of similar
 * threads written the same way: each entry's title, its starter and date, a preview of its first message in a box of
 * the same class as the thread's messages, and its counters. Every class word is opaque.
 */
function flatThreadThenPreviews(counters = (i: number): string => `Replies ${i + 2} · Views ${i + 1}K`): string {
	const lines = ['::: ca', '-   [Home](/)', '-   [Forums](/forums/)', ':::', '', '# Sluggish starter in winter', '', '::: cz'];
	MESSAGES.forEach((m, i) => lines.push('::: cp', `[${NAMES[i]}](/members/${NAMES[i]}.${i + 10}/)`, '', `Jan ${10 + i}, 2024`, '', '::: cm', m, ':::', ':::', ''));
	lines.push(':::', '', '::: cs', '## Similar threads', '');
	OTHERS.forEach(([title, preview], i) => {
		lines.push('::: cp', `[${title}](/threads/t${i}.${900 + i}/)`, '', `[member${i}](/members/member${i}.${i + 20}/)`, '', `Mar ${i + 1}, 2023`, '');
		lines.push('::: cm', preview, ':::', counters(i), ':::', '');
	});
	lines.push(':::', '', '::: cf', 'Contact us · Terms and rules · Privacy policy · Help', ':::', '');
	return lines.join('\n');
}

/**
 * A thread of three posts named as messages, then a sidebar of six similar threads whose boxes are named as threads
 * (a class word of posts), each with its title, its starter line, a preview and its counters.
 */
function namedThreadThenSidebar(): string {
	const lines = ['::: header', '-   [Home](/)', '-   [Forums](/forums/)', ':::', '', '# Sluggish starter in winter', '', '::: thread-body'];
	MESSAGES.slice(0, 3).forEach((m, i) => lines.push('::: message', `[${NAMES[i]}](/members/${NAMES[i]}.${i + 10}/)`, '', `Jan ${10 + i}, 2024`, '', '::: message-text', m, ':::', ':::', ''));
	lines.push(':::', '', '::: sidebar', '## Similar threads', '');
	OTHERS.forEach(([title, preview], i) => lines.push('::: similar-thread', `[${title}](/threads/t${i}.${900 + i}/)`, '', `Started by member${i} · Mar ${i + 1}, 2023`, '', preview, '', `${i + 2} replies · ${i + 1}K views`, ':::', ''));
	lines.push(':::', '', '::: footer', 'Contact us · Terms and rules · Privacy policy · Help', ':::', '');
	return lines.join('\n');
}

/** The flat thread of `flatThreadThenPreviews` under a list of the board's latest threads written the same way, above the title. */
function previewsThenFlatThread(): string {
	const lines = ['::: ca', '-   [Home](/)', '-   [Forums](/forums/)', ':::', '', '::: cs', '## Around the board', ''];
	OTHERS.forEach(([title, preview], i) => {
		lines.push('::: cp', `[${title}](/threads/t${i}.${900 + i}/)`, '', `[member${i}](/members/member${i}.${i + 20}/)`, '', `Mar ${i + 1}, 2023`, '');
		lines.push('::: cm', preview, ':::', `${i + 2} replies`, ':::', '');
	});
	lines.push(':::', '', '# Sluggish starter in winter', '', '::: cz');
	MESSAGES.forEach((m, i) => lines.push('::: cp', `[${NAMES[i]}](/members/${NAMES[i]}.${i + 10}/)`, '', `Jan ${10 + i}, 2024`, '', '::: cm', m, ':::', ':::', ''));
	lines.push(':::', '', '::: cf', 'Contact us · Terms and rules · Privacy policy · Help', ':::', '');
	return lines.join('\n');
}

/** The flat thread alone, whose last two posts each open with a link to a guide of several words: no counters, no list. */
function flatThreadWithLinks(): string {
	const lines = ['::: ca', '-   [Home](/)', '-   [Forums](/forums/)', ':::', '', '# Sluggish starter in winter', '', '::: cz'];
	MESSAGES.forEach((m, i) => {
		const link = i >= 2 ? `[A guide to feeding a rye starter ${i}](/guides/rye-${i}/) ` : '';
		lines.push('::: cp', `[${NAMES[i]}](/members/${NAMES[i]}.${i + 10}/)`, '', `Jan ${10 + i}, 2024`, '', '::: cm', link + m, ':::', ':::', '');
	});
	lines.push(':::', '', '::: cf', 'Contact us · Terms and rules · Privacy policy · Help', ':::', '');
	return lines.join('\n');
}

/** Asserts that a dump reads as a thread holding every message and no preview of another thread; returns its text. */
function threadOnly(dump: string, messages: readonly string[] = MESSAGES): string {
	const { text, kind } = extract(dump);
	assert.strictEqual(kind, 'forum');
	for (const m of messages) assert.ok(text.includes(m), 'lost a message');
	for (const [, preview] of OTHERS) assert.ok(!text.includes(preview), `kept a preview: ${preview}`);
	return text;
}

suite('Forum threads: lists of other threads are no posts', () => {
	test('previews of similar threads written like the posts are left out; the posts are kept', () => {
		threadOnly(flatThreadThenPreviews());
	});

	test('the counters of a board in another language mark the entries too', () => {
		threadOnly(flatThreadThenPreviews((i) => `Antworten: ${i + 2} · Aufrufe: ${i + 100}`));
	});

	// Session 54 (forum59): the counters of boards in more languages, from kinds/postVocabulary.ts.
	const LOCAL_COUNTERS: readonly (readonly [string, (i: number) => string])[] = [
		['pt', (i) => `${i + 2} respostas · ${i + 100} visualizações`],
		['pl', (i) => `Odpowiedzi: ${i + 2} · Wyświetleń: ${i + 100}`],
		['sv', (i) => `${i + 2} svar · ${i + 100} visningar`],
		['da', (i) => `Besvarelser: ${i + 2} · Visninger: ${i + 100}`],
		['cs', (i) => `Odpovědi: ${i + 2} · Zobrazení: ${i + 100}`],
		['tr', (i) => `${i + 2} cevap · ${i + 100} görüntüleme`],
		['zh', (i) => `回复：${i + 2} | 查看：${i + 100}`],
		['ja', (i) => `返信数 ${i + 2} 閲覧数 ${i + 100}`],
	];
	for (const [lang, counters] of LOCAL_COUNTERS) {
		test(`the counters of a ${lang} board mark the entries too`, () => {
			threadOnly(flatThreadThenPreviews(counters));
		});
	}

	test('a sidebar of similar threads named like posts does not outnumber a short thread', () => {
		const text = threadOnly(namedThreadThenSidebar(), MESSAGES.slice(0, 3));
		assert.ok(text.includes('Jan 11, 2024'), 'lost a post date');
	});

	test('a list of previewed threads above the thread is neither posts nor a story above them', () => {
		threadOnly(previewsThenFlatThread());
	});

	test('posts that open with a link but count nothing stay posts', () => {
		const { text, kind } = extract(flatThreadWithLinks());
		assert.strictEqual(kind, 'forum');
		for (const m of MESSAGES) assert.ok(text.includes(m), 'lost a message');
		assert.ok(text.includes('Jan 13, 2024'), 'lost the last post date');
	});
});
