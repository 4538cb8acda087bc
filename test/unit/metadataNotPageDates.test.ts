// Metadata (issue 12): dates that are not the page's — an edition's release, a hidden snippet copy, a teaser under "Recent News", a page footer's stamp, a venue's hours.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';

const BODY = 'A paragraph of body text long enough to be read as the article, with more words after it so it counts.\n';

function publishedOf(dump: string): string | undefined {
	return extractMetadata(parseDump(dump), {}).published?.value;
}

suite('Metadata: dates that are not the page date', () => {
	test("a product subtitle's edition date is not the page's", () => {
		assert.strictEqual(publishedOf(`# A Book About Habits\n\n[Hardcover -- October 16, 2018]{#productSubtitle}\n\n${BODY}`), undefined);
	});

	test('the same date without the edition label is', () => {
		assert.strictEqual(publishedOf(`# A Book About Habits\n\n[Posted -- October 16, 2018]{#productSubtitle}\n\n${BODY}`), '2018-10-16');
	});

	test('a hidden rich-snippet update stamp is not the page date', () => {
		const dump = `::: hentry\n[index]{.entry-title .rich-snippet-hidden}[2026-02-16T09:27:01+00:00]{.updated .rich-snippet-hidden}\n\n# Customer relationship software\n\n${BODY}:::\n`;
		assert.strictEqual(publishedOf(dump), undefined);
	});

	test('the same stamp shown to readers is', () => {
		const dump = `::: hentry\n# Customer relationship software\n\n[2026-02-16T09:27:01+00:00]{.updated}\n\n${BODY}:::\n`;
		assert.strictEqual(publishedOf(dump), '2026-02-16T09:27:01+00:00');
	});

	test("a date in a box headed 'Recent News' is a teaser's", () => {
		const dump = `# Sister cities programme\n\n${BODY}\n::: view\n::: view-header\n#### Recent News\n:::\n\n::: view-content\n::: views-field-field-news-release-date\nMarch 7, 2025\n:::\n\n[City signs a friendship agreement](/news/a)\n:::\n:::\n`;
		assert.strictEqual(publishedOf(dump), undefined);
	});

	test('a date in a box headed otherwise is still read', () => {
		const dump = `# Sister cities programme\n\n${BODY}\n::: view\n::: view-header\n#### Programme details\n:::\n\n::: view-content\n::: views-field-field-news-release-date\nMarch 7, 2025\n:::\n:::\n:::\n`;
		assert.strictEqual(publishedOf(dump), '2025-03-07');
	});

	test("a footer's update stamp is foreign even with a layout class beside it", () => {
		const dump = `# Spanish language resources\n\n${BODY}\n::: {.footer .container}\n[Last Updated: Jan 14, 2026 6:35 AM]{.date}\n:::\n`;
		assert.strictEqual(publishedOf(dump), undefined);
	});

	test("today's date over a venue's hours is not the page date", () => {
		const dump = `# Visit the garden\n\n${BODY}\n::: garden-hours__hour\n::: garden-hours__date\nMarch 14, 2026\n:::\n:::\n`;
		assert.strictEqual(publishedOf(dump), undefined);
	});
});
