// Metadata (issue 12): a thread's date — relative "timeago" dates with the exact one in a title, and posts whose user box holds headings.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { ArticleMetadata } from '../../src/core/extract/article';
import { extractMetadata } from '../../src/core/extract/metadata';

function md(lines: readonly string[]): ArticleMetadata {
	return extractMetadata(parseDump(`${lines.join('\n')}\n`), {});
}

/** A XenForo-like post: a user box with the poster's name and rank as headings, then the post's date and text. */
function post(name: string, date: string, text: string): string[] {
	return [
		'::: message-inner',
		'::: message-userDetails',
		`#### [${name}](/members/${name.toLowerCase()}.77/){.username} {.message-name}`,
		'',
		'##### Senior Member {.userTitle}',
		':::',
		'',
		`-   [${date}](/threads/new-tank.323/post-1)`,
		'',
		text,
		':::',
		'',
	];
}

suite('Metadata: forum dates', () => {
	test('a timeago link\'s title gives the post\'s exact date', () => {
		const m = md([
			'# How to display a saved route on a tablet?',
			'',
			'[julian](/user/julian){username="julian"}',
			'',
			'[wrote on [](/post/101884 "2024-11-27T15:50:23.066Z"){.timeago .text-muted}]{.text-muted}',
			'',
			'I saved a route on my laptop and cannot find a way to show it on the tablet app when I am outside.',
		]);
		assert.strictEqual(m.published?.value.slice(0, 10), '2024-11-27');
	});

	test('posts whose user box holds headings are a thread, not a list of teasers: the first post\'s date is the page\'s', () => {
		const m = md([
			'# New tank thoughts',
			'',
			...post('Khixxx', 'Mar 6, 2024', 'I am setting up a new tank this spring and would like to hear what you would put in it first.'),
			...post('Reefer', 'Mar 7, 2024', 'Start with a few hardy fish and give the tank a month before adding anything delicate.'),
			...post('Aquanaut', 'Mar 8, 2024', 'Plants first, then snails; the fish can wait until the water has settled down.'),
		]);
		assert.strictEqual(m.published?.value, '2024-03-06');
	});
});
