// Forum threads: a display name that repeats the linked username in brackets ("raoul (raoul)") goes; a different name stays.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { dropRepeatedPosterNames } from '../../src/core/extract/heuristics/repeatedPosterName';
import { blockText, collapse } from '../../src/core/extract/inlineText';
import type { RemovedRegion } from '../../src/core/extract/article';

function run(md: string): { texts: string[]; steps: string[] } {
	const removed: RemovedRegion[] = [];
	const kept = dropRepeatedPosterNames(parseDump(md).blocks, removed);
	return { texts: kept.map((b) => collapse(blockText(b))), steps: removed.map((r) => r.step) };
}

suite('Forum repeated poster names', () => {
	test('a bracketed name equal to the username link before it goes, inside a span too', () => {
		const plain = run('[mossfern](https://forum.example.org/u/mossfern) (mossfern)   May 3, 2024, 8:45am\n\nThe fan stopped after the update.');
		assert.deepStrictEqual(plain.texts, ['mossfern May 3, 2024, 8:45am', 'The fan stopped after the update.']);
		assert.deepStrictEqual(plain.steps, ['post-chrome']);
		const nested = run('[[[mossfern]{itemprop="name"}](https://forum.example.org/u/mossfern){itemprop="url"} (mossfern) ]{.creator}\n\nSame here.');
		assert.deepStrictEqual(nested.texts[0], 'mossfern');
	});

	test('a different display name, another case, or brackets in prose stay', () => {
		assert.deepStrictEqual(run('[tidewell](https://forum.example.org/u/tidewell) (Tidewell)   May 3, 2024').steps, []);
		assert.deepStrictEqual(run('[tidewell](https://forum.example.org/u/tidewell) (Ada Quill)   May 3, 2024').steps, []);
		assert.deepStrictEqual(run('See [the manual](https://example.org/manual) (page 4) for the wiring.').steps, []);
	});
});
