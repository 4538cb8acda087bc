// Platform collections: a shop platform's priced cards on a page with no product template make a collection (kinds/platformCollection.ts, detect.ts); the nopCommerce and Shopware 5 grid profiles (data/shopGridPlatforms.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { platformCollectionCards } from '../../src/core/extract/kinds/platformCollection';
import { platformRead, platformShopGrid } from '../../src/core/extract/kinds/platformGrid';
import { productChrome } from '../../src/core/extract/kinds/productRegion';
import { extractDump, formatExtraction } from '../../src/core/render/formats';

const NAMES = ['Cedar Feeder', 'Pine Feeder', 'Oak Nest Box', 'Seed Tray', 'Suet Cage', 'Water Dish'];
const BLURB =
	'Weatherproof and easy to clean, it hangs from a branch or a pole, holds a full week of seed for small garden birds, and comes apart without tools so that every part can be rinsed and dried in the sun before it goes back up.';

/**
 * A WooCommerce shop page in a themed grid (content-product.php's `woocommerce-loop-product__title` heading in each
 * card), whose cards are long enough that no sibling group of short cards is found, under tab labels.
 */
function wooShop(): string {
	const card = (n: string, i: number): string =>
		`-   ::: shop-loop-product-wrap\n    ::: shop-loop-thumbnail\n    ![${n}](/img/p${i}.webp)\n    :::\n\n    ::: shop-loop-details\n    ### [${n}](/product/p${i}/){.woocommerce-LoopProduct-link} {.woocommerce-loop-product__title}\n\n    ${BLURB}\n\n    [${20 + i}€]{.woocommerce-Price-amount .amount}\n\n    [Buy Now](/?add-to-cart=${i}){.button}\n    :::\n    :::`;
	return `::: site-header\n-   [Home](/)\n-   [Shop](/shop/)\n:::\n
::: {.entry-content .page .woocommerce}
::: tabs
Feeders

Add-ons
:::

::: products-content
${NAMES.map(card).join('\n')}
:::
:::

::: site-footer
© Garden Birds
:::
`;
}

/** A WooCommerce product page: its gallery and tabs (single-product templates), related products in the same cards. */
function wooProduct(): string {
	const card = (n: string, i: number): string =>
		`-   ::: shop-loop-product-wrap\n    ### [${n}](/product/p${i}/) {.woocommerce-loop-product__title}\n\n    ${BLURB}\n\n    [${20 + i}€]{.woocommerce-Price-amount .amount}\n    :::`;
	return `::: {.product .type-product}
::: {.woocommerce-product-gallery .images}
![Cedar Feeder](/img/p0.webp)
:::

::: {.summary .entry-summary}
# Cedar Feeder {.product_title .entry-title}

A feeder of red cedar for the garden, with a copper roof.
:::

::: {.woocommerce-tabs .wc-tabs-wrapper}
::: {#tab-description .woocommerce-Tabs-panel .woocommerce-Tabs-panel--description}
${BLURB}
:::
:::

::: {.related .products}
## Related products

${NAMES.slice(1).map(card).join('\n')}
:::
:::
`;
}


/**
 * A nopCommerce category (nopSolutions/nopCommerce Views/Shared/_ProductBox.cshtml, Views/Catalog/Category.cshtml,
 * _CatalogSelectors.cshtml) as pandoc dumps it: each card's prices and buttons in its `add-info` box.
 */
function nopCategory(): string {
	const card = (n: string, i: number): string =>
		`::: item-box\n::: product-item\n::: picture\n[![${n}](/images/p${i}.jpeg)](/p${i})\n:::\n\n::: details\n## [${n}](/p${i}) {.product-title}\n\n::: description\nRed cedar, ${20 + i} cm\n:::\n\n::: add-info\n::: prices\n[$${30 + i}.00]{.price .actual-price}\n:::\n\n::: buttons\nAdd to cart\n:::\n:::\n:::\n:::\n:::`;
	return `::: header\n-   [Home](/)\n-   [Books](/books)\n:::\n
::: {.page .category-page}
::: page-title
# Bird Tables
:::

::: page-body
::: category-description
Tables and feeders for the garden, made from sustainably grown cedar.
:::

::: product-selectors
::: product-sorting
Sort by Position Name: A to Z Price: Low to High
:::

::: product-page-size
Display 6 per page
:::
:::

::: product-grid
::: item-grid
${NAMES.map(card).join('\n')}
:::
:::
:::
:::

::: footer
© Garden Birds
:::
`;
}

/** A Shopware 5 listing (shopware5/shopware themes/Frontend/Bare frontend/listing/product-box/box-basic.tpl, listing_actions.tpl). */
function shopware5Listing(): string {
	const card = (n: string, i: number): string =>
		`::: {.product--box .box--basic}\n::: {.box--content .is--rounded}\n::: product--info\n[![${n}](/media/p${i}.jpg)](/p${i})\n\n[${n}](/p${i}){.product--title}\n\n::: product--description\nRed cedar, ${20 + i} cm\n:::\n\n::: product--price-info\n${19 + i},99 € \\*\n:::\n\n::: product--actions\nVergleichen Merken\n:::\n:::\n:::\n:::`;
	return `::: header\n-   [Home](/)\n:::\n
::: content--wrapper
# Vogelhäuser

::: {.listing--actions .is--rounded}
Filtern Sortierung: Beliebtheit Seite 1 von 3
:::

::: listing--container
::: listing
${NAMES.map(card).join('\n')}
:::
:::
:::
`;
}

suite('Platform collections', () => {
	test("a WooCommerce shop page's priced platform cards make a collection", () => {
		const index = new BlockIndex(parseDump(wooShop()));
		assert.strictEqual(platformCollectionCards(index), NAMES.length);
		const x = extractDump(wooShop());
		assert.strictEqual(x.article.metadata.pageType?.value, 'collection');
	});

	test("a product page's rail of the same cards is no collection: the product template's words are on the page", () => {
		const index = new BlockIndex(parseDump(wooProduct()));
		assert.strictEqual(platformCollectionCards(index), 0);
		assert.notStrictEqual(extractDump(wooProduct()).article.metadata.pageType?.value, 'collection');
	});

	test('cards without the platform words are no platform collection', () => {
		const plain = wooShop().replace(/\{\.woocommerce-loop-product__title\}/g, '');
		assert.strictEqual(platformCollectionCards(new BlockIndex(parseDump(plain))), 0);
	});
	test('a nopCommerce category: its add-info boxes make the grid, its selectors are chrome, and it is a collection', () => {
		const index = new BlockIndex(parseDump(nopCategory()));
		const read = platformRead(index);
		assert.strictEqual(read?.platform.name, 'nopcommerce');
		assert.strictEqual(platformShopGrid(index, productChrome(index))?.pricedItems, NAMES.length);
		assert.ok([...read.chrome.values()].some((w) => w.includes('product-selectors')));
		const x = extractDump(nopCategory());
		assert.strictEqual(x.article.metadata.pageType?.value, 'collection');
		const out = formatExtraction(x, 'text') as string;
		for (const n of NAMES) assert.ok(out.includes(n), n);
		assert.ok(out.includes('$35.00') && out.includes('sustainably grown cedar'));
		for (const chrome of ['Sort by', 'per page', 'Add to cart']) assert.ok(!out.includes(chrome), chrome);
	});
	test('a Shopware 5 listing: its product boxes make the grid, its listing actions and card actions are chrome', () => {
		const index = new BlockIndex(parseDump(shopware5Listing()));
		const read = platformRead(index);
		assert.strictEqual(read?.platform.name, 'shopware5');
		assert.strictEqual(platformShopGrid(index, productChrome(index))?.pricedItems, NAMES.length);
		const words = [...read.chrome.values()].join(' ');
		for (const w of ['listing--actions', 'product--actions']) assert.ok(words.includes(w), w);
		assert.strictEqual(extractDump(shopware5Listing()).article.metadata.pageType?.value, 'collection');
	});
});
