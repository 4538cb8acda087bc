// The learned block filter (kinds/learnedFilter.ts) and its features (blockFeatures.ts), on small synthetic dumps.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { RemovedRegion } from '../../src/core/extract/article';
import { blockFeatures, candidateBlocks, candidateOf, FEATURE_NAMES } from '../../src/core/extract/blockFeatures';
import { withTextCache } from '../../src/core/extract/inlineText';
import { contentProbabilities, learnedFilter, MAX_CANDIDATES, type BlockModel } from '../../src/core/extract/kinds/learnedFilter';
import type { Block } from '../../src/core/model/dumpDocument';
import { dumpLines } from '../util/joinLines';

const PAGE = dumpLines(
	'::: {.sidebar}',
	'[Home](/) [Shop](/shop) [Cart](/cart)',
	':::',
	'',
	'::: {.hidden style="display:none"}',
	'A hidden drawer the reader never sees.',
	':::',
	'',
	'::: {.product-main}',
	'# Walnut Desk Lamp',
	'',
	'Price: $49.00',
	'',
	'The lamp is turned from a single piece of walnut, oiled by hand, and wired with a braided cloth cord.',
	'',
	'-   Height 40 cm',
	'-   Bulb E27, not included',
	':::',
	'',
	'[Home](/) [Shop](/shop) [Cart](/cart)',
);

/** Runs `f` with a parsed fixture inside a text-cache run, as extraction does. */
function withPage<T>(f: (blocks: readonly Block[], doc: ReturnType<typeof parseDump>) => T): T {
	const doc = parseDump(PAGE);
	return withTextCache(() => f(doc.blocks, doc));
}

/** A model that reads one feature only: `weight` per unit of it, plus `bias`. */
function oneFeatureModel(name: string, weight: number, bias: number): BlockModel {
	const d = FEATURE_NAMES.length;
	return {
		features: [...FEATURE_NAMES],
		mean: new Array<number>(d).fill(0),
		scale: new Array<number>(d).fill(1),
		weights: FEATURE_NAMES.map((f) => (f === name ? weight : 0)),
		bias,
	};
}

suite('Learned block filter', () => {
	test('candidates are the content nodes under the divs, hidden divs left out, with their containers\' class weight', () => {
		withPage((_, doc) => {
			const cs = candidateBlocks(doc);
			assert.deepStrictEqual(
				cs.map((c) => c.block.kind),
				['paragraph', 'heading', 'paragraph', 'paragraph', 'list', 'paragraph'],
			);
			assert.ok(!cs.some((c) => c.text.includes('hidden drawer')));
			assert.ok(cs[0].chrome, 'a sidebar is chrome');
			assert.ok(cs[0].classWeight < 0);
			assert.ok(!cs[2].chrome);
		});
	});

	test('features: one row per candidate, kept by range, links, price, repeats, title and kind', () => {
		withPage((_, doc) => {
			const cs = candidateBlocks(doc);
			const kept = [cs[1].block, cs[3].block, cs[4].block];
			const { rows, kept: flags } = blockFeatures(cs, { kept, kind: 'product', titleSource: cs[1].block.range });
			const f = (i: number, name: (typeof FEATURE_NAMES)[number]): number => rows[i][FEATURE_NAMES.indexOf(name)];
			assert.strictEqual(rows.length, cs.length);
			for (const r of rows) assert.strictEqual(r.length, FEATURE_NAMES.length);
			assert.deepStrictEqual(flags, [false, true, false, true, true, false]);
			assert.ok(f(0, 'link density') > 0.8, 'links but for the spaces between them');
			assert.strictEqual(f(3, 'link density'), 0);
			assert.strictEqual(f(2, 'price'), 1);
			assert.strictEqual(f(2, 'currency'), 1);
			assert.strictEqual(f(3, 'sentence end'), 1);
			assert.strictEqual(f(0, 'log repeats'), Math.log(2), 'the nav line repeats at the foot');
			assert.strictEqual(f(1, 'is title'), 1);
			assert.strictEqual(f(1, 'heading:h1'), 1);
			assert.strictEqual(f(0, 'before title'), 1);
			assert.strictEqual(f(3, 'before title'), 0);
			assert.strictEqual(f(3, 'kind:product'), 1);
			assert.strictEqual(f(3, 'kind:article'), 0);
			assert.strictEqual(f(2, 'prev kept'), 1);
			assert.strictEqual(f(2, 'next kept'), 1);
			assert.strictEqual(f(0, 'position'), 0);
			assert.strictEqual(f(5, 'position'), 1);
		});
	});

	test('a kept block maps to the candidate holding its start; a block outside every candidate maps to -1', () => {
		withPage((blocks, doc) => {
			const cs = candidateBlocks(doc);
			const hidden = blocks.find((b) => b.kind === 'div' && b.children.some((c) => c.range.start > 0 && PAGE.slice(c.range.start, c.range.end).includes('hidden')));
			assert.ok(hidden && hidden.kind === 'div');
			assert.deepStrictEqual(candidateOf(cs, [cs[4].block, hidden.children[0]]), [4, -1]);
		});
	});

	test('a kept block the model finds unlikely content is dropped and recorded; the rest stay in order', () => {
		withPage((_, doc) => {
			const cs = candidateBlocks(doc);
			const kept = cs.map((c) => c.block);
			const removed: RemovedRegion[] = [];
			const model = oneFeatureModel('link density', -10, 3);
			const out = learnedFilter(doc, kept, removed, 'product', undefined, undefined, { kinds: new Set(['product']), model, dropBelow: 0.3 });
			assert.deepStrictEqual(out, kept.slice(1, 5));
			assert.strictEqual(removed.length, 2);
			assert.ok(removed.every((r) => r.step === 'learned-filter'));
		});
	});

	test('a left-out block the model finds very likely content comes back in document order', () => {
		withPage((_, doc) => {
			const cs = candidateBlocks(doc);
			const kept = [cs[1].block, cs[4].block];
			const model = oneFeatureModel('sentence end', 10, -3);
			const out = learnedFilter(doc, kept, [], 'product', undefined, undefined, { kinds: new Set(['product']), model, dropBelow: 0, addAbove: 0.9 });
			assert.deepStrictEqual(out, [cs[1].block, cs[3].block, cs[4].block]);
		});
	});

	test('a page the model would leave without any of the pipeline\'s text keeps what the pipeline kept', () => {
		withPage((_, doc) => {
			const kept = candidateBlocks(doc).map((c) => c.block);
			const removed: RemovedRegion[] = [];
			const out = learnedFilter(doc, kept, removed, 'product', undefined, undefined, { kinds: new Set(['product']), model: oneFeatureModel('kept', 0, -10), dropBelow: 0.3 });
			assert.strictEqual(out, kept);
			assert.strictEqual(removed.length, 0);
		});
	});

	test('off for kinds outside its set, and a model written for other features decides nothing', () => {
		withPage((_, doc) => {
			const kept = candidateBlocks(doc).map((c) => c.block);
			const model = oneFeatureModel('link density', -10, 3);
			assert.strictEqual(learnedFilter(doc, kept, [], 'article', undefined, undefined, { kinds: new Set(['product']), model }), kept);
			assert.deepStrictEqual(contentProbabilities([[1, 2]], { ...model, features: ['x'], weights: [1] }), [0.5]);
		});
	});
	test('divs nested 100,000 deep (the parser keeps 512 levels) are walked, and a page over the candidate bound is left as read', () => {
		const deep = parseDump('::: {.a}\n'.repeat(100_000) + 'deep text\n' + ':::\n'.repeat(100_000));
		withTextCache(() => {
			const cs = candidateBlocks(deep);
			assert.deepStrictEqual(cs.map((c) => c.text), ['deep text']);
		});
		const many = parseDump(Array.from({ length: MAX_CANDIDATES + 1 }, (_, i) => `Paragraph number ${i}.`).join('\n\n'));
		withTextCache(() => {
			assert.strictEqual(candidateBlocks(many, MAX_CANDIDATES), undefined);
			assert.strictEqual(candidateBlocks(many).length, MAX_CANDIDATES + 1);
			const kept = many.blocks;
			const removed: RemovedRegion[] = [];
			// A model that drops the later two thirds of a page: over the bound it is never asked.
			const model = oneFeatureModel('position', -20, 5);
			const under = parseDump(Array.from({ length: 30 }, (_, i) => `Paragraph number ${i}.`).join('\n\n'));
			assert.ok(learnedFilter(under, under.blocks, [], 'service', undefined, undefined, { kinds: new Set(['service']), model }).length < 15, 'the model drops blocks of a page under the bound');
			const out = learnedFilter(many, kept, removed, 'service', undefined, undefined, { kinds: new Set(['service']), model });
			assert.strictEqual(out, kept);
			assert.strictEqual(removed.length, 0);
		});
	});
});
