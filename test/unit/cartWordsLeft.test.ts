// Cart words on a page no other rule decided make one product's page; without them, or dated, it stays an article (kinds/cartWordsLeft.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { dumpLines } from '../util/joinLines';

function pageType(dump: string): { value?: unknown; rule?: string } {
	return extractArticle(parseDump(dump)).metadata.pageType ?? {};
}

/** A part's page whose prices a script draws: its name, a quantity box and a button, a short spec list. */
function partPage(buyLine: string, dated = false): string {
	return dumpLines(
		'::: {.main-wrapper}',
		'# Ridgeline 40 L Pack, Slate Grey',
		'',
		...(dated ? ['[May 2, 2025]{.date}', ''] : []),
		buyLine,
		'',
		'## Specifications',
		'',
		'### Manufacturer',
		'',
		'Ridgeline Outdoor',
		'',
		'### Part #',
		'',
		'RL-40-SG',
		'',
		':::',
	);
}

suite('Cart words left', () => {
	test('a page nothing else decides that prints a cart word is a product', () => {
		const t = pageType(partPage('QTY 1 Add to cart'));
		assert.strictEqual(t.value, 'product');
		assert.strictEqual(t.rule, 'kind:cart words 2, nothing else');
	});

	test('without a cart word it stays an article by default; a dated page with one is not a product', () => {
		assert.strictEqual(pageType(partPage('Save to list')).rule, 'kind:default');
		assert.notStrictEqual(pageType(partPage('QTY 1 Add to cart', true)).value, 'product', 'a dated page is no product by this rule');
	});
});
