// Headed panels: a hidden container set right under a heading (an accordion's question or section title over its collapsed body) is a panel the reader opens, whatever its class words.
import type { Block } from '../../model/dumpDocument';
import { divAttrParts } from '../../model/divNodes';
import { type BlockIndex, type Container, isContainer } from '../blockIndex';
import { isHidden } from '../inlineText';

/**
 * The accordion pattern of the WAI-ARIA authoring practices: a heading (h2-h6, holding the trigger) followed by the
 * collapsed body, which may sit inside a wrapper or two that the theme uses for its height animation. Disclosure
 * panels are otherwise found by their class words (disclosurePanels.ts), which a theme nobody studied names its own
 * way: with every class word made opaque (EVAL_DECLASS=all), none of the tuning part's collection panels is found.
 * Measured (session 38, main ab1afd6, tuning part of wcxb-dev, word F1): declassed, collection half A 0.71435 ->
 * 0.74665 (an outdoor shop's ten categories, whose expert advice sits in headed accordions: the panels that class
 * words found as is), half B 0.70117 from 0.70072 (a marketplace category 0.712 -> 0.726), all B 0.87438 -> 0.87441;
 * as is, half B 0.90527 -> 0.90547 (a shop's product page 0.698 -> 0.811), half A 0.90095 -> 0.90093 (a service
 * page's hidden form block under a heading, 0.512 -> 0.502); readability corpus 0.947, seeds 53/53. A census of the
 * half-A dumps declassed: 104 headed panels on 17 pages, 78 of them the panels the class words find as is.
 */
export const MAX_PANEL_WRAPPERS = 2;

/** The block right before `b` in its parent container (or the page), undefined when `b` is the first or sits in a list. */
function previousSibling(index: BlockIndex, b: Block): Block | undefined {
	const parent = index.parent.get(b);
	const siblings = parent === undefined ? index.doc.blocks : isContainer(parent) ? parent.children : undefined;
	if (!siblings) return undefined;
	const i = positionsOf(siblings).get(b) ?? -1;
	return i > 0 ? siblings[i - 1] : undefined;
}

/** Each sibling list's positions, made once: an `indexOf` per hidden container is quadratic on a page of hidden siblings. */
const positions = new WeakMap<readonly Block[], Map<Block, number>>();

function positionsOf(siblings: readonly Block[]): Map<Block, number> {
	let at = positions.get(siblings);
	if (!at) {
		at = new Map();
		for (let i = 0; i < siblings.length; i++) at.set(siblings[i], i);
		positions.set(siblings, at);
	}
	return at;
}

/**
 * Whether a hidden container is the body of a headed panel: it, or a wrapper it opens (it is the wrapper's first
 * block, at most `MAX_PANEL_WRAPPERS` levels up), comes right after a heading of level 2 to 6.
 */
export function isHeadedPanel(index: BlockIndex, c: Container): boolean {
	if (!isHidden(divAttrParts(c))) return false;
	let x: Block = c;
	for (let level = 0; level <= MAX_PANEL_WRAPPERS; level++) {
		const prev = previousSibling(index, x);
		if (prev) return prev.kind === 'heading' && prev.level >= 2;
		const parent = index.parent.get(x);
		if (parent === undefined || !isContainer(parent) || parent.children[0] !== x) return false;
		x = parent;
	}
	return false;
}
