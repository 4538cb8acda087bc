// A heading that ends with a colon ("A message from our co-founder:", "Packing list for a trip:") introduces what follows it: a lead-in, not a title.

/** A trailing colon, after any closing quote or bracket; "Re:"-style labels are cut earlier (`titleText.ts`). */
const LEAD_IN_RE = /:\s*$/u;

/**
 * Whether a heading's text is a lead-in to the block under it. A title names the page; a heading ending with ":" opens
 * a list, a letter or a form below it ("A message from John Furrier, co-founder of SiliconANGLE:" above a sponsor's
 * note). On the wcxb-dev tuning part no right title ended with a colon and two wrong ones did (both h1s that outscored
 * the headline).
 */
export function isLeadInHeading(text: string): boolean {
	return LEAD_IN_RE.test(text);
}
