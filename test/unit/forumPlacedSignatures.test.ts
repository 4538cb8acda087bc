// Signatures by place: the box at one place after each post's message, whatever its classes; fixtures written for this project.
import * as assert from 'node:assert';
import { extractDumpText as extract } from '../util/kindFixtures';

const MESSAGES = [
	'Which hosting plan suits a small shop with a few hundred visitors a day? I would like backups and a panel that is easy to learn, nothing fancy.',
	'For that traffic a shared plan is plenty. Check that backups are kept off the server and that you can restore one yourself from the panel.',
	'Support matters more than the specs at that size: ask how fast they answer a ticket at night, and whether the phone line is staffed every day.',
	'Look at where the servers are too. A shop whose customers are nearby loads faster from a data centre in the same country, and privacy is simpler.',
];
const SIGNATURES = ['Fast hosting since 2008, ask about our plans', 'IT consultant, server care and repairs', 'Nothing is free in life', 'Managed hosting with daily backups'];

/** A thread of posts named `post`, each holding a header, its message box and a signature box in a quote, every inner class its own. */
function thread(signature: (i: number) => string[]): string {
	const lines = ['# Choosing a hosting plan', ''];
	MESSAGES.forEach((m, i) => {
		lines.push(`::: {#post${i + 1} .post}`, `::: {.h${i}}`, `[member${i}](/members/m${i}/) · March ${i + 3}, 2024`, ':::', '', `::: {.o${i}}`, `::: {.m${i}}`, m, ':::', '', ...signature(i), ':::', ':::', '');
	});
	lines.push('::: {.f1}', 'About the board · Rules · Privacy', ':::', '');
	return lines.join('\n');
}

suite('Forum signatures by place', () => {
	test('the box in a quote after each message, classes all different, is the poster\'s signature', () => {
		const { text, kind } = extract(thread((i) => [`> ::: {.s${i}}`, `> ${SIGNATURES[i]}`, '> :::', '']));
		assert.strictEqual(kind, 'forum');
		for (const m of MESSAGES) assert.ok(text.includes(m), 'lost a message');
		for (const s of SIGNATURES) assert.ok(!text.includes(s), `kept a signature: ${s}`);
	});

	test('short replies after their stamped header lines are no signatures', () => {
		const replies = ['You are a genius', 'Thanks, that helps', 'Same here, thank you'];
		const lines = ['# Choosing a hosting plan', ''];
		MESSAGES.forEach((m, i) => {
			const body = i === 0 ? m : replies[i - 1];
			lines.push(`::: {#post${i + 1} .post}`, `::: {.h${i}}`, `[member${i}](/members/m${i}/), March ${i + 3}, 2024, 8:1${i}am`, ':::', '', `::: {.m${i}}`, body, ':::', ':::', '');
		});
		lines.push('::: {.f1}', 'About the board · Rules · Privacy', ':::', '');
		const { text, kind } = extract(lines.join('\n'));
		assert.strictEqual(kind, 'forum');
		for (const r of replies) assert.ok(text.includes(r), `cut a short reply: ${r}`);
	});
});
