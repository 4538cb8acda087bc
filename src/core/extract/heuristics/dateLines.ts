// Date lines: on an article, a line that is only a date ("Nov 30, 2025", "Updated on November 18, 2025", "Published August 13, 2025") is the post's stamp, not its text.
import type { Block } from '../../model/dumpDocument';
import { walkBlocks } from '../../model/walk';
import type { RemovedRegion } from '../article';
import { collapsedText } from '../inlineText';
import { dropLinesAnywhere } from './cardRepeats';

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
/** "November 18, 2025", "18 Nov 2025", "15 Dec, 2025", "11/19/2025", "2025-11-19". */
const DATE = `(?:${MONTH}\\s+${DAY},?\\s+\\d{4}|${DAY}\\s+${MONTH},?\\s+\\d{4}|\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d{4}-\\d{2}-\\d{2})`;
/** What a stamp may say before its date: "Published", "Last updated on", "Posted:", "Date:". */
const LABEL = '(?:(?:last\\s+)?(?:published|updated|modified|posted|reviewed|date)(?:\\s+on)?\\s*:?\\s*)';
/** Icons, bullets and separators around the stamp ("- Aug 1, 2023", "· Dec 31, 2024", "📅 May 2, 2025"). */
const EDGE = '[^\\p{L}\\p{N}]*';
export const DATE_LINE_RE = new RegExp(`^${EDGE}${LABEL}?${DATE}${EDGE}$`, 'iu');
/** A stamp is short: a longer line holds a byline, a place or a sentence beside the date and is read by the other rules. */
export const MAX_DATE_LINE_CHARS = 50;
/**
 * More date lines than this on one page are a list's: a thread's post dates, an archive's or a feed's items, whose
 * dates the annotators of forums and listings keep (half A of the tuning part: 10 forum sites keep them). Measured:
 * 2 -> 3 took 3 more sites up (a page's last three teasers' dates, two half-B articles), none down; 5 moved nothing more.
 */
export const MAX_DATE_LINES = 3;

/** Whether a line is only a date, labelled or not. */
export function isDateLine(text: string): boolean {
	return text.length <= MAX_DATE_LINE_CHARS && /\d/.test(text) && DATE_LINE_RE.test(text);
}

/**
 * Drops the paragraphs and headings, at any depth, that are only a date (`isDateLine`), when the page has at most
 * `MAX_DATE_LINES` of them. Reason: a post's header or footer prints its publication or update stamp on a line of its
 * own; the date is the page's metadata, and the annotators of articles leave the line out. Studied on the tuning
 * part's half A (article pages, lines of our text against the annotated text): such lines were left in our text on
 * 16 sites, in the truth on 14 of them (58 words: splashtop "Updated October 8, 2025", brighterly "Updated on November
 * 18, 2025", clevertap "Last updated on …", uschamber "Published August 13, 2025", two bearblog posts "15 Dec, 2025",
 * goldsgym, tobyhede, spinemd, abiweb, hardtail, technologyadvice, linkedin, ncsc) and kept on 2 (8 words). Run on
 * article reads only: on forum, listing and service reads the truths keep dated lines about as often as not.
 * Measured (eval, tuning part, word F1 to 5 decimals): all 0.90313 -> 0.90315, half A 0.90083 -> 0.90086, half B
 * 0.90518 -> 0.90519; article 0.95307 -> 0.95310 (A 0.95217 -> 0.95223, B 0.95387 -> 0.95388); 18 sites up (12 of
 * half A, 6 of half B), 3 down (homeyou -0.004: its truth keeps a "Last Updated:" line; emit.digital -0.001; one
 * half-B page -0.0002); other kinds' means unchanged but listing B +0.00006; Readability corpus 0.947, seeds 53/53.
 */
export function dropDateLines(blocks: readonly Block[], removed: RemovedRegion[]): readonly Block[] {
	let lines = 0;
	walkBlocks(blocks, (b) => {
		if ((b.kind === 'paragraph' || b.kind === 'heading') && isDateLine(collapsedText(b))) lines++;
	});
	if (lines === 0 || lines > MAX_DATE_LINES) return blocks;
	return dropLinesAnywhere(blocks, removed, 'date-line', isDateLine);
}
