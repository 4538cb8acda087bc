// Sibling panels: a product's tabs ("Description", "Features", "What's included") are sibling containers of one class; the one shown is not the whole text.
import type { Block, SourceRange } from '../../model/dumpDocument';
import { RangeIndex } from '../../model/rangeIndex';
import { type Attempt, type BlockIndex, type Container, isContainer, ROOT } from '../blockIndex';
import { collapsedText } from '../inlineText';

/**
 * Class words that say which panel shows now, not what the panel is: `content active` and `content` are two tabs of
 * one set.
 */
export const PANEL_STATE_CLASS_RE = /^(?:active|current|selected|show|shown|open|opened|in|visible|expanded|collapsed|is-active|is-open|is-selected|is-visible|is-expanded|is-collapsed|first|last)$/i;

/** The classes that name a container's kind, state words left out, as one key; empty when it has none. */
function signature(c: Block): string {
	if (!isContainer(c)) return '';
	return (c.attrs?.classes ?? [])
		.filter((x) => !PANEL_STATE_CLASS_RE.test(x))
		.sort()
		.join(' ');
}

/**
 * The containers beside `region` (same parent) with the same class signature: the other tabs of its set. Only when
 * the region is marked as the one shown (`active`, `current`, `show`…): a row of sections of one class is a page's
 * layout, whose other sections the annotators judge one by one.
 */
export function siblingPanels(index: BlockIndex, region: Container): Container[] {
	if (!(region.attrs?.classes ?? []).some((x) => PANEL_STATE_CLASS_RE.test(x))) return [];
	const key = signature(region);
	const parent = index.parent.get(region);
	if (!key || !parent || !isContainer(parent)) return [];
	return parent.children.filter((c): c is Container => c !== region && isContainer(c) && signature(c) === key);
}

/**
 * The attempt widened to the region's sibling panels: its own blocks and the blocks of `page` (the whole page less
 * chrome) that lie in one of the siblings, in document order. The attempt itself when the region has no siblings.
 */
export function withSiblingPanels(index: BlockIndex, attempt: Attempt, page: Attempt): Attempt {
	if (attempt.region === ROOT) return attempt;
	const ranges = siblingPanels(index, attempt.region).map((c) => c.range);
	const panels = new RangeIndex(ranges);
	const inPanel = (r: SourceRange): boolean => panels.encloses(r);
	const added = page.blocks.filter((b) => inPanel(b.range));
	if (added.length === 0) return attempt;
	let chars = attempt.chars;
	for (const b of added) chars += collapsedText(b).length;
	return { ...attempt, blocks: [...attempt.blocks, ...added].sort((a, b) => a.range.start - b.range.start), chars };
}
