// A copyright holder written with a company's legal form ("© 2026 Jane Doe Corp") is a company named after a person, not the person.
import type { Candidate, MetadataScan } from './scan';

/**
 * Reason: the site name read from a copyright line drops the holder's legal form ("© 2026 Dana Field Corp, All rights
 * reserved" gives "Dana Field"), and `siteOwnerAuthor.ts` then credits a person of that name as the writer of the site's
 * posts. The legal form is the holder's own statement that it is a company. Measured on the wcxb-dev tuning part
 * (session 49, meta54): a business blog's wrong author is no longer reported, both yardsticks (one site, half B); right
 * and where-none counts unchanged (as is 424 and 3, declassed 403 and 5).
 */

/** A legal form right after the holder's name (bounded: one optional comma, spaces, one word). */
const LEGAL_FORM_RE = /^,?\s{0,3}(?:inc|llc|ltd|gmbh|plc|limited|corp|corporation|co|ag|s\.a|pty|pvt|sas|sarl|bv|nv|ab|oy)\b/iu;
/** How far past the name the legal form is looked for (characters). */
const AFTER_NAME_CHARS = 24;

/** Whether a site-name candidate read from a copyright line names a company: its holder is followed by a legal form. */
export function isCompanyHolder(s: MetadataScan, c: Candidate<string>): boolean {
	if (c.rule !== 'copyright' || !c.source) return false;
	const line = s.doc.text.slice(c.source.start, c.source.end).replace(/\s+/g, ' ');
	const at = line.indexOf(c.value);
	return at >= 0 && LEGAL_FORM_RE.test(line.slice(at + c.value.length, at + c.value.length + AFTER_NAME_CHARS));
}
