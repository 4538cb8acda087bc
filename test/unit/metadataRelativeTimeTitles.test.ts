// Metadata: a relative time shown ("2 days ago") or an empty element near the title, its exact date in the hover title, is the page's date whatever its class.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';

const POST = 'A paragraph of the post, long enough to be read as the article, with more words after it so that it counts as text.\n';

function publishedOf(dump: string): string | undefined {
	return extractMetadata(parseDump(dump), {}).published?.value;
}

suite('Metadata: relative times with the date in their hover title', () => {
	test('"Posted: 2 days ago" with title="2025-12-18", in classes no rule knows, gives the date', () => {
		const dump = `# Porting a parser to another language\n\n::: qx7\n[Posted: 2 days ago]{.k3 .z9 title="2025-12-18"} [Last Modified: 2 days ago]{.k3 .z8 title="2025-12-19"}\n:::\n\n${POST}`;
		assert.strictEqual(publishedOf(dump), '2025-12-18');
	});

	test('an empty link whose title is the post time, under a thread title, gives the date; a "Last reply" one does not', () => {
		const dump = `# Types of threads in a discussion engine\n\n[wrote on [](/post/101884 "2024-11-27T15:50:23.066Z"){.q1}]{.q2}\n\n${POST}`;
		assert.strictEqual(publishedOf(dump)?.slice(0, 10), '2024-11-27');
		const reply = `# Types of threads in a discussion engine\n\n[Last reply []{.q1 title="2024-11-27T19:36:29.906Z"}]{.q2}\n\n${POST}`;
		assert.strictEqual(publishedOf(reply), undefined);
	});

	test('a hover title on a text that is no relative time, or a title that is no date, gives nothing', () => {
		const tooltip = `# A guide to winter tyres\n\n[Read more about tyres]{.q1 title="2025-12-18"}\n\n${POST}`;
		assert.strictEqual(publishedOf(tooltip), undefined);
		const invalid = `# A guide to winter tyres\n\n[3 hours ago]{.q1 title="Invalid Date"}\n\n${POST}`;
		assert.strictEqual(publishedOf(invalid), undefined);
	});
});
