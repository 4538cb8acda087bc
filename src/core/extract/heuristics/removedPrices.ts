// Removed prices: where the buy-box step took out bare price lines, so that the priced-section cut still sees the prices of other products' cards.
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { PRICE_RE } from '../kinds/signals';

/** The buy-box step's name in the removed list (heuristics/buyBox.ts records each line it drops with its text as signal). */
const BUY_BOX_STEP = 'buy-box';

/**
 * Per block, how many short price lines the buy-box step removed between that block's start and the next block's
 * start (after the last block: within its own range), so inside the block or right after it. A line counts when its
 * recorded text is at most `maxChars` long and names a price (`PRICE_RE`). Linear after one sort of the removed
 * price lines' offsets.
 */
export function removedPricesAt(blocks: readonly Block[], removed: readonly RemovedRegion[], maxChars: number): number[] {
	const at = new Array<number>(blocks.length).fill(0);
	const starts: number[] = [];
	for (const r of removed) {
		if (r.step !== BUY_BOX_STEP || r.signal.length === 0 || r.signal.length > maxChars) continue;
		PRICE_RE.lastIndex = 0;
		if (PRICE_RE.test(r.signal)) starts.push(r.range.start);
	}
	if (starts.length === 0 || blocks.length === 0) return at;
	starts.sort((a, b) => a - b);
	let k = 0;
	while (k < starts.length && starts[k] < blocks[0].range.start) k++;
	for (let j = 0; j < blocks.length && k < starts.length; j++) {
		const limit = j + 1 < blocks.length ? blocks[j + 1].range.start : blocks[j].range.end;
		while (k < starts.length && starts[k] < limit) {
			at[j]++;
			k++;
		}
	}
	return at;
}
