// Step 2 of extraction: a platform profile's body container, when the profile recognises the dump.
import type { RemovedRegion } from './article';
import { ALL_FLAGS, type Attempt, type BlockIndex } from './blockIndex';
import { cleanBlock } from './clean';
import { recordOutside } from './outside';
import { PROFILES } from './profiles';
import { prunedContainers } from './prune';
import * as W from './scoring';
import { anyOf, mayMatchAny } from '../text/anyOf';

/** Matches where one of the profiles' `detect` does (`anyOf`): most pages come from none. */
const ANY_PROFILE = anyOf(PROFILES.map((p) => p.detect));

/** Step 2: the body container named by a platform profile, when it holds enough text. */
export function byProfile(index: BlockIndex): Attempt | undefined {
	// Each container's words are read once for every profile's tests.
	const words = index.containerWords;
	if (!words.some((w) => mayMatchAny(ANY_PROFILE, w))) return undefined;
	for (const profile of PROFILES) {
		if (!words.some((w) => profile.detect.test(w))) continue;
		const at = words.findIndex((w, i) => profile.body.test(w) && index.charsOf(index.containers[i]) >= W.MIN_PARAGRAPH_CHARS);
		if (at < 0) continue;
		const body = index.containers[at];
		const removed: RemovedRegion[] = [];
		const kept = cleanBlock(index, body, ALL_FLAGS, removed, profile, true, prunedContainers(index, ALL_FLAGS));
		recordOutside(index, [body], removed);
		return { region: body, regionScore: 0, blocks: kept.blocks, removed, chars: kept.stats.chars, profile };
	}
	return undefined;
}
