// Metadata (issue 12): bylines repeated in a feed's cards are the stories', not the page's; a thread's repeated posters stay.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';

const NAMES = ['Jo Marsh', 'Ann Lee', 'Tom Reed', 'Eva Stone'];
const BODY = 'A paragraph of body text long enough to be read as the article, with more words after it so it counts.\n';

function card(i: number, box: string): string {
	return `::: ${box}\nStory number ${i} about the harbour works and the new ferry timetable.\n\n::: ${box}__meta\n-   [${NAMES[i - 1]}](/author/${i}/){.${box}__author}\n:::\n\nA short summary of story ${i} that runs a sentence long.\n:::\n\n`;
}

suite('Metadata: bylines in cards', () => {
	test('a byline repeated in every card of a feed is not the page\'s author', () => {
		const dump = `# Latest from the harbour\n\n${BODY}\n${[1, 2, 3, 4].map((i) => card(i, 'loop-card')).join('')}`;
		assert.strictEqual(extractMetadata(parseDump(dump), {}).author, undefined);
	});

	test('the same bylines in post boxes (a thread) give the opening poster', () => {
		const dump = `# Which ferry runs on Sundays?\n\n${[1, 2, 3, 4].map((i) => card(i, 'message')).join('')}`;
		assert.strictEqual(extractMetadata(parseDump(dump), {}).author?.value, 'Jo Marsh');
	});
});
