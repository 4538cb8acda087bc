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

suite('Metadata: byline labels and author links', () => {
	test("a 'Contributors:' label leads the byline", () => {
		assert.strictEqual(authorOf(`# Houseplants for dim rooms\n\n**Contributors:** Janet Loughrey\n\n${BODY}`), 'Janet Loughrey');
	});

	test("'Contributors' without its colon starts a sentence, not a byline", () => {
		assert.strictEqual(authorOf(`# Houseplants for dim rooms\n\nContributors to this guide tested forty plants.\n\n${BODY}`), undefined);
	});

	test("an author link around a picture names the author in its label", () => {
		assert.strictEqual(authorOf(`# Cloud servers explained\n\n[![](/img/avatar.png)](https://example.com/blog/authors/emmanuel-okafor){aria-label="Emmanuel Okafor"}\n\n${BODY}`), 'Emmanuel Okafor');
	});

	test("a forum post's user name heading (Flarum) is its poster", () => {
		assert.strictEqual(authorOf(`# Types of threads\n\n::: PostUser\n### antonjw {#antonjw .PostUser-name}\n:::\n\n${BODY}`), 'antonjw');
	});
});

suite('Metadata: author name elements far from the title', () => {
	const LONG = Array.from({ length: 400 }, (_, i) => `Paragraph ${i} of the article body with enough words in it to be long.`).join('\n\n');

	test("an author box's name element after a long article is its author", () => {
		const dump = `# Form a company in New York\n\n${LONG}\n\n::: author-box\n::: author-box__name\nShai Shamir\n:::\n:::\n`;
		assert.strictEqual(authorOf(dump), 'Shai Shamir');
	});

	test('an author container far from the title is still marked down', () => {
		const dump = `# Form a company in New York\n\n${LONG}\n\n::: post-author\nShai Shamir\n:::\n`;
		assert.strictEqual(authorOf(dump), undefined);
	});

	test('no date is read beside a far author box', () => {
		const dump = `# Form a company in New York\n\n${LONG}\n\n::: author-box\n::: author-box__name\nShai Shamir\n:::\n\nLast Updated: February 1, 2026\n:::\n`;
		assert.strictEqual(extractMetadata(parseDump(dump), {}).published?.value, undefined);
	});
});
