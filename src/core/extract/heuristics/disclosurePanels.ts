// Disclosure panels: a product's description and specifications often sit in collapsed accordion or tab panels, hidden until the reader opens them.
import type { Block } from '../../model/dumpDocument';
import { divAttrParts } from '../../model/divNodes';
import type { RemovedRegion } from '../article';
import { type Attempt, type BlockIndex, type Container, type Flags, isContainer } from '../blockIndex';
import { cleanBlock } from '../clean';
import { attrWords, collapsedText, isHidden } from '../inlineText';
import { isAriaPanel } from './ariaPanels';
import { isHeadedPanel } from './headedPanels';
import { prunedContainers } from '../prune';
import { pushAll } from '../../model/pushAll';

/**
 * Class and id words of a collapsed panel: an accordion's body, a tab's pane, a "read more" expander. The page
 * hides them with `display: none`, `hidden` or `aria-hidden` until a heading or a tab is clicked, and the reader
 * opens them: on the wcxb-dev tuning part, 53% of the words in hidden panels named so on product pages are in the
 * annotated text (30% of the other hidden words), 72% on articles, 91% on collections. State words (`expanded`,
 * `collapsed` alone) do not name a panel.
 */
export const DISCLOSURE_PANEL_RE =
	/collapsible|collapsed?-?panel|collapse(?:_content|-content|\b(?!d))|accordion|tab-?panel|tab-?pane\b|tabs?-?content|toggle-?content|toggle__content|content-?toggle|expander-content|disclosure|read-?more|\btabpanel\b/i;

/** A panel whose visible words are mostly one form's fields (a country list, a shipping estimator) is not content. */
const FORM_WORDS_RE = /form|select|dropdown|menu/i;

/** Cleaned as the whole page is (wholePage.ts): chrome by name, nothing by link density. */
const PANEL_FLAGS: Flags = { stripUnlikely: true, weightClasses: false, cleanConditionally: false };

/**
 * Wrappers searched below a hidden container for the ARIA panel it animates: an accordion theme hides a wrapper for its
 * height animation (`overflow:hidden; display:none; height:0`) and puts `role="region"` and `aria-labelledby` on the
 * panel inside it, as headedPanels.ts's wrappers. Session 45 (wcxb-dev tuning part, word F1): declassed, a half-A fire
 * pit's Description, Dimensions and Care panels come back, 0.565 → 0.758 (product A 0.69879 → 0.70720); no other page of
 * any kind moves; as is no page moves (its class words named the panels).
 */
export const MAX_ARIA_WRAPPERS = 2;

/** Whether a hidden container is a disclosure panel that the reader opens (named so, or by ARIA: ariaPanels.ts), not a modal, a menu or a form. */
export function isDisclosurePanel(c: Container): boolean {
	const attrs = divAttrParts(c);
	if (!isHidden(attrs)) return false;
	const words = attrWords(attrs);
	return (DISCLOSURE_PANEL_RE.test(words) || isAriaPanel(attrs) || wrapsAriaPanel(c)) && !FORM_WORDS_RE.test(words);
}

/** Whether the container's only child, or that child's only child (`MAX_ARIA_WRAPPERS`), is an ARIA panel (role and label, not hidden itself). */
function wrapsAriaPanel(c: Container): boolean {
	let inner: Container = c;
	for (let depth = 0; depth < MAX_ARIA_WRAPPERS; depth++) {
		if (inner.children.length !== 1) return false;
		const child = inner.children[0];
		if (!isContainer(child)) return false;
		if (isAriaPanel(divAttrParts(child))) return true;
		inner = child;
	}
	return false;
}

/**
 * The attempt with the text of the page's collapsed panels put back where they stand. A panel counts when it is the
 * outermost hidden container and no container around it is chrome (by name, or by `skip`: a product page's modals
 * and recommendation carousels). Anywhere on the page, not only in the attempt's region: the article pipeline often
 * picks one visible section of the product ("Features & Benefits"), and the collapsed Description and
 * Specifications beside it are the product's too. Measured on the 69 product pages of the wcxb-dev tuning part
 * (product strategy on every page): 0.591 → 0.609; inside the region only, 0.602. `opens` names more panels, for one
 * kind of page (a product's hidden headed sections, heuristics/hiddenHeadedSections.ts).
 */
export function disclosePanels(index: BlockIndex, attempt: Attempt, skip: (b: Block) => boolean = () => false, opens: (c: Container) => boolean = () => false): Attempt {
	const pruned = prunedContainers(index, PANEL_FLAGS);
	const found: Block[][] = [];
	const removed: RemovedRegion[] = [...attempt.removed];
	let chars = attempt.chars;
	for (const c of index.containers) {
		if (!isDisclosurePanel(c) && !isHeadedPanel(index, c) && !opens(c)) continue;
		let open = true;
		for (let p = index.parent.get(c); p !== undefined && open; p = index.parent.get(p)) {
			if (((p.kind === 'div' || p.kind === 'htmlDiv') && (isHidden(divAttrParts(p)) || pruned.has(p))) || skip(p)) open = false;
		}
		if (!open || skip(c)) continue;
		const blocks: Block[] = [];
		for (const child of c.children) {
			const kept = cleanBlock(index, child, PANEL_FLAGS, removed, undefined, false, pruned);
			pushAll(blocks, kept.blocks);
			chars += kept.stats.chars;
		}
		if (blocks.some((b) => collapsedText(b) !== '')) found.push(blocks);
	}
	if (found.length === 0) return attempt;
	const blocks = [...attempt.blocks, ...found.flat()].sort((a, b) => a.range.start - b.range.start);
	return { ...attempt, blocks, removed, chars };
}
