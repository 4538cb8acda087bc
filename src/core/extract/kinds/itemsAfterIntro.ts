// The items after a listing's introduction: a category archive read from its description box gets back the grid of linked titles the box's next sibling holds.
import { childBlocks } from '../../model/blockTree';
import type { Block } from '../../model/dumpDocument';
import { type Attempt, ROOT } from '../blockIndex';
import { collapsedChars } from '../inlineText';
import { leavesIn } from './gridSection';
import { linkedTitles } from './itemTitles';
import type { KindContext } from './pageKind';

/**
 * A blog's category or topic archive opens with a description (a paragraph or several of prose, written once), and
 * its posts follow in the next box as cards that are a picture and a linked title each. The article pipeline picks
 * the description: it holds the prose, and the cards are links to it. So a listing read from that container keeps the
 * introduction and loses every item. When the box right after the container (its next sibling with text) holds at
 * least this many linked titles, as the whole page's clean-up kept it (kinds/wholePage.ts drops named chrome, so a
 * footer or a "popular posts" widget named as such is not taken), and more than the container itself holds, its
 * blocks are read after the container's.
 * Measured (session 29, tuning part of wcxb-dev, word F1; wired in the listing strategy's container read): listing
 * half A 0.7300 -> 0.7361 (a blog's beginners' archive 0.811 -> 0.998, a news agency's topic page 0.778 -> 0.801),
 * half B 0.8466 unchanged, no page of any kind down; readability corpus 0.947, seeds 53/53.
 */
export const MIN_SIBLING_ITEM_TITLES = 6;
/**
 * ...and the box is mostly those titles: a rail of teasers with their summaries is a longer read the container's
 * neighbours (a sidebar, a comment form) can imitate; cards cut to a title are the grid's own shape. The share of the
 * box's kept text that is in its linked titles' blocks.
 */
export const MIN_TITLE_SHARE = 0.5;

/** The container's next sibling with text, in its parent (the page's top level when it has none). */
function nextSibling(siblings: readonly Block[], region: Block): Block | undefined {
	const at = siblings.indexOf(region);
	if (at < 0) return undefined;
	for (let i = at + 1; i < siblings.length; i++) if (collapsedChars([siblings[i]]) > 0) return siblings[i];
	return undefined;
}

/** The blocks of `blocks` that are or hold a linked title, by `linkedTitles`. */
function titleBlocks(blocks: readonly Block[]): Block[] {
	return blocks.filter((b) => linkedTitles([b]) > 0);
}

/**
 * The attempt with the items after its introduction: when the attempt is read from the article pipeline's container, its next
 * sibling holds, as the whole page's clean-up kept it, at least `MIN_SIBLING_ITEM_TITLES` linked titles (and more than
 * the attempt) that make up `MIN_TITLE_SHARE` of its text, those blocks follow the attempt's; otherwise the attempt as
 * it is.
 */
export function withItemsAfterIntro({ index, article, whole }: KindContext, attempt: Attempt): Attempt {
	if (attempt.region !== article.region || attempt.region === ROOT || attempt.chars === 0) return attempt;
	const region = attempt.region;
	const parent = index.parent.get(region);
	const next = nextSibling(parent === undefined ? index.doc.blocks : childBlocks(parent), region);
	if (!next) return attempt;
	const items = leavesIn(whole.blocks, next.range);
	const titles = linkedTitles(items);
	if (titles < MIN_SIBLING_ITEM_TITLES || titles <= linkedTitles(attempt.blocks)) return attempt;
	const chars = collapsedChars(items);
	if (collapsedChars(titleBlocks(items)) < chars * MIN_TITLE_SHARE) return attempt;
	return { ...attempt, blocks: [...attempt.blocks, ...items], chars: attempt.chars + chars };
}
