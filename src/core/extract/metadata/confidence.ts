// How sure a metadata value is: each rule's measured precision, and the threshold below which a value is uncertain.
import type { MetadataField } from '../article';
import { SURE_SCORE, type Candidate } from './scan';

/**
 * Below this confidence a value is a guess a reviewer should check: PD201 reports it as uncertain and the preview's
 * card marks it. Half-way: a value found by a rule that is right less often than not on the development pages.
 */
export const UNCERTAIN_BELOW = 0.5;

/** The fields whose confidence is a measured precision (the table below); the others' are rough scores, never called uncertain. */
export const MEASURED_FIELDS: ReadonlySet<string> = new Set(['title', 'author', 'published']);

/**
 * An author or date scoring less than this is not reported at all: on the tuning part of wcxb-dev such values were
 * right 7 times in 32 (a stray byline in a footer, a date in a product review), so saying nothing is better.
 */
export const MIN_REPORTED_SCORE = 20;

/**
 * The share of values each rule found that were right, measured on the tuning part of wcxb-dev (1,054 pages,
 * `BY_RULE=1 node out/scripts/metaTune.js score`; a value reported where the page has none counts as wrong). First
 * match wins. Re-measured for issue 12 (meta3): a list item's heading taken for the title (1 right in 25) and a
 * class-dated "Updated" line that is the page's only date (6 in 16) are now below UNCERTAIN_BELOW, so PD201 and the
 * card flag them; withholding them instead would cost right values (6 dates) for one spurious one.
 */
const RULE_PRECISION: Readonly<Record<'title' | 'author' | 'published', readonly (readonly [RegExp, number])[]>> = {
	title: [
		// Not measured (wcxb dumps carry no encoded original): two independent sources agreeing is near-certain.
		[/\+encoded-html$/, 0.95],
		// One of a list's item headings (an index page, a card grid): 2 right in 25.
		[/:list-item/, 0.08],
		[/^profile:mediawiki/, 0.88],
		[/^profile:/, 0.79],
		[/^heading-h1/, 0.75],
		[/^encoded-html/, 0.7],
		[/^heading-h2/, 0.23],
		[/^heading-h/, 0.15],
		[/^class:title/, 0.1],
	],
	author: [
		[/^profile:/, 0.94],
		// A name element far from the title (an author box after the article): 4 right in 5 (helper "dates").
		[/:far(?::|$)/, 0.8],
		[/^text:by-label/, 0.93],
		[/^class:author/, 0.93],
		[/^rel:author/, 0.9],
		[/^text:written-by/, 0.9],
		[/^text:by-line/, 0.89],
		[/^itemprop:author/, 0.86],
		[/^text:dateline-by/, 0.83],
		// A name alone beside the date in a dateline (`datelineName.ts`): 9 right in 9 (helper "dates").
		[/^text:dateline-name/, 0.85],
		// The writer's picture and the same name beside it under the title (`avatarNames.ts`): 16 right in 16 declassed (meta43).
		[/^text:avatar-name/, 0.9],
		// A link to the writer's `/@handle` page under the title (`handleProfileLinks.ts`): 3 right in 3 declassed (meta43).
		[/^link:handle-page/, 0.85],
		// A name line and a job line just under the title (`nameRoleCards.ts`).
		[/^text:name-role/, 0.85],
		[/^link:author-page/, 0.71],
		// A poster's name in the post's attributes (`author-username`, `username`): 6 right in 6 (meta4).
		[/^attr:/, 0.9],
		// A personal site's owner on a dated post with no byline (`siteOwnerAuthor.ts`): 8 right in 8 on half A, none on
		// half B; read from the site, not the page, so below the bylines.
		[/^site-owner:/, 0.75],
	],
	published: [
		// The page's only date, labelled as an update in a date-classed element: 6 right in 16 (the update is not the publication).
		[/^class:date:label:only-date$/, 0.38],
		// The page's only date, labelled as an update, elsewhere (mostly a text line under the title): 28 right in 43.
		[/:only-date$/, 0.65],
		[/^class:date(?::|$)/, 0.87],
		[/^text:near-title/, 0.86],
		[/^class:date-like/, 0.78],
		[/^profile:/, 0.74],
		// Too few on the tuning part to measure (2 of 3): schema.org markup is written for machines.
		[/^itemprop:/, 0.85],
	],
};

/** A candidate's confidence: its rule's measured precision when known, else its score mapped onto 0..1. */
export function confidenceOf(key: 'title' | 'author' | 'published', c: Candidate<unknown>): number {
	const known = RULE_PRECISION[key].find(([re]) => re.test(c.rule));
	const raw = known ? known[1] : c.score / SURE_SCORE;
	return Math.round(Math.max(0.05, Math.min(0.99, raw)) * 100) / 100;
}

/** Whether a found value is too unsure to be taken as it is. */
export function isUncertain(field: Pick<MetadataField<unknown>, 'confidence'> | undefined): boolean {
	return field !== undefined && field.confidence < UNCERTAIN_BELOW;
}
