// Metadata (issue 12): a name or date read only for being near the title is not the page's when the article's text lies between them.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';

/** About 200 words of article text: more than a standfirst between a headline and its dateline. */
const BODY = 'A paragraph of body text long enough to be read as the article, with more words after it so it counts as prose for the reader.\n\n'.repeat(8);

function read(dump: string, pageKind?: string): { author?: string; published?: string } {
	const md = extractMetadata(parseDump(dump), { pageKind });
	return { author: md.author?.value, published: md.published?.value };
}

suite('Metadata: bylines and dates past the article text', () => {
	test('a byline and date under the title are read', () => {
		assert.deepStrictEqual(read(`# How to grow tomatoes\n\nBy Mary Jones · March 3, 2025\n\n${BODY}`), { author: 'Mary Jones', published: '2025-03-03' });
	});

	test("a comment's name link and date after the text are not", () => {
		assert.deepStrictEqual(read(`# How to grow tomatoes\n\n${BODY}### Leave a Reply\n\n[Mary Jones](https://example.com/author/mary-jones/)\n\nMarch 3, 2025\n\nGreat post, thanks!\n`), { author: undefined, published: undefined });
	});

	test('comments without any markup give no date', () => {
		const dump = `# How to grow tomatoes\n\n${BODY}## 3 Comments\n\n**Mary Jones** says:\n\nMarch 3, 2025 at 4:12 pm\n\nGreat post, thanks!\n`;
		assert.strictEqual(read(dump).published, undefined);
	});

	test("a related story's byline after the text is not the page's", () => {
		const dump = `# How to grow tomatoes\n\n${BODY}## You might also enjoy\n\n### [Planting garlic in autumn](/garlic)\n\nBy Mary Jones · March 3, 2025\n\n### [Pruning roses](/roses)\n\nBy Tom Baker · February 20, 2025\n`;
		assert.deepStrictEqual(read(dump), { author: undefined, published: undefined });
	});

	test('a footer\'s "Last updated" after the text is not the publication date', () => {
		const dump = `# How to grow tomatoes\n\n${BODY}[Home](/) · [About](/about) · [Contact](/contact)\n\nLast updated: March 3, 2025\n`;
		assert.strictEqual(read(dump).published, undefined);
	});

	test("the post's own meta line closing its entry container is still read", () => {
		const dump = `# How to grow tomatoes\n\n::: {#post-12 .post-12 .post .type-post .hentry}\n${BODY}[Monday, August 11th, 2025 at 11:00 am \\| Categories: [Garden](/category/garden)]{.small}\n:::\n`;
		const md = extractMetadata(parseDump(dump), { region: { start: dump.indexOf('A paragraph'), end: dump.length } });
		assert.strictEqual(md.published?.value.slice(0, 10), '2025-08-11');
	});

	test("on a forum page a poster's name after the opening post is kept", () => {
		const dump = `# Which router should I buy?\n\n${BODY}Posted by [lowjhg](/members/lowjhg/)\n`;
		assert.strictEqual(read(dump, 'forum').author, 'lowjhg');
		assert.strictEqual(read(dump).author, undefined);
	});
});
