// Class and id words that page builders and builder themes give their chrome locations (header, back-to-top button).
/*
 * Why: a builder's header, footer, menus and popups mostly carry a word the general rules already read
 * (scoring.ts UNLIKELY_RE: header, footer, menu, popup, nav-): Elementor's `elementor-location-header|footer|popup`,
 * `elementor-menu-toggle`, Divi's `et-l--header`, `et_mobile_nav_menu`, `et-top-navigation`, `et_pb_menu`, Webflow's
 * `w-nav`, HubSpot's `hs-menu-wrapper`, Astra's builder rows `site-header-primary-section-*`, `site-footer-*` are all
 * pruned on the tuning part already (counted with a scan of the whole-page prune, session 35). This list holds only the
 * chrome locations those words miss: a header whose own layout word holds "main" (scoring.ts MAYBE_CANDIDATE_RE
 * rescues it) and back-to-top buttons named without a chrome word. A word names the builder's location itself, never
 * a generic role, and is matched as one whole class or id token, case-insensitively (heuristics/builderChrome.ts).
 */

/** One builder or theme: the class or id words of its chrome locations, and where they were read. */
export interface BuilderChrome {
	readonly builder: string;
	/** Whole class or id tokens (lower case). */
	readonly words: readonly string[];
	/** Ids only (lower case): the builder's location by id, other themes' too, told apart by `inner`. */
	readonly ids?: readonly string[];
	/** For `ids`: a class the builder's template writes on a container inside that location (lower case). */
	readonly inner?: string;
	/** Repository and template file each word was read from. */
	readonly source: string;
}

export const BUILDER_CHROME: readonly BuilderChrome[] = [
	{
		// Astra's classic header: `<header id="masthead" class="site-header header-main-layout-1 ast-primary-menu-enabled …">`.
		// The layout word holds "main", which rescues the whole header from the general header rule.
		builder: 'Astra (classic header)',
		words: ['header-main-layout-1', 'header-main-layout-2', 'header-main-layout-3'],
		source:
			'Astra header option `header-layouts` (values header-main-layout-1..3, read in Leap13/kemet-classic ' +
			'template-parts/header/header-main-layout.php, an Astra fork, and responsive layout choices); the header markup ' +
			'`<header id="masthead" class="site-header header-main-layout-1 …">` read in a site copy of Astra header.php',
	},
	{
		// Divi's header: `<header id="main-header" data-height-onload="66">` around the logo, `#et-top-navigation` and the
		// search form. Its name holds "main", which rescues it from the general header rule (its menus are pruned,
		// the logo, search and mobile "Select Page" toggle were kept). Other themes name their header `#main-header`
		// too: Divi's is told by the `et_menu_container` inside it.
		builder: 'Divi',
		ids: ['main-header'],
		inner: 'et_menu_container',
		words: [],
		source: 'Divi header.php (`<header id="main-header"`), read in site copies of the Divi theme (its footer.php has `#main-footer`)',
	},
	{
		// Astra's scroll-to-top button: `<a id="ast-scroll-top" …>`.
		builder: 'Astra',
		words: ['ast-scroll-top'],
		source: 'Astra assets/js/unminified/scroll-to-top.js (getElementById(\'ast-scroll-top\'); tristanmason/astra fork)',
	},
];

/*
 * Not listed, as no container to prune: Divi's back-to-top `[]{.et_pb_scroll_top .et-pb-icon}` and GeneratePress's
 * `generate-back-to-top` link are empty icons in a dump (Divi footer.php; GeneratePress inc/structure/footer.php).
 */

/** Every class or id word of `BUILDER_CHROME`, for one lookup per token. */
export const BUILDER_CHROME_WORDS: ReadonlySet<string> = new Set(BUILDER_CHROME.flatMap((b) => b.words));
/** Every id-only word of `BUILDER_CHROME`, with the inner class that tells the builder's location. */
export const BUILDER_CHROME_IDS: ReadonlyMap<string, string | undefined> = new Map(BUILDER_CHROME.flatMap((b) => (b.ids ?? []).map((id) => [id, b.inner] as const)));
