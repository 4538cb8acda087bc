// Forum threads whose classes are unknown: each post's own address written as a line, and a date written twice (in full and as an age), on fixtures written for this project.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { RemovedRegion } from '../../src/core/extract/article';
import { dropDateTwins } from '../../src/core/extract/heuristics/dateTwins';
import { dropPermalinkLines, permalinkKey } from '../../src/core/extract/heuristics/permalinkLines';
import { extractDumpText } from '../util/kindFixtures';
import { leafTexts } from '../util/leafTexts';

const MESSAGES = [
	'Our club boat needs a new outboard before the season starts; is a four-stroke of ten horsepower enough for a heavy dinghy?',
	'Ten is plenty for a heavy dinghy on flat water, but if you tow the rescue boat as well I would look at fifteen instead.',
	'We tow the rescue boat twice a month, so fifteen it is. Does anyone know a dealer near the estuary who services them?',
	'The yard by the lifeboat station services most makes and will collect the engine if you book it before the spring rush.',
	'Booked them for March, thanks to everyone who answered, and I will report back on how it handles the rescue boat.',
	'Good luck with it, and keep the old engine as a spare if it still runs, a second outboard has saved our races before.',
];
const POSTERS = ['marta', 'oskar', 'marta', 'priya', 'marta', 'quinn'];

/** A thread of an engine no profile names: each post a box with its poster, a share box printing the post's address, its date and message. */
function thread(opts: { link?: (i: number) => string; date?: (i: number) => string } = {}): string {
	const link = opts.link ?? ((i: number) => `https://boats.example.org/topic/412-new-outboard/${i === 0 ? '' : `#findComment-${9000 + i}`}`);
	const date = opts.date ?? ((i: number) => `[March ${i + 2}, 2024]{.x1}[1 yr]{.x2}`);
	const out = ['# New outboard for the club boat', ''];
	MESSAGES.forEach((m, i) => {
		out.push('::: {.message-box}', `[${POSTERS[i]}](/profile/${i + 10}-${POSTERS[i]}/)`, '', '::: k8', link(i), ':::', '', date(i), '', m, '', ':::', '');
	});
	return out.join('\n');
}

suite('Forum permalinks and date twins', () => {
	test('a post\'s own address in every post goes; a poster\'s pasted address stays', () => {
		const doc = parseDump(thread({ link: (i) => (i === 3 ? 'https://www.example.com/outboards/fifteen-horsepower-review' : `https://boats.example.org/topic/412-new-outboard/#findComment-${9000 + i}`) }));
		const posts = doc.blocks.filter((b) => b.kind === 'div');
		assert.strictEqual(posts.length, 6);
		const removed: RemovedRegion[] = [];
		const kept = leafTexts(dropPermalinkLines(doc.text, posts, posts, removed));
		assert.ok(!kept.some((t) => t.includes('findComment')), 'kept a permalink');
		assert.ok(kept.includes('https://www.example.com/outboards/fifteen-horsepower-review'), 'lost a pasted address');
		for (const m of MESSAGES) assert.ok(kept.includes(m), `lost a message: ${m.slice(0, 30)}`);
		assert.strictEqual(removed.length, 5);
	});

	test('addresses that differ in their words, or a line with more than an address, are no permalinks', () => {
		const doc = parseDump(thread({ link: (i) => `https://www.example.com/outboards/${['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot'][i]}-review` }));
		const posts = doc.blocks.filter((b) => b.kind === 'div');
		assert.strictEqual(dropPermalinkLines(doc.text, posts, posts, []), posts);
		const line = parseDump('See https://boats.example.org/topic/412/#p1 for it').blocks[0];
		assert.strictEqual(permalinkKey('', line), undefined);
	});

	test('a thread is read without its permalink lines and with each date once, not run into its age', () => {
		const { text, kind } = extractDumpText(thread());
		assert.strictEqual(kind, 'forum');
		assert.ok(!text.includes('boats.example.org'), 'kept a permalink line');
		assert.ok(!/\b1 yr\b/.test(text) && !/20241/.test(text), 'kept the age beside the date');
		for (let i = 0; i < MESSAGES.length; i++) assert.ok(text.includes(`March ${i + 2}, 2024`), `lost the date of post ${i}`);
		for (const m of MESSAGES) assert.ok(text.includes(m), `lost a message: ${m.slice(0, 30)}`);
	});

	test('an age set apart from the date, or alone, stays for the other rules; a date and a date stay', () => {
		const removed: RemovedRegion[] = [];
		const doc = parseDump('[March 2, 2024]{.x1} [1 yr]{.x2}\n\n[March 2, 2024]{.x1}[March 3, 2024]{.x2}\n\n[1 yr]{.x2}\n\n**Edited [March 9, 2024]{.x1}[2 mo]{.x2} by marta**');
		const kept = leafTexts(dropDateTwins(doc.blocks, removed));
		assert.deepStrictEqual(kept.slice(0, 3), ['March 2, 2024 1 yr', 'March 2, 2024 March 3, 2024', '1 yr']);
		assert.strictEqual(kept[3], 'Edited March 9, 2024 by marta', 'a twin inside emphasis');
		assert.strictEqual(removed.length, 1);
	});
});
