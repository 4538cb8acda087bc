// Truth lost per removal step (scripts/eval/removedTruth.ts), on a small dump written for this test.
import * as assert from 'node:assert';
import { lostTruthPerStep, stepKey } from '../../scripts/eval/removedTruth';

const DUMP = ['::: {.site-header}', 'Shop menu', ':::', '', 'Walnut desk lamp', '', '::: {.reviews}', 'Brass stem [warm](https://x.test/light) light', ':::'].join('\n');
const range = (needle: string, endNeedle: string): { start: number; end: number } => ({ start: DUMP.indexOf(needle), end: DUMP.indexOf(endNeedle) + endNeedle.length });

suite('removedTruth', () => {
	test('charges a removed range with the truth words the output lacks, not its markup', () => {
		const removed = [
			{ range: range('::: {.site-header}', 'Shop menu'), step: 'unlikely', signal: 'header' },
			{ range: range('::: {.reviews}', 'light'), step: 'shop-chrome', signal: 'list' },
		];
		const loss = lostTruthPerStep(DUMP, 'Walnut desk lamp\n\nBrass stem, warm light', 'Walnut desk lamp', removed);
		assert.deepStrictEqual(loss.get('unlikely:header'), { lost: 0, fired: 1 });
		// brass, stem, warm, light: the link target's words (x, test, light) are markup and `reviews` is an attribute.
		assert.deepStrictEqual(loss.get('shop-chrome'), { lost: 4, fired: 1 });
	});

	test('a word is charged once, to the first removal that holds it', () => {
		const outer = { range: range('::: {.reviews}', 'light'), step: 'outside-article', signal: 'row' };
		const inner = { range: range('Brass', 'light'), step: 'conditional', signal: 'negative class weight' };
		const loss = lostTruthPerStep(DUMP, 'Brass stem', '', [outer, inner]);
		assert.strictEqual(loss.get('outside-article')?.lost, 2);
		assert.deepStrictEqual(loss.get('conditional'), { lost: 0, fired: 1 });
	});

	test('keys prune steps by their signal, other steps by name', () => {
		assert.strictEqual(stepKey({ range: { start: 0, end: 1 }, step: 'unlikely', signal: 'footer' }), 'unlikely:footer');
		assert.strictEqual(stepKey({ range: { start: 0, end: 1 }, step: 'hidden', signal: 'hidden' }), 'hidden:hidden');
		assert.strictEqual(stepKey({ range: { start: 0, end: 1 }, step: 'priced-section', signal: 'What is inside' }), 'priced-section');
	});
});
