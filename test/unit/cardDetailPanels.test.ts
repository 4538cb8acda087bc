// Card detail panels (kinds/cardDetailPanels.ts): a box beside the grid with one unpriced panel per card is an overlay, whatever its class words.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { type Attempt, BlockIndex } from '../../src/core/extract/blockIndex';
import { cardDetailPanels } from '../../src/core/extract/kinds/cardDetailPanels';
import { pageSignals } from '../../src/core/extract/kinds/signals';
import { extractDumpText } from '../util/kindFixtures';

const NAMES = ['Ridgeline Over-Ear', 'Ridgeline Kids', 'Tidal Buds Pro', 'Tidal Buds Lite', 'Ember Wireless', 'Ember Wired', 'Canyon Sport', 'Canyon Studio'];

const STORY = (n: string): string =>
	`**BUILT FOR THE LONG RUN**\n\nMeet ${n}, made to keep going through the longest days: its cushions breathe, its band holds without pinching, and its battery lasts through a week of commutes, workouts and evenings on the sofa, so that the music never stops before you do.\n\n-   Forty hours of battery with quick charge\n-   Sweat and water resistant coating\n-   Folds flat into its pouch\n\nWhat's in the box: ${n}, charging cable, pouch, user guide`;

/** A category page: its grid of priced cards, and beside it the box of one panel per card (`panels` of them, `priced` with a price). */
function page(panels: number, priced = false): string {
	const cards = NAMES.map((n, i) => `::: {.hqcard}\n![${n}](/img/${i}.jpg)\n\n### [${n}](/p/${i})\n\n$${59 + i * 10}.99\n\nAdd to cart\n:::\n`).join('\n');
	const drawer = NAMES.slice(0, panels)
		.map((n, i) => `::: {.rtpanel}\n${STORY(n)}${priced ? `\n\nNow $${59 + i * 10}.99` : ''}\n:::\n`)
		.join('\n');
	return `::: yyhead\n-   [Headphones](/h)\n-   [Earbuds](/e)\n-   [Speakers](/s)\n:::\n\n::: yymain\n# Headphones\n\n::: yywrap\n::: {.yygrid}\n${cards}\n:::\n\n::: {.yydrawer}\n${drawer}\n:::\n:::\n:::\n\n::: yyfoot\nCopyright Ridgeline Audio\n:::\n`;
}

/** The attempt the article pipeline makes of the drawer box. */
function drawerAttempt(dump: string): { index: BlockIndex; attempt: Attempt } {
	const index = new BlockIndex(parseDump(dump));
	const region = index.containers.find((c) => c.attrs.classes.includes('yydrawer'));
	assert.ok(region);
	return { index, attempt: { region, regionScore: 1, blocks: [...region.children], removed: [], chars: index.statsOf(region).chars } };
}

suite('Card detail panels', () => {
	test('a box of one unpriced panel per card beside the grid is found; fewer panels or priced ones are not', () => {
		for (const [panels, priced, found] of [
			[8, false, true],
			[7, false, true],
			[3, false, false],
			[8, true, false],
		] as const) {
			const { index, attempt } = drawerAttempt(page(panels, priced));
			assert.strictEqual(cardDetailPanels({ index, signals: pageSignals(index) }, attempt) === attempt.region, found, `${panels} panels, priced ${priced}`);
		}
	});

	test('the collection is read without the drawer, with its cards', () => {
		const { text, kind } = extractDumpText(page(8));
		assert.strictEqual(kind, 'collection');
		for (const kept of ['Ridgeline Over-Ear', 'Canyon Studio', '$129.99']) assert.ok(text.includes(kept), `lost ${kept}: ${text}`);
		assert.ok(!text.includes('BUILT FOR THE LONG RUN') && !text.includes('Folds flat'), text);
	});
});
