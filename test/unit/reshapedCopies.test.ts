// A product description printed again in another shape is read once (heuristics/reshapedCopies.ts).
import * as assert from 'node:assert';
import type { RemovedRegion } from '../../src/core/extract/article';
import { parseDump } from '../../src/core/dump/parseDump';
import { dropReshapedCopies } from '../../src/core/extract/heuristics/reshapedCopies';
import { collapsedText } from '../../src/core/extract/inlineText';
import { dumpLines } from '../util/joinLines';

const texts = (dump: string): { kept: string[]; removed: RemovedRegion[] } => {
	const removed: RemovedRegion[] = [];
	const kept = dropReshapedCopies(parseDump(dump).blocks, removed).map((b) => collapsedText(b));
	return { kept, removed };
};

const points = [
	'Folding frame: the stroller folds flat with one hand in under three seconds for the car boot.',
	'All-terrain wheels: sealed bearings and foam tyres roll over gravel, grass and kerbs without a puncture.',
];

suite('Reshaped copies', () => {
	test('a summary paragraph joining the selling points goes; the list stays', () => {
		const summary = `Product summary: ${points.map((p) => `●${p}`).join(' ')}`;
		const { kept, removed } = texts(dumpLines(...points.map((p) => `-   ${p}`), '', summary));
		assert.strictEqual(kept.length, 1);
		assert.deepStrictEqual(removed.map((r) => r.step), ['reshaped-copy']);
	});

	test('a panel repeating a paragraph under its run-in label goes', () => {
		const para = 'The cold-pressed oils are filtered twice and bottled in amber glass to keep their vitamins from the light.';
		const { kept } = texts(dumpLines(para, '', `Extraction ${para}`));
		assert.deepStrictEqual(kept, [para]);
	});

	test('the same terms with other prices and dates inside are variants and stay', () => {
		const us = 'Receive 20% off three qualifying products and a free cleanser with any purchase of $40 or more until January 20 at 11:59 PM EST.';
		const uk = 'Receive 20% off three qualifying products and a free cleanser with any purchase of £35 or more until January 20 at 11:59 PM GMT.';
		const { kept, removed } = texts(dumpLines(us, '', uk));
		assert.strictEqual(kept.length, 2);
		assert.strictEqual(removed.length, 0);
	});

	test('a short repeated line and a list restating a paragraph are left alone', () => {
		const para = 'Machine wash cold with like colours and line dry in the shade to keep the print bright for years.';
		const { kept } = texts(dumpLines(para, '', `-   ${para}`, '', 'Made in Portugal', '', 'Made in Portugal'));
		assert.strictEqual(kept.length, 4);
	});
});
