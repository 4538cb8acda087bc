// Flat option lists: a drop-down's options that pandoc ran together into one paragraph of capitalised names ("Argentina Australia Austria …").
import type { Block, Inline } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { collapsedText } from '../inlineText';
import { filterBlockTree } from './cardRepeats';

/*
 * Why: a native `<select>` (a country, region or year filter above a ranking, a table or a list of results) is
 * printed by pandoc as one paragraph: every option's label, one after another, with no punctuation between them. The
 * menu's wrapper is a form field whose class words say what it is on a known site; on an unseen site (the declassed
 * yardstick) nothing marks it, and the paragraph — dozens of names — stays in the read. Prose always punctuates
 * within thirty words, and a title or a heading is shorter; a list of names an author wrote is punctuated or broken
 * into lines (a forum post's list of films, a signature's lines). selectMenus.ts prunes the ARIA drop-downs; this is
 * the native one after pandoc flattened it.
 * Measured (session 43, tuning part of wcxb-dev, word F1): see the CHANGELOG and notes/s43/list48.md.
 */

/** A drop-down of a handful of options is too short to tell from a title; a select of countries has dozens. */
export const MIN_OPTION_WORDS = 25;
/** Options are names: nearly every word capitalised (or a number: years), with room for "the", "of", "and". */
export const MIN_CAPITALISED_SHARE = 0.85;
/** Any of these is punctuation an author writes; an option list has none. */
const PUNCTUATION_RE = /[.,;:!?()]/;

/** Whether the paragraph's inlines hold a link or a line break (an author's list, a menu of links: not a flattened select). */
function hasLinkOrBreak(inlines: readonly Inline[]): boolean {
	for (let i = 0; i < inlines.length; i++) {
		const x = inlines[i];
		if (x.kind === 'link' || x.kind === 'break') return true;
		if ((x.kind === 'span' || x.kind === 'emphasis') && hasLinkOrBreak(x.children)) return true;
	}
	return false;
}

/** Whether a paragraph's text is a flattened option list: many capitalised names and no punctuation. */
export function isFlatOptionText(text: string): boolean {
	if (PUNCTUATION_RE.test(text)) return false;
	const words = text.split(' ');
	if (words.length < MIN_OPTION_WORDS) return false;
	let capitalised = 0;
	for (let i = 0; i < words.length; i++) {
		const c = words[i].charAt(0);
		if (c !== c.toLowerCase() || (c >= '0' && c <= '9')) capitalised++;
	}
	return capitalised >= words.length * MIN_CAPITALISED_SHARE;
}

/** Drops the paragraphs, at any depth, that are a drop-down's options run together (`isFlatOptionText`). */
export function dropFlatOptionLists(blocks: readonly Block[], removed: RemovedRegion[]): Block[] {
	return filterBlockTree(blocks, (b) => {
		if (b.kind !== 'paragraph' || hasLinkOrBreak(b.content)) return true;
		const text = collapsedText(b);
		if (!isFlatOptionText(text)) return true;
		removed.push({ range: b.range, step: 'flat-option-list', signal: text.slice(0, 80) });
		return false;
	});
}
