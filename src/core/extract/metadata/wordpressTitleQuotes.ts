// On a WordPress page whose <title> WordPress writes itself, the title keeps the page's curly single quotes: core texturizes the document title; the SEO plugins that replace it do not.
import type { MetadataScan } from './scan';

/**
 * The classes the SEO plugins that write a WordPress page's `<title>` instead of core print in the page (their
 * breadcrumbs and blocks). Data, one entry per plugin:
 * - `breadcrumb_last`, `yoast-*`: Yoast SEO, `src/presenters/breadcrumbs-presenter.php` (repository
 *   Yoast/wordpress-seo) marks the trail's last item `breadcrumb_last`; its blocks are `yoast-*`.
 * - `rank-math-*`: Rank Math's breadcrumb (`rank-math-breadcrumb`) and blocks.
 * - `aioseo-*`: All in One SEO's breadcrumb (`aioseo-breadcrumb`, `aioseo-breadcrumbs`).
 * - `seopress-*`: SEOPress's breadcrumb and blocks.
 * Written as pandoc writes a class: `.name` in an attribute list, or a fenced div's lone class (`::: name`).
 */
const SEO_PLUGIN_CLASS_RE = /(?:[.#]|^:{3,} ?)(?:breadcrumb_last|yoast-[\w-]+|rank-math-[\w-]+|aioseo-[\w-]+|seopress-[\w-]+)/m;

/**
 * A pre-test every plugin class passes (speed, issue 13): its literal word, without the class's lead-in, which the
 * scan tried at every dot and hash of the dump.
 */
const SEO_PLUGIN_WORD_RE = /breadcrumb_last|yoast-|rank-math-|aioseo-|seopress-/;

/** The answer per scan: the dump is read once. */
const CORE_TITLED = new WeakMap<MetadataScan, boolean>();

/**
 * Whether the page's `<title>` is WordPress core's own, so that its single quotes are the curly ones the page shows.
 * WordPress core's `wp_get_document_title()` (wp-includes/general-template.php) runs the title through `wptexturize()`,
 * which writes ’ for a typed ' — as it does for the post's displayed h1 (`the_title`), where pandoc's dump has a bare '
 * for it. An SEO plugin replaces that title with its own template's, built from the typed title and not texturized: a
 * straight '. `titleQuotes.ts` straightens a title's single quotes for every page; on a WordPress page (the metadata
 * profile) with none of the plugins' classes in the dump, this keeps them curly instead.
 * Measured (cached regions): wcxb-dev tuning part title right half A 357 -> 359 of 498 (6 titles gained, 4 lost whose
 * annotators kept a straight ' though no plugin class shows), half B 433 -> 433 of 556 (4 gained, 4 lost); Readability
 * corpus title 45 -> 47 of 127 (seattletimes-1 and both lifehacker pages gained, wikia lost). A weak lever, kept for its
 * reason: the annotated titles are the pages' own `<title>`s, and this is where those differ from the h1.
 */
export function keepsCurlyTitleQuotes(s: MetadataScan): boolean {
	const known = CORE_TITLED.get(s);
	if (known !== undefined) return known;
	const yes = s.profile?.name === 'wordpress' && !(SEO_PLUGIN_WORD_RE.test(s.doc.text) && SEO_PLUGIN_CLASS_RE.test(s.doc.text));
	CORE_TITLED.set(s, yes);
	return yes;
}
