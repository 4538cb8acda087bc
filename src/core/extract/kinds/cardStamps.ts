// Card stamps: a short line a listing prints on card after card ("Comment", "Promoted", "On Now", "close") is the card's widget, not an item's text.
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { filterBlockTree } from '../heuristics/cardRepeats';
import { collapsedText } from '../inlineText';

/**
 * A stamp is printed on every card: six copies in one read. Fewer (3 or 4) also take a directory's repeated values
 * (an award's "Winner" beside each project, a trail's "Difficulty" grade); tuning listings, declassed, simulated on
 * the text: 3 copies 15 pages up and 3 down, 4 copies 16 up and 3 down, 6 copies 16 up and 1 down.
 */
export const MIN_STAMP_COPIES = 6;
/** A stamp is a word or three ("Read the story", "Sales end soon"); a longer line is a sentence the item says. */
export const MAX_STAMP_WORDS = 3;
/**
 * A read whose repeated short lines are of more than this many texts is a directory of values (firms, grades,
 * categories printed per item), which the annotators keep; a feed's cards carry one or two stamps.
 */
export const MAX_STAMP_TEXTS = 2;
/** A line with a digit or a colon is a value ("Length: 3 miles", a duration, a count), which the annotators keep or itemCounters.ts drops. */
const VALUE_RE = /[\d:]/;
/** A list marker is not part of the line. */
const MARKER_RE = /^[-*•·|]\s*/;

/** The stamp text of a paragraph or heading: its collapsed text when short and free of values, else undefined. */
function stampText(b: Block): string | undefined {
	if (b.kind !== 'paragraph' && b.kind !== 'heading') return undefined;
	const text = collapsedText(b).replace(MARKER_RE, '');
	if (text.length === 0 || VALUE_RE.test(text)) return undefined;
	// Counting words stops past the cap: a long paragraph costs no more than a short one.
	let words = 0;
	for (const w of text.split(' ', MAX_STAMP_WORDS + 1)) if (w) words++;
	return words <= MAX_STAMP_WORDS ? text : undefined;
}

/**
 * Drops, at any depth of a listing's read, the paragraphs and headings whose short text (`MAX_STAMP_WORDS`, no digit
 * or colon) the read holds at least `MIN_STAMP_COPIES` times, when at most `MAX_STAMP_TEXTS` texts repeat so: a
 * blog index's "Comment" link under each post, a video rail's "On Now", a ticket feed's "Promoted", a directory's
 * "close" button per entry. The annotators keep each item's title and summary and leave its widgets out. No class
 * name is read: the rule holds on declassed pages. Two passes over the read's blocks, one map: linear.
 */
export function dropCardStamps(blocks: readonly Block[], removed: RemovedRegion[]): Block[] {
	const counts = new Map<string, number>();
	const textOf = new Map<Block, string>();
	filterBlockTree(blocks, (b) => {
		const text = stampText(b);
		if (text !== undefined) {
			textOf.set(b, text);
			counts.set(text, (counts.get(text) ?? 0) + 1);
		}
		return true;
	});
	const stamps = new Set<string>();
	for (const [text, n] of counts) if (n >= MIN_STAMP_COPIES) stamps.add(text);
	if (stamps.size === 0 || stamps.size > MAX_STAMP_TEXTS) return blocks as Block[];
	return filterBlockTree(blocks, (b) => {
		const text = textOf.get(b);
		if (text === undefined || !stamps.has(text)) return true;
		removed.push({ range: b.range, step: 'card-stamp', signal: `${text} ×${counts.get(text)}` });
		return false;
	});
}
