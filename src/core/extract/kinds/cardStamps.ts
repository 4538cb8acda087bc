// Card stamps: a short line a listing prints on card after card ("Comment", "Promoted", "Sales end soon", "close") is the card's widget, not an item's text.
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
 * categories printed per item), which the annotators keep; a feed's cards carry one to three stamps. Tuning pages
 * annotated listing, service or article (F1 summed over pages, declassed / as is): 2 texts +0.116 / +0.038, 3 texts
 * +0.122 / +0.054 (one more page up, none more down).
 */
export const MAX_STAMP_TEXTS = 3;
/** A line with a digit or a colon is a value ("Length: 3 miles", a duration, a count), which the annotators keep or itemCounters.ts drops. */
const VALUE_RE = /[\d:]/;
/**
 * Two or more words each capitalized are a name: a byline under each teaser ("Jane Roe", "Our Engineering Blog"), which
 * some annotators keep; a stamp is a word, or a phrase in sentence case.
 */
const NAME_RE = /^\p{Lu}\S*(?: \p{Lu}\S*){1,2}$/u;
/** A list marker is not part of the line. */
const MARKER_RE = /^[-*•·|]\s*/;

/** The stamp text of a paragraph or heading: its collapsed text when short and neither a value nor a name, else undefined. */
function stampText(b: Block): string | undefined {
	if (b.kind !== 'paragraph' && b.kind !== 'heading') return undefined;
	const text = collapsedText(b).replace(MARKER_RE, '');
	// Counting words stops past the cap: a long paragraph costs no more than a short one, and the tests below read a short line.
	let words = 0;
	for (const w of text.split(' ', MAX_STAMP_WORDS + 1)) if (w) words++;
	if (words === 0 || words > MAX_STAMP_WORDS) return undefined;
	return VALUE_RE.test(text) || NAME_RE.test(text) ? undefined : text;
}

/**
 * Drops, at any depth of a listing's read, the paragraphs and headings whose short text (`MAX_STAMP_WORDS`, no digit
 * or colon) the read holds at least `MIN_STAMP_COPIES` times, when at most `MAX_STAMP_TEXTS` texts repeat so: a
 * blog index's "Comment" link under each post, a course list's "Course", a ticket feed's "Promoted", a directory's
 * "close" button per entry. The annotators keep each item's title and summary and leave its widgets out. No class
 * name is read: the rule holds on declassed pages. Two passes over the read's blocks, one map: linear.
 * Measured (session 47, list52; tuning part of wcxb-dev, word F1): declassed all 0.88907 -> 0.88919, listing 0.76920 ->
 * 0.77029, service 0.83958 -> 0.83974, article 0.94683 -> 0.94687; 16 pages of 16 sites up (7 of half A, 9 of half B:
 * a developer feed 0.769 -> 0.790, a news site's topic page 0.760 -> 0.780, a blog index 0.971 -> 0.982), 2 down by
 * under 0.005. As is: all 0.90579 -> 0.90584, listing 0.81249 -> 0.81305, service 0.86155 -> 0.86166; 8 up (an event
 * finder 0.964 -> 0.980), 2 down by under 0.005. Without the name test (`NAME_RE`) an engineering blog whose truth
 * keeps its byline under each teaser fell 0.896 -> 0.870 and listing as is fell 0.0002.
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
