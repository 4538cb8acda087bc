// Titled controls: a line that names one item twice under two short labels ("Save this event: T Share this event: T") is the spoken labels of a card's buttons.
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { dropLinesAnywhere } from './cardRepeats';

/*
 * Why: a card's icon buttons carry spoken labels that name the card's item ("Save this event: Tech Writing", "Share
 * this event: Tech Writing"). Themes hide them with a screen-reader class (`sr-only`, a site's own name for it); when
 * the class says nothing we know (an unseen site, or the declassed yardstick), pandoc prints the two labels run
 * together as one line under every card: an event finder's 20 cards gave 20 such lines, 600 words no annotator keeps.
 * The shape is the same whatever the site: the whole line is "L1: T L2: T", two short labels each followed by the
 * same name. A sentence does not repeat a whole name after a second label; a heading or a title is one copy.
 * Measured (session 41, main cf910d9 with heuristics/countedFacets.ts, tuning part of wcxb-dev, word F1): as is no
 * page moves (all 0.90337); declassed (EVAL_DECLASS=all) all 0.87356 -> 0.87389, listing 0.76027 -> 0.76499 (half A
 * 0.71984 -> 0.72984: an event finder 0.446 -> 0.786; half B unchanged), no page down, kinds and metadata unchanged.
 */

/** A label is a few words ("Save this event", "Add to wishlist"): longer, the line is prose that happens to repeat itself. */
export const MAX_LABEL_CHARS = 40;
/** The repeated name is a title, not a word or two ("Save: On Share: On" is not a card's). */
export const MIN_NAME_CHARS = 12;
/**
 * Words in each label: a button's spoken label says what it does to what ("Save this event", "Add to list"); a field
 * label is one word ("Director: Jane Doe-Smith Writer: Jane Doe-Smith", a film's credits, is content).
 */
export const MIN_LABEL_WORDS = 2;
/** A card's two labels and two copies of its name fit in this; a longer line is left alone (and the test stays cheap). */
export const MAX_LINE_CHARS = 600;
/** Places of ": " tried as the second label's end: a name may hold a colon or two of its own ("Day: A Global…"). */
const MAX_SPLITS = 8;

/** Whether a label has `MIN_LABEL_WORDS` words with letters. */
function isLabel(label: string): boolean {
	let words = 0;
	for (const w of label.split(' ')) if (/\p{L}/u.test(w)) words++;
	return words >= MIN_LABEL_WORDS;
}

/** Whether a line is two short labels each followed by the same name ("L1: T L2: T"). */
export function isTitledControlLine(text: string): boolean {
	if (text.length > MAX_LINE_CHARS || text.length < 2 * MIN_NAME_CHARS) return false;
	const first = text.indexOf(': ');
	if (first < 1 || first > MAX_LABEL_CHARS) return false;
	const nameStart = first + 2;
	let tries = 0;
	for (let p = text.indexOf(': ', nameStart); p >= 0 && tries < MAX_SPLITS; p = text.indexOf(': ', p + 2), tries++) {
		const nameLength = text.length - (p + 2);
		if (nameLength < MIN_NAME_CHARS) break;
		// The second label lies between the first copy of the name and `p`: " L2".
		const labelStart = nameStart + nameLength;
		if (labelStart >= p || p - labelStart > MAX_LABEL_CHARS + 1 || text.charCodeAt(labelStart) !== 0x20) continue;
		if (text.startsWith(text.slice(p + 2), nameStart) && isLabel(text.slice(0, first)) && isLabel(text.slice(labelStart + 1, p))) return true;
	}
	return false;
}

/** Drops the paragraphs and headings, at any depth, that are a card's titled control labels (`isTitledControlLine`). */
export function dropTitledControls(blocks: readonly Block[], removed: RemovedRegion[]): Block[] {
	return dropLinesAnywhere(blocks, removed, 'titled-controls', isTitledControlLine);
}
