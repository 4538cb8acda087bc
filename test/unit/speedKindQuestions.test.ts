// Speed (issue 13): shared metadata steps that asked only whether the kind is one kind serve a read of another kind with the same answer, with the results of fresh reads.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata, metadataReader, type ArticleContext } from '../../src/core/extract/metadata';
import { isPageKind } from '../../src/core/extract/metadata/kindQuestion';
import type { PageKind } from '../../src/core/extract/kinds/pageKind';

const BODY = 'The article body goes on for a while, long enough to be the text a reader came for, with more words after it.';
const filler = (words: number): string => Array.from({ length: words }, (_, i) => `word${i}`).join(' ');

/** A product title with a variant (titleProductVariant.ts), and a name beside a date past the body (pastTheBody.ts, forum pages exempt). */
const PAGES: Readonly<Record<string, readonly string[]>> = {
	variant: ['# Moray Driver Kit - 32 Precision Bits', '', 'By Jane Roe', '', 'March 6, 2026', '', BODY, '', BODY],
	pastBody: ['# Notes from the field', '', 'March 6, 2026', '', filler(200), '', 'By Mary Jones · March 3, 2025', '', filler(20)],
};

const KINDS: readonly (PageKind | undefined)[] = [undefined, 'article', 'forum', 'listing', 'collection', 'product', 'service', 'documentation'];

suite('Speed: kind questions in shared metadata reads', () => {
	test('a date-only read then a full read of every kind gives what a fresh read gives', () => {
		for (const [name, lines] of Object.entries(PAGES)) {
			const doc = parseDump(`${lines.join('\n')}\n`);
			for (const first of KINDS) {
				for (const second of KINDS) {
					const read = metadataReader(doc);
					const a: ArticleContext = { pageKind: first };
					const b: ArticleContext = { pageKind: second };
					assert.strictEqual(read.publishedRule(a), extractMetadata(doc, a).published?.rule, `${name} ${first}`);
					assert.deepStrictEqual(read(b), extractMetadata(doc, b), `${name} ${first} then ${second}`);
				}
			}
		}
	});

	test('the product title loses its variant only on a product page, whichever read came first', () => {
		const doc = parseDump(`${PAGES.variant.join('\n')}\n`);
		const read = metadataReader(doc);
		assert.strictEqual(read({}).title?.value, 'Moray Driver Kit - 32 Precision Bits');
		assert.strictEqual(read({ pageKind: 'product' }).title?.value, 'Moray Driver Kit');
		assert.strictEqual(read({ pageKind: 'service' }).title?.value, 'Moray Driver Kit - 32 Precision Bits');
	});

	test('a plain context answers from its page kind', () => {
		assert.strictEqual(isPageKind({ pageKind: 'forum' }, 'forum'), true);
		assert.strictEqual(isPageKind({ pageKind: 'article' }, 'forum'), false);
		assert.strictEqual(isPageKind({}, 'product'), false);
	});
});
