// Step 2 of extraction: a platform profile's body container, when the profile recognises the dump.
import type { RemovedRegion } from './article';
import { ALL_FLAGS, type Attempt, type BlockIndex } from './blockIndex';
import { cleanBlock } from './clean';
import { attrWords } from './inlineText';
import { recordOutside } from './outside';
import { PROFILES } from './profiles';
import { prunedContainers } from './prune';
import * as W from './scoring';

/** Step 2: the body container named by a platform profile, when it holds enough text. */
export function byProfile(index: BlockIndex): Attempt | undefined {
	for (const profile of PROFILES) {
		if (!index.containers.some((c) => profile.detect.test(attrWords(c.attrs)))) continue;
		const body = index.containers.find((c) => profile.body.test(attrWords(c.attrs)) && index.statsOf(c).chars >= W.MIN_PARAGRAPH_CHARS);
		if (!body) continue;
		const removed: RemovedRegion[] = [];
		const kept = cleanBlock(index, body, ALL_FLAGS, removed, profile, true, prunedContainers(index, ALL_FLAGS));
		recordOutside(index, [body], removed);
		return { region: body, regionScore: 0, blocks: kept.blocks, removed, chars: kept.stats.chars, profile };
	}
	return undefined;
}
