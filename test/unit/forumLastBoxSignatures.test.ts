// Signatures by their place in one post: the box after a post's message that closes the post; fixtures written for this project.
import * as assert from 'node:assert';
import { extractDumpText as extract } from '../util/kindFixtures';

const MESSAGES = [
	'Which watering timer suits a balcony of twelve pots? I would like one that runs on batteries and survives a winter outside, nothing fancy.',
	'For twelve pots a single drip line with short branches is plenty. Check that the timer closes fully when the batteries run low, or the pots flood.',
	'Mine has run for three summers on the same two batteries. The only trouble was frost in the valve, so bring it in before the first cold night.',
	'Look at how the schedule is set too. A dial with a few fixed choices is easier on a cold morning than a screen with buttons under a wet lid.',
];
const PITCH = 'Balcony gardener since the spring of 2011, growing tomatoes and herbs on the fourth floor. I write up every build at [the garden notes](https://garden-notes.example.com/builds), have a look.';

/** A thread of posts named `post`, each a header line, then a box holding the message box and, after it, what `after` gives; inner classes all different. */
function thread(after: (i: number) => string[], message: (i: number) => string[] = (i) => [`::: {.m${i}}`, MESSAGES[i], ':::', '']): string {
	const lines = ['# Watering timers for a balcony', ''];
	MESSAGES.forEach((_, i) => {
		lines.push(`::: {#post${i + 1} .post}`, `::: {.h${i}}`, `[member${i}](/members/m${i}/) · March ${i + 3}, 2024`, ':::', '', `::: {.o${i}}`, ...message(i), ...after(i), ':::', '', `::: {.c${i}}`, '[Reply](/reply/) [Quote](/quote/)', ':::', ':::', '');
	});
	lines.push('::: {.f1}', 'About the board · Rules · Privacy', ':::', '');
	return lines.join('\n');
}

suite('Forum signatures by their place in one post', () => {
	test('the box closing one post after its message, in one post only, is its poster\'s signature', () => {
		const { text, kind } = extract(thread((i) => (i === 1 ? [`::: {.s${i}}`, PITCH, ':::', ''] : [])));
		assert.strictEqual(kind, 'forum');
		for (const m of MESSAGES) assert.ok(text.includes(m), 'lost a message');
		assert.ok(!text.includes('Balcony gardener since'), 'kept the signature');
	});

	test('a stamped line, a list of attachment links and a member shown after the message stay', () => {
		const after = (i: number): string[] => {
			if (i === 1) return [`::: {.e${i}}`, 'Last edited by member1 on March 9, 2024 at 10:12 am, to fix the link to the valve.', ':::', ''];
			if (i === 2) return [`::: {.a${i}}`, '[timer-photo.jpg](/attachments/1/) [valve-photo.jpg](/attachments/2/) [schedule-dial.jpg](/attachments/3/)', ':::', ''];
			if (i === 3) return [`::: {.q${i}}`, '[member0](/members/m0/) and [member2](/members/m2/) found this answer useful, and said so.', ':::', ''];
			return [];
		};
		const { text } = extract(thread(after));
		assert.ok(text.includes('to fix the link to the valve'), 'cut the stamped line');
		assert.ok(text.includes('found this answer useful'), 'cut the box that shows members');
	});

	test('a last box under a heading of its own is a section of the text, not a signature', () => {
		const tip = 'Fit a filter before the timer: grit from the tap blocks the drippers within a season on most balconies.';
		const { text } = extract(thread((i) => (i === 0 ? [`::: {.t${i}}`, '#### One last tip', '', tip, ':::', ''] : [])));
		assert.ok(text.includes(tip), 'cut the section under its heading');
	});

	test('a message in two bare boxes keeps its second part', () => {
		const second = 'And whichever timer you take, fit a filter before it: grit from the tap blocks the drippers within a season on most balconies.';
		const message = (i: number): string[] => (i === 1 ? ['<div>', '', MESSAGES[i], '', '</div>', '', '<div>', '', second, '', '</div>', ''] : [`::: {.m${i}}`, MESSAGES[i], ':::', '']);
		const { text } = extract(thread(() => [], message));
		assert.ok(text.includes(second), 'cut the message\'s second part');
	});

	test('a reply after a bare quote of another post stays', () => {
		const reply = 'Same here: the valve froze in the first cold week, and a new one cost as much as the whole timer did.';
		const message = (i: number): string[] => (i === 2 ? [`::: {.k${i}}`, '> member1 said:', '>', `> ${MESSAGES[1]}`, ':::', ''] : [`::: {.m${i}}`, MESSAGES[i], ':::', '']);
		const after = (i: number): string[] => (i === 2 ? [`::: {.r${i}}`, reply, ':::', ''] : []);
		const { text } = extract(thread(after, message));
		assert.ok(text.includes(reply), 'cut the reply after the quote');
	});
});
