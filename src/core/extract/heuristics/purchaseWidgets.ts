// Purchase widget lines: a subscription picker, a countdown, a quantity drop-down's run of numbers, a marketplace's seller line and a price alert's prompt.
import { collapse } from '../inlineText';

/**
 * Whole lines that the widgets around a shop's buy box print on any platform, beside heuristics/buyBox.ts's cart and
 * gallery controls: a subscription picker ("One-time purchase", "Subscribe & Save", "Deliver every 4 weeks"), an
 * offer's countdown ("Offer reserved:", "Your offer is reserved for the next:", "Sale ends in", "00 Minutes"), a
 * marketplace's seller line ("Sold by: <seller>") and a price tracker's prompt ("Log in to set a price alert on this
 * product."). A countdown's units count only zero-padded ("00 Minutes", "05 Seconds"): a bare "12 hours" or "30
 * minutes" is a spec sheet's value. Studied on half A of the wcxb-dev tuning sites (lines of our product output that the annotated text
 * does not hold): none of them is annotated content on any page. Tuning part of wcxb-dev (session 27): product half A
 * 0.7638 -> 0.7647 (a marketplace's seller line 0.80 -> 0.82, a countdown 0.53 -> 0.54), half B 0.7265 unchanged,
 * every other kind unchanged.
 */
export const PURCHASE_WIDGET_LINE_RE = new RegExp(
	[
		String.raw`one[- ]time purchase`,
		String.raw`subscribe (?:&|and|\+) save\b.*`,
		String.raw`deliver(?:y|ed)? every \d+ (?:days?|weeks?|months?)\b.*`,
		String.raw`(?:your )?(?:offer|deal|cart|price) (?:is )?reserved(?: for(?: the next)?)?`,
		String.raw`(?:sale|offer|deal|discount) ends in`,
		// A countdown's zero-padded unit ("00 Minutes"); not "12 hours", a spec sheet's battery life.
		String.raw`0\d ?(?:days?|hours?|hrs?|minutes?|mins?|seconds?|secs?)`,
		String.raw`sold by:? .+`,
		String.raw`(?:log|sign) in to (?:set|create|get) (?:a )?price (?:alert|drop alert)s?\b.*`,
	]
		.map((p) => `(?:${p})`)
		.join('|'),
	'i',
);
const WHOLE_LINE_RE = new RegExp(`^(?:${PURCHASE_WIDGET_LINE_RE.source})[.:!]?$`, 'i');

/**
 * A quantity drop-down that pandoc writes as its label and every option in one run ("Quantity: 1 2 3 … 99"): any
 * length, since the run grows with the options.
 */
const QUANTITY_RUN_RE = /^(?:qty|quantity):?(?:\s+\d+){2,}$/i;

/** Lines longer than this are sentences, even when they start like a widget's line ("Sold by farmers' markets across…"). */
export const MAX_WIDGET_LINE_CHARS = 60;

/** Whether one line of text is a purchase widget's line. */
export function isPurchaseWidgetLine(text: string): boolean {
	const t = collapse(text);
	if (QUANTITY_RUN_RE.test(t)) return true;
	return t.length > 0 && t.length <= MAX_WIDGET_LINE_CHARS && WHOLE_LINE_RE.test(t);
}
