// Metadata (issue 12): a line that is a publication label and its date ("Published August 13, 2025") is the page's date wherever it is, when it is the page's only date.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';

const PARA = 'A paragraph of body text long enough to be read as the article, with more words after it so that it counts as prose.\n\n';
/** Enough body text (over NEAR_TITLE_CHARS) that a date after it is far from the title. */
const LONG_BODY = PARA.repeat(60);
/** Enough body text (over FAR_FROM_TITLE_CHARS) that a date after it loses its nearness score. */
const FAR_BODY = PARA.repeat(180);

function publishedOf(dump: string, pageKind?: string): string | undefined {
	return extractMetadata(parseDump(dump), { pageKind }).published?.value;
}

suite('Metadata: a publication label and its date on one line', () => {
	test('a "Published <date>" box after the article and a newsletter box is the page date', () => {
		const dump = `# Ten free tools for a small shop\n\n${LONG_BODY}::: box-a\n## Subscribe to our letter\n\nTips every week\n:::\n\n::: box-b\nPublished August 13, 2025\n:::\n`;
		assert.strictEqual(publishedOf(dump), '2025-08-13');
	});

	test('the labels and their forms that make such a line', () => {
		for (const text of ['Published August 13, 2025', 'Published: Jan 23, 2024', 'Posted on November 6th, 2025', 'Published on: 27/05/2024', 'Publication date: 3 March 2021']) {
			const doc = parseDump(`# A headline\n\n${LONG_BODY}${text}\n`);
			let found = false;
			extractMetadata(doc, {
				trace: (field, cs) => {
					if (field === 'dates') found ||= cs.some((c) => c.rule.includes('text:labelled-line'));
				},
			});
			assert.ok(found, text);
		}
	});

	test('a sentence that starts with the label, or a name after it, is not such a line', () => {
		const dump = `# A headline\n\n${LONG_BODY}Published by Hooded Horse and released in May 2025, the game sold well.\n\nPosted by Peter Bell on August 21, 2019\n`;
		assert.strictEqual(publishedOf(dump), undefined);
	});

	test('a thread that prints such a line over every post is not read as one line (its first date stays a near-title one)', () => {
		const post = (day: number): string => `::: post\nPosted March ${day}, 2024\n\n${PARA}:::\n\n`;
		const dump = `# Which tyre for a small car?\n\n${post(5)}${LONG_BODY}${post(9)}${post(10)}`;
		let labelLines = 0;
		extractMetadata(parseDump(dump), {
			trace: (field, cs) => {
				if (field === 'dates') labelLines += cs.filter((c) => c.rule.includes('text:labelled-line')).length;
			},
		});
		assert.strictEqual(labelLines, 0);
	});

	test('such a line far from the title is not the page date when another day is read on the page', () => {
		const dump = `# Ten free tools for a small shop\n\n${FAR_BODY}Published August 13, 2025\n\n${PARA}::: post-meta-date\nMarch 2, 2024\n:::\n`;
		assert.strictEqual(publishedOf(dump), undefined);
	});

	test('on a page taken for a service page the line is kept as the lone labelled date', () => {
		const dump = `# Ten free tools for a small shop\n\n${LONG_BODY}Published August 13, 2025\n`;
		assert.strictEqual(publishedOf(dump, 'service'), '2025-08-13');
	});
});
