// Sibling prose (kinds/siblingProse.ts): an article kept as one container gets back the prose beside it, not teasers or an author box.
import * as assert from 'node:assert';
import { readsAsProse, withSiblingProse } from '../../src/core/extract/kinds/siblingProse';
import { attemptText, readWithRegion } from '../util/keptRegion';

const LONG_A = 'The harbour was rebuilt over three winters, and the town paid for most of it with a levy on every boat that landed fish there, which the council still collects today.';
const LONG_B = 'Fishermen who had left for the cities came back once the new quay opened, and by the second summer the market hall was busy again on every morning of the week.';
const LONG_C = 'The council now plans a second breakwater, though the cost has doubled since the first estimate and the vote has been put off until the spring meeting of the year.';

/** A story whose body goes on after an ad container, with an author box and a row of teasers further on. */
const PAGE = [
	'::: page',
	'::: {.story .first}',
	'# How the harbour came back',
	'',
	LONG_A,
	'',
	LONG_B,
	':::',
	'',
	'::: ad-slot',
	'![](ad.png)',
	':::',
	'',
	'::: {.story-more}',
	LONG_C,
	'',
	LONG_A.replace('harbour', 'old pier'),
	':::',
	'',
	'::: {.author-box}',
	'Jane Fisher',
	'',
	'Jane Fisher is a reporter on the coast desk who has covered the fishing towns of the north for a decade and more, from their ports and their markets.',
	':::',
	'',
	'::: {.more}',
	'### A town that kept its ferry',
	'',
	LONG_B,
	'',
	'### The last boatyard on the river',
	'',
	LONG_C,
	'',
	'### Why the quay flooded',
	'',
	LONG_A,
	':::',
	':::',
	'',
].join('\n');

suite('Sibling prose', () => {
	test('the body after an ad comes back; the author box after it ends the run', () => {
		const { index, kept, whole } = readWithRegion(PAGE, 'first');
		const text = attemptText(withSiblingProse(index, kept, whole));
		assert.ok(text.includes('The council now plans a second breakwater'), text);
		assert.ok(text.includes('old pier'), text);
		assert.ok(!text.includes('coast desk'), text);
		assert.ok(!text.includes('kept its ferry'), text);
	});

	test('teasers (a heading over each paragraph) and a name over a bio do not read as prose', () => {
		const { whole } = readWithRegion(PAGE, 'first');
		const inside = (from: string, to: string): typeof whole.blocks => {
			const a = PAGE.indexOf(from);
			const b = PAGE.indexOf(to);
			return whole.blocks.filter((x) => x.range.start >= a && x.range.end <= b);
		};
		assert.strictEqual(readsAsProse(inside('::: {.more}', ':::\n:::\n')), false);
		assert.strictEqual(readsAsProse(inside('::: {.author-box}', '::: {.more}')), false);
		assert.strictEqual(readsAsProse(inside('::: {.story-more}', '::: {.author-box}')), true);
	});

	test('a box headed by a heading named as chrome does not come back', () => {
		const page = ['::: page', '::: {.story .first}', LONG_A, '', LONG_B, ':::', '', '::: box', '## Further reading {.related-heading}', '', LONG_C, '', LONG_A, ':::', ':::', ''].join('\n');
		const { index, kept, whole } = readWithRegion(page, 'first');
		assert.ok(!attemptText(withSiblingProse(index, kept, whole)).includes('second breakwater'));
	});

	test('a container without siblings is kept as it is', () => {
		const { index, kept, whole } = readWithRegion(['::: only', LONG_A, '', LONG_B, ':::', ''].join('\n'), 'only');
		assert.strictEqual(withSiblingProse(index, kept, whole), kept);
	});
});
