// Sign-up lines: a shop's newsletter and back-in-stock prompts, found by their own sentences ("Subscribe to our emails", "I can unsubscribe at any time") whatever their class words.
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { collapse } from '../inlineText';
import { dropWholeLines } from './wholeLines';

/**
 * The prompts and field labels of a sign-up form, as whole lines: "Subscribe to our newsletter", "Sign up for exclusive
 * offers", "Email me when back in stock", "Get notified by email when this product is in stock", "Provide a valid email
 * address", "You are now subscribed", "Email Address *", "Subscribe to receive free bonus …", "I agree to receive …",
 * "Your email address will be used to …". heuristics/signupForms.ts finds the forms by their class words
 * (`newsletter`, `klaviyo`, `back-in-stock`); on a shop whose class words no rule knows, the prompts stayed.
 * Anchored at the line's start: a description that mentions a newsletter in a sentence of its own stays.
 */
export const SIGNUP_LINE_RE =
	/^(?:(?:subscribe|sign up|join)\b[^.!?]{0,60}\b(?:newsletters?|e-?mails?|inbox|offers|updates|mailing list)\b|(?:e-?mail|notify|text) me when\b|get notified by e-?mail\b|(?:please )?(?:provide|enter) a valid e-?mail\b|you(?:'re| are) now subscribed\b|i agree to receive\b|your e-?mail address will be used\b|subscribe to (?:receive|get)\b|(?:your )?e-?mail(?: address)? ?\*$)/i;

/** A consent note of a sign-up form, anywhere in its line: "… by email. I can unsubscribe at any time." */
export const SIGNUP_CONSENT_RE = /\b(?:unsubscribe|opt[- ]out) at any time\b/i;

/**
 * A sign-up prompt is a line or two; the consent notes of an SMS sign-up run to a few hundred characters (a long
 * paragraph naming message rates and a phone number). Longer, the line is a paragraph of the page's own text.
 */
export const MAX_SIGNUP_LINE_CHARS = 700;

/** Whether one line is a sign-up form's prompt, field label or consent note. */
export function isSignupLine(text: string): boolean {
	const t = collapse(text);
	return t.length > 0 && t.length <= MAX_SIGNUP_LINE_CHARS && (SIGNUP_LINE_RE.test(t) || SIGNUP_CONSENT_RE.test(t));
}

/**
 * Drops paragraphs, headings and list items that are sign-up lines; a list left empty goes too. Product pages only
 * (kinds/product.ts): a newsletter's prompt is a shop's chrome there, while an article about newsletters may open a
 * line with "Subscribe to…".
 * Measured (session 47, prod52, wcxb-dev tuning part, word F1, after heuristics/buyBoxBeforeDescription.ts): declassed
 * product 0.70867 → 0.71051 (a meditation shop's sign-up 0.864 → 0.938, a kitchen shop's back-in-stock prompt 0.948 →
 * 0.982, two graphics cards, a shoe shop; a listing read as a product 0.771 → 0.785), as is 0.75611 → 0.75626; one page
 * down, a watch shop 0.443 → 0.437, whose truth keeps its back-in-stock form; 9 sites of both halves.
 */
export function dropSignupLines(blocks: readonly Block[], removed: RemovedRegion[]): readonly Block[] {
	return dropWholeLines(blocks, removed, isSignupLine, 'signup-line');
}
