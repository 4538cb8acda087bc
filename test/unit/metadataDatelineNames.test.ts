// Metadata (issue 12): a name alone beside the date in a dateline under the title is the author; labels, tags, topics and figures are not.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';

const BODY = 'A paragraph of body text long enough to be read as the article, with more words after it so it counts.\n';

function authorOf(dump: string): string | undefined {
	return extractMetadata(parseDump(dump), {}).author?.value;
}

suite('Metadata: names in datelines', () => {
	test('a name and a date on two lines under the title', () => {
		assert.strictEqual(authorOf(`# Defer, Panic, and Recover\n\nMarta Quintero\\\n4 August 2010\n\n${BODY}`), 'Marta Quintero');
	});

	test('a name among a date, a reading time and a word count', () => {
		assert.strictEqual(authorOf(`# Searching text quickly\n\n::: post-meta\nDecember 15, 2025 · 30 min · 6279 words · Oskar Lindqvist\n:::\n\n${BODY}`), 'Oskar Lindqvist');
	});

	test('a meta list of a name and a numeric date', () => {
		assert.strictEqual(authorOf(`# Building a pixel-perfect pipeline\n\n::: entry-meta\n-    Petra Novak\n-    02-12-2025\n:::\n\n${BODY}`), 'Petra Novak');
	});

	test('a div of parts: name, date, reading time', () => {
		const dump = `# Podcast equipment for beginners\n\n::: meta\n::: item\nStefan\n:::\n\n::: item\nMarch 5, 2026\n:::\n\n::: item\n9 min read\n:::\n:::\n\n${BODY}`;
		assert.strictEqual(authorOf(dump), 'Stefan');
	});

	test('a linked category beside the date is no author', () => {
		assert.strictEqual(authorOf(`# Searching text quickly\n\n[Engineering Notes](/category/engineering) · December 15, 2025\n\n${BODY}`), undefined);
	});

	test('tag spans beside the date are no author', () => {
		assert.strictEqual(authorOf(`# Searching text quickly\n\n[Office Work]{.postmeta-term} · December 15, 2025\n\n${BODY}`), undefined);
	});

	test("a date's label is no author", () => {
		assert.strictEqual(authorOf(`# Searching text quickly\n\nLast post: December 15, 2025\n\n${BODY}`), undefined);
	});

	test('several topics beside the date are no author', () => {
		assert.strictEqual(authorOf(`# Searching text quickly\n\nPatients and Families, Technology · December 15, 2025\n\n${BODY}`), undefined);
	});

	test('a name with a figure is a product or a count', () => {
		assert.strictEqual(authorOf(`# Searching text quickly\n\nDecember 15, 2025\\\nModel2\n\n${BODY}`), undefined);
	});

	test('a line that is not a dateline gives no author', () => {
		assert.strictEqual(authorOf(`# Searching text quickly\n\nOskar Lindqvist\n\n${BODY}`), undefined);
	});
});
