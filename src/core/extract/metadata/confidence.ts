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
 * `scripts/eval` scoring; a value reported where the page has none counts as wrong). First match wins.
 */
const RULE_PRECISION: Readonly<Record<'title' | 'author' | 'published', readonly (readonly [RegExp, number])[]>> = {
	title: [
		// Not measured (wcxb dumps carry no encoded original): two independent sources agreeing is near-certain.
		[/\+encoded-html$/, 0.95],
		[/^profile:/, 0.77],
		[/^heading-h1/, 0.74],
		[/^encoded-html/, 0.7],
		[/^heading-h2/, 0.16],
		[/^heading-h/, 0.1],
		[/^class:title/, 0.1],
	],
	author: [
		// Re-measured for issue 12 (tuning part, after the text-byline and teaser-list rules).
		[/^profile:/, 0.94],
		[/^text:by-label/, 0.92],
		[/^class:author/, 0.91],
		[/^itemprop:author/, 0.89],
		[/^rel:author/, 0.87],
		[/^text:written-by/, 0.83],
		[/^text:dateline-by/, 0.8],
		[/^text:by-line/, 0.76],
		[/^link:author-page/, 0.67],
	],
	published: [
		// The page's only date, labelled as an update: right 33 times in 58 when added.
		[/:only-date$/, 0.57],
		[/^class:date:/, 0.85],
		[/^class:date$/, 0.85],
		[/^text:near-title/, 0.83],
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
