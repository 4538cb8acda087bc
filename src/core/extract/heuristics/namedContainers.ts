// Containers named by a class or id word for what they hold, under a size cap: the shared finder behind sign-up forms and shop notices.
import type { Block } from '../../model/dumpDocument';
import { divAttrParts } from '../../model/divNodes';
import type { BlockIndex } from '../blockIndex';
import { attrWords } from '../inlineText';

/**
 * The containers whose class or id words match `name`, each with the word that named it. One that holds more than
 * `maxChars` characters is kept (a description inside a theme wrapper that happens to carry the word), and so is one
 * that holds `keep` (the product's heading).
 */
export function namedContainers(index: BlockIndex, name: RegExp, maxChars: number, keep?: Block): Map<Block, string> {
	const found = new Map<Block, string>();
	for (const c of index.containers) {
		const m = name.exec(attrWords(divAttrParts(c)));
		if (!m) continue;
		if (keep && index.isInside(keep, c)) continue;
		if (index.statsOf(c).chars > maxChars) continue;
		found.set(c, m[0]);
	}
	return found;
}
