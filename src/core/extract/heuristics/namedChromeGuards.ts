// Main column by prose: a container named a side column, header, footer or menu that holds most of the page's prose is not chrome.
import type { BlockIndex, Container } from '../blockIndex';

/**
 * Words that name where a block sits in the page's layout (a side column, the page's header or footer, a menu or a
 * bar), not what it holds. Comment, related or promotion words name a kind of content that can outweigh the article
 * (a thread of 7,000 words under a story of 400), so they are not here: for them, much prose proves nothing.
 */
export const LAYOUT_WORD_RE = /^(?:header|footer|sidebar|menu|navbar|nav-|-nav|nav|banner|masthead|topbar|extra)$/i;

/**
 * A container named by a layout word that holds this share of the page's prose is the page's main column: a side
 * column or footer that outweighs everything else on the page is mis-named, or its class says only where the column
 * sits (`c-layout-sidebar-left` around a guide's whole text, `page1-footer` around a listing of ninety venues,
 * `module--locations-menu-detail` around a market's description). The share is scoring.ts `MAIN_PROSE_SHARE`, which
 * already keeps such a container when its words also name content (`contentWithSidebar`).
 */
export const LAYOUT_MAIN_PROSE_SHARE = 0.6;

/** ...and at least this much prose (two or three paragraphs): on a page of one sentence, shares prove nothing. */
export const LAYOUT_MAIN_MIN_PROSE_CHARS = 500;

/**
 * Whether `c`, named chrome by the layout word `word` (the match of scoring.ts `UNLIKELY_RE` or `STRONG_UNLIKELY_RE`),
 * holds most of the page's prose. Class words are read here only to refrain from a prune; the test itself is the
 * share of prose, a measure of structure.
 *
 * Reason: step 3 (prune.ts `isUnlikely`) drops a container named `sidebar` or `footer` whatever it holds (those words
 * are "strong": no content word rescues them), and a `menu` or `header` unless it holds nine tenths of the prose. On
 * pages whose theme names the main column by where it sits, the whole text went and the read fell back on scraps.
 * Comment words stay out (`LAYOUT_WORD_RE`): a comment thread holds most of the prose of many articles.
 * Measured on the wcxb-dev tuning part (word F1, as is, with the stated settings of chromeQualifiers.ts): all
 * 0.90324 → 0.90490 (half A 0.90066 → 0.90259, half B 0.90555 → 0.90697), article 0.953 → 0.956, service 0.857 →
 * 0.859; pages up a restaurant guide 0.20 → 0.96, a security guide 0.16 → 0.79, a market's page 0.58 → 0.85; down a
 * shop's product page 0.67 → 0.61 (its footer holds a drawer of 16,000 words) and a service page 0.995 → 0.981.
 * Declassed (no class words) the rule never fires: unchanged. Readability corpus and seeds unchanged.
 */
export function isMainColumnByProse(index: BlockIndex, c: Container, word: string): boolean {
	const root = index.rootStats.proseChars;
	const prose = index.proseCharsOf(c);
	// A container inside a hidden one is measured while its hidden ancestors count nothing (blockIndex.ts): more prose
	// than the whole page means it is not on the visible page, and its share says nothing.
	return prose >= LAYOUT_MAIN_MIN_PROSE_CHARS && prose <= root && LAYOUT_WORD_RE.test(word) && prose >= root * LAYOUT_MAIN_PROSE_SHARE;
}
