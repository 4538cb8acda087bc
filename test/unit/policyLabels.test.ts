// A shop's policy panel labelled by a plain line ("Shipping & Returns" in an accordion's label wrapper) goes with its short note (heuristics/policySections.ts).
import * as assert from 'node:assert';
import type { RemovedRegion } from '../../src/core/extract/article';
import { parseDump } from '../../src/core/dump/parseDump';
import { dropPolicySections } from '../../src/core/extract/heuristics/policySections';
import { collapsedText } from '../../src/core/extract/inlineText';
import { dumpLines } from '../util/joinLines';

const kept = (dump: string): string[] => {
	const removed: RemovedRegion[] = [];
	return dropPolicySections(parseDump(dump).blocks, removed).map((b) => collapsedText(b));
};

suite('Plain policy labels', () => {
	test("a plain label's short panel goes, up to the next heading", () => {
		const text = kept(dumpLines('A stoneware mug thrown by hand and glazed in sea green.', '', 'Shipping & Returns', '', 'We ship within two days.', '', '-   Free returns for 30 days', '', '## Care', '', 'Dishwasher safe.'));
		assert.deepStrictEqual(text, ['A stoneware mug thrown by hand and glazed in sea green.', 'Care', 'Dishwasher safe.']);
	});

	test('a plain policy line followed by a long description keeps the description', () => {
		const body = ['The frame folds flat.', 'The wheels roll on gravel.', 'The hood blocks the sun.', 'The basket holds 5 kg.'];
		const text = kept(dumpLines('Free shipping', '', ...body.flatMap((l) => [l, ''])));
		assert.deepStrictEqual(text, ['Free shipping', ...body]);
	});

	test('a link named like a policy is not a label', () => {
		const text = kept(dumpLines('[Shipping & Returns](/pages/shipping)', '', 'Sizes run small: order one up.'));
		assert.strictEqual(text.length, 2);
	});
});
