// Panels in the region: a documentation page's hidden tabs (one per platform, language or package manager) inside its article container are its text.
import type { Block } from '../../model/dumpDocument';
import { type Attempt, type BlockIndex, ROOT } from '../blockIndex';
import { isHidden } from '../inlineText';
import { disclosePanels } from './disclosurePanels';

/**
 * Documentation platforms print one tab per platform, language or package manager (Microsoft Learn's
 * `role="tabpanel"`, Docusaurus' `tabpanel`, MkDocs' tabbed blocks) and hide all but the first; the annotators keep
 * every tab. Only panels inside the article's container are put back (disclosurePanels.ts finds them): the collapsed
 * sections of a documentation site's sidebar are hidden panels too, and they are navigation (react.dev lost
 * 0.01 to 0.03 F1 on three pages when panels anywhere on the page were read). A page kept whole has no container
 * to bound them, and is left as it is. Measured on the tuning part of wcxb-dev: documentation 0.921 -> 0.923
 * (1 page up, 0.844 -> 0.957; none down), all 0.880 -> 0.881.
 */
export function discloseRegionPanels(index: BlockIndex, attempt: Attempt): Attempt {
	const region = attempt.region;
	if (region === ROOT) return attempt;
	const inRegion = (b: Block): boolean => {
		for (let p: Block | undefined = b; p !== undefined; p = index.parent.get(p)) if (p === region) return true;
		return false;
	};
	// Hidden containers outside the region are skipped; visible ancestors are never skipped (disclosePanels walks them).
	return disclosePanels(index, attempt, (b) => (b.kind === 'div' || b.kind === 'htmlDiv') && isHidden(b.attrs) && !inRegion(b));
}
