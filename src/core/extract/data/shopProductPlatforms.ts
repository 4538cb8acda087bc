// Shop platform profiles for product pages, as data: the class and id words each platform's own product template writes on the product's description and specifications, and on the shop chrome inside or around the product.

/**
 * One shop platform's product page, read from the platform's public template source (cited per word below; no
 * template code is copied, only the class and id words). Each pattern is tested on a container's id/class words
 * (inlineText.ts `attrWords`: id first, then the classes in order), as a pandoc dump keeps them on `::: {#id .class}`
 * fenced divs. `<article>`, `<nav>`, `<aside>`, `<footer>`, `<form>`, `<p>`, `<ul>`/`<dl>` and custom elements
 * (Dawn's `<product-recommendations>`, `<share-button>`) lose their classes in a dump, so words the templates write only
 * on those are left out.
 */
export interface ShopProductPlatform {
	readonly name: string;
	/** Words only this platform's templates write: one container with them makes the page this platform's. */
	readonly detect: RegExp;
	/**
	 * Containers of the product's long description and its details or specifications tabs: kept, and brought back when
	 * the read missed them (kinds/shopPlatformParts.ts). Not the short description beside the price and the buy button
	 * (WooCommerce's `woocommerce-product-details__short-description`, Magento's `product attribute overview`,
	 * PrestaShop's `product-description-short-{id}`): it sits in the buy box, which the read keeps or leaves with the
	 * rest of it. Measured: brought back alone, it is in the truth of the two half-A WooCommerce pages whose read
	 * already has it, and out of the truth of the one half-B page whose read left it out (0.970 -> 0.940).
	 */
	readonly content: RegExp;
	/**
	 * Containers of shop chrome in or around the product: tax and shipping notes, payment and pickup widgets, share
	 * bars, review summaries, other products. Dropped (besides the words every shop writes: kinds/productRegion.ts
	 * `PRODUCT_CHROME_RE` already takes `related`, `upsell`, `cross-sell`, `reviews`, `modal`, `variant-picker`...).
	 */
	readonly chrome: RegExp;
}

export const SHOP_PRODUCT_PLATFORMS: readonly ShopProductPlatform[] = [
	{
		// Shopify. Dawn (repo Shopify/dawn): sections/main-product.liquid writes the description as `product__description
		// rte`, collapsible tabs (materials, care, dimensions) as `product__accordion`, the tax and shipping note as
		// `product__tax caption rte`, the buy buttons (snippets/buy-buttons.liquid) in `product-form__buttons` with the
		// dynamic checkout's `shopify-payment-button` and `product-form__error-message-wrapper`; `product__info-container`
		// and `product__info-wrapper` hold the column. Debut and Brooklyn (Shopify's older free themes, their
		// sections/product-template.liquid, read in forks stored beside Dawn): `product-single__description rte`, the
		// title and meta `product-single__title`/`product-single__meta`, the note `product__policies rte`
		// (data-product-policies), the pickup note `product-single__store-availability-container`. Shopify's Product
		// Reviews app writes `shopify-product-reviews` and `spr-container`.
		name: 'shopify',
		detect: /(?:^|\s)(?:shopify-section\S*|shopify-payment-button|product__info-container|product__info-wrapper|product-single__(?:description|title|meta|photos?)|product__policies)(?:\s|$)/,
		content: /(?:^|\s)(?:product__description|product-single__description|product__accordion)(?:\s|$)/,
		chrome: /(?:^|\s)(?:product__tax|product__policies|product-form__buttons|shopify-payment-button|product-form__error-message-wrapper|product-single__store-availability-container|shopify-product-reviews|spr-container)(?:\s|$)/,
	},
	{
		// WooCommerce (repo woocommerce/woocommerce, plugins/woocommerce/templates/single-product/): short-description.php
		// `woocommerce-product-details__short-description`; tabs/tabs.php one `woocommerce-Tabs-panel
		// woocommerce-Tabs-panel--{key}` per tab (`--description`, `--additional_information`: tabs/description.php,
		// tabs/additional-information.php with product-attributes.php's specification table; `--reviews`:
		// single-product-reviews.php, `woocommerce-Reviews`, `review_form_wrapper`); related.php `related products`,
		// up-sells.php `up-sells upsells products` (generic chrome words already); rating.php `woocommerce-product-rating`.
		// meta.php's `product_meta` (SKU, categories, tags) is not dropped: session 21 measured it harmful (kinds/product.ts).
		name: 'woocommerce',
		detect: /(?:^|\s)(?:woocommerce-product-details__short-description|woocommerce-tabs|woocommerce-Tabs-panel\S*|woocommerce-product-gallery\S*|woocommerce-product-rating)(?:\s|$)/,
		content: /(?:^|\s)woocommerce-Tabs-panel--description(?:\s|$)/,
		chrome: /(?:^|\s)(?:woocommerce-Tabs-panel--reviews|woocommerce-Reviews|review_form_wrapper|woocommerce-product-rating)(?:\s|$)/,
	},
	{
		// Magento 2 (repo magento/magento2): app/code/Magento/Catalog/view/frontend/layout/catalog_product_view.xml names
		// the column `product info main` (Luma writes `product-info-main`), the short description block with css class
		// `overview` and the long one with `description`, each written by templates/product/view/attribute.phtml as
		// `product attribute {class}`; templates/product/view/details.phtml holds them in `product info detailed`
		// (tabs `data item content` with ids `description`, `additional`, `reviews`); attributes.phtml's specification
		// table sits in `additional-attributes-wrapper`. Chrome: addto.phtml `product-addto-links` (wish list, compare),
		// mailto.phtml / the layout's `product-social-links`, Review module's `product-reviews-summary`, addtocart.phtml
		// `box-tocart`.
		name: 'magento',
		detect: /(?:^|\s)(?:catalog-product-view|product-info-main|product-info-price|product-add-form|product-addto-links|additional-attributes-wrapper)(?:\s|$)/,
		content: /(?:^|\s)product attribute description(?:\s|$)|^(?:description|additional) data item content(?:\s|$)|(?:^|\s)additional-attributes-wrapper(?:\s|$)/,
		chrome: /(?:^|\s)(?:product-addto-links|product-social-links|product-reviews-summary|box-tocart)(?:\s|$)/,
	},
	{
		// PrestaShop 1.7/8, classic theme (repo PrestaShop/PrestaShop, themes/classic/templates/catalog/product.tpl): the
		// short description `product-description-short-{id}` (class `product-description`), the description tab pane
		// `product-description`, the details tab (_partials/product-details.tpl, id `product-details`: reference, stock,
		// `product-features` data sheet); product-information wraps them with the buy form. Chrome:
		// _partials/product-additional-info.tpl `product-additional-info` (share hooks), `social-sharing`,
		// _partials/product-add-to-cart.tpl `product-add-to-cart`, _partials/product-variants.tpl `product-variants`,
		// _partials/product-discounts.tpl `product-discounts`, the reassurance module's `blockreassurance_product`,
		// product.tpl's accessories `product-accessories` ("You might also like").
		name: 'prestashop',
		detect: /(?:^|\s)(?:product-description-short-\d+|blockreassurance_product)(?:\s|$)/,
		content: /^product-description(?:\s|$)|(?:^|\s)(?:product-details|product-features)(?:\s|$)/,
		chrome: /(?:^|\s)(?:product-additional-info|social-sharing|product-add-to-cart|product-variants|product-discounts|blockreassurance_product|product-accessories|product-customization)(?:\s|$)/,
	},
	{
		// BigCommerce, Cornerstone theme (repo bigcommerce/cornerstone, templates/components/products/): product-view.html
		// `productView`, `productView-title`, `productView-price`, `productView-rating`/`productView-reviewLink`,
		// add-to-cart.html `add-to-cart-wrapper`; description-tabs.html and description.html hold the description in
		// `tab-content` panes with ids `tab-description` and `tab-warranty` (their `productView-description` wrapper is an
		// `<article>`, lost in a dump, but some themes write it on a div). Related and similar products (tabs.html
		// `tab-related`, `tab-similar`) are chrome by the generic words already.
		name: 'bigcommerce',
		detect: /(?:^|\s)(?:productView(?:-\S+)?)(?:\s|$)/,
		content: /(?:^|\s)(?:tab-description|tab-warranty|productView-description)(?:\s|$)/,
		chrome: /(?:^|\s)(?:productView-rating|productView-reviewLink|add-to-cart-wrapper)(?:\s|$)/,
	},
	{
		// Shopware 6 storefront (repo shopware/shopware, src/Storefront/Resources/views/storefront/page/product-detail/):
		// description.html.twig `product-detail-description` with `product-detail-description-text` (itemprop
		// description), properties.html.twig `product-detail-properties`; tabs.html.twig's navigation
		// `product-detail-tab-navigation` repeats the description's first 125 characters as a preview
		// (`product-detail-tab-preview`); buy-widget.html.twig's `product-detail-buy`, `product-detail-form-container`,
		// `product-detail-delivery-information`, `product-detail-tax-container`; configurator.html.twig
		// `product-detail-configurator`; cross-selling/tabs.html.twig `product-detail-cross-selling`; review/ the
		// `product-detail-review` widgets.
		name: 'shopware',
		detect: /(?:^|\s)(?:product-detail-(?:buy|description|description-text|properties|tab-navigation|configurator|cross-selling|form-container))(?:\s|$)/,
		content: /(?:^|\s)(?:product-detail-description|product-detail-description-text|product-detail-properties)(?:\s|$)/,
		chrome: /(?:^|\s)(?:product-detail-tab-navigation|product-detail-form-container|product-detail-delivery-information|product-detail-tax-container|product-detail-configurator\S*|product-detail-cross-selling|product-detail-review\S*)(?:\s|$)/,
	},
	{
		// OpenCart 3/4 (repo opencart/opencart, upload/catalog/view/template/product/product.twig): the page
		// `product-product`, tab panes `tab-description`, `tab-specification` (attribute groups table), `tab-review`
		// (review form); related products are `product-thumb` cards.
		name: 'opencart',
		detect: /(?:^|\s)(?:product-product|tab-specification)(?:\s|$)/,
		content: /(?:^|\s)(?:tab-description|tab-specification)(?:\s|$)/,
		chrome: /(?:^|\s)(?:tab-review|form-review|product-thumb)(?:\s|$)/,
	},
	{
		// Salesforce B2C Commerce, SFRA (repo SalesforceCommerceCloud/storefront-reference-architecture,
		// cartridges/app_storefront_base/cartridge/templates/default/product/productDetails.isml and
		// components/descriptionAndDetails.isml): `description-and-detail` holds the `description` and `details`
		// collapsibles; chrome: `prices-add-to-cart-actions`, `product-availability`, `social-container`.
		name: 'sfra',
		detect: /(?:^|\s)(?:description-and-detail|prices-add-to-cart-actions)(?:\s|$)/,
		content: /(?:^|\s)description-and-detail(?:\s|$)/,
		chrome: /(?:^|\s)social-container(?:\s|$)/,
	},
	{
		// nopCommerce (repo nopSolutions/nopCommerce, src/Presentation/Nop.Web/Views/Product/): ProductTemplate.Simple.cshtml
		// wraps the page in `product-details-page` and the column in `product-essential`,
		// write the long description as `full-description` (itemprop description) and the collateral below it as
		// `product-collateral`; _ProductSpecifications.cshtml writes the specification table in `product-specs-box`.
		// Chrome: ProductsAlsoPurchased.cshtml's `also-purchased-products-grid` (RelatedProducts.cshtml's
		// `related-products-grid` and _ProductReviewOverview.cshtml's `product-reviews-overview` are generic chrome
		// already, kinds/productRegion.ts).
		name: 'nopcommerce',
		detect: /(?:^|\s)(?:product-details-page|product-specs-box|also-purchased-products-grid)(?:\s|$)/,
		content: /(?:^|\s)(?:full-description|product-specs-box)(?:\s|$)/,
		chrome: /(?:^|\s)also-purchased-products-grid(?:\s|$)/,
	},
	{
		// Magento 1 as OpenMage maintains it (repo OpenMage/magento-lts, app/design/frontend/rwd/default/template/catalog/
		// product/view.phtml, the RWD theme): `product-view` > `product-essential` (name, price, short description,
		// `add-to-cart-wrapper` and `add-to-box`), then `product-collateral toggle-content tabs`, whose tabs (a `<dl
		// class="collateral-tabs">`, whose class a dump loses) hold the description and the additional-attributes
		// table. Detected by `product-collateral` beside `toggle-content`, a pair only this template writes.
		name: 'magento1',
		detect: /(?:^|\s)product-collateral toggle-content(?:\s|$)/,
		content: /(?:^|\s)product-collateral(?:\s|$)/,
		chrome: /(?:^|\s)add-to-box(?:\s|$)/,
	},
	{
		// Shopware 5 (repo shopware5/shopware, themes/Frontend/Bare/frontend/detail/): content/buy_container.tpl's buy box
		// `product--buybox`; tabs.tpl's `tab-menu--product`, whose description tab prints a preview of the description's
		// first 100 characters (`tab--preview`, a truncated copy, chrome) before its content; tabs/description.tpl's
		// `product--description` (itemprop description) and `product--properties` (the properties table), and the
		// off-canvas close button `buttons--off-canvas`.
		name: 'shopware5',
		detect: /(?:^|\s)(?:product--buybox|tab-menu--product|product--description|product--properties)(?:\s|$)/,
		content: /(?:^|\s)(?:product--description|product--properties)(?:\s|$)/,
		chrome: /(?:^|\s)(?:tab--preview|buttons--off-canvas)(?:\s|$)/,
	},
	{
		// PrestaShop 1.6, its default-bootstrap theme (repo PrestaShop/PrestaShop, themes/default-bootstrap/product.tpl;
		// 1.7's classic theme is the `prestashop` profile above): the product's columns `pb-left-column`,
		// `pb-center-column` (name, short description) and `pb-right-column` (buy block), then one
		// `<section class="page-product-box">` each for the volume discounts, the data sheet, the long description ("More
		// info", a `rte` div), module tabs, accessories, downloads and customization. Chrome inside them: the discounts'
		// `quantityDiscount` table, the accessories' `accessories-block` cards (other products), the customization
		// form's `customizableProductsFile` and `customizableProductsText`.
		name: 'prestashop16',
		detect: /(?:^|\s)(?:pb-left-column|pb-center-column|pb-right-column)(?:\s|$)/,
		content: /(?:^|\s)page-product-box(?:\s|$)/,
		chrome: /(?:^|\s)(?:quantityDiscount|accessories-block|customizableProductsFile|customizableProductsText)(?:\s|$)/,
	},
	{
		// Odoo eCommerce (repo odoo/odoo, addons/website_sale/views/templates/product_page_templates.xml, template
		// `website_sale.product`): the page wraps in `o_wsale_product_page`, the buy column's parts are
		// `o_wsale_product_details_content_section` divs, one per part (`_price`, `_attributes` variants, `_cta` the
		// add-to-cart wrapper, `_accordion` the more-information accordion, `_contact` the contact-us button, `_specs`
		// the single-value attribute table with id `product_attributes_simple`, `_documents`); below the columns the
		// long description, the editor's field `product_full_description`.
		name: 'odoo',
		detect: /(?:^|\s)(?:o_wsale_product_page|o_wsale_product_details_content_section\S*|o_wsale_product_images)(?:\s|$)/,
		content: /^product_full_description(?:\s|$)|(?:^|\s)(?:o_wsale_product_details_content_section_(?:specs|accordion))(?:\s|$)/,
		chrome: /(?:^|\s)(?:o_wsale_product_details_content_section_(?:cta|contact))(?:\s|$)/,
	},
	{
		// VirtueMart for Joomla (repo smartink2512/virtuemart, components/com_virtuemart/views/productdetails/tmpl/
		// default.php): the page `productdetails-view productdetails`, previous/next product links in
		// `product-neighbours`, the category link in `back-to-category`, the short description
		// `product-short-description` (beside the images), the buy column `spacer-buy-area` with its
		// `ask-a-question` link, then the long description `product-description` under the columns, followed by the
		// shop's custom fields (default_customfields.php: `product-fields`, one `product-field` per specification).
		name: 'virtuemart',
		detect: /(?:^|\s)(?:productdetails-view|spacer-buy-area|product-neighbours)(?:\s|$)/,
		content: /(?:^|\s)(?:product-description|product-fields)(?:\s|$)/,
		chrome: /(?:^|\s)(?:product-neighbours|back-to-category|ask-a-question)(?:\s|$)/,
	},
	{
		// OXID eShop, its Wave theme (repo OXID-eSales/wave-theme): tpl/page/details/inc/productmain.tpl writes the
		// columns `details-col-left` (pictures) and `details-col-middle` (title `details-title`, short description
		// `details-shortdesc`, price, the basket form `tobasketFunction tobasket-function`); tpl/page/details/inc/tabs.tpl
		// the `details-tabs` whose panes are `tab-pane` divs with ids `description` (the long description),
		// `attributes` (the specification table), `pricealarm` (the price-alert form), `media`, `reviews`.
		name: 'oxid',
		detect: /(?:^|\s)(?:details-col-left|details-col-middle|tobasket-function)(?:\s|$)/,
		content: /^(?:description|attributes) tab-pane(?:\s|$)/,
		chrome: /^pricealarm tab-pane(?:\s|$)|(?:^|\s)tobasketFunction(?:\s|$)/,
	},
	{
		// JTL-Shop 5, its NOVA template (templates/NOVA/productdetails/tabs.tpl, read in the shop repositories stored
		// with it, e.g. St-ton/JN): the product's tabs (or, with tabs off, the `tabAccordion` collapses) carry the ids
		// `tab-description` (the description with productdetails/attributes.tpl's attribute table inside it),
		// `tab-downloads`, `tab-votes` (reviews), `tab-questionOnItem` (the question form), `tab-priceFlow` (the price
		// history chart) and `tab-availabilityNotification` (the back-in-stock form). The last three ids are JTL's own.
		name: 'jtl',
		detect: /^(?:tab-questionOnItem|tab-priceFlow|tab-availabilityNotification)(?:\s|$)/,
		content: /^tab-description(?:\s|$)/,
		chrome: /^(?:tab-questionOnItem|tab-priceFlow|tab-availabilityNotification)(?:\s|$)/,
	},
	{
		// PrestaShop 9's Hummingbird theme (repo PrestaShop/hummingbird; 1.7/8's classic theme is `prestashop` above):
		// templates/catalog/product.tpl writes the buy column's form in `product__actions js-product-actions` (variants,
		// discounts, add to cart, additional info), then `product__bottom` with `product__bottom-left` (the accordion:
		// the description item with id `product_description`, holding `product__description rich-text`) and
		// `product__bottom-right` (the reassurance hook); _partials/product-details.tpl the details item `product-details
		// product-infos-details product-infos-element` with its `product-features` data sheet.
		name: 'hummingbird',
		detect: /(?:^|\s)(?:product__bottom-left|product-infos-details|product-infos-element)(?:\s|$)/,
		content: /^product_description(?:\s|$)|(?:^|\s)(?:product-infos-details|product-features)(?:\s|$)/,
		chrome: /(?:^|\s)(?:product__actions|product__bottom-right)(?:\s|$)/,
	},
];
