// Metadata (issue 12): a lone "Authors" label that is a link is a menu's entry, and the menu's next link is no author.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';

const PARA = 'A paragraph of body text long enough to be read as part of the article, with more words after it so that it counts.\n';

function authorOf(dump: string): string | undefined {
	return extractMetadata(parseDump(dump), { pageKind: 'article' }).author?.value;
}

suite('Metadata: a byline label that is a link', () => {
	test("a menu's \"Authors\" link does not make the next menu link the author", () => {
		const dump = `-   [Announcements](/announcements)\n\n-   [Authors](/search/authors)\n\n-   [Themes](/themes)\n\n-   [Issues](/issues)\n\n# A trial of a meditation app\n\n${PARA}\n${PARA}`;
		assert.notStrictEqual(authorOf(dump), 'Themes');
	});

	test('a plain "Author" label still leads the name after it', () => {
		const dump = `# A trial of a meditation app\n\nAuthor\n\n[Jane Doe](/people/jane)\n\n${PARA}\n${PARA}`;
		assert.strictEqual(authorOf(dump), 'Jane Doe');
	});
});
