// Ordered-list breadcrumbs at any depth of a listing's or landing page's read go; steps, ranked titles and other lists stay (kinds/listTrails.ts).
import * as assert from 'node:assert/strict';
import { parseDump } from '../../src/core/dump/parseDump';
import type { RemovedRegion } from '../../src/core/extract/article';
import { dropListTrails, isOrderedTrail, MAX_TRAIL_ITEMS } from '../../src/core/extract/kinds/listTrails';
import { textLines } from '../util/gridContext';

function read(dump: string): { lines: string[]; removed: RemovedRegion[] } {
	const removed: RemovedRegion[] = [];
	return { lines: textLines(dropListTrails(parseDump(dump).blocks, removed)), removed };
}

const INTRO = 'Hand-built wooden boats, restored and sold from our yard by the estuary since 1971.';

suite('Ordered-list breadcrumbs in a listing or landing read', () => {
	test('a trail inside the header boxes, its last level plain text, goes; the page stays', () => {
		const { lines, removed } = read(`::: {.q1}\n::: {.q2}\n1.  [Home](/)\n2.  [Boats](/boats)\n3.  Sailing dinghies\n:::\n:::\n\n# Sailing dinghies\n\n${INTRO}\n`);
		for (const level of ['Home', 'Boats']) assert.ok(!lines.includes(level), lines.join('|'));
		assert.equal(removed.length, 1);
		assert.ok(lines.includes('Sailing dinghies') && lines.includes(INTRO), lines.join('|'));
	});

	test('a trail whose every level is a link goes too', () => {
		const { lines } = read(`::: {.q1}\n1.  [Yard](/)\n2.  [Dinghies](/d)\n:::\n\n${INTRO}\n`);
		assert.deepEqual(lines, [INTRO]);
	});

	test('numbered steps, ranked titles, bullet menus, a lone link and a long list stay', () => {
		const steps = '1.  Sand the hull\n2.  Prime the wood\n3.  Paint two coats\n';
		const ranked = '1.  [How we restored a 1930s clinker dinghy over one long winter](/a)\n2.  [Ten knots that every dinghy sailor should know by heart](/b)\n';
		const bullets = '-   [Home](/)\n-   [Boats](/boats)\n';
		const lone = '1.  [Back](/)\n';
		const long = Array.from({ length: MAX_TRAIL_ITEMS + 1 }, (_, i) => `${i + 1}.  [Level ${i}](/l${i})`).join('\n') + '\n';
		const mixed = '1.  [Home](/) and more text\n2.  [Boats](/boats)\n';
		for (const list of [steps, ranked, bullets, lone, long, mixed]) {
			const { removed } = read(`::: {.q1}\n${list}:::\n\n${INTRO}\n`);
			assert.equal(removed.length, 0, list);
			assert.equal(isOrderedTrail(parseDump(list).blocks[0]), false, list);
		}
	});
});
