// Threads with opaque class words: a letter avatar's initial and the member's online status ("J Offline") are left out; fixtures written for this project.
import * as assert from 'node:assert';
import { ENGINE_CHROME_LINE_RE } from '../../src/core/extract/heuristics/engineChromeLines';
import { extractDumpText as extract } from '../util/kindFixtures';

const MESSAGES = [
	'My sourdough starter has gone sluggish since the kitchen got colder, and the loaves come out dense even after a long proof overnight.',
	'Move the jar next to the oven light or into a cooler box with a bottle of warm water. A starter wants warmth more than extra flour.',
	'Feed it twice a day for a week with a spoon of rye in the mix. Rye wakes up a tired culture faster than white flour does, in my experience.',
	'I tried the oven light trick last night and it doubled by morning for the first time in a month, so thank you both for the advice.',
];
const NAMES = ['crumbfan', 'rye_keeper', 'ovenbird', 'crumbfan'];

/**
 * A board that draws a member with no picture as the name's first letter, with the status dot's hidden label after it,
 * both in the link to the member's page; then the name, the post's time and the message. Every class word is opaque.
 */
function letterAvatars(): string {
	const lines = ['::: ca', '-   [Home](/)', '-   [Forums](/forums/)', ':::', '', '# Sluggish starter in winter', ''];
	MESSAGES.forEach((m, i) => {
		const name = NAMES[i];
		const status = i % 2 ? 'Online' : 'Offline';
		lines.push('::: {.cp itemscope="" itemtype="http://schema.org/Comment"}', '::: cq', `[[${name[0].toUpperCase()}]{.cv} [[${status}]{.ch}]{.cs}](/user/${name}){.cw}`, ':::', '');
		lines.push(`[${name}](/user/${name}){.cn}`, '', `[Jan ${10 + i}, 2024, 9:1${i} AM](/post/${700 + i} "2024-01-${10 + i}T09:1${i}:00.000Z"){.ct}`, '');
		lines.push('::: cm', m, ':::', ':::', '');
	});
	lines.push('::: cf', 'Contact us · Terms and rules · Privacy policy · Help', ':::', '');
	return lines.join('\n');
}

suite('Forum threads: letter avatars with the member status', () => {
	test('the status after a letter avatar is an engine line; a sentence about being offline is not', () => {
		for (const line of ['J Offline', 'P Online', 'Offline']) assert.ok(ENGINE_CHROME_LINE_RE.test(line), line);
		for (const line of ['I went offline', 'Jo Offline', 'We are online now, come in']) assert.ok(!ENGINE_CHROME_LINE_RE.test(line), line);
	});

	test('a thread loses each poster initial and status, keeps the names and messages', () => {
		const { text, kind } = extract(letterAvatars());
		assert.strictEqual(kind, 'forum');
		for (const m of MESSAGES) assert.ok(text.includes(m), 'lost a message');
		assert.ok(text.includes('rye_keeper'), 'lost a poster name');
		assert.ok(!/\b[A-Z] (?:Offline|Online)\b/.test(text), 'kept a status line');
	});
});
