// The context of a category page whose `results` box the article pipeline picked, for the collection heuristics' tests.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { type Attempt, BlockIndex, type Container, isContainer } from '../../src/core/extract/blockIndex';
import type { KindContext } from '../../src/core/extract/kinds/pageKind';
import { pageSignals } from '../../src/core/extract/kinds/signals';
import { wholePage } from '../../src/core/extract/kinds/wholePage';
import { blockText } from '../../src/core/extract/inlineText';
import type { Block } from '../../src/core/model/dumpDocument';

/** The context of a dump with the attempt the article pipeline makes of its top-level `results` box. */
export function resultsContext(dump: string): { ctx: KindContext; attempt: Attempt } {
	const index = new BlockIndex(parseDump(dump));
	const results = index.doc.blocks.find((b): b is Container => isContainer(b) && b.attrs.classes.includes('results'));
	assert.ok(results);
	const attempt: Attempt = { region: results, regionScore: 1, blocks: [results], removed: [], chars: index.statsOf(results).chars };
	return { ctx: { index, signals: pageSignals(index), article: attempt, whole: wholePage(index) }, attempt };
}

/** The non-empty lines of the blocks' text, trimmed. */
export function textLines(blocks: readonly Block[]): string[] {
	return blocks.map((b) => blockText(b).trim()).join('\n').split('\n').map((l) => l.trim()).filter((l) => l !== '');
}
