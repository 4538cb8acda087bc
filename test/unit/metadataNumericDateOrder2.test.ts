// Metadata (issue 12): an ambiguous numeric date ("03/10/2023") is read in the order the page's dates in words show: a twin written out, or a day-first habit.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';
import { twinDayFirst } from '../../src/core/extract/metadata/numericDateTwins';
import { writtenDayFirst } from '../../src/core/extract/metadata/writtenDateOrder';

const BODY = 'A paragraph of body text long enough to be read as the post, with more words after it so that it counts as one.\n';

function publishedOf(dump: string): string | undefined {
	return extractMetadata(parseDump(dump), { pageKind: 'article' }).published?.value;
}

suite('Metadata: the order of a numeric date from the dates in words', () => {
	test("a British blog's slashed byline date is read day first", () => {
		const dump = `# How many wine styles are there?\n\n::: blog-date\n[03/10/2023]{.post-time}\n:::\n\n${BODY}\n## More posts\n\n-   [Wine words]{.post-title} [13 October 2023]{.post-date}\n-   [Grape names]{.post-title} [21 September 2023]{.post-date}\n`;
		assert.strictEqual(writtenDayFirst(parseDump(dump).text), true);
		assert.strictEqual(publishedOf(dump), '2023-10-03');
	});

	test('a byline date beside its own date in words takes that reading, even when the words are month first', () => {
		const dump = `## Building a UI pipeline - Part 1 {.entry-title}\n\n::: entry-meta\n-   Jane Doe\n-   02-12-2025\n:::\n\n${BODY}\n## Recent posts\n\n-   [Building a UI pipeline - Part 1](/p1) December 02, 2025\n-   [Older post](/p0) June 03, 2024\n`;
		assert.strictEqual(twinDayFirst(parseDump(dump).text), true);
		assert.strictEqual(publishedOf(dump), '2025-12-02');
	});

	test('month-first or mixed dates in words, and twins that disagree, give no answer', () => {
		assert.strictEqual(writtenDayFirst('Posted October 13, 2023. Updated 14 October 2023.'), undefined);
		assert.strictEqual(writtenDayFirst('Posted October 13, 2023.'), undefined);
		assert.strictEqual(writtenDayFirst('No dates at all.'), undefined);
		assert.strictEqual(twinDayFirst('02/12/2025 and December 2, 2025; 03/04/2024 and March 4, 2024'), undefined);
		assert.strictEqual(twinDayFirst('03/04/2024 and March 4, 2024'), false);
		// A US page with a day-first habit in words nowhere: its byline stays month first.
		const dump = `# A US post\n\n::: post-date\n03/10/2023\n:::\n\n${BODY}\nPosted October 13, 2023 in News.\n`;
		assert.strictEqual(publishedOf(dump), '2023-03-10');
	});
});
