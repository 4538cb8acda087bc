// Locale menus on listings and landing pages: a language switcher whose entries each carry a `lang` mark (localePickers.ts) is the site's chrome, not an item or a section.
import type { Attempt, BlockIndex } from '../blockIndex';
import { localePickers } from './localePickers';
import { productHeading, withoutChrome } from './productRegion';

/**
 * Why: an encyclopedia's category page lists its other-language editions ("Deutsch", "Español", "Français", … a
 * hundred lines), a developer site's articles index prints its language menu ("English", "Deutsch", "Español -- América
 * Latina", …), and a landing page may do the same. The class words that name these menus (`interlanguage`,
 * `language-switcher`) are site words: with them made opaque (EVAL_DECLASS=all, the proxy for unseen sites) the whole
 * menu stays in a listing read whole, and no annotator keeps it. The menu's shape does not depend on class words: each
 * entry is marked with the language it is written in (`lang` on the entry or its link, `hreflang` on the link), the
 * entries are short and name several languages. localePickers.ts finds such containers for product pages (session 46);
 * its caveat, that pages of other kinds mark languages too, was a guard against measuring it elsewhere, measured here.
 * The listing and service strategies drop them as they drop a collection's filter panels (withoutChrome), after their
 * own read. Articles and documentation are read by other strategies and left as they are.
 *
 * Measured (session 48, tuning part of wcxb-dev, word F1, main 1680e83): declassed all 0.89016 -> 0.89034, listing
 * 0.77048 -> 0.77186 (half A: a web developer site's article index read as a listing 0.775 -> 0.862; half B: two
 * encyclopedia category pages 0.856 -> 0.929 and 0.935 -> 0.961), no other page moves, service unchanged (no tuning
 * service page marks its menu's entries); as is no page moves (the class words already drop these menus). Metadata
 * and page kinds unchanged on both yardsticks.
 */
export function withoutLocaleMenus(index: BlockIndex, a: Attempt): Attempt {
	return withoutChrome(a, localePickers(index, productHeading(index)));
}
