// A member card written as a definition list in each post ("Joined / Jan 25, 2022", "Messages / 251"): its short pairs go when most posts share a term.
import type { Block, List, ListItem } from '../../model/dumpDocument';
import { withChildren } from '../../model/divNodes';
import type { RemovedRegion } from '../article';
import { collapsedText } from '../inlineText';
import { POSTER_MARK_RE } from '../kinds/scatteredPosts';
import { MIN_REPEATED_POSTS, repeatedKeys } from './repeatedPostLines';

/** A card's term is a label ("Joined", "Reaction score", "Home Country"): a few words, not a sentence. */
export const MAX_TERM_CHARS = 40;
/** A card's value is a date, a count or a word or two ("Jan 25, 2022", "4,726", "Student or Learner"). */
export const MAX_VALUE_CHARS = 60;

/** The text of blocks, collapsed, and its length. */
function textLength(blocks: readonly Block[]): number {
	let n = 0;
	for (const b of blocks) n += collapsedText(b).length;
	return n;
}

/**
 * The key of a definition list's item that reads as a card's pair: its term lower-cased, when the term is short and
 * names no poster (a poster's name with the card's fields under it stays: the post keeps its poster) and its value is
 * short too. `undefined` for any other item.
 */
function pairKey(source: string, it: ListItem): string | undefined {
	const term = it.children[0];
	if (term === undefined || term.kind !== 'paragraph') return undefined;
	const termSource = source.slice(term.range.start, term.range.end);
	const text = collapsedText(term) || iconLabel(termSource);
	if (text.length === 0 || text.length > MAX_TERM_CHARS) return undefined;
	if (POSTER_MARK_RE.test(termSource)) return undefined;
	return textLength(it.children.slice(1)) <= MAX_VALUE_CHARS ? text.toLowerCase() : undefined;
}

/** A tooltip's or an accessible label's text on an element (`title="Joined"`, `aria-label="Location"`): a few words. */
const LABEL_ATTRIBUTE_RE = /\b(?:title|aria-label)=\\?"([^"\\\n]{1,40})\\?"/;

/**
 * The label of a term that shows no text, only an icon: its tooltip or accessible label (`LABEL_ATTRIBUTE_RE`), else a
 * key of its own for a bare icon. XenForo's compact member card writes each term so (`<dt><span title="Joined">` with
 * an icon font's glyph), whose text is then empty: the card's dates, counts and places stayed beside every post.
 * Measured on the tuning part with class and id words opaque (session 42): forum 0.86293 -> 0.86421, three XenForo
 * threads up (0.863 -> 0.929, 0.924 -> 0.947 in half B; 0.875 -> 0.895 in half A), none down; as is no page moved.
 */
function iconLabel(termSource: string): string {
	return LABEL_ATTRIBUTE_RE.exec(termSource)?.[1].trim() || ICON_TERM;
}

/** The key of a term that is only an icon and names no label. */
const ICON_TERM = '(icon)';

/** Visits the definition lists among blocks, inside containers, outside quotes (a quote repeats another post). */
function visitLists(blocks: readonly Block[], visit: (list: List) => void): void {
	for (const b of blocks) {
		if (isDefinitionList(b)) visit(b);
		else if (b.kind === 'div' || b.kind === 'htmlDiv') visitLists(b.children, visit);
	}
}

/** The terms found in enough posts' definition lists (heuristics/repeatedPostLines.ts `repeatedKeys`, as it counts lines). */
function repeatedTerms(source: string, blocks: readonly Block[], posts: readonly Block[]): Set<string> {
	return repeatedKeys(blocks, posts, (b, add) =>
		visitLists([b], (list) => {
			for (const it of list.items) {
				const key = pairKey(source, it);
				if (key !== undefined) add(key);
			}
		}),
	);
}

/** Whether a block is a definition list. */
function isDefinitionList(b: Block): b is List {
	return b.kind === 'list' && b.definition === true;
}

/** Whether a block shows nothing between two definition lists: pandoc writes `<!-- -->` between a `<dl>`'s pairs. */
function isGap(b: Block): boolean {
	return b.kind === 'spacer' || b.kind === 'rawHtml' || (b.kind === 'code' && b.rawFormat !== undefined);
}

/** A card list without its short pairs, or `undefined` when none is left. */
function withoutPairs(source: string, list: List, removed: RemovedRegion[]): List | undefined {
	const items: ListItem[] = [];
	for (const it of list.items) {
		const key = pairKey(source, it);
		if (key === undefined) items.push(it);
		else removed.push({ range: it.range, step: 'post-chrome', signal: `card pair: ${key}` });
	}
	return items.length === list.items.length ? list : items.length > 0 ? { ...list, items } : undefined;
}

function dropPairs(source: string, blocks: readonly Block[], terms: ReadonlySet<string>, removed: RemovedRegion[]): Block[] {
	const out: Block[] = [];
	let changed = false;
	for (let i = 0; i < blocks.length; i++) {
		const b = blocks[i];
		if (isDefinitionList(b)) {
			// The run of definition lists that pandoc split at each pair: one card.
			let end = i + 1;
			while (end < blocks.length && (isDefinitionList(blocks[end]) || isGap(blocks[end]))) end++;
			const run = blocks.slice(i, end);
			const card = run.some((l) => isDefinitionList(l) && l.items.some((it) => terms.has(pairKey(source, it) ?? '')));
			for (const l of run) {
				const kept = card && isDefinitionList(l) ? withoutPairs(source, l, removed) : l;
				if (kept !== l) changed = true;
				if (kept) out.push(kept);
			}
			i = end - 1;
			continue;
		}
		if (b.kind === 'div' || b.kind === 'htmlDiv') {
			const children = dropPairs(source, b.children, terms, removed);
			if (children !== b.children) changed = true;
			out.push(children === b.children ? b : withChildren(b, children));
			continue;
		}
		out.push(b);
	}
	return changed ? out : (blocks as Block[]);
}

/**
 * Drops the member card a forum writes as a definition list beside every post: in a list that holds a term most posts
 * share (`MIN_REPEATED_POSTS`, `MIN_REPEATED_SHARE`), and in the lists beside it that pandoc split it into, every short pair (`MAX_TERM_CHARS`, `MAX_VALUE_CHARS`), the
 * member's own fields with it ("Home Country / Spain", "Qantas / Platinum": terms only some members fill in). Engines
 * write a member's facts as `<dl>` pairs (XenForo's `pairs`, phpBB's `postprofile`), which pandoc keeps as a
 * definition list whatever their classes; the term lines alone went by the repeated-line rule
 * (heuristics/repeatedPostLines.ts), leaving their values ("Spain", "251", "Platinum") in the thread. A pair whose term
 * names the poster (a member link) stays, and so does a pair with a long value. `blocks` are the posts' kept blocks in
 * page order, `posts` the posts in page order.
 * Measured on the tuning part of wcxb-dev with every class and id word made opaque (`EVAL_DECLASS=all`, the proxy for
 * unseen sites): forum half A 0.8108 -> 0.8121, half B 0.8805 -> 0.8807; three XenForo threads of three sites up
 * (0.867 -> 0.919, 0.916 -> 0.926, 0.846 -> 0.852), none down; the tuning part as it is: no page moved (the XenForo
 * profile names the card's container).
 */
export function dropCardPairLists(source: string, blocks: readonly Block[], posts: readonly Block[], removed: RemovedRegion[]): Block[] {
	if (posts.length < MIN_REPEATED_POSTS) return blocks as Block[];
	const terms = repeatedTerms(source, blocks, posts);
	return terms.size === 0 ? (blocks as Block[]) : dropPairs(source, blocks, terms, removed);
}
