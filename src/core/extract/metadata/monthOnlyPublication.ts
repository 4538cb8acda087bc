// An update stamp whose own line also says when the page first came out, to the month or year only, is not its publication date.
import type { MetadataScan, MNode } from './scan';

/**
 * "Originally published in March 2022. Last updated on December 20, 2024.": the page names its publication, only
 * less precisely than a date, so its update stamp must not stand in for it (`dateCandidates.ts` promotes a page's
 * only date, an update stamp, to published). Reason: issue 12 (helper meta36), published reported where the truth has
 * none. Measured on the wcxb-dev tuning part (cached regions): published where none half A 6 -> 5 of 233 (the one page it
 * fires on), half B 4 -> 4 of 260; right unchanged (A 203 of 265, B 212 of 296).
 */
const MONTH_ONLY_PUBLISHED_RE = /\b(?:first|originally)?\s*(?:published|posted|written)\s+(?:in\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+)?(?:of\s+)?\d{4}\b/iu;

/** Whether the line of a lone update stamp also names the page's publication by month or year. */
export function namesPublicationMonth(s: MetadataScan, stamp: MNode | undefined): boolean {
	for (let p = stamp, hops = 0; p && hops < 3; p = p.parent, hops++) {
		const t = s.textOf(p);
		if (t.length > 300) return false;
		if (MONTH_ONLY_PUBLISHED_RE.test(t)) return true;
	}
	return false;
}
