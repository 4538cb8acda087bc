// Like and reaction lines under posts, by their name-list shape; fixtures written for this project.
import * as assert from 'node:assert';
import { isReactionLine } from '../../src/core/extract/heuristics/reactionLines';
import { extractDumpText as extract } from '../util/kindFixtures';

const MESSAGES = [
	'Which hosting plan suits a small shop with a few hundred visitors a day? I would like backups and a panel that is easy to learn, nothing fancy.',
	'For that traffic a shared plan is plenty. Check that backups are kept off the server and that you can restore one yourself from the panel.',
	'Support matters more than the specs at that size: ask how fast they answer a ticket at night, and whether the phone line is staffed every day.',
	'Look at where the servers are too. A shop whose customers are nearby loads faster from a data centre in the same country, and privacy is simpler.',
];
const REACTIONS = ['[ann.k](/members/ann/), [bo_r](/members/bo/) and [2 others](#) like this.', 'Reactions: [kit9, Lou Marr and pia](/posts/2/reactions)', '3 people like this', '[ann.k](/members/ann/) and [Lou Marr](/members/lou/) thanked this post'];

/** A thread of posts named `post`, each with a header, its message and a reaction line after it. */
function thread(): string {
	const lines = ['# Choosing a hosting plan', ''];
	MESSAGES.forEach((m, i) => {
		lines.push(`::: {#post${i + 1} .post}`, `::: {.h${i}}`, `[member${i}](/members/m${i}/) · March ${i + 3}, 2024`, ':::', '', `::: {.m${i}}`, m, ':::', '', `::: {.r${i}}`, REACTIONS[i], ':::', ':::', '');
	});
	lines.push('::: {.f1}', 'About the board · Rules · Privacy', ':::', '');
	return lines.join('\n');
}

suite('Forum like and reaction lines', () => {
	test('a list of names or a count, then the verb and "this"; a reactions label and names', () => {
		for (const line of [
			'Sea.with.Ann, MiRA, BoatBo and 2 others like this.',
			'MiRA and KitUK like this.',
			'You, Ann and 3 others like this',
			'1 person likes this.',
			'12 people liked this post',
			'Reactions: lakeview',
			'Reactions: hilltop912, pnx and mara17',
			'Liked by: Ann Lee, Bo and 4 others',
		]) {
			assert.ok(isReactionLine(line), line);
		}
	});

	test('sentences with the same words are no reaction lines', () => {
		for (const line of [
			'I like this.',
			'My wife and I like this.',
			'We all like this.',
			'Bob likes this.',
			'It looks like this.',
			'Thanks: will do',
			'Most people like this, but I find it too loud for a small room and would pick the other model.',
			'Reactions: the first was anger, then everyone calmed down and we talked it through.',
		]) {
			assert.ok(!isReactionLine(line), line);
		}
	});

	test('the reaction line under each post goes, the messages stay', () => {
		const { text, kind } = extract(thread());
		assert.strictEqual(kind, 'forum');
		for (const m of MESSAGES) assert.ok(text.includes(m), 'lost a message');
		for (const r of ['like this', 'Reactions', '3 people', 'thanked']) assert.ok(!text.includes(r), `kept a reaction line: ${r}\n${text}`);
	});
});
