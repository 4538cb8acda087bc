// Metadata (issue 12): an author box or a "Written by" label far under the title gives the page's author on undated kinds too (kindPolicy.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { ArticleMetadata } from '../../src/core/extract/article';
import { extractMetadata } from '../../src/core/extract/metadata';

function md(lines: readonly string[], pageKind: string): ArticleMetadata {
	return extractMetadata(parseDump(`${lines.join('\n')}\n`), { pageKind });
}

const FILLER = 'A raised bed drains better than the clay around it, and the soil warms two weeks earlier in spring.';
/** A post: its title, a long text, then `box` (an author box after the article). */
const PAGE = (box: string[]): string[] => ['# Building a raised bed on clay', '', ...Array.from({ length: 12 }, () => [FILLER, '']).flat(), '------', '', ...box, ''];
/** An author card (authorCards.ts, rule `card:picture-bio:far`): a picture named after the writer, then a bio starting with the name. */
const AUTHOR_BOX = ['![Mirela Vost](/img/writer.jpg){.rounded}', '', '**Mirela Vost** *Gardener*', '', 'Mirela Vost grows vegetables on heavy clay. She writes about soil for two regional magazines.'];

suite('Metadata: author boxes on undated kinds (kindPolicy.ts)', () => {
	test('a post taken for a service page keeps its author box far under the title', () => {
		const m = md(PAGE(AUTHOR_BOX), 'service');
		assert.strictEqual(m.author?.value, 'Mirela Vost');
	});

	test('a plain name far under the title is still not reported there', () => {
		const m = md(PAGE(['Mirela Vost', '', 'Mirela Vost grows vegetables on heavy clay. She writes about soil for two regional magazines.']), 'service');
		assert.strictEqual(m.author, undefined);
	});

	test('a "Written by" label with the name on the next line is kept far under the title too', () => {
		const m = md(PAGE(['Written by', '', '[Mirela Vost](/team/mirela-vost)']), 'service');
		assert.strictEqual(m.author?.value, 'Mirela Vost');
	});

	test('a product page still reports no author, author box or not', () => {
		const m = md(PAGE(AUTHOR_BOX), 'product');
		assert.strictEqual(m.author, undefined);
	});
});
