// The whole page less its chrome: for pages whose content is spread over many sections (service and landing pages, listings).
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { type Attempt, type BlockIndex, type Flags, ROOT } from '../blockIndex';
import { cleanBlock } from '../clean';
import { pruneConsentDialogs } from '../heuristics/consentDialogs';
import { pruneForms } from '../heuristics/forms';
import { prunedContainers } from '../prune';

/**
 * Chrome is pruned by name (navigation, header, footer, sidebar, comments...) but nothing is scored or cleaned by
 * link density: on a landing page every section is short and many are links, and each is content.
 */
const WHOLE_PAGE_FLAGS: Flags = { stripUnlikely: true, weightClasses: false, cleanConditionally: false };

/**
 * Every block of the page outside named chrome, cleaned of hidden parts, share widgets and raw HTML. `everything`
 * keeps chrome and hidden parts too: the last resort for a page whose content is all hidden until a script runs.
 */
export function wholePage(index: BlockIndex, everything = false): Attempt {
	const flags: Flags = everything ? { ...WHOLE_PAGE_FLAGS, stripUnlikely: false, keepHidden: true } : WHOLE_PAGE_FLAGS;
	const pruned = prunedContainers(index, flags);
	if (!everything) {
		pruneConsentDialogs(index, pruned);
		pruneForms(index, pruned);
	}
	const removed: RemovedRegion[] = [];
	const blocks: Block[] = [];
	let chars = 0;
	for (const b of index.doc.blocks) {
		const kept = cleanBlock(index, b, flags, removed, undefined, false, pruned);
		blocks.push(...kept.blocks);
		chars += kept.stats.chars;
	}
	return { region: ROOT, regionScore: 0, blocks, removed, chars };
}
