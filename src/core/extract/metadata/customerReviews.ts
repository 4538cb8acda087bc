// A customer's review (a review widget's entry, schema.org Review markup) names its reviewer and its date: neither is the page's author or date.
import { attrValue } from '../inlineText';
import type { MetadataScan, MNode } from './scan';

/**
 * Review widgets' entries and their parts, as the common shop review apps and themes name them: Judge.me
 * (`jdgm-rev`, `jdgm-rev__author`), Yotpo, Stamped, Shopify Product Reviews (`spr-review`), Okendo, Bazaarvoice
 * (`bv-content-item`), Trustpilot, Loox, WooCommerce (`woocommerce-review__author`), and the generic `review-author`,
 * `review__date`, `reviewer-name`. Containers of many reviews (`reviews`, `customer-reviews`) are `FOREIGN_RE`'s; a
 * lone `review` is not used: a health article's "medically reviewed" box holds the byline.
 */
const REVIEW_PART_RE =
	/(?:^|[\s_:-])(?:jdgm-rev|jdgm-rev-widg|jdgm-review|yotpo-review|yotpo-user-name|stamped-review|spr-review|oke-w-review|oke-review|okeReviews|bv-content-item|bv-author|trustpilot|tp-widget|loox-review|woocommerce-review|review[-_]+(?:item|entry|author|date|meta|header|name|byline|timestamp|user|details|content|body)|reviewer[-_]+(?:name|info|details|meta)|customer-review|user-review|product-review|single-review)(?:$|[\s_:-])/i;
/** schema.org types of someone else's words about the page's subject. */
const REVIEW_TYPE_RE = /(?:^|\/)(?:review|userreview|criticreview|employerreview|comment|usercomments|answer)$/i;
/** How many containers up a review's markup still counts (entry › header › author › link). */
const REVIEW_DEPTH = 6;

/** Whether a node is a review's own container by its schema.org markup (`itemprop="review"`, `itemtype=".../Review"`). */
function reviewMarkup(n: MNode): boolean {
	if (n.itemprop === 'review' || n.itemprop === 'reviews') return true;
	const type = attrValue(n.attrs, 'itemtype');
	return type !== undefined && REVIEW_TYPE_RE.test(type.trim());
}

/**
 * Whether a node sits in a customer's review: a review part's class or a Review's schema.org markup on it or on one of
 * its near containers, unless that container holds the page's title (a review article wrapped in Review markup is
 * the page's own, its author the page's). Reason: issue 12 — on shop pages nobody studied, a review widget's first
 * reviewer and date were reported as the product page's author and date. Shapes from the review apps' markup.
 * Measured on the wcxb-dev tuning part (session 17, meta9): no change on either half; the probes are its evidence.
 */
export function inCustomerReview(s: MetadataScan, n: MNode): boolean {
	return reviewAbove(s, n) || (n.block?.kind === 'paragraph' && holdsReviewPart(s, n));
}

/** Whether a paragraph holds a review part's element (`[Maria Lopez]{.woocommerce-review__author}`): its text is the review's. */
function holdsReviewPart(s: MetadataScan, p: MNode): boolean {
	for (let i = p.order + 1; i < s.nodes.length; i++) {
		const d = s.nodes[i];
		if (d.range.start >= p.range.end) return false;
		if (s.wordTest(d, REVIEW_PART_RE)) return true;
	}
	return false;
}

/** Whether a node or one of its near containers is a review's, and no container of the title. */
function reviewAbove(s: MetadataScan, n: MNode): boolean {
	const t = s.titleNode;
	let p: MNode | undefined = n;
	for (let i = 0; i <= REVIEW_DEPTH && p; i++, p = p.parent) {
		if (!s.wordTest(p, REVIEW_PART_RE) && !reviewMarkup(p)) continue;
		if (t && p.range.start <= t.range.start && p.range.end >= t.range.end) return false;
		return true;
	}
	return false;
}
