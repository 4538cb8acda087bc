// Metadata: a "By" line or a labelled author-page link a little above the title is the page's byline (`bylinesBeforeTitle.ts`).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';

const BODY =
	'Hollyhocks want a sunny wall, deep soil and patience: the first year they make leaves, the second they flower, and after that they seed themselves along the path if you let them.\n\n' +
	'Sow them in late summer where they are to grow, thin the seedlings to a hand apart, and stake the tallest before the autumn winds find them.\n';

function authorOf(dump: string): string | undefined {
	return extractMetadata(parseDump(dump), {}).author?.value;
}

suite('Metadata: bylines a little above the title', () => {
	test('an author-page link after "Author:" above the headline names the author', () => {
		const dump = `::: {.a1}\n-   **Author:** [Mara Lindqvist](https://example.org/author/mara-lindqvist/)\n-   **Last Updated:** February 28, 2026\n:::\n\n# Growing hollyhocks against a wall\n\n${BODY}`;
		assert.strictEqual(authorOf(dump), 'Mara Lindqvist');
	});

	test('a "by" line with its author link in a post header above the headline names the author', () => {
		const dump = `::: {.x1}\n[Garden](https://example.org/category/garden/)\n\n[by [Mara Lindqvist](https://example.org/author/mara-lindqvist/)]{.x2} [· October 10, 2021]{.x3}\n:::\n\n# Growing hollyhocks against a wall\n\n${BODY}`;
		assert.strictEqual(authorOf(dump), 'Mara Lindqvist');
	});

	test('an unlabelled author-page link above the headline is not read; one below it still wins a tie', () => {
		const unlabelled = `::: {.x1}\n[Mara Lindqvist](https://example.org/team/mara-lindqvist/)\n:::\n\n# Growing hollyhocks against a wall\n\n${BODY}`;
		assert.strictEqual(authorOf(unlabelled), undefined);
		const both = `By Tomas Berg\n\n# Growing hollyhocks against a wall\n\nBy Mara Lindqvist\n\n${BODY}`;
		assert.strictEqual(authorOf(both), 'Mara Lindqvist');
	});

	test('a menu entry whose link says "By …" above the headline is no byline', () => {
		const dump = `::: {.m1}\n-   [By State](https://example.org/venues)\n-   [By Style](https://example.org/styles)\n:::\n\n# Growing hollyhocks against a wall\n\n${BODY}`;
		assert.strictEqual(authorOf(dump), undefined);
	});
});
