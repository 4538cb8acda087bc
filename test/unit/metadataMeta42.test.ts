// Metadata (issue 12, session 37 meta42): React test ids that name a byline or a date (`testIdWords.ts`); a "By" label glued to the name link (`gluedByPrefix.ts`).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { ArticleMetadata } from '../../src/core/extract/article';
import { extractMetadata } from '../../src/core/extract/metadata';
import { testIdWords } from '../../src/core/extract/metadata/testIdWords';
import { withoutGluedBy } from '../../src/core/extract/metadata/gluedByPrefix';
import { splitNames } from '../../src/core/extract/metadata/names';

function md(lines: readonly string[], pageKind?: string): ArticleMetadata {
	return extractMetadata(parseDump(`${lines.join('\n')}\n`), { pageKind });
}

const BODY = 'The harbour town rebuilt its sea wall over two winters, and the fishermen who watched it rise say the new stones already hold the tide better than the old ones did.';

suite('Metadata: test-id bylines and glued "By" labels (meta42)', () => {
	test('a test id gives its words only when they name a byline or a date', () => {
		assert.strictEqual(testIdWords('authorName'), 'authorname author-name');
		assert.strictEqual(testIdWords('storyPublishDate'), 'storypublishdate story-publish-date');
		assert.strictEqual(testIdWords('BylineName'), 'bylinename byline-name');
		for (const other of ['card-headline', 'price', 'link', 'storyTitle', undefined]) assert.strictEqual(testIdWords(other), '', String(other));
	});

	test("a Medium story's author and date under hashed classes are read from their test ids", () => {
		const a = md([
			'# The sea wall at Port Ellis {.pw-post-title .hx .hy}',
			'',
			'::: {.ab .cd}',
			'[[Maren Solberg](/@maren?source=post_page){.ef .gh}]{.ij testid="authorName"}',
			'',
			'[6 min read]{testid="storyReadTime"}',
			'',
			'[Mar 3, 2024]{.kl testid="storyPublishDate"}',
			':::',
			'',
			BODY,
			'',
			BODY,
		]);
		assert.strictEqual(a.author?.value, 'Maren Solberg');
		assert.strictEqual(a.published?.value.slice(0, 10), '2024-03-03');
	});

	test("a Condé Nast byline (BylineName test id, glued \"By\" label) gives the name alone", () => {
		const a = md([
			'# Why the tide tables changed {testid="ContentHeaderHed"}',
			'',
			'::: {.kx .hq testid="BylinesWrapper"}',
			'[By]{.px}[[Tomas Reyes](/contributor/tomas-reyes)]{.qw testid="BylineName"}',
			':::',
			'',
			BODY,
			'',
			BODY,
		]);
		assert.strictEqual(a.author?.value, 'Tomas Reyes');
	});

	test("a Washington Post byline and date under hashed classes are read from their data-qa ids", () => {
		const a = md([
			'# Harbour towns brace for the spring tides {qa="headline"}',
			'',
			'::: {.wpds-c-a qa="attribution"}',
			'[[Lena Ortiz](https://example.com/people/lena-ortiz/)]{.wpds-c-b qa="author-name"}',
			'',
			'[April 9, 2025]{.wpds-c-c qa="display-date"}',
			':::',
			'',
			BODY,
			'',
			BODY,
		]);
		assert.strictEqual(a.author?.value, 'Lena Ortiz');
		assert.strictEqual(a.published?.value.slice(0, 10), '2025-04-09');
	});

	test('a glued "By" is dropped only before a capitalised word', () => {
		assert.strictEqual(withoutGluedBy('ByNina Pineda'), 'Nina Pineda');
		for (const name of ['Byron Katie', 'Byung-Chul Han', 'BYLINE', 'by Jane Doe']) assert.strictEqual(withoutGluedBy(name), name);
		assert.deepStrictEqual(splitNames('ByNina Pineda'), ['Nina Pineda']);
		assert.deepStrictEqual(splitNames('Byron Katie'), ['Byron Katie']);
	});
});
