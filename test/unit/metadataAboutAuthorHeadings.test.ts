// Metadata (issue 12): an author box's heading that links the writer's page ("## About [Jane Doe](/author/jane/)") names the article's author, far from the title (aboutAuthorHeadings.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';

const BODY = Array.from({ length: 40 }, (_, i) => `Packing cubes keep a carry-on tidy, and the third trip with them (${i}) is when the habit finally sticks for good.\n`).join('\n');

function authorOf(box: string): string | undefined {
	return extractMetadata(parseDump(`# How to pack a carry-on for two weeks\n\n${BODY}\n${box}\n`), { pageKind: 'article' }).author?.value;
}

suite('Metadata: author box headings', () => {
	test('"About", "Written by" and "More from" with a link to the writer\'s page name the author', () => {
		assert.strictEqual(authorOf('## About [Lena Park](/author/lena/)\n\nLena tests luggage on every trip she takes.'), 'Lena Park');
		assert.strictEqual(authorOf('#### Written by [Lena Park](/writers/lena-park/)'), 'Lena Park');
		assert.strictEqual(authorOf('## More from [Lena Park](/contributors/lena-park/)'), 'Lena Park');
	});

	test('a link elsewhere, more than the name, or several writers name no one', () => {
		assert.strictEqual(authorOf('## About [Lena Park](/shop/lena-park/)'), undefined);
		assert.strictEqual(authorOf('## About [Lena Park](/author/lena/) and her luggage tests'), undefined);
		assert.strictEqual(authorOf('## More from [Lena Park](/author/lena/)\n\n## More from [Omar Reyes](/author/omar/)'), undefined);
	});
});
