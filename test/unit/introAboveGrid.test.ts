// A collection read from its grid's container gets back the category's title and blurb above it (kinds/introAboveGrid.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { type Attempt, BlockIndex, type Container, isContainer } from '../../src/core/extract/blockIndex';
import { withIntroAbove } from '../../src/core/extract/kinds/introAboveGrid';
import type { KindContext } from '../../src/core/extract/kinds/pageKind';
import { pageSignals } from '../../src/core/extract/kinds/signals';
import { wholePage } from '../../src/core/extract/kinds/wholePage';
import { blockText } from '../../src/core/extract/inlineText';
import type { Block } from '../../src/core/model/dumpDocument';

const BLURB = 'Light packs for day hikes and long weekends.';
const card = (i: number): string => `::: product-card\n### [Northwind Alder Pack ${20 + i}](/p/alder-${i})\n\n$${120 + i}.00\n:::\n`;
const GRID = Array.from({ length: 8 }, (_, i) => card(i)).join('\n');

/** A category page: the title's banner box (`intro` lines after the h1), then a facet list, then the results box with the grid. */
function page(intro: string, results = GRID): string {
	const facets = ['Brand', 'Capacity', 'Price'].map((f) => `-   [${f}](/f/${f.toLowerCase()})`).join('\n');
	return `::: category-banner\n# Trail Packs\n\n${intro}\n:::\n\n${facets}\n\n::: results\n${results}\n:::\n`;
}

/** The context of a dump with the attempt the article pipeline makes of its `results` box. */
function context(dump: string): { ctx: KindContext; attempt: Attempt } {
	const index = new BlockIndex(parseDump(dump));
	const results = index.doc.blocks.find((b): b is Container => isContainer(b) && b.attrs.classes.includes('results'));
	assert.ok(results);
	const attempt: Attempt = { region: results, regionScore: 1, blocks: [results], removed: [], chars: index.statsOf(results).chars };
	return { ctx: { index, signals: pageSignals(index), article: attempt, whole: wholePage(index) }, attempt };
}

function lines(blocks: readonly Block[]): string[] {
	return blocks.map((b) => blockText(b).trim()).join('\n').split('\n').map((l) => l.trim()).filter((l) => l !== '');
}

suite('Introduction above the grid', () => {
	test('the title and blurb of the banner above the grid come back, not the facets between them', () => {
		const { ctx, attempt } = context(page(`${BLURB}\n\n[Shop all packs](/packs)`));
		const read = withIntroAbove(ctx, attempt);
		const text = lines(read.blocks);
		assert.deepStrictEqual(text.slice(0, 2), ['Trail Packs', BLURB]);
		assert.ok(text.includes('Northwind Alder Pack 20'), text.join('|'));
		for (const gone of ['Shop all packs', 'Brand', 'Capacity']) assert.ok(!text.includes(gone), `${gone}: ${text.join('|')}`);
		assert.strictEqual(read.chars, attempt.chars + 'Trail Packs'.length + BLURB.length);
	});

	test('a long stretch under the title, or a container without the priced grid, is left as it is', () => {
		// An article's deck, byline and date under its h1 are more than a category's blurb.
		const long = context(page(Array.from({ length: 8 }, () => BLURB).join('\n\n')));
		assert.strictEqual(withIntroAbove(long.ctx, long.attempt), long.attempt);
		// The container read is the category's text, the grid lies elsewhere: nothing is added.
		const prose = 'Our packs are fitted by staff who walk the trails themselves, and each is tested on rock and snow.';
		const text = context(page(BLURB, `${prose}\n\n${prose}`));
		assert.strictEqual(withIntroAbove(text.ctx, text.attempt), text.attempt);
	});
});
