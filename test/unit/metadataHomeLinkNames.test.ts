// Metadata (issue 12, meta56): a byline whose name links to a whole website's front page names the site or a maker, not the writer.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { ArticleMetadata } from '../../src/core/extract/article';
import { extractMetadata } from '../../src/core/extract/metadata';

const BODY = [
	'These crisp bread thins are baked twice, so they keep for weeks in a sealed tin and stay crunchy with soft cheese.',
	'',
	'Serve them with a fig jam or a mild goat cheese, or break them over a green salad for a little crunch.',
	'',
	'Each pack holds about thirty thins, and one serving of five thins has fewer calories than a slice of bread.',
];

/** A page with a title, one meta line under it, then the body. */
function md(meta: string, title = '# Rosemary bread thins, 5 oz'): ArticleMetadata {
	return extractMetadata(parseDump(`${[title, '', meta, '', ...BODY].join('\n')}\n`), {});
}

suite('Metadata: names linked to a front page', () => {
	test("\"By\" and a link to a website's front page names the maker, not an author", () => {
		assert.strictEqual(md('By [ Crispworks ](https://crispworks.example/)').author, undefined);
		assert.strictEqual(md('By [Crispworks](http://www.crispworks.example)').author, undefined);
	});

	test('a link to a page of a site, or to this site\'s own home, still names the author', () => {
		assert.strictEqual(md('By [Jane Doe](https://crispworks.example/author/jane-doe/)').author?.value, 'Jane Doe');
		assert.strictEqual(md('By [Jane Doe](/)').author?.value, 'Jane Doe');
		assert.strictEqual(md('By Jane Doe').author?.value, 'Jane Doe');
	});

	// Session 52 (meta57): a writer's byline links the writer's own home page by its absolute address.
	test("a person's full name linked to a front page is the writer's own home page, still the author", () => {
		assert.strictEqual(md('By [Jane Doe](https://janedoe.example)').author?.value, 'Jane Doe');
		assert.strictEqual(md('By [Jane Q. Doe](https://www.janedoe.example/)').author?.value, 'Jane Q. Doe');
	});
});
