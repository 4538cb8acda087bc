// The footer-column cut (heuristics/footerColumnRuns.ts) run over a whole dump, for the footer tests.
import { parseDump } from '../../src/core/dump/parseDump';
import type { RemovedRegion } from '../../src/core/extract/article';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { endAtFooterColumns } from '../../src/core/extract/heuristics/footerColumnRuns';
import { wholePage } from '../../src/core/extract/kinds/wholePage';
import { renderText } from '../../src/core/render/articleText';

/** The dump read whole, then cut at its footer columns: the text kept and the regions removed. */
export function cutAtFooterColumns(dump: string): { text: string; removed: RemovedRegion[] } {
	const doc = parseDump(dump);
	const index = new BlockIndex(doc);
	const removed: RemovedRegion[] = [];
	const blocks = endAtFooterColumns(index, wholePage(index).blocks, removed);
	return { text: renderText({ metadata: {}, blocks: [...blocks], removed: [], empty: false }, doc), removed };
}
