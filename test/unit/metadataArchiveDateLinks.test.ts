// Metadata: a date linked to its own day or month archive near the title is the page's dateline (`archiveDateLinks.ts`).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';

const BODY =
	'Renting a car abroad starts at the counter, where the agent asks for your licence, a credit card and the booking number, and then offers insurance you may already have.\n\n' +
	'Before you sign, walk around the car with the agent and point at every scratch, so that both of you write it on the form and nobody argues about it when you return the keys.\n';

/** A builder's wrappers: source characters between the headline and its meta line, no words of their own. */
const WRAPPERS = Array.from({ length: 40 }, (_, i) => `::: {.q${i} data-s="{\\"w\\":\\"${'z'.repeat(180)}\\"}"}\n:::\n`).join('\n');

/** A strip of teasers above the headline, each a bare date and a link to another post. */
const TICKER = ['December 8, 2025', 'December 3, 2025', 'December 1, 2025']
	.map((d, i) => `-   [[ ${d} ]{.t1} [ Another story number ${i + 1} ]{.t2}](https://example.com/another-story-${i + 1}/)`)
	.join('\n');

function publishedOf(dump: string): string | undefined {
	return extractMetadata(parseDump(dump), {}).published?.value;
}

suite('Metadata: dates linked to their own archive', () => {
	test('a date linked to its month archive under the title wins over a ticker of dates above it', () => {
		const dump = `::: {.h1}\n${TICKER}\n:::\n\n# Top ten hotels for a winter break\n\n::: {.m1}\n[[June 3,\n2024](https://example.com/2024/06/)]{.m2}\n:::\n\n${BODY}`;
		assert.strictEqual(publishedOf(dump), '2024-06-03');
	});

	test('a date linked to its day archive far under the title (long builder markup between) is read', () => {
		const dump = `# Renting a car: key vocabulary\n\n${WRAPPERS}\n\n-   [[May 3, 2024]{.m3}](https://example.com/2024/05/03/)\n\n${BODY}`;
		assert.strictEqual(publishedOf(dump), '2024-05-03');
	});

	test("a date linked to a post (its archive path followed by the post's slug) is not the page's", () => {
		const dump = `# Renting a car: key vocabulary\n\n${WRAPPERS}\n\n-   [[May 3, 2024]{.m3}](https://example.com/2024/05/03/another-post/)\n\n${BODY}`;
		assert.strictEqual(publishedOf(dump), undefined);
	});

	test('several days linked to their archives are a list of posts: none is the page\'s date', () => {
		const dump = `# Renting a car: key vocabulary\n\n${WRAPPERS}\n\n-   [[May 3, 2024]{.m3}](https://example.com/2024/05/03/)\n-   [[May 9, 2024]{.m3}](https://example.com/2024/05/09/)\n\n${BODY}`;
		assert.strictEqual(publishedOf(dump), undefined);
	});

	test('a linked date that is not the archive\'s day is not read from the link', () => {
		const dump = `# Renting a car: key vocabulary\n\n${WRAPPERS}\n\n-   [[May 3, 2024]{.m3}](https://example.com/2023/11/)\n\n${BODY}`;
		assert.strictEqual(publishedOf(dump), undefined);
	});
});
