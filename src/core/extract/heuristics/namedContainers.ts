// Containers named by a class or id word for what they hold, under a size cap: the shared finder behind sign-up forms and shop notices.
import type { Block } from '../../model/dumpDocument';
import type { BlockIndex } from '../blockIndex';

/**
 * The containers whose class or id words match `name`, each with the word that named it. One that holds more than
 * `maxChars` characters is kept (a description inside a theme wrapper that happens to carry the word), and so is one
 * that holds `keep` (the product's heading).
 */
export function namedContainers(index: BlockIndex, name: RegExp, maxChars: number, keep?: Block): Map<Block, string> {
	const found = new Map<Block, string>();
	const words = index.containerWords;
	for (let i = 0; i < index.containers.length; i++) {
		const c = index.containers[i];
		const m = name.exec(words[i]);
		if (!m) continue;
		if (keep && index.isInside(keep, c)) continue;
		if (index.charsOf(c) > maxChars) continue;
		found.set(c, m[0]);
	}
	return found;
}
