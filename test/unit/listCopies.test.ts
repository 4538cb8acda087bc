// A product page's lists printed twice or in cycles are read once (kinds/listCopies.ts).
import * as assert from 'node:assert';
import type { RemovedRegion } from '../../src/core/extract/article';
import { parseDump } from '../../src/core/dump/parseDump';
import { collapsedText } from '../../src/core/extract/inlineText';
import { dropListCopies, isCycled } from '../../src/core/extract/kinds/listCopies';
import { dumpLines } from '../util/joinLines';

const texts = (dump: string): { kept: string[]; removed: RemovedRegion[] } => {
	const removed: RemovedRegion[] = [];
	const kept = dropListCopies(parseDump(dump).blocks, removed).map((b) => collapsedText(b));
	return { kept, removed };
};

suite('Product list copies', () => {
	test('a ticker printed in cycles keeps one occurrence of each selling point', () => {
		const ticker = ['Oat-based', 'No added sugar', 'Recyclable tin'];
		const { kept, removed } = texts(dumpLines('A breakfast blend of rolled oats and seeds.', '', ...[...ticker, ...ticker, ...ticker].map((t) => `-   ${t}`)));
		assert.deepStrictEqual(kept, ['A breakfast blend of rolled oats and seeds.', 'Oat-based No added sugar Recyclable tin']);
		assert.strictEqual(removed[0].step, 'list-cycle');
	});

	test('a second copy of a list, in another order, goes; a list that adds an item stays', () => {
		const first = ['-   Weight 1.2 kg', '-   Height 30 cm'];
		const copy = ['-   Height 30 cm', '-   Weight 1.2 kg'];
		const more = ['-   Height 30 cm', '-   Width 20 cm'];
		const { kept, removed } = texts(dumpLines(...first, '', 'Care', '', ...copy, '', 'Size', '', ...more));
		assert.deepStrictEqual(kept, ['Weight 1.2 kg Height 30 cm', 'Care', 'Size', 'Height 30 cm Width 20 cm']);
		assert.deepStrictEqual(removed.map((r) => r.step), ['list-copy']);
	});

	test('a list with one repeated item among others, or one item printed twice, is not a cycle', () => {
		assert.ok(isCycled(['a', 'b', 'a', 'b']));
		assert.ok(!isCycled(['a', 'b', 'a', 'c']));
		assert.ok(!isCycled(['a', 'a']));
		const { kept } = texts(dumpLines('-   Free returns', '-   Free returns'));
		assert.strictEqual(kept.length, 1);
	});
});
