// Class and id words that third-party shop apps and SaaS embeds give the widgets they inject into pages of every kind.
/*
 * Why: review apps, recommendation engines and review badges are installed by thousands of shops, and each renders
 * its widget into the page under its own class (Judge.me's `jdgm-preview-badge`, Trustpilot's `trustpilot-widget`,
 * Nosto's `nosto_element`). None of the general chrome words (scoring.ts, innerChrome.ts, data/shopWords.ts) names
 * them, so a star badge ("4.8 ★ 123 reviews"), a TrustBox's fallback link or a reviews carousel of other products is
 * kept as the page's text. Each word is read from the vendor's own snippet or integration source (repository and
 * file in `source`), names the widget itself, never a role ("reviews", "rating", "widget"), so it cannot fire on a
 * page that does not run the app. Matched as one whole class or id token, case-insensitively
 * (heuristics/widgetVendors.ts).
 * Left out on purpose: the containers that hold the review texts themselves (Judge.me's `jdgm-review-widget`,
 * Yotpo's `yotpo-main-widget`): whether annotators keep reviews differs by page, and other rules judge them
 * (kinds/productRegion.ts). Widgets that only draw themselves with scripts (Klaviyo's `klaviyo-form-XXXXXX`, Yotpo v3's
 * `yotpo-widget-instance`, Loox's `#looxReviews`) are empty in a dump and already dropped as empty containers.
 */

/** One vendor's widget words and where they were read. */
export interface WidgetVendor {
	readonly vendor: string;
	/** Whole class or id tokens (lower case). */
	readonly words: readonly string[];
	/**
	 * Attribute names the widget is marked by instead of a class (lower case), as pandoc dumps them: without their
	 * `data-` prefix (`data-oke-reviews-product-listing-rating` becomes `oke-reviews-product-listing-rating=""`).
	 */
	readonly keys?: readonly string[];
	/** Repository and file each word was read from. */
	readonly source: string;
}

export const WIDGET_VENDORS: readonly WidgetVendor[] = [
	{
		// The Judge.me app's auto-updated snippet: the star badge under a product's name (`jdgm-preview-badge`, filled
		// from the `judgeme.badge` metafield: stars and "N reviews"), the shop-wide "N reviews" text and verified badge,
		// the floating reviews tab, the featured carousel of other products' reviews and the photo grid.
		vendor: 'Judge.me',
		words: [
			'jdgm-preview-badge',
			'jdgm-all-reviews-text',
			'jdgm-verified-count-badget',
			'jdgm-revs-tab',
			'jdgm-carousel-wrapper',
			'jdgm-ugc-media-wrapper',
		],
		source: '04461/Testsite_Dawn snippets/judgeme_widgets.liquid (the snippet Judge.me writes into every theme; 679 stored Shopify themes hold it)',
	},
	{
		// Trustpilot's TrustBox: `<div class="trustpilot-widget" data-template-id=… data-businessunit-id=…>` around
		// the fallback link "Trustpilot" that the script swaps for an iframe.
		vendor: 'Trustpilot',
		words: ['trustpilot-widget'],
		source: 'pittica/gatsby-plugin-trustpilot-widget src/TrustpilotContainer.js',
	},
	{
		// Nosto's recommendation slots: `<div class="nosto_element" id="nosto-page-product1">`.
		vendor: 'Nosto',
		words: ['nosto_element'],
		source: 'Nosto/nosto-prestashop views/templates/hook/footer-product_nosto-elements.tpl',
	},
	{
		// Loox's star rating under a product's name: `<div class="loox-rating" data-id=…>` inside a link to #looxReviews.
		vendor: 'Loox',
		words: ['loox-rating'],
		source: 'dpdevilla/palo-alto-github snippets/loox-rating.liquid (the snippet the Loox app installs)',
	},
	{
		// Okendo's star summary under a product's name: `<div data-oke-reviews-product-listing-rating …>` around the
		// server-rendered `okendo.ProductListingSnippet` metafield (stars, "Rated 4.8 out of 5", "120 Reviews").
		vendor: 'Okendo',
		words: [],
		keys: ['oke-reviews-product-listing-rating'],
		source: 'Shopify/dawn snippets/okendo-reviews-product-rating-summary.liquid',
	},
];
