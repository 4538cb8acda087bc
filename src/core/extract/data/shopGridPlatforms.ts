// Shop platform profiles for collection pages: the class words a platform's own category template prints on its grid's cards, its category text and its chrome.
/*
 * Why: a shop nobody has studied still runs on one of a few platforms, and each platform's category page is made by
 * the same public template on every shop (issue 12: on held-out shops never seen in tuning, collection F1 0.464, some
 * reads keeping 2-5x the truth's words: facets, sort bars, counts, card controls). Every word below was read from the
 * platform's template source (repository and file cited next to it), not from any page of the corpus.
 * Only words that survive a pandoc dump are listed (/work/shared/DUMPS.md): classes of `<div>`, `<section>` and
 * `<header>` (fenced divs) and of headings. Classes of `<ul>`/`<li>`/`<ol>`, `<article>`, `<nav>`, `<aside>`,
 * `<form>`, `<p>`, `<figure>` are dropped by pandoc, so e.g. WooCommerce's `ul.products` / `li.product`, its
 * `p.woocommerce-result-count` and `form.woocommerce-ordering`, Dawn's `ul#product-grid` and `aside.facets-wrapper`,
 * PrestaShop's `article.product-miniature` and Cornerstone's `article.card` / `ul.productGrid` are not here.
 * Words generic enough to appear on other sites (Bootstrap's `card-body`, `caption`, `price`, `pagination`,
 * `product-description`) are not markers; a platform counts on a page only from `MIN_PLATFORM_CARDS` marked cards
 * (kinds/platformGrid.ts).
 */

/** One platform's collection template, as class words. */
export interface ShopGridPlatform {
	readonly name: string;
	/**
	 * Class words each product card of the grid carries once (a card's own container, or its name's heading): the
	 * platform is read from them, and the grid is the container that holds most of them.
	 */
	readonly cards: readonly string[];
	/** Containers of the category's own title and description, above or below the grid: kept. */
	readonly intro: readonly string[];
	/**
	 * Containers of the platform's chrome around and inside the grid: facets and filters, sort and per-page bars,
	 * counts of results, pagers, a card's buying, quick-view, wish-list and compare controls, badges, recently viewed
	 * and compared products: dropped from the collection's read.
	 */
	readonly chrome: readonly string[];
}

export const SHOP_GRID_PLATFORMS: readonly ShopGridPlatform[] = [
	{
		name: 'shopify-dawn',
		// Shopify/dawn snippets/card-product.liquid: div.card-wrapper.product-card-wrapper > div.card > div.card__content
		// > div.card__information > h3.card__heading (the name) and the price snippet.
		cards: ['product-card-wrapper', 'card__information', 'card__heading'],
		// Shopify/dawn sections/main-collection-banner.liquid: div.collection-hero > ... h1.collection-hero__title,
		// div.collection-hero__description.rte.
		intro: ['collection-hero__description', 'collection-hero__text-wrapper'],
		chrome: [
			// Shopify/dawn sections/main-collection-product-grid.liquid: div.facet-filters.sorting (sort select),
			// div.product-count-vertical (count of products), div.loading-overlay.
			'facet-filters',
			'product-count-vertical',
			// Shopify/dawn snippets/facets.liquid: div.facets-container, div.active-facets, div.mobile-facets__wrapper,
			// div.product-count (count of products), div.facets__wrapper (the filter form's groups).
			'facets-container',
			'active-facets',
			'mobile-facets__wrapper',
			'facets__wrapper',
			'product-count',
			// Shopify/dawn snippets/pagination.liquid: div.pagination-wrapper.
			'pagination-wrapper',
			// Shopify/dawn snippets/card-product.liquid: div.quick-add (quick add button and modal), div.card__badge
			// (sale / sold out badge).
			'quick-add',
			'card__badge',
		],
	},
	{
		name: 'shopify-debut',
		// Shopify/Debut (older default theme) snippets/product-card-grid.liquid: div.grid-view-item.product-card,
		// div.grid-view-item__title.product-card__title (the name), dl.price.
		cards: ['grid-view-item__title', 'product-card__title'],
		// Shopify/Debut sections/collection-template.liquid: header.collection-header, div.collection-description.rte.
		intro: ['collection-description'],
		// Shopify/Debut sections/collection-template.liquid: div.filters-toolbar-wrapper > div.filters-toolbar
		// (filter by tag, sort by, count of products: span.filters-toolbar__product-count).
		chrome: ['filters-toolbar-wrapper', 'filters-toolbar'],
	},
	{
		name: 'woocommerce',
		// woocommerce/woocommerce plugins/woocommerce/templates/content-product.php hooks
		// woocommerce_template_loop_product_title (includes/wc-template-functions.php): h2.woocommerce-loop-product__title.
		cards: ['woocommerce-loop-product__title'],
		// woocommerce/woocommerce plugins/woocommerce/templates/archive-product.php: header.woocommerce-products-header
		// (h1.page-title and the archive description); includes/wc-template-functions.php
		// woocommerce_taxonomy_archive_description / woocommerce_product_archive_description: div.term-description,
		// div.page-description.
		intro: ['woocommerce-products-header', 'term-description'],
		// plugins/woocommerce/templates/global/wrapper-start.php / notices (woocommerce_output_all_notices):
		// div.woocommerce-notices-wrapper; woocommerce/storefront inc/woocommerce/storefront-woocommerce-template-functions.php
		// storefront_sorting_wrapper: div.storefront-sorting (result count, ordering, pager).
		chrome: ['woocommerce-notices-wrapper', 'storefront-sorting'],
	},
	{
		name: 'woocommerce-blocks',
		// WooCommerce's block grids (block themes' Product Collection, and the older All Products / Products by Category
		// grids), which print no `woocommerce-loop-product__title`: woocommerce/woocommerce
		// plugins/woocommerce/src/Blocks/BlockTypes/ProductPrice.php renders div.wp-block-woocommerce-product-price >
		// div.wc-block-components-product-price.wc-block-grid__product-price, and AbstractProductGrid.php
		// (`get_price_html`) div.wc-block-grid__product-price.price: one price box per card in both.
		cards: ['wc-block-grid__product-price'],
		intro: [],
		chrome: [
			// .../BlockTypes/ProductButton.php: div.wp-block-button.wc-block-components-product-button (add to cart);
			// AbstractProductGrid.php `get_button_html`: div.wc-block-grid__product-add-to-cart, `get_sale_badge_html`:
			// div.wc-block-grid__product-onsale (the "Sale" badge).
			'wc-block-components-product-button',
			'wc-block-grid__product-add-to-cart',
			'wc-block-grid__product-onsale',
			// .../BlockTypes/CatalogSorting.php: div.wc-block-catalog-sorting (the sort form); ProductResultsCount.php:
			// div.wc-block-product-results-count ("Showing 1-12 of 40 results").
			'wc-block-catalog-sorting',
			'wc-block-product-results-count',
		],
	},
	{
		name: 'shopify-horizon',
		// Shopify/horizon (the default theme after Dawn) snippets/product-card.liquid: the card is a custom element
		// (product-card, dropped by pandoc) holding div.product-card__content.product-grid__card (name, price, swatches).
		cards: ['product-grid__card'],
		intro: [],
		// Shopify/horizon blocks/filters.liquid: div.facets-controls-wrapper (count, sort, grid density),
		// div.products-count-wrapper (count of products), div.facets-block-wrapper (the filter pane), div.facets-toggle
		// and div.facets-mobile-wrapper (the filter and sort buttons on small screens).
		chrome: ['facets-controls-wrapper', 'products-count-wrapper', 'facets-block-wrapper', 'facets-toggle', 'facets-mobile-wrapper'],
	},
	{
		name: 'magento2',
		// magento/magento2 app/code/Magento/Catalog/view/frontend/templates/product/list.phtml: li.product-item >
		// div.product-item-info > div.product-item-details > strong.product-item-name, the price box.
		cards: ['product-item-info', 'product-item-details'],
		// magento/magento2 app/code/Magento/Catalog/view/frontend/templates/category/description.phtml:
		// div.category-description.
		intro: ['category-description'],
		chrome: [
			// .../Catalog/.../templates/product/list/toolbar.phtml: div.toolbar-products (view modes, amount, pager,
			// limiter, sorter: toolbar/sorter.phtml div.toolbar-sorter, toolbar/limiter.phtml div.limiter,
			// toolbar/viewmode.phtml div.modes).
			'toolbar-products',
			'toolbar-sorter',
			// .../Catalog/.../templates/product/list.phtml: div.product-item-actions (add to cart, wish list,
			// compare), div.actions-primary, div.actions-secondary.
			'product-item-actions',
			'actions-primary',
			'actions-secondary',
			// magento/magento2 app/code/Magento/LayeredNavigation/view/frontend/templates/layer/view.phtml:
			// div.filter-options (the filter groups), div.filter-current, div.filter-actions.
			'filter-options',
			'filter-current',
			'filter-actions',
			// .../Catalog/.../templates/product/compare/sidebar.phtml: div.block-compare; app/code/Magento/Reports
			// widget templates (viewed/compared): div.block-viewed-products-grid, div.block-compared-products-grid.
			'block-compare',
			'block-viewed-products-grid',
			'block-compared-products-grid',
		],
	},
	{
		name: 'prestashop-classic',
		// PrestaShop/PrestaShop themes/classic/templates/catalog/_partials/miniatures/product.tpl:
		// article.product-miniature > div.thumbnail-container > div.product-description > h2.product-title,
		// div.product-price-and-shipping. `thumbnail-container` is other themes' word too (a WordPress blog's
		// thumbnails on the tuning part): the price box marks the platform.
		cards: ['product-price-and-shipping'],
		// PrestaShop/PrestaShop themes/classic/templates/catalog/_partials/category-header.tpl: div#js-product-list-header
		// > div.block-category (h1 and div#category-description).
		intro: ['block-category', 'block-category-inner'],
		chrome: [
			// .../catalog/_partials/products-top.tpl: div.products-selection (count, sort, filter button),
			// div.sort-by-row, div.total-products.
			'products-selection',
			'sort-by-row',
			'total-products',
			// .../catalog/_partials/sort-orders.tpl: div.products-sort-order.
			'products-sort-order',
			// .../catalog/_partials/miniatures/product.tpl: div.highlighted-informations (quick view, variants).
			'highlighted-informations',
			// .../catalog/_partials/active_filters.tpl: section.active_filters; .../_partials/facets.tpl:
			// div#search_filters (section.facet groups).
			'active_filters',
			'search_filters',
		],
	},
	{
		name: 'bigcommerce-cornerstone',
		// bigcommerce/cornerstone templates/components/products/card.html: article.card > figure.card-figure >
		// figcaption > div.card-figcaption-body (quick view, compare, add to cart), div.card-body > h4.card-title.
		// `card-body` and `card-title` are Bootstrap's words too: the figcaption's body marks the platform.
		cards: ['card-figcaption-body'],
		intro: [],
		// templates/components/products/card.html: div.card-figcaption-body (the card's buttons);
		// templates/components/faceted-search/index.html: div#facetedSearch.facetedSearch, and its
		// div.facetedSearch-refineFilters (the filters applied).
		chrome: ['card-figcaption-body', 'facetedSearch', 'facetedSearch-refineFilters'],
	},
	{
		name: 'shopware6',
		// shopware/shopware src/Storefront/Resources/views/storefront/component/product/card/box-standard.html.twig:
		// div.card.product-box.box-standard > div.card-body > div.product-info (a.product-name, the price).
		cards: ['product-box'],
		intro: [],
		chrome: [
			// .../component/product/card/action.html.twig: div.product-action (buy form, details button);
			// .../component/product/card/badges.html.twig: div.product-badges.
			'product-action',
			'product-badges',
			// .../component/listing/filter-panel.html.twig: div.filter-panel, div.filter-panel-items-container;
			// .../element/cms-element-sidebar-filter.html.twig: div.cms-element-sidebar-filter.
			'filter-panel',
			'cms-element-sidebar-filter',
		],
	},
	{
		name: 'salesforce-sfra',
		// SalesforceCommerceCloud/storefront-reference-architecture (as forked, e.g. muhammadmuneeb198/storefront-
		// reference-architecture) cartridges/app_storefront_base/cartridge/templates/default/product/productTile.isml:
		// div.product-tile > div.tile-body (swatches, name, price).
		cards: ['product-tile'],
		intro: [],
		chrome: [
			// .../templates/default/search/searchResultsNoDecorator.isml: div.grid-header (div.result-count, the sort
			// menu, the filter button), div.refinement-bar (the filters), div.filter-bar (filters applied), div.search-nav.
			'grid-header',
			'result-count',
			'refinement-bar',
			'filter-bar',
			'search-nav',
			// .../templates/default/search/productGrid.isml: div.grid-footer (the "More" button).
			'grid-footer',
		],
	},
	{
		name: 'opencart',
		// opencart/opencart-3 upload/catalog/view/theme/default/template/product/category.twig: div.product-layout >
		// div.product-thumb > div.caption (h4 name, p.price), div.button-group.
		cards: ['product-thumb'],
		intro: [],
		// upload/catalog/view/theme/default/template/product/category.twig: div.button-group (cart, wish list, compare).
		chrome: ['button-group'],
	},
	{
		name: 'nopcommerce',
		// nopSolutions/nopCommerce src/Presentation/Nop.Web/Views/Shared/_ProductBox.cshtml (and the older
		// Views/Catalog/_ProductBox.cshtml): div.product-item > div.details > h2.product-title, div.add-info > div.prices
		// (span.price.actual-price), div.buttons. `product-item` and `product-title` are other platforms' words too:
		// the price box's wrapper marks the platform.
		cards: ['add-info'],
		// .../Views/Catalog/Category.cshtml: div.category-description.
		intro: ['category-description'],
		// .../Views/Catalog/_CatalogSelectors.cshtml: div.product-selectors holding div.product-viewmode,
		// div.product-sorting, div.product-page-size.
		chrome: ['product-selectors', 'product-viewmode', 'product-sorting', 'product-page-size'],
	},
	{
		name: 'shopware5',
		// shopware5/shopware themes/Frontend/Bare/frontend/listing/product-box/box-basic.tpl: div.product--box.box--{layout}
		// > div.box--content > div.product--info (image, a.product--title, div.product--description,
		// div.product--price-info, the actions).
		cards: ['product--box'],
		intro: [],
		chrome: [
			// .../frontend/listing/listing_actions.tpl: div.listing--actions (filter button, sorting, filter panel, paging).
			'listing--actions',
			// .../frontend/listing/product-box/product-actions.tpl: div.product--actions (compare, note).
			'product--actions',
		],
	},
];
