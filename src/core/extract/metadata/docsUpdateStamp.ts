// A documentation page's "Last updated … UTC" stamp is its revision date, not a publication date.
import type { MetadataScan } from './scan';
import { isPageKind } from './kindQuestion';

/**
 * Whether a page's lone update stamp must stay a modification date rather than stand in for its publication date.
 * Documentation is revised in place ("Last updated 2025-12-18 UTC.", "Page last modified"): its footer stamp says when
 * the text last changed, and readers do not cite it as the page's date, unlike an article's "Updated Dec 19, 2025".
 * Reason: issue 12. Measured on the wcxb-dev tuning part (pages the detector calls documentation): update stamps
 * promoted to published were 0 right, 1 wrong, 1 where none; published where none 0.047 -> 0.045, right 395/561 kept.
 */
export function updateStampStaysModified(s: MetadataScan): boolean {
	return isPageKind(s.context, 'documentation');
}
