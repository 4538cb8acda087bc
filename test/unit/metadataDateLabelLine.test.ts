// Metadata (issue 12): a date's label written as a line of its own just above it ("Last update:", "#### Published") labels that date.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';

const BODY = 'A paragraph of body text long enough to be read as the article, with more words after it so it counts.\n';

function datesOf(dump: string): { published?: string; modified?: string } {
	const md = extractMetadata(parseDump(dump), {});
	return { published: md.published?.value, modified: md.modified?.value };
}

suite('Metadata: label lines above dates', () => {
	test('a bare date under a "Last update:" line is the modification date, and the published date is the other one', () => {
		const dump = `::: post-date\nFebruary 8, 2022\n:::\n\n# Choosing a winter tyre for small cars\n\n::: header-wrap\n::: small-text\nLast update:\n:::\n\n::: small-text\nJuly 16, 2025\n:::\n:::\n\n${BODY}`;
		assert.deepStrictEqual(datesOf(dump), { published: '2022-02-08', modified: '2025-07-16' });
	});

	test('a "#### Published" line labels the date box under it as the publication, before an unlabelled date', () => {
		const dump = `March 3, 2024\n\n# The top data firms of the year\n\n::: meta-box\n#### Published\n\n::: post-when\nJuly 8, 2025\n:::\n:::\n\n${BODY}`;
		assert.strictEqual(datesOf(dump).published, '2025-07-08');
	});

	test('a sentence above a date is not its label', () => {
		const dump = `# Choosing a winter tyre for small cars\n\nWe checked every price again last update:\n\n::: small-text\nJuly 16, 2025\n:::\n\n${BODY}`;
		assert.deepStrictEqual(datesOf(dump), { published: '2025-07-16', modified: undefined });
	});
});
