// Threads with opaque class words: a member's title right under the poster's name is left out, a message's short first line is not; fixtures written for this project.
import * as assert from 'node:assert';
import { extractDumpText as extract } from '../util/kindFixtures';

const MESSAGES = [
	'My sourdough starter has gone sluggish since the kitchen got colder, and the loaves come out dense even after a long proof overnight.',
	'Move the jar next to the oven light or into a cooler box with a bottle of warm water. A starter wants warmth more than extra flour.',
	'Feed it twice a day for a week with a spoon of rye in the mix. Rye wakes up a tired culture faster than white flour does, in my experience.',
	'I tried the oven light trick last night and it doubled by morning for the first time in a month, so thank you both for the advice.',
];

const MENU = ['::: ca', '-   [Home](/)', '-   [Forums](/forums/)', '-   [Recipes](/recipes/)', ':::', ''];
const FOOTER = ['::: cf', 'Contact us · Terms and rules · Privacy policy · Help', ':::', ''];

/**
 * A board that writes the poster's name as a heading linking to the member's page, the member's title as a smaller
 * heading under it, then the post's date and the message. Every class word is opaque.
 */
function titledHeadings(): string {
	const posters = [
		['crumbfan', 'Dough Whisperer'],
		['rye_keeper', 'Crust Captain'],
		['ovenbird', 'Well Seasoned Baker'],
		['crumbfan', 'Dough Whisperer'],
	];
	const lines = [...MENU, '# Sluggish starter in winter', ''];
	MESSAGES.forEach((m, i) => {
		const [name, title] = posters[i];
		lines.push('::: cp', '::: cu', `#### [${name}](/members/${name}.${i + 10}/)`, '', `##### ${title}`, ':::', '');
		lines.push('::: cm', `-   Jan ${10 + i}, 2024`, '', m, ':::', ':::', '');
	});
	lines.push(...FOOTER);
	return lines.join('\n');
}

/**
 * A board that writes the poster's link as a plain line, the message right under it with no title, and the post's
 * date under the message: one message opens with a short line of thanks, title-shaped, which is the message's own.
 */
function untitledLinks(): string {
	const lines = [...MENU, '# Sluggish starter in winter', ''];
	MESSAGES.forEach((m, i) => {
		lines.push('::: cp', `[baker${i}](/members/baker${i}.${i + 10}/)`, '');
		lines.push('::: cm', ...(i === 3 ? ['Thank you all', ''] : []), m, '', `Posted Jan ${10 + i}, 2024 at 9:1${i} am`, ':::', ':::', '');
	});
	lines.push(...FOOTER);
	return lines.join('\n');
}

suite('Forum threads: member titles under the poster name', () => {
	test('a short title line right under each poster name is left out, names and messages kept', () => {
		const { text, kind } = extract(titledHeadings());
		assert.strictEqual(kind, 'forum');
		for (const m of MESSAGES) assert.ok(text.includes(m), 'lost a message');
		assert.ok(text.includes('rye_keeper'), 'lost a poster name');
		for (const t of ['Dough Whisperer', 'Crust Captain', 'Well Seasoned Baker']) assert.ok(!text.includes(t), `kept the title ${t}`);
	});

	test('one title-shaped first line in a whole thread is the message, not a title', () => {
		const { text, kind } = extract(untitledLinks());
		assert.strictEqual(kind, 'forum');
		for (const m of MESSAGES) assert.ok(text.includes(m), 'lost a message');
		assert.ok(text.includes('Thank you all'), 'dropped a message line');
	});
});
