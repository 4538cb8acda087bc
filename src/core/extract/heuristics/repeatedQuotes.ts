// Quoted posts: a reply's block quote that repeats words of an earlier post of the same thread, with its "X said:" line.
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { attrWords, blockText, collapse, collapsedText } from '../inlineText';
import { withChildren } from '../../model/divNodes';
import { withItemChildren } from '../../model/listItemNode';

/**
 * A quote goes when at least this share of its text (its attribution line aside) is already in an earlier post: a
 * reply that quotes a line and adds a word of its own inside the quote still repeats it.
 */
export const MIN_REPEATED_SHARE = 0.8;

/**
 * A quote shorter than this many words (its attribution line aside) stays, repeat or not: a line or two quoted is the
 * reply's pointer to what it answers, which the page shows whole and the annotators read with the reply; a longer quote
 * is the earlier post printed again, which forums fold ("Click to expand...") and the annotators leave out. Tuning
 * forum pages (profiles on), sites of half A: 0.8315 -> 0.8351 (5 up, 0546 0.792 -> 0.937 and 0518 0.942 -> 1.000 the
 * most; 6 down, 0504 1.000 -> 0.979 the most); half B: 0.9095 -> 0.9109 (7 up, 0574 0.835 -> 0.880 the most; 5 down,
 * 1764 0.930 -> 0.905 the most). 12 and 20 words both help both halves too (A 0.8358 / 0.8342, B 0.9102 / 0.9106);
 * 30 and 60 lower half B (0.9089, 0.9038); dropping no repeated quote lowers both (A 0.820, B 0.888).
 */
export const MIN_REPEATED_QUOTE_WORDS = 15;

/** An attribution line is short: "tomashusner said:", "Quote from: Tdol on Feb 20, 2010", "amondale:". */
const MAX_ATTRIBUTION_CHARS = 80;

/**
 * The line a forum writes over a quote to name its author: "X said:" (XenForo, Invision), "X wrote:" (phpBB, FluxBB),
 * "Quote from: X on <date>" (SMF), "X posted..." (GameFAQs), or a name and a colon (Discourse's quote title).
 */
const ATTRIBUTION_RE = /(?:\b(?:said|wrote|posted|writes|says)\b.{0,40}|:|\.\.\.|…)$|^quote(?: from)?\b/i;

/**
 * Class words of a quote's box when the forum writes it as a container, not as a block quote: vBulletin's
 * `bbcode_quote`, XenForo's `bbCodeBlock--quote`, Invision's `ipsQuote`, phpBB's `quotecontent`, Discourse's `quote`.
 * Not a quote button (`quote-button`, `multiquote`) nor a quote's parts alone (`quote_citation`, `quote-title`): the box
 * holds the quoted words.
 */
const QUOTE_BOX_RE = /(?:^|[\s_-])(?:bbcode_?quote|bbcodeblock--quote|ipsquote|quotecontent|quote_?container|quote|blockquote)(?:$|\s)/i;

function isQuoteBox(b: Block): boolean {
	return (b.kind === 'div' || b.kind === 'htmlDiv') && QUOTE_BOX_RE.test(attrWords(b.attrs)) && !holdsBlockquote(b);
}

/** Whether a container holds a block quote: a quote box around one (Discourse's `quote` over its `> ...`) leaves the quote to it. */
function holdsBlockquote(b: Block): boolean {
	if (b.kind === 'blockquote') return true;
	if (b.kind === 'div' || b.kind === 'htmlDiv') return b.children.some(holdsBlockquote);
	return false;
}

/** Whether a block holds a quote box (`isQuoteBox`) anywhere inside. */
function holdsQuoteBox(b: Block): boolean {
	if (isQuoteBox(b)) return true;
	if (b.kind === 'div' || b.kind === 'htmlDiv' || b.kind === 'blockquote') return b.children.some(holdsQuoteBox);
	if (b.kind === 'list') return b.items.some((it) => it.children.some(holdsQuoteBox));
	return false;
}

/** Words of a text for comparing: letters and digits, lower-cased, one space apart, a space either side. */
function wordKey(text: string): string {
	const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu);
	return words ? ` ${words.join(' ')} ` : '';
}

function isAttribution(b: Block): boolean {
	// A box around the line (XenForo's `attribution`): its one leaf is the line.
	if (b.kind === 'div' || b.kind === 'htmlDiv') {
		const leaves: Block[] = [];
		pushLeaves(b, leaves);
		return leaves.length === 1 && isAttribution(leaves[0]);
	}
	const text = collapsedText(b);
	return text.length > 0 && text.length <= MAX_ATTRIBUTION_CHARS && ATTRIBUTION_RE.test(text);
}

/** The leaves of a block (paragraphs, headings, code, tables): the units compared and remembered. */
function pushLeaves(b: Block, out: Block[]): void {
	if (b.kind === 'div' || b.kind === 'htmlDiv' || b.kind === 'blockquote') for (const c of b.children) pushLeaves(c, out);
	else if (b.kind === 'list') for (const it of b.items) for (const c of it.children) pushLeaves(c, out);
	else if (b.kind !== 'spacer') out.push(b);
}

function leafText(b: Block): string {
	return collapsedText(b);
}

/** The thread's words so far, outside quotes, and the test whether a quote only repeats them. */
class ThreadWords {
	private parts: string[] = [];
	private joined = '';
	private stale = false;

	add(b: Block): void {
		const leaves: Block[] = [];
		pushLeaves(b, leaves);
		for (const l of leaves) {
			const key = wordKey(leafText(l));
			if (key) this.parts.push(key);
		}
		this.stale = true;
	}

	/**
	 * Whether most of a quote's text, its attribution line aside, is found word for word in the thread so far, and the
	 * quote has `MIN_REPEATED_QUOTE_WORDS` words at least.
	 */
	repeats(quote: Block): boolean {
		const leaves: Block[] = [];
		pushLeaves(quote, leaves);
		let total = 0;
		let found = 0;
		let words = 0;
		for (const l of leaves) {
			if (isAttribution(l)) continue;
			const key = wordKey(leafText(l));
			if (!key) continue;
			total += key.length;
			words += key.split(' ').length - 2;
			if (this.text().includes(key)) found += key.length;
		}
		return total > 0 && found >= total * MIN_REPEATED_SHARE && words >= MIN_REPEATED_QUOTE_WORDS;
	}

	private text(): string {
		if (this.stale) {
			// Leaves meet on one space: a quote that spans two paragraphs of the post it quotes still matches.
			this.joined = this.parts.join('').replace(/ {2}/g, ' ');
			this.stale = false;
		}
		return this.joined;
	}
}

/** An attribution line that names a poster: "X said:", "X wrote:" (not a Discourse title's bare "X:", nor "Quote"). */
const POSTER_ATTRIBUTION_RE = /\b(?:said|wrote|writes|says)\b/i;

/**
 * Whether a quote is attributed to a poster (`POSTER_ATTRIBUTION_RE`), by the line just before it or by its own first
 * line, or at the start of its first paragraph (`INLINE_ATTRIBUTION_RE`): a reply quoting another post of the thread.
 */
function quotesPoster(out: readonly Block[], quote: Block): boolean {
	let prev = out.length - 1;
	while (prev >= 0 && out[prev].kind === 'spacer') prev--;
	if (prev >= 0 && isAttribution(out[prev]) && POSTER_ATTRIBUTION_RE.test(collapsedText(out[prev]))) return true;
	const leaves: Block[] = [];
	pushLeaves(quote, leaves);
	if (leaves.length === 0) return false;
	if (isAttribution(leaves[0]) && POSTER_ATTRIBUTION_RE.test(collapsedText(leaves[0]))) return true;
	return INLINE_ATTRIBUTION_RE.test(collapsedText(leaves[0]));
}

/**
 * An attribution that pandoc ran into the quote's first paragraph ("C. Andrew Nelson wrote:The best advice...", a
 * phpBB-style `<cite>` without a line break). Tuning forum pages: half A 0.8369 -> 0.8381 (0560 0.900 -> 0.953); half B
 * 0.91314 -> 0.91311 (0535 0.975 -> 0.982, 0536 0.953 -> 0.945).
 */
const INLINE_ATTRIBUTION_RE = /^[^.!?:\n]{1,40}\b(?:wrote|said):\s?\S/i;

/** Whether a quote has `MIN_REPEATED_QUOTE_WORDS` words at least, its attribution line aside. */
function isLongQuote(quote: Block): boolean {
	const leaves: Block[] = [];
	pushLeaves(quote, leaves);
	let n = 0;
	for (const l of leaves) if (!isAttribution(l)) n += (leafText(l).match(/[\p{L}\p{N}]+/gu) ?? []).length;
	return n >= MIN_REPEATED_QUOTE_WORDS;
}

/** Drops the attribution line ("X said:") just before a quote that went. */
function dropAttributionBefore(out: Block[], removed: RemovedRegion[]): void {
	let prev = out.length - 1;
	while (prev >= 0 && out[prev].kind === 'spacer') prev--;
	if (prev >= 0 && isAttribution(out[prev])) {
		removed.push({ range: out[prev].range, step: 'repeated-quote', signal: collapsedText(out[prev]) });
		out.splice(prev);
	}
}

/**
 * Drops the block quotes of a thread's posts that repeat an earlier post (`MIN_REPEATED_SHARE`), with the attribution
 * line just before them ("amondale:" over a Discourse quote), in containers and lists too. A reply quoting the post
 * it answers prints that post a second time; the reader has it above, and the annotators of most forum threads in
 * wcxb-dev leave the repeat out. A quote of something not on the page (a news story, an earlier page of the thread)
 * stays: it is the only copy, unless a poster's name is on it ("X said:", `quotesPoster`) and it is long
 * (`MIN_REPEATED_QUOTE_WORDS`): then it is a post of the thread's earlier pages printed again, which the annotators
 * leave out as they leave out the repeats (session 21, tuning forum pages: half A 0.8351 -> 0.8369, 0548 0.831 -> 0.920;
 * half B 0.9109 -> 0.9131, three threads up, 0513 0.913 -> 0.950 the most; none down).
 * Measured on the tuning part of wcxb-dev: forum F1 0.836 -> 0.851 (26 threads up, 11 down where the annotators kept
 * the quotes, as 0546 0.93 -> 0.78), all 0.872 -> 0.873, no other kind moved.
 *
 * Quote boxes written as containers (`QUOTE_BOX_RE`), messages written as block quotes (read as containers when they
 * hold a box), and kept quotes counted as the page's words: tuning forum pages, profiles on or off, 0533 (vBulletin 4,
 * half A) 0.853 -> 0.941, 0513 (half B) 0.886 -> 0.912, 0574 (half B) 0.830 -> 0.835; down where the truth keeps the
 * quotes, 0520 (XenForo 1, half A) 0.968 -> 0.951 and 0517 (half B) 0.996 -> 0.977; no other page moved.
 */
export function dropRepeatedQuotes(blocks: readonly Block[], removed: RemovedRegion[]): Block[] {
	const words = new ThreadWords();
	const walk = (list: readonly Block[]): Block[] => {
		const out: Block[] = [];
		let changed = false;
		for (const b of list) {
			// A block quote that holds a quote box is a message written in a block quote (vBulletin writes each post's
			// message so), or a quote's frame around its box (XenForo 1): it is read as a container, its quote boxes as
			// quotes; left empty, it was the quote, and its attribution line goes too.
			if (b.kind === 'blockquote' && holdsQuoteBox(b)) {
				const children = walk(b.children);
				if (children === b.children) {
					out.push(b);
					continue;
				}
				changed = true;
				// Empty boxes (a quote's expander whose button went as a forum control) are no content.
				if (children.some((c) => collapse(blockText(c, { images: true })) !== '')) out.push(withChildren(b, children));
				else dropAttributionBefore(out, removed);
				continue;
			}
			if (b.kind === 'blockquote' || isQuoteBox(b)) {
				if (words.repeats(b) || (quotesPoster(out, b) && isLongQuote(b))) {
					removed.push({ range: b.range, step: 'repeated-quote', signal: collapsedText(b).slice(0, 60) });
					changed = true;
					dropAttributionBefore(out, removed);
					continue;
				}
				// A quote of something else stays, and is on the page from now on: a later quote of it repeats it. So does a
				// post's whole message that a forum writes as a block quote (vBulletin), which later posts quote.
				words.add(b);
				out.push(b);
				continue;
			}
			if (b.kind === 'div' || b.kind === 'htmlDiv') {
				const children = walk(b.children);
				if (children !== b.children) {
					changed = true;
					if (children.some((c) => c.kind !== 'spacer')) out.push(withChildren(b, children));
					continue;
				}
				out.push(b);
				continue;
			}
			if (b.kind === 'list') {
				let itemsChanged = false;
				const items = b.items.map((it) => {
					const children = walk(it.children);
					if (children === it.children) return it;
					itemsChanged = true;
					return withItemChildren(it, children);
				});
				if (itemsChanged) changed = true;
				out.push(itemsChanged ? { ...b, items } : b);
				continue;
			}
			words.add(b);
			out.push(b);
		}
		return changed ? out : (list as Block[]);
	};
	return walk(blocks);
}
