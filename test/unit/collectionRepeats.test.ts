// Collection repeats: a long block a category page prints twice (a review in a carousel and in its cloned slide) is read once.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { extractDumpText, KIND_FIXTURES } from '../util/kindFixtures';

const count = (text: string, s: string): number => text.split(s).length - 1;

const REVIEW =
	'I carried the Alder pack up the ridge three weekends running and the hip belt never once dug in, even with a full water bladder and a stove packed at the bottom; the side pockets swallow a litre bottle each and the lid still closes over a rain shell.';

suite('Collection repeats', () => {
	test('a long review printed in a carousel slide and again in its clone is read once; the grid stays', () => {
		const grid = fs.readFileSync(path.join(KIND_FIXTURES, 'collection-card-noise.txt'), 'utf8');
		const slide = (n: number): string => `::: {.review-slide data-index="${n}"}\n${REVIEW}\n\nSam, Leeds\n:::\n`;
		const dump = grid.replace('::: {.site-footer}', `::: {.reviews-carousel}\n## What hikers say\n\n${slide(0)}\n${slide(1)}:::\n\n::: {.site-footer}`);
		const { text, kind } = extractDumpText(dump);
		assert.strictEqual(kind, 'collection');
		assert.strictEqual(count(text, 'the hip belt never once dug in'), 1, text);
		assert.strictEqual(count(text, 'Northwind Alder Trail Pack 28'), 1, text);
	});
});
