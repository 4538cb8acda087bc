// Metadata (issue 12): names and dates in boxes that carry other people's words or other pages' posts (a pull quote, a team list, a "Recent posts" widget) are not the page's.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';

const BODY = [
	'Our clinic treats sports injuries of every kind, from a sprained ankle to a torn ligament, with a plan made for each patient.',
	'',
	'The first visit takes an hour: we look at how you move, what hurts and when, and what you want to get back to doing.',
];

function dump(lines: readonly string[]): string {
	return `${lines.join('\n')}\n`;
}

suite('Metadata: foreign boxes (quotes, teams, widgets)', () => {
	test('a pull quote\'s author is not the page\'s author', () => {
		const text = dump(['# Sports physiotherapy', '', ...BODY, '', '::: pullquote', 'The team had me running again in six weeks.', '', '[Maria Jensen]{.author}', ':::']);
		assert.strictEqual(extractMetadata(parseDump(text), {}).author, undefined);
	});

	test('a name in a team list is not the page\'s author', () => {
		const text = dump(['# Sports physiotherapy', '', ...BODY, '', '::: team-member', '[Peter Olsen]{.author-name}', '', 'Head physiotherapist', ':::']);
		assert.strictEqual(extractMetadata(parseDump(text), {}).author, undefined);
	});

	test('a WordPress "Recent posts" widget\'s date is not the page\'s date', () => {
		const text = dump(['# Sports physiotherapy', '', ...BODY, '', '::: {.widget .widget_recent_entries}', '- [Five stretches for runners](/five-stretches/) [March 3, 2025]{.post-date}', ':::']);
		assert.strictEqual(extractMetadata(parseDump(text), {}).published, undefined);
	});

	test('the same name as a byline under the title is still the author', () => {
		const text = dump(['# Sports physiotherapy', '', '[Maria Jensen]{.author}', '', ...BODY]);
		assert.strictEqual(extractMetadata(parseDump(text), {}).author?.value, 'Maria Jensen');
	});
});
