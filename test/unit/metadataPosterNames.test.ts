// Metadata (issue 12): posters' names in `username` elements (Wix's `hook="user-name"`), in attributes of the post (`author-username`), and not in a sign-up form's trap field.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { ArticleMetadata } from '../../src/core/extract/article';
import { extractMetadata } from '../../src/core/extract/metadata';

function md(lines: readonly string[]): ArticleMetadata {
	return extractMetadata(parseDump(`${lines.join('\n')}\n`), {});
}

const BODY = 'Music lessons give children a weekly hour of focus, a skill that grows with them and a teacher who listens.';

/** A thread's post: an empty styling heading, the poster's name link, the post's text. */
function post(name: string, text: string): string[] {
	return [`::: {.message}`, '###  {.userText}', '', `[${name}](https://forum.example.org/members/${name.toLowerCase()}.12/){.username}`, '', text, ':::', ''];
}

suite('Metadata: posters\' names', () => {
	test('a Wix blog\'s user-name hook under the title is the author', () => {
		const m = md([
			'# Why Music Lessons Are the Best Self-Care {hook="post-title"}',
			'',
			'-   [[Kalyn Keen]{hook="user-name"}]{.IkAhjA hook="profile-link"}',
			'',
			'-   [5 min read]{.reading-time}',
			'',
			BODY,
		]);
		assert.strictEqual(m.author?.value, 'Kalyn Keen');
	});

	test('the question\'s author-username attribute names the thread\'s author, not an answer\'s', () => {
		const m = md([
			'# How do I mount a disk image read-only?',
			'',
			'::: {#question .question author-username="drat" author-reputation="1655"}',
			'I have an image of an old disk and want to look at it without changing a byte of it.',
			':::',
			'',
			'::: {#answer-1 .answer author-username="helper77"}',
			'Use the loop device with the read-only option, as the manual explains in its second chapter.',
			':::',
		]);
		assert.strictEqual(m.author?.value, 'drat');
	});

	test('empty styling headings above each post do not make a thread a list of teasers', () => {
		const m = md([
			'# Best Minecraft Server Hosts',
			'',
			...post('Pelex', 'I have tried six hosts this year and these are the ones that kept my server up through the holidays.'),
			...post('Darthmineboy', 'Thanks for the list, the second one has been fine for our small server of twenty players.'),
			...post('OneCountry', 'We moved away from the first one after a week of lag spikes during the evenings.'),
			...post('Avenger', 'The support of the third one answered within an hour when our world would not load.'),
		]);
		assert.strictEqual(m.author?.value, 'Pelex');
	});

	test('a sign-up form\'s trap field named username is no author', () => {
		const m = md(['# Social Media Marketing Tips', '', BODY, '', '::: username_1766083133', 'If you are a human, ignore this field', ':::']);
		assert.strictEqual(m.author, undefined);
	});
});
