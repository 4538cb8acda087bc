// A menu above the title: text above the page's h1 that is mostly links is the site's menu, however much of the page it is.
import type { Block } from '../../model/dumpDocument';
import { measureBlocks } from './blockMeasures';

/**
 * A whole-page read drops what lies above its first h1 only when that is less than half the page (pageStart.ts): a page
 * whose h1 sits low keeps its text. A mega-menu (a tree of category links under each top entry, with a promo tile per
 * panel) can be more than half a short category page, and pandoc keeps its entries as plain lists whose labels are
 * buttons, not links, so navigationLists.ts and dropdownMenus.ts miss it. Its text is still mostly link text; a page's
 * prose above a low h1 (teasers with their excerpts, an intro) is not. The two mega-menus seen on half A declassed (a
 * running shop's category page, a news agency's index) are 0.81 and 0.82 links; a product page's breadcrumb and specs
 * box above its h1, 0.53. Measured (session 39, tuning part of wcxb-dev, word F1, cut from 0.6 of links; as a threshold
 * 0.5 and 0.7 move the same pages but the product page at 0.53):
 * declassed (EVAL_DECLASS=all) all 0.85997 -> 0.86094, half B 0.86252 -> 0.86293, collection 0.73211 -> 0.74075 (half B
 * 0.71193 -> 0.71274), listing 0.75243 -> 0.75828 (half B 0.79030 -> 0.79560); 4 pages of 4 sites up, none down; as is
 * no page moves (class words already dropped these menus).
 */
export const MIN_MENU_LINK_SHARE = 0.6;

/**
 * Whether the text above the title (`all` the read's blocks, `fromTitle` those kept from the title on, `aboveChars` the
 * text between) is mostly link text: a menu, to drop whatever its share of the page.
 */
export function isMenuAboveTitle(all: readonly Block[], fromTitle: readonly Block[], aboveChars: number): boolean {
	if (aboveChars <= 0) return false;
	const aboveLinks = measureBlocks(all).linkChars - measureBlocks(fromTitle).linkChars;
	return aboveLinks >= aboveChars * MIN_MENU_LINK_SHARE;
}
