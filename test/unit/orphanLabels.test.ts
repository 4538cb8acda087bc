// Inside one card, a label line whose value went as a copy of the card's own words goes with it; a label whose value stays is kept.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { RemovedRegion } from '../../src/core/extract/article';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { collapse, blockText } from '../../src/core/extract/inlineText';
import { cardRanges, dropCardRepeats } from '../../src/core/extract/heuristics/cardRepeats';
import { dropOrphanLabels } from '../../src/core/extract/heuristics/orphanLabels';
import { leafBlocks } from '../util/leafTexts';

/** A card in opaque class words: its title, a label and its value (the maker, which the title holds), its colour, its price; with `specs`, labelled attributes too. */
const card = (maker: string, name: string, colour: string, price: string, specs = false): string[] => [
	'::: k4',
	`### [${maker} ${name}](/products/${name.toLowerCase().replace(/\W+/g, '-')})`,
	'',
	'[Vendor:]{.z9}',
	'',
	'::: v1',
	maker,
	':::',
	'',
	...(specs ? ['Style:', '', 'Closed back', '', 'Weight:', '', '0.7 lbs', ''] : []),
	colour,
	'',
	`\\$${price}`,
	':::',
	'',
];

function run(lines: string[], orphans = true): { lines: string[]; removed: RemovedRegion[] } {
	const doc = parseDump(['::: g0', ...lines, ':::', ''].join('\n'));
	const removed: RemovedRegion[] = [];
	const cards = cardRanges(new BlockIndex(doc));
	const copies = dropCardRepeats(doc.blocks, cards, removed);
	const kept = orphans ? dropOrphanLabels(copies, cards, removed) : copies;
	return { lines: leafBlocks(kept).map((b) => collapse(blockText(b))), removed };
}

suite('Orphan labels (orphanLabels.ts)', () => {
	const grid = [...card('Harbour', 'studio headphones', 'Olive', '199.95'), ...card('Quay', 'open headphones', 'Slate', '279.95'), ...card('Harbour', 'earbuds', 'Sand', '89.95')];

	test('the label before a value dropped as a copy goes; the label whose value stays is kept', () => {
		const r = run(grid);
		assert.deepStrictEqual(r.lines.slice(0, 3), ['Harbour studio headphones', 'Olive', '$199.95']);
		assert.ok(!r.lines.includes('Vendor:'));
		assert.strictEqual(r.removed.filter((x) => x.step === 'orphan-label').length, 3);
	});

	test('without the rule the labels stay (the copies alone go)', () => {
		const r = run(grid, false);
		assert.strictEqual(r.lines.filter((l) => l === 'Vendor:').length, 3);
	});

	test('in a card of several labelled attributes (a spec table) the labels stay', () => {
		const r = run([...card('Harbour', 'studio headphones', 'Olive', '199.95', true), ...card('Quay', 'open headphones', 'Slate', '279.95', true), ...card('Harbour', 'earbuds', 'Sand', '89.95', true)]);
		assert.strictEqual(r.lines.filter((l) => l === 'Vendor:').length, 3);
		assert.ok(r.lines.includes('Style:') && r.lines.includes('Weight:'));
		assert.strictEqual(r.removed.filter((x) => x.step === 'orphan-label').length, 0);
	});

	test('a label whose value is not a copy stays, and so does a line that is no label', () => {
		const r = run([...card('Acme', 'studio headphones', 'Olive', '199.95'), ...card('Acme', 'open headphones', 'Slate', '279.95'), ...card('Acme', 'earbuds', 'Sand', '89.95')].map((l) => (l === 'Acme' ? 'Made in Lisbon' : l)));
		assert.strictEqual(r.lines.filter((l) => l === 'Vendor:').length, 3);
		assert.strictEqual(r.removed.filter((x) => x.step === 'orphan-label').length, 0);
	});
});
