// A select's counting run of options ("Day 1 2 3 … 31") is a form's own line: the small box around it goes, whatever its class words.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { RemovedRegion } from '../../src/core/extract/article';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { collapse, blockText } from '../../src/core/extract/inlineText';
import { dropFormNotices } from '../../src/core/extract/heuristics/formNotices';
import { isOptionRun } from '../../src/core/extract/heuristics/optionRuns';
import { leafBlocks } from '../util/leafTexts';

const count = (from: number, to: number): string => {
	const out: number[] = [];
	for (let n = from; from <= to ? n <= to : n >= to; n += from <= to ? 1 : -1) out.push(n);
	return out.join(' ');
};

/** A shop's grid of three cards, then a newsletter box whose birthday selects pandoc ran together, in opaque class words. */
const PAGE = [
	'::: g1',
	'::: c1',
	'### Harbour wallet',
	'',
	'Anodised aluminium, holds twelve cards and a few folded notes without stretching.',
	':::',
	'',
	'::: c1',
	'### Harbour wallet slim',
	'',
	'The same plates, a thinner band, for six cards and nothing else in a front pocket.',
	':::',
	'',
	'::: c1',
	'### Harbour wallet carbon',
	'',
	'Woven carbon plates that weigh half as much and hold as many cards as the original.',
	':::',
	':::',
	'',
	'::: f1',
	'::: f2',
	'Tell us more about you (optional)',
	'',
	'Name',
	'',
	'Birthday',
	'',
	'::: f3',
	`Day ${count(1, 31)}`,
	':::',
	'',
	'::: f3',
	`Month ${count(1, 12)}`,
	':::',
	'',
	'::: f3',
	`Year ${count(1900, 2017)}`,
	':::',
	'',
	'Submit',
	':::',
	':::',
	'',
].join('\n');

suite('Option runs (optionRuns.ts)', () => {
	test('a label and a counting run of twelve or more whole numbers is a select\'s options; figures, pagers and prose are not', () => {
		for (const s of [`Day ${count(1, 31)}`, `Month ${count(1, 12)}`, `\u200b Year ${count(1900, 2017)}`, `Birth year ${count(2010, 1930)}`, `Qty: ${count(1, 20)}`, count(1, 15)]) assert.ok(isOptionRun(s), s);
		for (const s of [
			`Page ${count(1, 10)} Next`,
			count(1, 11),
			'Sizes 6 7 8 9 10 11 12 13 14 15 16 18',
			`Scores 3 7 12 9 4 10 11 2 8 5 6 1 13`,
			`Please choose a day of the month ${count(1, 31)}`,
			'In 2019 2020 and 2021 we sold 3 4 5 6 7 8 9 10 11 12 13 14 15 boats',
			`Year ${count(1900, 2017)} ${'and more '.repeat(100)}`,
		])
			assert.ok(!isOptionRun(s), s);
	});

	test('the birthday form\'s box goes whole from a flat read (labels, selects, button); the grid stays', () => {
		const doc = parseDump(PAGE);
		const removed: RemovedRegion[] = [];
		const kept = dropFormNotices(new BlockIndex(doc), leafBlocks(doc.blocks), removed);
		const text = leafBlocks(kept).map((b) => collapse(blockText(b))).join('\n');
		for (const stays of ['Harbour wallet slim', 'Woven carbon plates']) assert.ok(text.includes(stays), stays);
		for (const gone of ['Tell us more', 'Birthday', 'Day 1 2 3', 'Month 1', 'Year 1900', 'Submit']) assert.ok(!text.includes(gone), gone);
	});

	test('a page without a counting run keeps its lines', () => {
		const doc = parseDump(PAGE.replace(/Day [\d ]+/, 'Day').replace(/Month [\d ]+/, 'Month').replace(/Year [\d ]+/, 'Year'));
		const removed: RemovedRegion[] = [];
		dropFormNotices(new BlockIndex(doc), leafBlocks(doc.blocks), removed);
		assert.strictEqual(removed.length, 0);
	});
});
