// A collection read whole ends with its priced grid: the rails, form and footer below it go, a long guide below it keeps the read whole (kinds/gridEnd.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { cleanedWholePage } from '../../src/core/extract/kinds/coverage';
import { untilGridEnd, untilGridEndOfWideRead } from '../../src/core/extract/kinds/gridEnd';
import type { KindContext } from '../../src/core/extract/kinds/pageKind';
import { pageSignals } from '../../src/core/extract/kinds/signals';
import { wholePage } from '../../src/core/extract/kinds/wholePage';
import { resultsContext, textLines } from '../util/gridContext';

const CARDS = ['Canvas Tent', 'Trail Stove', 'Camp Chair', 'Cooler Box', 'Head Torch', 'Dry Bag', 'Sleeping Mat', 'Water Filter', 'Tarp Line'];
const GRID = CARDS.map((n, i) => `-   [${n}](/p/${i})\n\n    $${20 + i}.00`).join('\n');
const AFTER = 'Recently viewed\n\nJoin our newsletter for ten percent off\n\nShipping and returns';

function read(dump: string): string[] {
	const index = new BlockIndex(parseDump(dump));
	const whole = wholePage(index);
	const ctx: KindContext = { index, signals: pageSignals(index), article: { ...whole, blocks: [], chars: 0 }, whole };
	return textLines(untilGridEnd(ctx, cleanedWholePage(whole)).blocks);
}

suite('Collection grid end', () => {
	test('what follows the last priced card of a whole-page read goes, the grid and the title stay', () => {
		const lines = read(`# Camping gear\n\n${GRID}\n\n${AFTER}\n`);
		for (const n of [...CARDS, 'Camping gear', '$28.00']) assert.ok(lines.includes(n), `lost ${n}`);
		for (const t of ['Recently viewed', 'Shipping and returns']) assert.ok(!lines.includes(t), `kept ${t}`);
	});

	test('a buying guide longer than the grid below it keeps the read whole', () => {
		const guide = Array.from({ length: 6 }, (_, i) => `Choosing a tent, part ${i}: ${'weigh the packed size against the room you need at camp, and the seasons you walk in. '.repeat(3)}`).join('\n\n');
		const lines = read(`# Camping gear\n\n${GRID}\n\n${guide}\n`);
		assert.ok(lines.some((l) => l.startsWith('Choosing a tent, part 5')), lines.join('|'));
	});

	test('two long paragraphs below the grid keep the read whole, however short against the grid', () => {
		const prose = ['Every plan includes a named adviser', 'Plans renew each spring'].map((p) => `${p}, ${'who answers within a day and reviews the accounts with you each quarter. '.repeat(2)}`);
		const many = CARDS.map((n, i) => `-   [${n} plan](/p/${i})\n\n    $${20 + i}.00 a month, with ${'set-up, support and reports '.repeat(3)}`).join('\n');
		const lines = read(`# Plans\n\n${many}\n\n${prose.join('\n\n')}\n`);
		assert.ok(lines.some((l) => l.startsWith('Plans renew each spring')), lines.join('|'));
	});

	test("the pipeline's own container is left as it is", () => {
		const { ctx, attempt } = resultsContext(`::: results\n# Camping gear\n\n${GRID}\n:::\n\n${AFTER}\n`);
		assert.strictEqual(untilGridEnd(ctx, attempt), attempt);
	});

	test("the pipeline's container that holds most of the page ends with the grid's last priced card too", () => {
		const { ctx, attempt } = resultsContext(`::: results\n# Camping gear\n\n${GRID}\n\n${AFTER}\n:::\n`);
		const lines = textLines(untilGridEndOfWideRead(ctx, attempt).blocks);
		for (const n of [...CARDS, 'Camping gear', '$28.00']) assert.ok(lines.includes(n), `lost ${n}`);
		for (const t of ['Recently viewed', 'Shipping and returns']) assert.ok(!lines.includes(t), `kept ${t}`);
	});

	test("a container that holds the grid beside a larger text of the page is not the page's whole: it is left as it is", () => {
		const story = Array.from({ length: 4 }, (_, i) => `Our story, part ${i}: ${'we started in a garage with one stove and a map, and still test every piece on the trail. '.repeat(2)}`).join('\n\n');
		const { ctx, attempt } = resultsContext(`${story}\n\n::: results\n# Camping gear\n\n${GRID}\n\n${AFTER}\n:::\n`);
		assert.strictEqual(untilGridEndOfWideRead(ctx, attempt), attempt);
	});

	test("a container of the whole page whose priced list is a small part of its text (a guide with a price checklist) keeps what follows the list", () => {
		const guide = Array.from({ length: 6 }, (_, i) => `Planning step ${i}: ${'book the hall early, walk the room with your planner and write the timings down for everyone. '.repeat(3)}`).join('\n\n');
		const tips = '-   Print the list and tick it off\n-   Share it with your partner\n-   Set reminders for each deposit';
		const { ctx, attempt } = resultsContext(`::: results\n# Wedding guide\n\n${guide}\n\n${GRID}\n\n${tips}\n:::\n`);
		assert.strictEqual(untilGridEndOfWideRead(ctx, attempt), attempt);
	});
});

