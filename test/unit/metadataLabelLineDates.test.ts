// Metadata (issue 12): a bare date under a label line that names it ("Publish date", "Content current as of:") is a date candidate wherever it is on the page.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';

/** Body text long enough to put what follows it well past the title's neighbourhood (NEAR_TITLE_CHARS). */
const LONG_BODY = Array.from({ length: 90 }, (_, i) => `Paragraph ${i + 1} of the guidance explains how the scheme works, who may apply and what each applicant must send with the form.\n`).join('\n');

function publishedOf(dump: string): string | undefined {
	return extractMetadata(parseDump(dump), {}).published?.value;
}

suite('Metadata: dates under label lines far from the title', () => {
	test('a facts box after the text, "#### Published" then "### Publish date" over a bare date, gives the publication date', () => {
		const dump = `# Applying for the garden grant scheme\n\n${LONG_BODY}\n::: facts\n#### Published {#published}\n\n### Publish date {#publish-date}\n\n15 November 2018\n:::\n\n::: facts\n#### Version {#version}\n\n3\n:::\n`;
		assert.strictEqual(publishedOf(dump), '2018-11-15');
	});

	test('"Content current as of:" over a bare date is the page\'s only date, reported as its date', () => {
		const dump = `# Applying for the garden grant scheme\n\n${LONG_BODY}\n-   <div>\n\n    ## Content current as of: {#content-current-as-of}\n\n    09/25/2025\n\n    </div>\n`;
		assert.strictEqual(publishedOf(dump), '2025-09-25');
	});

	test('a sentence above a far date is no label line: no date is reported', () => {
		const dump = `# Applying for the garden grant scheme\n\n${LONG_BODY}\nThe scheme was first published in a much longer form by the council:\n\n15 November 2018\n`;
		assert.strictEqual(publishedOf(dump), undefined);
	});

	test('a "Published" label line inside a comment box does not give the page a date', () => {
		const dump = `# Applying for the garden grant scheme\n\n${LONG_BODY}\n::: {.comments .comment-list}\n::: comment\n#### Published\n\n15 November 2018\n\nGreat guide, thanks.\n:::\n:::\n`;
		assert.strictEqual(publishedOf(dump), undefined);
	});
});
