// Sign-up forms on product pages: newsletter boxes, email captures and "notify me when back in stock" forms, named by class.
import type { Block } from '../../model/dumpDocument';
import type { BlockIndex } from '../blockIndex';
import { namedContainers } from './namedContainers';

/**
 * Class and id words of a shop's sign-up forms: the newsletter box in the footer, the "15% off your first order"
 * email capture that pops up, and the back-in-stock alert beside the size picker. Annotators leave them out of a
 * product's text; pandoc keeps their prompts, consent notes and success messages ("You are now subscribed").
 * Set aside with the shop chrome on product pages (kinds/product.ts). Tuning part of wcxb-dev, product 0.6547 → 0.6565:
 * two pages up (+0.10, +0.09), one down (-0.06: its truth keeps the back-in-stock form); no other page moved.
 */
export const SIGNUP_FORM_RE =
	/newsletter|subscri(?:be|ption)[-_]?(?:box|form|banner|container|content|popup|modal|block|section|wrapper|signup)|email[-_]?(?:capture|sign[-_]?up|subscri|input|form)|sign[-_]?up[-_]?(?:form|box|popup|modal)|back[-_]?in[-_]?stock|restock|notify[-_]?(?:me|modal)|klaviyo/i;

/**
 * A container named so that holds more text than this is not a form: a product description inside a
 * `newsletter-theme` wrapper must stay.
 */
export const SIGNUP_FORM_MAX_CHARS = 1200;

/** Containers named as sign-up forms, with the word that named them; none that holds `keep` (the product's heading). */
export function signupForms(index: BlockIndex, keep?: Block): Map<Block, string> {
	return namedContainers(index, SIGNUP_FORM_RE, SIGNUP_FORM_MAX_CHARS, keep);
}
