// Item prose after: on a product page, the prose paragraphs that name the item (two of its name's words), summed once, so that a rule can ask whether the item's own text goes on after a section.
import type { Block } from '../../model/dumpDocument';
import { collapsedText } from '../inlineText';
import { ITEM_SECTION_HEADING_RE, MIN_ITEM_NAME_WORDS, MIN_NAME_WORD_CHARS, STOP_WORDS, words } from './shopPitchEnd';

/**
 * Why (product pages that keep too much, declassed): recommendationSections.ts `endAtRecommendations` lets the read go
 * on after an other-products section ("Related products", "You may also like") when more prose follows it than
 * precedes it, for the shops that put "Frequently bought together" in the buy box and the description after it. A
 * page-builder shop puts a testimonials carousel ("What our clients say…", a dozen long quotes about the shop) and
 * its footer after the related-products grid: that prose outweighs a short description, so the read took the quotes
 * and the footer (as is, the page's main landmark cut them; declassed, nothing did). The item's own text after such a
 * section names the item: a description, a book's blurb, a headphone's notes name two of the name's words
 * (`MIN_ITEM_NAME_WORDS` of shopPitchEnd.ts, all of them when the name has fewer), where a shop's quotes name the
 * shop. So only prose paragraphs that name the item count as the item's text going on.
 * Fail safe: without a product name, or a name with no word to test (a name of short words and numbers), every prose
 * paragraph counts, as before.
 * Measured: see recommendationSections.ts `endAtRecommendations`.
 */
export function itemProseBefore(blocks: readonly Block[], name: Block | undefined): number[] | undefined {
	if (!name) return undefined;
	const nameWords = new Set(words(collapsedText(name)).filter((w) => w.length >= MIN_NAME_WORD_CHARS && !STOP_WORDS.has(w)));
	if (nameWords.size === 0) return undefined;
	const need = Math.min(MIN_ITEM_NAME_WORDS, nameWords.size);
	const sums = [0];
	for (const b of blocks) {
		const text = b.kind === 'paragraph' || b.kind === 'heading' ? collapsedText(b) : '';
		sums.push(sums[sums.length - 1] + (b !== name && namesItem(text, nameWords, need) ? text.length : 0));
	}
	return sums;
}

/**
 * For each index of `blocks`, whether a heading at or after it labels the item's data (shopPitchEnd.ts
 * `ITEM_SECTION_HEADING_RE`: "Specifications", "Ingredients", "FAQ"), whose text need not name the item; one more
 * entry (false) for the end.
 */
export function itemHeadingsFrom(blocks: readonly Block[]): boolean[] {
	const from = new Array<boolean>(blocks.length + 1).fill(false);
	for (let i = blocks.length - 1; i >= 0; i--) {
		const b = blocks[i];
		from[i] = from[i + 1] || (b.kind === 'heading' && ITEM_SECTION_HEADING_RE.test(collapsedText(b)));
	}
	return from;
}

/** Whether `text` names at least `need` of the name's words. */
function namesItem(text: string, nameWords: ReadonlySet<string>, need: number): boolean {
	const seen = new Set<string>();
	for (const w of words(text)) {
		if (nameWords.has(w)) seen.add(w);
		if (seen.size >= need) return true;
	}
	return false;
}
