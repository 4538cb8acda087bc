// A bare date under a label line that names it ("#### Published" / "### Publish date", then "15 November 2018"; "Content current as of:"): a candidate wherever it is on the page.
import { DATE_DIGIT_RE } from '../dates';
import { LABEL_LINE_MAX_CHARS, labelLineNode } from './dateLabelLine';
import type { MetadataScan, MNode } from './scan';

/**
 * Label lines that say the date under them is the page's publication: "Published", "Publish date", "Publication date",
 * "Date published", "First published", "Posted on" (and the same in the languages `PUBLISHED_LABEL_RE` reads). A whole
 * line, so that "Last post published" or a sentence ending in "published:" is not one.
 */
export const PUBLISHED_LINE_RE = /^(?:date\s+(?:first\s+)?published|(?:first\s+)?published(?:\s+(?:on|date))?|publish(?:ing)?\s+date|publication\s+date|date\s+of\s+publication|posted(?:\s+on)?|veröffentlicht(?:\s+am)?|erscheinungsdatum|date\s+de\s+publication|publié\s+le|fecha\s+de\s+publicación|publicado(?:\s+el)?|data\s+di\s+pubblicazione|pubblicato(?:\s+il)?|gepubliceerd(?:\s+op)?)\s*:?$/iu;

/**
 * A label line that says the date under it is when the content was last checked ("Content current as of:", a common
 * footer of government pages): a revision date (`MODIFIED_LABEL_RE` reads "current as of" too), which stands for the
 * publication only where it is the page's only date (`chooseDates`).
 */
export const MODIFIED_LINE_RE = /^(?:content\s+)?current\s+as\s+of\s*:?$/iu;

/**
 * A date this long or shorter is a bare date ("15 November 2018", "Wednesday, 15 November 2018"); longer texts are
 * sentences, which `dateCandidates.ts` reads only near the title.
 */
const BARE_DATE_MAX_CHARS = 40;

/**
 * Whether a paragraph is a short text under a label line that names it the publication date.
 *
 * Reason: pages that keep their dates in a facts box ("Published", "Reviewed", "Version", each a small heading over a
 * date: government guidance, reports, standards) put it in a sidebar column or under the text, far from the headline,
 * with no date class: `chooseDates` read only dates near the title or in date-named elements, so it never saw them.
 * The label line is what readers go by, and it says whose date it is. Comment boxes, related boxes and hidden snippet
 * copies are still excluded by `chooseDates`, and a list of such dates by `repeatedBylines.ts`.
 *
 * Measured on the wcxb-dev tuning part (`metaTune.js score`, cached regions): published right half A 201 -> 202 of
 * 265 (a "Content current as of:" box, the page's only date), half B 210 -> 210 of 296; where none unchanged (A 6 of
 * 233, B 4 of 260). The "Published" lines alone changed nothing (the one half-A page that has one also lists related
 * reports with the same label, read as a list and left alone). A wider revision vocabulary ("Last updated",
 * "Modified", "Revised", "Reviewed" lines, each then the page's only date) raised where none on half B 4 -> 5 for no
 * other gain, so only "current as of" stands for a revision here.
 */
export function isLabelLineDate(s: MetadataScan, n: MNode): boolean {
	if (n.block?.kind !== 'paragraph' || !s.mayHoldChar(n, DATE_DIGIT_RE)) return false;
	// The label line is looked at before the date's text is built or bounded: `chooseDates` asks this of every
	// paragraph, and few stand under a line that may name a publication. Pre-testing the line's source for the words
	// the label regexes need (`LABEL_WORD_RE`) first cut this rule's CPU from 3.6% of the extraction's to 0.6%
	// (profile of the corpus and every fourth wcxb-dev dump, `bench/profileExtract.ts`); the answer is the same.
	const p = labelLineNode(s, n);
	if (p === undefined || (p.end - p.start > LABEL_LINE_MAX_CHARS && s.textLongerThan(p, LABEL_LINE_MAX_CHARS)) || !s.mayHoldWord(p, LABEL_WORD_RE)) return false;
	if (s.textLongerThan(n, BARE_DATE_MAX_CHARS) || s.textOf(n).length > BARE_DATE_MAX_CHARS) return false;
	const text = s.textOf(p);
	const label = text.length <= LABEL_LINE_MAX_CHARS ? text.trim() : '';
	return PUBLISHED_LINE_RE.test(label) || MODIFIED_LINE_RE.test(label);
}

/**
 * A word every match of `PUBLISHED_LINE_RE` and `MODIFIED_LINE_RE` holds, with their flags (`iu`: a text they match
 * matches this too): "publi" (published, publish, publication, publié, publicación, publicado, gepubliceerd), "pubbl"
 * (pubblicazione, pubblicato), "posted", "veröffentlicht", "erscheinungsdatum", "current". Letters only, as
 * `MetadataScan.mayHoldWord` needs. Keep it in step with those two regexes (a unit test checks each of their words).
 */
export const LABEL_WORD_RE = /publi|pubbl|posted|veröffentlicht|erscheinungsdatum|current/iu;

/**
 * What such a date scores before its position, which is read without the far-from-title penalty
 * (`positionScore(n, true)`): a date-named element's own class (`WEIGHT.classOwn`, 25) and 5 for the label, so that
 * with the bare-date bonus (7) it reaches MIN_REPORTED_SCORE anywhere, while a date in a foreign box (-45) never does.
 */
export const LABEL_LINE_BASE = 30;

/** The rule name of such a date. */
export const LABEL_LINE_RULE = 'text:label-line';
