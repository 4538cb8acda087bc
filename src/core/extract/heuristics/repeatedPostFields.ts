// Member card fields by structure: a short label line whose label recurs in most posts ("Location: Ohio", "Beiträge: 1.234"), whatever its words.
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { collapsedText } from '../inlineText';
import { POSTER_MARK_RE } from '../kinds/scatteredPosts';
import { postDates } from './chromeDates';
import { dropLinesRepeatedInPosts } from './repeatedPostLines';

/** A field line is this short at most: a card's label and value, not a sentence. */
export const MAX_FIELD_CHARS = 60;

/** A label and its value: "Location: Ohio", "Beiträge: 1.234", "**Rig:** 5800X3D". The label is a few words at most. */
const FIELD_RE = /^([\p{L}][\p{L}\p{N} .'/()&-]{0,30}?)\s*:\s*\S/u;

/** A reply's subject ("Re: ...", "AW: ...", "SV: ...") is a label of mail, not of a card: each post may carry one. */
const SUBJECT_LABEL_RE = /^(?:re|aw|sv|fw|fwd|wg)$/i;

/**
 * A clock time, an age or a day of a month without its year: a post's stamp ("10:15 PM", "3 hours ago", "Posted
 * August 26"), which a post keeps (`postDates` wants a year).
 */
const CLOCK_OR_AGE_RE = /\b\d{1,2}:\d{2}\b|\b(?:today|yesterday|ago)\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?\.? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)/i;

/**
 * The key of a line that may be a member card's field: `label:` and its label for a label line. None for a line that is
 * a post's date or time (a post keeps its stamp), that names its poster (a member link: "Posted by: NAME"), or a reply's
 * subject. A count without a label ("1.234 Beiträge") is no field here: keyed by its shape (numbers as `#`), it cost a
 * Vanilla thread (half B) a line its truth keeps, and the shape lines a travel board repeats are sentence-long, as long
 * as a poster's own lines that carry a number.
 */
export function fieldKey(source: string, b: Block): string | undefined {
	if (b.kind !== 'paragraph' && b.kind !== 'heading') return undefined;
	const text = collapsedText(b);
	if (text.length === 0 || text.length > MAX_FIELD_CHARS) return undefined;
	if (postDates(text) > 0 || CLOCK_OR_AGE_RE.test(text)) return undefined;
	if (POSTER_MARK_RE.test(source.slice(b.range.start, b.range.end))) return undefined;
	const m = FIELD_RE.exec(text);
	if (!m) return undefined;
	const label = m[1].trim().toLowerCase();
	return SUBJECT_LABEL_RE.test(label) ? undefined : `label:${label}`;
}

/**
 * Drops the field lines (`fieldKey`) whose label most posts of a thread share (heuristics/repeatedPostLines.ts:
 * in 3 posts and half of them at least, outside quotes). A forum writes its member card beside every post: the
 * poster's location, gender, gear, join year and counters, each under a label the forum chose and in its own language
 * ("Beiträge: 1.234", "Messaggi: 56", "Rep Power: 12", "Location: Ohio"). The values differ from poster to poster, so
 * the identical-line rule (`dropRepeatedPostLines`) misses them, and no word list knows every forum's labels; the
 * label that recurs post after post is what they share. A poster who writes "Location:" once, or a few posts that
 * quote the same facts, stay. No annotator of the tuning part's threads keeps such a card's lines.
 * Measured on the tuning part of wcxb-dev (word F1, profiles on and off): no page of any kind moved; the tuning part's
 * threads write their member cards under classes the post chrome names, or as lines the word rules know. It is for the
 * boards the tuning part does not hold, and for non-English ones, whose labels no word list names.
 */
export function dropRepeatedPostFields(source: string, blocks: readonly Block[], posts: readonly Block[], removed: RemovedRegion[]): Block[] {
	return dropLinesRepeatedInPosts(source, blocks, posts, removed, fieldKey, 'repeated field');
}
