// Flat posts whose header is a plain or bold name line above a stamp line: no member link, no poster class.
import type { Block } from '../../model/dumpDocument';
import type { BlockIndex, Container } from '../blockIndex';
import { postDates } from '../heuristics/chromeDates';
import { collapsedText } from '../inlineText';
import { withoutOtherThreads } from './otherThreadCut';

/** A poster's name is this short at most: a handle or a first and last name, not a title. */
const MAX_NAME_CHARS = 32;

/**
 * A name line: one to three words of letters, digits, `_`, `.`, `'` or `-`, at least one letter, as the whole text of
 * a paragraph (plain, or bold: the emphasis leaves no mark in the collapsed text). A title has more words; a sentence
 * has punctuation.
 */
const NAME_LINE_RE = /^(?=[^\p{L}]{0,8}\p{L})[\p{L}\p{N}_.'-]{1,24}(?: [\p{L}\p{N}_.'-]{1,24}){0,2}$/u;

/** Whether a block is a name line (`NAME_LINE_RE`): a paragraph, short, no date in it. */
export function isNameLine(b: Block): boolean {
	if (b.kind !== 'paragraph') return false;
	const text = collapsedText(b);
	return text.length > 0 && text.length <= MAX_NAME_CHARS && NAME_LINE_RE.test(text) && postDates(text) === 0;
}

/**
 * Whether a run of other threads' entries is cut off the items' end or start and two posts at least are left
 * (kinds/otherThreadCut.ts `withoutOtherThreads`).
 */
export function endsInOtherThreads(index: BlockIndex, items: readonly Container[]): boolean {
	const kept = withoutOtherThreads(index.doc.text, items);
	return kept !== undefined && kept.length < items.length;
}
