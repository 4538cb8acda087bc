// Section cuts: the blocks left after whole sections are cut from a read, and each cut recorded as a removed region.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { RemovedRegion } from '../../src/core/extract/article';
import { SectionCuts } from '../../src/core/extract/heuristics/sectionCuts';
import { blockText, collapse } from '../../src/core/extract/inlineText';
import { dumpLines } from '../util/joinLines';

const LINES = ['# Lantern', '', 'Kept one.', '', '## Offers', '', 'Gone one.', '', 'Kept two.', '', '## Reviews', '', 'Gone two.', ''];

suite('Section cuts', () => {
	test('keeps the blocks between and after the cuts, in order, and records each cut with its step and signal', () => {
		const doc = parseDump(dumpLines(...LINES));
		const removed: RemovedRegion[] = [];
		const cuts = new SectionCuts(doc.blocks, removed);
		cuts.cut(2, 4, 'priced-section', 'Offers');
		cuts.cut(5, 7, 'recommendations', 'Reviews');
		assert.deepStrictEqual(cuts.kept().map((b) => collapse(blockText(b))), ['Lantern', 'Kept one.', 'Kept two.']);
		assert.deepStrictEqual(removed.map((r) => [doc.text.slice(r.range.start, r.range.end), r.step, r.signal]), [
			['## Offers\n\nGone one.', 'priced-section', 'Offers'],
			['## Reviews\n\nGone two.', 'recommendations', 'Reviews'],
		]);
	});

	test('with nothing cut, the read is the same array and nothing is recorded', () => {
		const doc = parseDump(dumpLines(...LINES));
		const removed: RemovedRegion[] = [];
		assert.strictEqual(new SectionCuts(doc.blocks, removed).kept(), doc.blocks);
		assert.strictEqual(removed.length, 0);
	});
});
