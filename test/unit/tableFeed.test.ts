// A table whose rows each link a title of their own, holding most of the page, is a list of items (kinds/tableFeed.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { dumpLines } from '../util/joinLines';

const WORDS = ['amber', 'birch', 'cinder', 'dune', 'ember', 'fjord', 'garnet', 'heron', 'iris', 'jasper', 'kelp', 'linden'];

/** A pipe table of `n` rows of fictional books: rank, a linked title (or the same "notes" link on every row), an author and a rating. */
function bookTable(n: number, sameLink = false): string {
	const rows = Array.from({ length: n }, (_, i) => {
		const title = `The ${WORDS[i % WORDS.length]} of ${WORDS[(i * 5 + 3) % WORDS.length]} ${i + 1}`;
		const link = sameLink ? '[notes](/notes.pdf)' : `[${title}](/book/${i + 1})`;
		return `| ${i + 1} | ${link} | by Ada Quill | ${(4 + (i % 10) / 10).toFixed(2)} avg rating, ${1000 + i * 37} ratings |`;
	});
	return dumpLines('::: {.m1}', '-   [Home](/)', '-   [Lists](/lists)', ':::', '', '::: {.m2}', '# Best novels of the coast', '', 'Voted by readers of the site.', '', '| # | Title | Author | Rating |', '|---|---|---|---|', ...rows, '', ':::', '', '::: {.m3}', '[Privacy](/privacy)', ':::');
}

function kindOf(dump: string): { kind: unknown; rule: string } {
	const md = extractArticle(parseDump(dump)).metadata.pageType;
	return { kind: md?.value, rule: md?.rule ?? '' };
}

suite('Table feed', () => {
	test('a table of 30 rows, each linking a title of its own, is a listing', () => {
		const x = kindOf(bookTable(30));
		assert.strictEqual(x.kind, 'listing', x.rule);
		assert.match(x.rule, /table rows 30/);
	});

	test('a table of 12 such rows is not read by the rule', () => {
		assert.doesNotMatch(kindOf(bookTable(12)).rule, /table rows/);
	});

	test('a table whose rows all link the same "notes" is not', () => {
		assert.doesNotMatch(kindOf(bookTable(30, true)).rule, /table rows/);
	});
});
