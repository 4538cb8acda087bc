// Layout twins: a region that prints the feed's items again for another screen (a mobile card beside its desktop twin, a carousel under the grid) is read once.
import type { Block } from '../../model/dumpDocument';
import { removedRegion, type RemovedRegion } from '../article';
import { isContainer } from '../blockIndex';
import { filterBlockTree } from '../heuristics/cardRepeats';
import { collapse, collapsedText } from '../inlineText';

/**
 * An item's title is this long at least: a short heading ("Latest", "Events") is a label two regions may both print on
 * purpose (repeatedHeadings.ts drops those printed over every card).
 */
export const MIN_TWIN_TITLE_CHARS = 20;
/**
 * A twin's words the read already holds, at least this share: a copy made for another layout drops a line or two (the
 * organiser, the follower count) and adds a label or two ("by", "Share"), but it says nothing new. A section that
 * repeats a title over text of its own (a forum's "Re:" subject over a new reply) is far below.
 */
export const MIN_SEEN_WORD_SHARE = 0.8;

const WORD_RE = /[\p{L}\p{N}_]+/gu;

function words(text: string): string[] {
	return text.toLowerCase().match(WORD_RE) ?? [];
}

/** The container's headings' texts, lower-cased, at any depth (list items included), in order. */
function headingTexts(b: Block, out: string[]): void {
	if (b.kind === 'heading') out.push(collapse(collapsedText(b)).toLowerCase());
	else if (isContainer(b) || b.kind === 'blockquote') for (const c of b.children) headingTexts(c, out);
	else if (b.kind === 'list') for (const it of b.items) for (const c of it.children) headingTexts(c, out);
}

/**
 * The blocks less, at any depth, each container whose every heading repeats a heading read before it (one of them an
 * item's title, `MIN_TWIN_TITLE_CHARS`) and whose words the read before it mostly holds (`MIN_SEEN_WORD_SHARE`): a feed
 * whose cards each hold a mobile and a desktop copy of the teaser (one shown by the stylesheet), a carousel of the
 * same stories for small screens under the grid. The per-card copies of cardCopies.ts compare only long lines and
 * repeatedHeadings.ts only short labels; the copy's title, date, price and byline stayed, and a token-bag metric
 * counts every word twice. The first copy stays (it is the one the annotators kept where the two differ: the desktop
 * card of an event feed leaves out the organiser and its follower count). A container is judged before its children,
 * so the outermost twin goes whole.
 * Wired in the article strategy (kinds/article.ts), where feeds read as articles keep their cards' trees. Tuning part
 * of wcxb-dev (issue 12, session 28): listing half A 0.7234 -> 0.7264 (an event search read as an article 0.35 ->
 * 0.45), half B unchanged, no other page moves. Also wired in the listing strategy it found nothing more on half A and
 * cost a half-B listing 0.59 -> 0.57 (listing B 0.8455 -> 0.8450): not there. Most listing reads are flat by then
 * (a whole page's leaves), so a carousel twin under the grid there keeps its bylines once its titles went as repeats.
 */
export function dropLayoutTwins(blocks: readonly Block[], removed: RemovedRegion[]): Block[] {
	const titles = new Set<string>();
	const seen: SeenWords = { words: new Set<string>(), blocks: [], read: 0 };
	return filterBlockTree(blocks, (b) => {
		if (isContainer(b)) {
			const twin = twinTitle(b, titles, seen);
			if (twin === undefined) return true;
			removed.push(removedRegion(b.range, 'layout-twin', twin));
			return false;
		}
		if (b.kind === 'blockquote') return true;
		if (b.kind === 'heading') titles.add(collapse(collapsedText(b)).toLowerCase());
		seen.blocks.push(b);
		return true;
	});
}

/**
 * The words of the blocks read so far, split only when a container's headings make it a twin candidate: the blocks are
 * queued and their words added at that point (issue 13: splitting every block's text into words was 1.6% of extract
 * CPU by the profile, and most pages never get that far). The set holds the same words whenever it is read. Blocks,
 * not texts, are queued: a table's or a code block's text is built anew by `collapsedText`, and is not kept.
 */
interface SeenWords {
	readonly words: Set<string>;
	readonly blocks: Block[];
	/** How many of `blocks` have their words in `words`. */
	read: number;
}

function seenWords(seen: SeenWords): ReadonlySet<string> {
	for (; seen.read < seen.blocks.length; seen.read++) for (const w of words(collapsedText(seen.blocks[seen.read]))) seen.words.add(w);
	return seen.words;
}

/** The title of an earlier item the container repeats, when it is a twin; undefined when it is not. */
function twinTitle(b: Block, titles: ReadonlySet<string>, seen: SeenWords): string | undefined {
	const heads: string[] = [];
	headingTexts(b, heads);
	if (heads.length === 0 || !heads.every((h) => titles.has(h))) return undefined;
	const title = heads.find((h) => h.length >= MIN_TWIN_TITLE_CHARS);
	if (title === undefined) return undefined;
	const ws = words(collapsedText(b));
	if (ws.length === 0) return undefined;
	const known = seenWords(seen);
	return ws.filter((w) => known.has(w)).length / ws.length >= MIN_SEEN_WORD_SHARE ? title : undefined;
}
