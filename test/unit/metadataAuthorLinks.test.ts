// Metadata (issue 12): an author-page link names an author only when the person's slug ends its path and it is no button.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';

const BODY = 'A paragraph of body text long enough to be read as the article, with more words after it so it counts.\n';

function authorOf(dump: string): string | undefined {
	return extractMetadata(parseDump(dump), {}).author?.value;
}

suite('Metadata: author-page links', () => {
	test('a link to /author/<slug> under the title is the byline', () => {
		assert.strictEqual(authorOf(`# Tides of the north sea\n\n[Maria Holt](https://example.org/author/maria-holt/)\n\n${BODY}`), 'Maria Holt');
	});

	test('a deeper page under the same word (a team page) is not an author page', () => {
		assert.strictEqual(authorOf(`# League standings\n\n[Detroit Pistons](/nba/team/_/name/det/detroit-pistons)\n\n${BODY}`), undefined);
	});

	test('a call-to-action link to /people/… is a product, not a person', () => {
		assert.strictEqual(authorOf(`# Hiring software\n\n[Explore Hiring](/people/ats-software){.feat-cta}\n\n${BODY}`), undefined);
	});
});
