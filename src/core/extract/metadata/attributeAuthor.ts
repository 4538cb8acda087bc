// Step 4 of metadata reading: a poster's name kept in an attribute of the post's element (`author-username="drat"`, `username="JonB"`).
import type { Attributes } from '../../model/dumpDocument';
import { attrValue } from '../inlineText';
import { WEIGHT } from '../metadataRules';
import { splitNames } from './names';
import type { Candidate, MetadataScan } from './scan';

/**
 * Attributes that hold the name of the element's author: Stack Exchange writes `author-username` on the question and
 * each answer, NodeBB and many forum themes `username` / `data-username` on each post, others `data-author`. The
 * name is often shown only as a link around an avatar, or not at all, so the markup is the one place that carries it.
 * Not `review-username` and the like: a customer's review is not the page's.
 */
const AUTHOR_ATTRS: readonly string[] = ['author-username', 'data-author-username', 'author-name', 'data-author-name', 'data-author', 'username', 'data-username'];

/**
 * As sure as an author class (`WEIGHT.classOwn`): the attribute names the element's author outright. Repeated for
 * every post of a thread, the first after the title is taken (`repeatedBylines.ts`).
 */
const ATTRIBUTE_SCORE = WEIGHT.classOwn;

/**
 * Every key of `AUTHOR_ATTRS` holds one of these words: nodes without a pair named so are skipped before the seven
 * lookups (1.1% of the pipeline's CPU on the readability corpus). `/i` folds at least what `toLowerCase` does for them.
 */
const AUTHOR_KEY_RE = /author|username/i;

export function attributeAuthorCandidates(s: MetadataScan): Candidate<string[]>[] {
	const out: Candidate<string[]>[] = [];
	for (let ni = 0; ni < s.nodes.length; ni++) {
		const n = s.nodes[ni];
		// The parts only (no attribute object made for a div: model/divNodes.ts `divAttrParts`); the block's range is read
		// for a candidate.
		const attrs = n.attrParts;
		if (!attrs || !hasAuthorKey(attrs.pairs)) continue;
		for (const key of AUTHOR_ATTRS) {
			const v = attrValue(attrs, key)?.trim();
			if (!v) continue;
			const names = splitNames(v, { handles: true });
			if (names.length === 1) out.push({ value: names, source: n.attrs!.range, rule: `attr:${key}`, score: ATTRIBUTE_SCORE + s.positionScore(n), node: n });
			break;
		}
	}
	return out;
}

/** Whether a pair's key may be one of `AUTHOR_ATTRS` (`AUTHOR_KEY_RE`): a loop, no closure per node. */
function hasAuthorKey(pairs: Attributes['pairs']): boolean {
	for (let i = 0; i < pairs.length; i++) if (AUTHOR_KEY_RE.test(pairs[i][0])) return true;
	return false;
}
