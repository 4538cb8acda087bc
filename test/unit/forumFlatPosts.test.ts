// Flat posts: each post's header line (its poster's mark) and its message container side by side, no container per post; fixtures written for this project.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { extractDumpText as extract } from '../util/kindFixtures';

const MESSAGES = [
	'Our allotment shed roof leaks along the ridge every time it rains hard, and the felt looks fine from the ground. Where should I start looking?',
	'Check the ridge capping first: the nails work loose over a few winters and water runs in under the felt along the top, where you cannot see it from below.',
	'Thanks, that was it. Two nails had lifted and the felt under them had split; a strip of new felt and some clout nails fixed it before the weekend.',
];

/** A board that writes each post as anchors, a "by NAME: date" line and the message's container, then a share row. */
function flatThread(header: (i: number) => string[]): string {
	const lines = ['# Shed roof leaking at the ridge', '', '::: {.body}'];
	MESSAGES.forEach((m, i) => {
		lines.push(`[]{#${100 + i}}`, '', ...header(i), '', '::: {.msgtext itemprop="text"}', m, ':::', '');
		lines.push('::: {.s .button-row}', '[Share]{.pgn}', ':::', '');
	});
	lines.push(':::', '', '::: footer', 'About us · Contact · Privacy', ':::', '');
	return lines.join('\n');
}

const byLine = (i: number): string[] => [`[Re: Shed roof](/t/1#${100 + i}) by [gardener${i}](/gardener${i}){.user}: **${i + 3}:21pm** On **Mar 0${i + 1}**`];

suite('Forum flat posts', () => {
	test('a thread whose posts are a header line and a message side by side is a thread, every post with its header, in order', () => {
		const { text, kind } = extract(flatThread(byLine));
		assert.strictEqual(kind, 'forum');
		let at = -1;
		MESSAGES.forEach((m, i) => {
			const head = text.indexOf(`gardener${i}`);
			const body = text.indexOf(m);
			assert.ok(head > at && body > head, `post ${i} out of order or without its header`);
			at = body;
		});
		assert.ok(!text.includes('About us'), 'kept the footer');
	});

	test('a "Posted by" header in a container of its own, with a link to the member\'s page', () => {
		const { text, kind } = extract(flatThread((i) => ['<div>', '', '::: reply-info', `Posted by [gardener${i}](/users/${i}) on 03/0${i + 1}/24`, ':::', '', '</div>']));
		assert.strictEqual(kind, 'forum');
		MESSAGES.forEach((m, i) => assert.ok(text.indexOf(`Posted by gardener${i}`) >= 0 && text.indexOf(`Posted by gardener${i}`) < text.indexOf(m), `no header above post ${i}`));
	});

	test('messages without a poster\'s mark above them are no posts', () => {
		const { kind } = extract(flatThread((i) => [`Section ${i + 1}, March ${i + 3}`]));
		assert.notStrictEqual(kind, 'forum');
	});

	test('names above blurbs with no date or time (testimonials, a team\'s cards) are no posts', () => {
		const { kind } = extract(flatThread((i) => [`[gardener${i}](/users/${i}){.user}, allotment holder`]));
		assert.notStrictEqual(kind, 'forum');
	});

	test('the first post\'s header names the thread\'s author, though every post repeats a "by NAME" line', () => {
		const dump = flatThread((i) => [`[Re: Shed roof](/t/1#${100 + i}) by [Gardener${i}](/gardener${i}){.user}: **${i + 3}:21pm** On **Mar 0${i + 1}**, **2023**`]);
		const article = extractArticle(parseDump(dump));
		assert.strictEqual(article.metadata.pageType?.value, 'forum');
		assert.strictEqual(article.metadata.author?.value, 'Gardener0');
	});

	test('a member\'s location in the header is no part of the post', () => {
		const { text, kind } = extract(
			flatThread((i) => ['<div>', '', '::: reply-info', `Posted by [gardener${i}](/users/${i})`, '', '::: user-location', `Little Snoring ${i}, Norfolk`, ':::', '', `[03/0${i + 1}/24 10:0${i} AM](#${i})`, ':::', '', '</div>']),
		);
		assert.strictEqual(kind, 'forum');
		assert.ok(text.includes('Posted by gardener1') && text.includes('10:01 AM'), 'lost a header');
		assert.ok(!text.includes('Little Snoring'), 'kept the member\'s location');
	});

	test('teaser cards (a linked title above each blurb) are no posts', () => {
		const { kind } = extract(flatThread((i) => [`## [Shed story ${i}](/stories/${i})`, '', `By [gardener${i}](/users/${i})`]));
		assert.notStrictEqual(kind, 'forum');
	});
});
