// A post's only date, written in a box of controls, stays with the post; the box goes when the post has its date elsewhere.
import * as assert from 'node:assert';
import { postDates } from '../../src/core/extract/heuristics/chromeDates';
import { extractDumpText as extract } from '../util/kindFixtures';

const MESSAGES = [
	'Our allotment shed roof leaks along the ridge every time it rains hard, and the felt looks fine from the ground. Where should I start looking?',
	'Check the ridge capping first: the nails work loose over a few winters and water runs in under the felt along the top, where you cannot see it from below.',
	'Thanks, that was it. Two nails had lifted and the felt under them had split; a strip of new felt and some clout nails fixed it before the weekend.',
];

const DATES = ['May 11, 2024', 'May 12, 2024', 'May 14, 2024'];

/**
 * A thread whose posts write the poster's name and the post's date in a box of moderation links (`controls`), as
 * XenForo 1 does; `headerDate` also writes the date in the post's header, outside the box.
 */
function thread(box: string, headerDate: boolean): string {
	const lines = ['# Shed roof leaking at the ridge', ''];
	MESSAGES.forEach((m, i) => {
		lines.push('::: {.topic-post .clearfix}', '::: wrap', `[gardener${i}](/u/gardener${i})`, '');
		if (headerDate) lines.push(`Posted ${DATES[i]}`, '');
		lines.push('::: content', m, ':::', '', `::: ${box}`, `[gardener${i}](/u/gardener${i}), [${DATES[i]}]{.DateTime} [IP](/posts/${i}/ip)`, ':::', '', ':::', ':::', '');
	});
	return lines.join('\n');
}

suite('Forum post dates in control boxes', () => {
	test('the only date of each post, in its box of controls, stays', () => {
		const { text, kind } = extract(thread('privateControls', false));
		assert.strictEqual(kind, 'forum');
		for (const m of MESSAGES) assert.ok(text.includes(m), `lost ${m.slice(0, 30)}`);
		for (const d of DATES) assert.ok(text.includes(d), `lost ${d}\n${text}`);
	});

	test('the box goes when the post shows its date elsewhere, or when it is a member card', () => {
		const dated = extract(thread('privateControls', true)).text;
		for (const d of DATES) assert.strictEqual(dated.split(d).length - 1, 1, `${d} not once\n${dated}`);
		assert.ok(!dated.includes('IP'), dated);
		const card = extract(thread('user-controls', false)).text;
		for (const m of MESSAGES) assert.ok(card.includes(m), `lost ${m.slice(0, 30)}`);
		for (const d of DATES) assert.ok(!card.includes(d), `kept ${d}`);
	});

	test('member and edit stamps are no post dates', () => {
		assert.strictEqual(postDates('gardener, May 11, 2024'), 1);
		assert.strictEqual(postDates('Joined: May 11, 2024'), 0);
		assert.strictEqual(postDates('Member since May 11, 2024'), 0);
		assert.strictEqual(postDates('Last edited May 11, 2024'), 0);
		assert.strictEqual(postDates('IP'), 0);
	});
});
