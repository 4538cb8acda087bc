// Metadata (issue 12, session 54, meta59): a story's source link "(host)" and comment count inside its headline are left out of the title without their classes.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';

const BODY = 'The council met on Tuesday and voted to keep the ferry running through the winter, a first in ten years.\n\nThe harbour master said the new boat copes with ice, and the crews were trained in the autumn.\n';

function title(heading: string): string | undefined {
	return extractMetadata(parseDump(`${heading}\n\n${BODY}`), {}).title?.value;
}

suite('Metadata: headline badges without class words', () => {
	test('a source link naming its host and a count linked to the comments are not the headline\'s words', () => {
		assert.strictEqual(
			// Class names no rule knows, as on an unseen site or in a declassed dump.
			title('# [ [Ferry Keeps Running Through Winter](//news.example.org/story/26/01/ferry) [ [(harbourtimes.co.uk)](https://www.harbourtimes.co.uk/news/ferry-winter "External link"){.qwv} ]{.xrt}]{#title-7 .kpz} [[42](//news.example.org/story/26/01/ferry#comments)]{.mlb}'),
			'Ferry Keeps Running Through Winter',
		);
	});

	test('a host in brackets linked elsewhere, a count linked to the page and a bracketed word stay', () => {
		// The bracketed host links to another site than it names: the headline's own words.
		assert.strictEqual(title('# Why we moved to [(example.com)](https://other.example.net/post)'), 'Why we moved to (example.com)');
		// A number that links to the story, not to its comments.
		assert.strictEqual(title('# The [42](/story/42) rules of the harbour'), 'The 42 rules of the harbour');
		assert.strictEqual(title('# Ferry timetable [(winter)](/ferry/winter)'), 'Ferry timetable (winter)');
	});
});
