// Metadata (issue 12, session 52, meta57): a name linked with rel="ugc" (user-generated content) is a commenter's, not the page's author.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { ArticleMetadata } from '../../src/core/extract/article';
import { extractMetadata } from '../../src/core/extract/metadata';

const BODY = [
	'A fern wants bright shade, a humid room and soil that never dries out; a bathroom window is often the best spot.',
	'',
	'Mist the fronds in winter when the heating runs, and turn the pot a quarter each week so it grows evenly.',
	'',
	'Repot in spring into a pot one size larger, with a loose mix of bark, peat-free compost and a little perlite.',
];

/** A page with a title, one meta line under it, then the body. */
function md(meta: string, title = '# Keeping a fern happy indoors'): ArticleMetadata {
	return extractMetadata(parseDump(`${[title, '', meta, '', ...BODY].join('\n')}\n`), {});
}

suite('Metadata: names linked as user-generated content', () => {
	test('a name whose link is marked rel="ugc" is a commenter\'s, not the author', () => {
		assert.strictEqual(md('By [Fern Lover](https://fernlover.example/blog/){rel="external nofollow ugc"}').author, undefined);
		assert.strictEqual(md('By [Fern Lover](https://fernlover.example){rel="ugc"}').author, undefined);
	});

	test('the same name with another rel, or with none, is still the author', () => {
		assert.strictEqual(md('By [Fern Lover](https://fernlover.example/blog/){rel="author"}').author?.value, 'Fern Lover');
		assert.strictEqual(md('By [Fern Lover](https://fernlover.example/blog/){rel="nofollow"}').author?.value, 'Fern Lover');
		assert.strictEqual(md('By Fern Lover').author?.value, 'Fern Lover');
	});
});
