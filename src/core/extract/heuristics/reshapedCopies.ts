// Reshaped copies: a paragraph whose words the kept text already holds in order, printed again in another shape (a summary widget, a tab's twin).
import type { Block } from '../../model/dumpDocument';
import { removedRegion, type RemovedRegion } from '../article';
import { blockText, collapse } from '../inlineText';

/**
 * A shop prints its product's description more than once: a list of selling points and, further down, a "product
 * summary" widget that joins the same points into one paragraph; a tab's text and its accordion twin split at other
 * places; a feature's paragraph and the same paragraph under an ingredient's heading. heuristics/repeatedBlocks.ts
 * and kinds/listCopies.ts see only copies of the same shape (the same block text, the same list items), so these
 * stay, and a token-bag metric counts every copied word as extra: the annotated text holds the description once.
 * A block is compared by its runs of `SHINGLE_TOKENS` words: when each of its words lies in a run the kept text before
 * it already holds (`isCopy`), it is a copy and goes; the first copy stays. Runs across the joins of a reshaped copy
 * are new, but the words on either side of a join lie in runs of their own items.
 * Wired into the product span (kinds/product.ts `productSpan`, so shop pages read as services too). Tuning part of
 * wcxb-dev (issue 12, session 27): product half A 0.7569 -> 0.7628 (an Amazon page's summary widget 0.61 -> 0.71, a
 * serum's ingredient panels 0.68 -> 0.71), half B 0.7239 -> 0.7239 (no page moves); a half-B collection read as a
 * product 0.65 -> 0.84 (collection B 0.7855 -> 0.7916); no page down. Every other kind unchanged.
 */
export const SHINGLE_TOKENS = 4;
/**
 * Blocks shorter than this many words are not compared: a short line (a spec, a label, a name) repeats for reasons
 * of its own, and repeatedBlocks.ts handles exact short repeats.
 */
export const MIN_COPY_TOKENS = 12;
/**
 * Words of a label a copy may carry before or after the copied text: a panel's title run into its paragraph
 * ("Nutrients The luscious golden-ruby drops…").
 */
export const MAX_LABEL_TOKENS = 3;

const TOKEN_RE = /[\p{L}\p{N}_]+/gu;

/** The block's runs of `SHINGLE_TOKENS` words, lower-cased; none when it has fewer than `minTokens` words. */
function shingles(text: string, minTokens = 0): string[] {
	const tokens = collapse(text).toLowerCase().match(TOKEN_RE) ?? [];
	if (tokens.length < minTokens) return [];
	const out: string[] = [];
	for (let i = 0; i + SHINGLE_TOKENS <= tokens.length; i++) out.push(tokens.slice(i, i + SHINGLE_TOKENS).join(' '));
	return out;
}

/**
 * Whether every word of the block lies in a run of `SHINGLE_TOKENS` words the kept text already holds, but for a
 * label of at most `MAX_LABEL_TOKENS` words before or after them. A word left out inside the block is an edit: the
 * same terms printed once per region with their own prices and dates are variants the annotators keep.
 */
function isCopy(runs: readonly string[], seen: ReadonlySet<string>): boolean {
	if (runs.length === 0) return false;
	const covered = new Array<boolean>(runs.length + SHINGLE_TOKENS - 1).fill(false);
	runs.forEach((r, i) => {
		if (seen.has(r)) for (let k = 0; k < SHINGLE_TOKENS; k++) covered[i + k] = true;
	});
	const first = covered.indexOf(true);
	if (first < 0) return false;
	const last = covered.lastIndexOf(true);
	for (let i = first; i <= last; i++) if (!covered[i]) return false;
	return first + (covered.length - 1 - last) <= MAX_LABEL_TOKENS;
}

/**
 * Drops paragraphs whose words the kept blocks before them already hold (`isCopy`). Lists, headings, tables and short
 * paragraphs are never dropped, but their words count as kept. A list item that restates a sentence of the
 * description stays: with list items judged too, a half-B product page fell (0.703 -> 0.698, product B 0.7239 ->
 * 0.7238) while half A gained nothing more; a list of selling points is a presentation of its own that annotators keep.
 */
export function dropReshapedCopies(blocks: readonly Block[], removed: RemovedRegion[]): readonly Block[] {
	const seen = new Set<string>();
	let out: Block[] | undefined;
	for (let i = 0; i < blocks.length; i++) {
		const b = blocks[i];
		const text = blockText(b);
		if (b.kind === 'paragraph' && isCopy(shingles(text, MIN_COPY_TOKENS), seen)) {
			removed.push(removedRegion(b.range, 'reshaped-copy', collapse(text).slice(0, 60)));
			out ??= blocks.slice(0, i);
			continue;
		}
		for (const r of shingles(text)) seen.add(r);
		out?.push(b);
	}
	return out ?? blocks;
}
