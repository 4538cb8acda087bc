// Metadata (issue 12): schedule and calendar boxes hold events' dates, and a documentation page's lone "Last updated" stamp is not its publication date.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';

const BODY = 'A paragraph of body text long enough to be read as the article, with more words after it so it counts.\n';

function datesOf(dump: string, pageKind?: string): { published?: string; modified?: string } {
	const md = extractMetadata(parseDump(dump), { pageKind: pageKind as never });
	return { published: md.published?.value, modified: md.modified?.value };
}

suite('Metadata: schedule boxes and documentation update stamps', () => {
	test('a game day over a schedule table is not the page date', () => {
		const dump = `# Winter league fixtures and results\n\n::: {.ScheduleTables .mb5}\n::: Table__Title\nSunday, February 8, 2026\n:::\n\n${BODY}:::\n`;
		assert.strictEqual(datesOf(dump).published, undefined);
	});

	test('the same date outside a schedule box is still the page date', () => {
		const dump = `# Winter league fixtures and results\n\n::: {.PostHeader .mb5}\n::: Table__Title\nSunday, February 8, 2026\n:::\n\n${BODY}:::\n`;
		assert.strictEqual(datesOf(dump).published, '2026-02-08');
	});

	test('a schedule name on the box that holds the title does not hide the dateline', () => {
		const dump = `::: event-calendar-article\n# Winter league fixtures and results\n\nSunday, February 8, 2026\n\n${BODY}:::\n`;
		assert.strictEqual(datesOf(dump).published, '2026-02-08');
	});

	test("a documentation page's 'Last updated' stamp stays a modification date", () => {
		const dump = `# Configure the build cache\n\n${BODY}\nLast updated 2025-12-18 UTC.\n`;
		assert.deepStrictEqual(datesOf(dump, 'documentation'), { published: undefined, modified: '2025-12-18' });
	});

	test("an article's lone 'Updated' stamp still stands in for its publication date", () => {
		const dump = `# Configure the build cache\n\n${BODY}\nLast updated 2025-12-18 UTC.\n`;
		assert.strictEqual(datesOf(dump, 'article').published, '2025-12-18');
	});
});
