// A collection read whole with no grid found ends with its last priced line: the footer and dialogs after it go (kinds/pricedEnd.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { cleanedWholePage } from '../../src/core/extract/kinds/coverage';
import { collectionGrid } from '../../src/core/extract/kinds/collectionGrid';
import type { KindContext } from '../../src/core/extract/kinds/pageKind';
import { untilPricedEnd } from '../../src/core/extract/kinds/pricedEnd';
import { pageSignals } from '../../src/core/extract/kinds/signals';
import { wholePage } from '../../src/core/extract/kinds/wholePage';
import { textLines } from '../util/gridContext';

/** Four feeders, each a name, a line and a price in its own unclassed box: no list, no class word, no grid. */
const CARDS = ['Garden Feeder', 'Window Feeder', 'Suet Cage', 'Seed Tray'];
const BOXES = CARDS.map((n, i) => `::: {}\n### [${n}](/p/${i})\n\nSolar or plain, ships in a week\n\n${40 + i}.00 €\n:::`).join('\n\n');
const FOOTER = 'Resources\n\n-   [Shop](/shop)\n-   [Blog](/blog)\n-   [Careers](/jobs)\n\nSubscribe to our newsletter\n\nWe use cookies to give you the best experience on our website.\n\nAccept\n\nOrder in the next five minutes for a free seed ball!';

function context(dump: string): KindContext {
	const index = new BlockIndex(parseDump(dump));
	const whole = wholePage(index);
	return { index, signals: pageSignals(index), article: { ...whole, blocks: [], chars: 0 }, whole };
}

function read(dump: string): string[] {
	const ctx = context(dump);
	return textLines(untilPricedEnd(ctx, cleanedWholePage(ctx.whole)).blocks);
}

suite('Collection priced end', () => {
	test('a whole-page read with no grid found ends after its last priced line: the cards and title stay, the footer and cookie notice go', () => {
		const dump = `# Bird feeders\n\n${BOXES}\n\n${FOOTER}\n`;
		assert.strictEqual(collectionGrid(context(dump)), undefined);
		const lines = read(dump);
		for (const n of [...CARDS, 'Bird feeders', '43.00 €']) assert.ok(lines.includes(n), `lost ${n}`);
		for (const t of ['Subscribe to our newsletter', 'Accept', 'Careers']) assert.ok(!lines.some((l) => l.includes(t)), `kept ${t}`);
	});

	test('a buying guide below the priced lines keeps the read whole', () => {
		const guide = ['Where to hang a feeder', 'What to put in it'].map((h) => `## ${h}\n\n${h}: ${'pick a spot out of the wind, two metres from a window, and clean the tray each week. '.repeat(3)}`).join('\n\n');
		const lines = read(`# Bird feeders\n\n${BOXES}\n\n${guide}\n\n${FOOTER}\n`);
		assert.ok(lines.includes('Subscribe to our newsletter'), lines.join('|'));
	});

	test('two priced lines are an offer, not a grid: the read is left whole', () => {
		const two = CARDS.slice(0, 2)
			.map((n, i) => `::: {}\n### [${n}](/p/${i})\n\n${40 + i}.00 €\n:::`)
			.join('\n\n');
		const lines = read(`# Bird feeders\n\n${two}\n\n${FOOTER}\n`);
		assert.ok(lines.includes('Subscribe to our newsletter'), lines.join('|'));
	});
});
