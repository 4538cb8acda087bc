// A collection read from its grid's container gets back the category's title and blurb above it (kinds/introAboveGrid.ts).
import * as assert from 'node:assert';
import { withIntroAbove } from '../../src/core/extract/kinds/introAboveGrid';
import { resultsContext, textLines } from '../util/gridContext';

const BLURB = 'Light packs for day hikes and long weekends.';
const card = (i: number): string => `::: product-card\n### [Northwind Alder Pack ${20 + i}](/p/alder-${i})\n\n$${120 + i}.00\n:::\n`;
const GRID = Array.from({ length: 8 }, (_, i) => card(i)).join('\n');

/** A category page: the title's banner box (`intro` lines after the h1), then a facet list, then the results box with the grid. */
function page(intro: string, results = GRID): string {
	const facets = ['Brand', 'Capacity', 'Price'].map((f) => `-   [${f}](/f/${f.toLowerCase()})`).join('\n');
	return `::: category-banner\n# Trail Packs\n\n${intro}\n:::\n\n${facets}\n\n::: results\n${results}\n:::\n`;
}

suite('Introduction above the grid', () => {
	test('the title and blurb of the banner above the grid come back, not the facets between them', () => {
		const { ctx, attempt } = resultsContext(page(`${BLURB}\n\n[Shop all packs](/packs)`));
		const read = withIntroAbove(ctx, attempt);
		const text = textLines(read.blocks);
		assert.deepStrictEqual(text.slice(0, 2), ['Trail Packs', BLURB]);
		assert.ok(text.includes('Northwind Alder Pack 20'), text.join('|'));
		for (const gone of ['Shop all packs', 'Brand', 'Capacity']) assert.ok(!text.includes(gone), `${gone}: ${text.join('|')}`);
		assert.strictEqual(read.chars, attempt.chars + 'Trail Packs'.length + BLURB.length);
	});

	test('a blurb of two or three sentences (up to 600 characters) comes back with the title', () => {
		const blurb = Array.from({ length: 10 }, () => BLURB).join(' ');
		assert.ok(blurb.length > 300 && blurb.length < 600);
		const { ctx, attempt } = resultsContext(page(blurb));
		const text = textLines(withIntroAbove(ctx, attempt).blocks);
		assert.deepStrictEqual(text.slice(0, 2), ['Trail Packs', blurb]);
	});

	test('a long stretch under the title, or a container without the priced grid, is left as it is', () => {
		// An article's deck, byline and date under its h1 are more than a category's blurb.
		const long = resultsContext(page(Array.from({ length: 16 }, () => BLURB).join('\n\n')));
		assert.strictEqual(withIntroAbove(long.ctx, long.attempt), long.attempt);
		// The container read is the category's text, the grid lies elsewhere: nothing is added.
		const prose = 'Our packs are fitted by staff who walk the trails themselves, and each is tested on rock and snow.';
		const text = resultsContext(page(BLURB, `${prose}\n\n${prose}`));
		assert.strictEqual(withIntroAbove(text.ctx, text.attempt), text.attempt);
	});
});
