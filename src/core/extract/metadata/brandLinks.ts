// A "by" line whose name links to a brand's, a store's or a seller's page ("by [Acme](/brand/acme)") names the product's maker, not the page's author.
import { linkOf, type MetadataScan, type MNode } from './scan';

/**
 * Reason (issue 12, "say nothing rather than something wrong"): shops print the maker under a product's name as a
 * byline ("by [Acme](/brand/acme)", "Visit the [Anker Store](/stores/anker)", "Sold by [Acme](/seller/acme)"), and a
 * shop page the kind detector takes for an article then reports the brand as its author (a probe page written for
 * this rule: "by [Acme](/brand/acme)" under a shoe's name gave "Acme"). `brandBylines.ts` catches the shops that name
 * the box `brand` or `vendor`; the link's path says the same where the box has no such class. A writer's byline links
 * to an author page (`/author/jane-doe`), never to a brand's or a store's.
 *
 * Path segments, whole, of many shop platforms (Shopify `/collections/vendors`, WooCommerce `/brand/`, marketplaces'
 * `/stores/`, `/seller/`), in English, German, French and Spanish.
 *
 * Measured on the wcxb-dev tuning part (cached regions, `metaTune.js`): as detected no value changes on either half
 * (author right A 200/254, B 212/275; where none A 2/244, B 1/281).
 */
const BRAND_PATH_RE = /\/(?:brands?|stores?|shops?|sellers?|vendors?|manufacturers?|makers?|marken?|marques?|marcas?|hersteller|fabricants?)(?:\/|[?#]|$)|[?&](?:brand|vendor|seller|manufacturer)=/i;

/** Whether one of the names read from a byline node is the text of a link to a brand's, a store's or a seller's page. */
export function namesBrandLink(s: MetadataScan, n: MNode, names: readonly string[]): boolean {
	const links = n.inline?.kind === 'link' ? [n] : s.descendants(n).filter((d) => d.inline?.kind === 'link');
	for (const l of links) {
		if (!BRAND_PATH_RE.test(linkOf(l).href)) continue;
		const text = s.textOf(l).trim().toLowerCase();
		if (text !== '' && names.some((name) => text.includes(name.toLowerCase()) || name.toLowerCase().includes(text))) return true;
	}
	return false;
}
