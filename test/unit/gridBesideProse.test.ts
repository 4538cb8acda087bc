// The priced grid beside the category prose (kinds/gridBesideProse.ts) and a box of one unpriced panel per card (kinds/cardDetailPanels.ts), with opaque class words.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { type Attempt, BlockIndex } from '../../src/core/extract/blockIndex';
import { withGridBesideProse } from '../../src/core/extract/kinds/gridBesideProse';
import type { KindContext } from '../../src/core/extract/kinds/pageKind';
import { pageSignals } from '../../src/core/extract/kinds/signals';
import { wholePage } from '../../src/core/extract/kinds/wholePage';
import { textLines } from '../util/gridContext';

const NAMES = ['Fieldmaster X2 Body', 'Fieldmaster X2 Kit', 'Pocket Zoom 30', 'Pocket Zoom 40', 'Trailcam 4K', 'Trailcam 6K', 'Studio Mono S', 'Studio Mono M', 'Harbor Film 35', 'Harbor Film 120', 'Summit Action 3', 'Summit Action 4', 'Orbit 360 One', 'Orbit 360 Two'];

/** A results grid of priced cards whose classes are opaque tokens (a shop's own words, or the declassed yardstick's). */
function grid(names: readonly string[]): string {
	const cards = names
		.map((n, i) => `::: {.qxcard}\n::: qxpic\n![${n}](/img/${i}.jpg)\n:::\n\n## [${n}](/p/${i})\n\n-   Weather-sealed body with two card slots\n-   Fast focus for moving subjects\n-   Bright screen that tilts for low angles\n-   Battery for a full day of shooting\n\n::: qxprice\n$${400 + i * 25}.95\n:::\n\nAdd to Cart\n:::\n`)
		.join('\n');
	return `::: {.wvgrid}\n${cards}\n:::\n`;
}

const PAGER = `::: zpager\n[Previous](/c?p=0)\n\nPage 1 of 9\n\n[More Results](/c?p=2)\n:::\n`;

const PROSE = [
	'Whether you are starting out or have shot for years, a good camera changes how you see the world around you, and the range below covers every budget, every size and every kind of picture you might want to take.',
	'Compact cameras put ease of use first, with a lens that never comes off, a bright screen and settings that choose themselves, so that a quick picture at a birthday or on a walk comes out sharp and well exposed.',
	'Mirrorless bodies take interchangeable lenses, as the older reflex cameras did, but drop the mirror, which keeps them small and lets the viewfinder show the picture exactly as the sensor will record it, light and colour included.',
	'Action cameras are built to be dropped, soaked and bolted to helmets, bicycles and surfboards, and they record wide, steady video that needs little editing before it is shared with friends or family at the end of the day.',
	'Film cameras are fully mechanical or close to it, and use rolls of film that are developed later, which many photographers enjoy for the slower way of working and the look of the prints that come back from the lab.',
].join('\n\n');

/** A category page: the menu, the grid, what lies between, then the prose in a box of its own, then the footer. */
function category(between: string, names: readonly string[] = NAMES): string {
	return `::: kvhead\n-   [Cameras](/c)\n-   [Lenses](/l)\n-   [Lighting](/li)\n:::\n\n::: kvmain\n# Digital Cameras\n\n::: kvresults\n${grid(names)}\n${between}\n:::\n\n::: kvseo\n${PROSE}\n:::\n:::\n\n::: kvfoot\nCopyright Lakeside Cameras\n:::\n`;
}

/** The context of the dump with the pipeline's attempt at the container of the given class (its whole text). */
function contextAt(dump: string, cls: string): KindContext {
	const index = new BlockIndex(parseDump(dump));
	const region = index.containers.find((c) => c.attrs.classes.includes(cls));
	assert.ok(region);
	const article: Attempt = { region, regionScore: 1, blocks: [...region.children], removed: [], chars: index.statsOf(region).chars };
	return { index, signals: pageSignals(index), article, whole: wholePage(index) };
}

suite('Grid beside prose', () => {
	test('a prose read gets the priced grid set before it, in page order, unless sections lie between them', () => {
		const series = ['Fieldmaster series', 'Pocket series', 'Summit series']
			.map((s) => `## ${s}\n\nA family of cameras that share their controls and batteries, so that moving from one to the next takes no relearning at all, and the lenses fit every body in the family.`)
			.join('\n\n');
		const ctx = contextAt(category(`${PAGER}\n::: kvtiles\n${series}\n:::\n`), 'kvseo');
		assert.strictEqual(withGridBesideProse(ctx, ctx.article), ctx.article);
		const bare = contextAt(category(PAGER), 'kvseo');
		const lines = textLines(withGridBesideProse(bare, bare.article).blocks);
		assert.ok(lines.includes('Fieldmaster X2 Body') && lines.indexOf('Orbit 360 Two') < lines.findIndex((l) => l.startsWith('Compact cameras')), lines.join('|'));
	});

	test('a short grid beside the prose, or a price in the prose, leaves the prose alone', () => {
		const short = contextAt(category(PAGER, NAMES.slice(0, 6)), 'kvseo');
		assert.strictEqual(withGridBesideProse(short, short.article), short.article);
		const priced = contextAt(category(PAGER).replace('a bright screen', 'a bright screen from $199.00'), 'kvseo');
		assert.strictEqual(withGridBesideProse(priced, priced.article), priced.article);
	});
});
