// EVAL_PERTURB's transform: neutral lines inserted under the first h1, or the price line under it removed.
import * as assert from 'node:assert/strict';
import { GAP_LINES, parsePerturbModes, perturbDump } from '../../scripts/eval/perturb';

const DUMP = ['[Home](/)', '', '# Trail 25 Pack {#name .title}', '', '**\\$89.95**', '', 'Add to cart', '', 'A 25-litre daypack for $2 a day.', '', '## Related', '', '$19.99'].join('\n');

suite('Eval perturb', () => {
	test('gap puts the neutral lines right under the first h1, each a paragraph', () => {
		const out = perturbDump(DUMP, ['gap']).split('\n');
		assert.equal(out[2], '# Trail 25 Pack {#name .title}');
		assert.deepEqual(out.slice(3, 3 + 2 * GAP_LINES.length + 1), ['', ...GAP_LINES.flatMap((g) => [g, ''])]);
		assert.equal(out.length, DUMP.split('\n').length + 2 * GAP_LINES.length + 1);
	});

	test('noprice removes the first short price line under the h1 only', () => {
		const out = perturbDump(DUMP, ['noprice']);
		assert.ok(!out.includes('89.95'));
		assert.ok(out.includes('A 25-litre daypack for $2 a day.') && out.includes('$19.99'));
		const both = perturbDump(DUMP, ['gap', 'noprice']);
		assert.ok(!both.includes('89.95') && both.includes(GAP_LINES[0]));
	});

	test('boldname and plainname write the first h1 as a bold line or a plain paragraph, its attributes dropped', () => {
		assert.equal(perturbDump(DUMP, ['boldname']).split('\n')[2], '**Trail 25 Pack**');
		assert.equal(perturbDump(DUMP, ['plainname']).split('\n')[2], 'Trail 25 Pack');
		const both = perturbDump(DUMP, ['gap', 'boldname']).split('\n');
		assert.equal(both[2], '**Trail 25 Pack**');
		assert.equal(both[4], GAP_LINES[0]);
	});

	test('a dump with no h1 stays as it is; unknown modes are an error', () => {
		assert.equal(perturbDump('## Only a section\n\n$5.00', ['gap', 'noprice']), '## Only a section\n\n$5.00');
		assert.deepEqual(parsePerturbModes('gap,noprice'), ['gap', 'noprice']);
		assert.throws(() => parsePerturbModes('gaps'));
		assert.throws(() => parsePerturbModes(''));
	});
});
