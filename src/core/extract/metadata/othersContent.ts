// Other people's content on a page — a customer's review, a quotation or an embedded post, a comment or event section, the site's chrome — whose names and dates are never the page's author and date.
import { inCustomerReview } from './customerReviews';
import { inOthersSection } from './othersSections';
import { isQuoted } from './quotedPosts';
import { inSiteChrome } from './siteChrome';
import type { MetadataScan, MNode } from './scan';

/**
 * Whether a node lies in other people's content (`customerReviews.ts`, `quotedPosts.ts`, `othersSections.ts`), or in the site's chrome (`siteChrome.ts`): its
 * names and dates are a reviewer's, a quoted writer's, a commenter's, an event's. Asked of the few nodes that hold an
 * author or a date candidate, each in constant work (a bounded walk up, a binary search in the page's outline).
 */
export function isOthersContent(s: MetadataScan, n: MNode): boolean {
	return inCustomerReview(s, n) || isQuoted(s, n) || inOthersSection(s, n) || inSiteChrome(s, n);
}
