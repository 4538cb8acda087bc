// The band of short column headings, short link items, contact and © lines that ends a landing page read whole goes; a read that ends in prose or in fewer labels keeps its end (heuristics/footerBand.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { dropFooterBand } from '../../src/core/extract/heuristics/footerBand';
import type { RemovedRegion } from '../../src/core/extract/article';
import { textLines } from '../util/gridContext';

function read(dump: string): { lines: string[]; removed: RemovedRegion[] } {
	const removed: RemovedRegion[] = [];
	return { lines: textLines(dropFooterBand(parseDump(dump).blocks, removed)), removed };
}

const PAGE =
	'# Bicycle repairs while you wait\n\nOur workshop fixes punctures, brakes and gears the same day, and we lend you a bike while yours is on the stand.\n\n## Servicing plans\n\nA yearly plan covers two full services, free safety checks and ten per cent off every part we fit.';
const COLUMNS = ['Workshop', 'Repairs & Parts', 'Help', 'About the shop'];

suite('Footer band at the end of a landing page', () => {
	test('column headings with nothing under them, an address and a © line go; the sections stay', () => {
		const band = `${COLUMNS.map((c) => `###### ${c}`).join('\n\n')}\n\n12 Harbour Road, Leeds LS1 4AB, phone (555) 201-3344\n\n© 2026 The Spoke Room Ltd. All rights reserved.`;
		const { lines, removed } = read(`${PAGE}\n\n${band}\n`);
		for (const gone of [...COLUMNS, '© 2026 The Spoke Room Ltd. All rights reserved.']) assert.ok(!lines.includes(gone), `kept ${gone}: ${lines.join('|')}`);
		assert.ok(!lines.some((l) => l.includes('Harbour Road')), lines.join('|'));
		assert.ok(lines.includes('Servicing plans') && lines.some((l) => l.startsWith('A yearly plan')), lines.join('|'));
		assert.strictEqual(removed.length, 1);
		assert.strictEqual(removed[0].step, 'footer-band');
	});

	test('at any depth, with a short list of links under a heading, the band goes and its emptied boxes with it', () => {
		const dump = `::: main\n${PAGE}\n:::\n\n::: outer\n::: col\n**Shop**\n\n-   [Bikes](/bikes)\n-   [Parts](/parts)\n    -   [Tyres](/tyres)\n:::\n\n::: col\n**Help**\n\n**Legal**\n:::\n:::\n`;
		const { lines } = read(dump);
		for (const gone of ['Shop', 'Bikes', 'Tyres', 'Help', 'Legal']) assert.ok(!lines.includes(gone), `kept ${gone}: ${lines.join('|')}`);
		assert.ok(lines.includes('Servicing plans'), lines.join('|'));
	});

	test('two labels at the end stay: a section\'s own last words as often as a footer\'s', () => {
		const { lines, removed } = read(`${PAGE}\n\nSame-day repairs\n\nCollect in store\n`);
		for (const kept of ['Same-day repairs', 'Collect in store']) assert.ok(lines.includes(kept), `lost ${kept}`);
		assert.strictEqual(removed.length, 0);
	});

	test('labels followed by prose are no band: the read ends in its own text', () => {
		const { lines } = read(`${PAGE}\n\n${COLUMNS.join('\n\n')}\n\nEvery repair comes with a three-month guarantee on the parts and the labour we put into it.\n`);
		for (const kept of COLUMNS) assert.ok(lines.includes(kept), `lost ${kept}`);
	});

	test('a heading of five words or a question ends the band: it stays, the labels under it go', () => {
		for (const stop of ['## Why riders bring bikes here', 'Need a hand?']) {
			const { lines } = read(`${PAGE}\n\n${stop}\n\n${COLUMNS.join('\n\n')}\n`);
			assert.ok(lines.includes(stop.replace('## ', '')), lines.join('|'));
			for (const gone of COLUMNS) assert.ok(!lines.includes(gone), `kept ${gone}`);
		}
	});

	test('a read of labels only, with no prose, stays whole', () => {
		const { lines, removed } = read(`${COLUMNS.join('\n\n')}\n`);
		assert.deepStrictEqual(lines, COLUMNS);
		assert.strictEqual(removed.length, 0);
	});
});
