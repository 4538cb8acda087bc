// Calls to action dropped at any depth: a button inside nested containers goes, and its containers keep the rest.
import * as assert from 'node:assert/strict';
import { parseDump } from '../../src/core/dump/parseDump';
import { dropCallsToAction } from '../../src/core/extract/heuristics/callsToAction';
import type { RemovedRegion } from '../../src/core/extract/article';
import { blockText, collapse } from '../../src/core/extract/inlineText';
import type { Block } from '../../src/core/model/dumpDocument';
import { joinLines } from '../util/joinLines';

/** Every paragraph's text under `blocks`, in order, at any depth. */
function paragraphTexts(blocks: readonly Block[]): string[] {
	return blocks.flatMap((b) => (b.kind === 'paragraph' ? [collapse(blockText(b))] : 'children' in b && Array.isArray(b.children) ? paragraphTexts(b.children as Block[]) : []));
}

suite('calls to action at depth', () => {
	test('a button two containers down goes even though its parent keeps its number of children', () => {
		const dump = joinLines(
			'::: {.section}',
			'::: {.card}',
			'Our surveyors visit within a week and send a written report the same day.',
			'',
			'[Get a quote](/quote)',
			':::',
			':::',
			'',
		);
		const removed: RemovedRegion[] = [];
		const kept = dropCallsToAction(parseDump(dump).blocks, removed);
		assert.deepEqual(paragraphTexts(kept), ['Our surveyors visit within a week and send a written report the same day.']);
		assert.deepEqual(removed.map((r) => r.step), ['call-to-action']);
	});

	test('nothing dropped: the very same blocks come back', () => {
		const blocks = parseDump(joinLines('::: {.section}', '::: {.card}', 'Plain words about surveying.', ':::', ':::', '')).blocks;
		const kept = dropCallsToAction(blocks, []);
		assert.equal(kept[0], blocks[0]);
	});
});
