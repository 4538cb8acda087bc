// Shop platform profiles on collection pages: a known platform's grid and category text kept, its chrome dropped (kinds/platformGrid.ts, data/shopGridPlatforms.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex, ROOT } from '../../src/core/extract/blockIndex';
import { leavesIn } from '../../src/core/extract/kinds/gridSection';
import { SHOP_GRID_PLATFORMS } from '../../src/core/extract/data/shopGridPlatforms';
import { collectionGrid } from '../../src/core/extract/kinds/collectionGrid';
import { MIN_PLATFORM_CARDS, platformRead, platformShopGrid } from '../../src/core/extract/kinds/platformGrid';
import { productChrome } from '../../src/core/extract/kinds/productRegion';
import { pageSignals } from '../../src/core/extract/kinds/signals';
import { collection } from '../../src/core/extract/kinds/collection';
import { extractDump, formatExtraction } from '../../src/core/render/formats';
import { resultsContext, textLines } from '../util/gridContext';

const NAMES = ['Speckled Mug', 'Pasta Bowl', 'Side Plate', 'Serving Jug', 'Salad Bowl', 'Tea Cup', 'Butter Dish', 'Egg Cup'];
const DESCRIPTION = 'Our stoneware is thrown by hand in a small studio on the coast, glazed in colours taken from the shore and fired twice, so every piece is a little different from the next.';
const HEADER = '::: site-header\n-   [Home](/)\n-   [Shop](/shop)\n-   [About](/about)\n-   [Journal](/journal)\n:::\n';
const FOOTER = '::: site-footer\n-   [Contact](/contact)\n-   [Shipping](/shipping)\n-   [Returns](/returns)\n\n© 2026 Shore Pottery\n:::\n';

/** A Shopify Dawn collection (sections/main-collection-banner.liquid, main-collection-product-grid.liquid, snippets/card-product.liquid, facets.liquid) as pandoc dumps it. */
function dawn(): string {
	const card = (n: string, i: number): string =>
		`-   ::: {.card-wrapper .product-card-wrapper .underline-links-hover}\n    ::: {.card .card--standard .card--media}\n    ::: card__content\n    ::: card__information\n    ### [${n}](/products/p${i}){.full-unstyled-link} {.card__heading .h5}\n\n    ::: card-information\n    ::: price\n    [Regular price]{.visually-hidden} [$${24 + i}.00 USD]{.price-item .price-item--regular}\n    :::\n    :::\n    :::\n    ::: {.quick-add .no-js-hidden}\n    Choose options\n    :::\n    :::\n    :::\n    :::`;
	return `${HEADER}
::: results
::: collection-hero
::: {.collection-hero__inner .page-width}
::: collection-hero__text-wrapper
# Stoneware {.collection-hero__title}

::: {.collection-hero__description .rte}
${DESCRIPTION}
:::
:::
:::
:::

::: {.facets-container .page-width}
::: facets__wrapper
Filter:

Availability (0 selected) In stock (8) Out of stock (2)

Price The highest price is $40.00 From $ To $

Color Blue (3) Green (2) Sand (3)
:::

::: {.facet-filters .sorting .caption}
Sort by: Featured Best selling Alphabetically, A-Z Price, low to high
:::

::: {.product-count .light}
## 8 products {#ProductCount .product-count__text .text-body}
:::
:::

::: {#ProductGridContainer .product-grid-container}
::: {.collection .page-width}
${NAMES.map(card).join('\n')}

::: pagination-wrapper
-   [1](?page=1)
-   [2](?page=2)
-   [Next page](?page=2)
:::
:::
:::
:::

${FOOTER}`;
}

/** A Magento 2 Luma category (Catalog templates/product/list.phtml, list/toolbar.phtml, category/description.phtml; LayeredNavigation layer/view.phtml). */
function magento(): string {
	const card = (n: string, i: number): string =>
		`2.  ::: product-item-info\n    [![${n}](/media/p${i}.jpg)](/p${i}.html){.product .photo .product-item-photo}\n\n    ::: {.product .details .product-item-details}\n    **[${n}](/p${i}.html){.product-item-link}**\n\n    ::: {.price-box .price-final_price}\n    [$${30 + i}.00]{.price}\n    :::\n\n    ::: product-item-inner\n    ::: {.product .actions .product-item-actions}\n    ::: actions-primary\n    Add to Cart\n    :::\n\n    ::: actions-secondary\n    [Add to Wish List](#){.action .towishlist} [Add to Compare](#){.action .tocompare}\n    :::\n    :::\n    :::\n    :::\n    :::`;
	return `${HEADER}
# Stoneware {#page-title-heading .page-title}

::: category-view
::: category-description
${DESCRIPTION}
:::
:::

::: {.toolbar .toolbar-products}
Items 1-8 of 24

::: {.toolbar-sorter .sorter}
Sort By Position Product Name Price Set Descending Direction
:::
:::

::: {.products .wrapper .grid .products-grid}
${NAMES.map(card).join('\n')}
:::

::: {.sidebar .sidebar-main}
::: {.block .filter}
Shop By

::: {.filter-options}
Category Mugs (4) Bowls (3) Plates (1)

Price $20.00 - $29.99 (3) $30.00 and above (5)
:::
:::
:::

${FOOTER}`;
}

/** A WooCommerce shop archive (templates/archive-product.php, content-product.php): the cards are list items, only their name's heading keeps a class. */
function woo(): string {
	const card = (n: string, i: number): string => `-   [![${n}](/wp-content/uploads/p${i}.jpg)](/product/p${i}/)\n\n    ## ${n} {.woocommerce-loop-product__title}\n\n    [[$]{.woocommerce-Price-currencySymbol}${18 + i}.00]{.woocommerce-Price-amount .amount}\n\n    [Add to cart](?add-to-cart=${i}){.button .add_to_cart_button}`;
	return `${HEADER}
::: woocommerce-products-header
# Stoneware {.woocommerce-products-header__title .page-title}

::: {.term-description}
${DESCRIPTION}
:::
:::

::: results
::: storefront-sorting
Showing all 8 results

Sort by popularity Sort by latest Sort by price: low to high
:::

${NAMES.map(card).join('\n')}
:::

${FOOTER}`;
}

/** A BigCommerce Cornerstone category (templates/components/products/card.html): article and figure are dropped, the buttons' box and the card body stay. */
function cornerstone(): string {
	const card = (n: string, i: number): string => `-   [![${n}](/images/p${i}.jpg)](/p${i}/)\n\n    ::: card-figcaption-body\n    [Quick view](#){.button .quickview} [Add to Cart](/cart.php?action=add&product_id=${i}){.button}\n    :::\n\n    ::: card-body\n    #### [${n}](/p${i}/) {.card-title}\n\n    $${40 + i}.00\n    :::`;
	return `${HEADER}\n::: results\n# Stoneware {.page-heading}\n\n${NAMES.map(card).join('\n')}\n:::\n\n${FOOTER}`;
}

const text = (dump: string): string => formatExtraction(extractDump(dump), 'text');
/** The collection strategy's read of the page when the article pipeline picked its `results` box. */
function collectionText(dump: string): string {
	const { ctx } = resultsContext(dump);
	// The pipeline's attempt holds the region's leaf blocks, as the whole page's read does.
	const r = ctx.article.region === ROOT ? undefined : ctx.article.region.range;
	const blocks = r ? leavesIn(ctx.whole.blocks, r) : [];
	const article = { ...ctx.article, blocks };
	return textLines(collection.extract({ ...ctx, article })?.blocks ?? []).join('\n');
}
const indexOf = (dump: string): BlockIndex => new BlockIndex(parseDump(dump));

suite('Shop platform grids', () => {
	test('every platform names its cards and chrome, and no word is both a card marker and a generic word', () => {
		const generic = new Set(['card', 'card-body', 'card-title', 'caption', 'price', 'product', 'products', 'pagination', 'content', 'title', 'grid', 'item']);
		for (const p of SHOP_GRID_PLATFORMS) {
			assert.ok(p.cards.length > 0 && p.chrome.length > 0, p.name);
			for (const w of [...p.cards, ...p.intro]) assert.ok(!generic.has(w), `${p.name} ${w}`);
		}
	});

	test('a Dawn collection: its grid is the cards, its description kept, its facets, sort, count, pager and quick-add dropped', () => {
		const dump = dawn();
		const index = indexOf(dump);
		const read = platformRead(index);
		assert.strictEqual(read?.platform.name, 'shopify-dawn');
		assert.strictEqual(read?.cards.length, NAMES.length);
		const grid = platformShopGrid(index, productChrome(index));
		assert.strictEqual(grid?.pricedItems, NAMES.length);
		assert.strictEqual(collectionGrid({ index, signals: pageSignals(index) })?.block, grid?.block);
		const words = [...read.chrome.values()].join(' ');
		for (const w of ['facets__wrapper', 'facet-filters', 'product-count', 'pagination-wrapper', 'quick-add']) assert.ok(words.includes(w), w);
		const out = collectionText(dump);
		for (const n of NAMES) assert.ok(out.includes(n), n);
		assert.ok(out.includes('thrown by hand'));
		for (const chrome of ['Sort by', 'Availability', 'Choose options', 'Next page', '8 products']) assert.ok(!out.includes(chrome), chrome);
	});

	test('a Magento category: the item infos make the grid, the toolbar, filters and card actions are chrome', () => {
		const dump = magento();
		const index = indexOf(dump);
		const read = platformRead(index);
		assert.strictEqual(read?.platform.name, 'magento2');
		assert.strictEqual(read?.grid?.kind, 'list');
		assert.strictEqual(platformShopGrid(index, productChrome(index))?.pricedItems, NAMES.length);
		const out = text(dump);
		for (const n of NAMES) assert.ok(out.includes(n), n);
		assert.ok(out.includes('thrown by hand'));
		for (const chrome of ['Sort By', 'Add to Wish List', 'Add to Compare', 'Shop By', '$30.00 and above']) assert.ok(!out.includes(chrome), chrome);
	});

	test('a WooCommerce archive: heading cards in a list are priced with their item, the term description is added to the grid, the sorting bar is chrome', () => {
		const dump = woo();
		const index = indexOf(dump);
		const read = platformRead(index);
		assert.strictEqual(read?.platform.name, 'woocommerce');
		assert.strictEqual(platformShopGrid(index, productChrome(index))?.pricedItems, NAMES.length);
		assert.ok([...read.chrome.values()].some((w) => w.includes('storefront-sorting')));
		const out = collectionText(dump);
		for (const n of NAMES) assert.ok(out.includes(n), n);
		assert.ok(out.includes('thrown by hand'));
		assert.ok(!out.includes('Sort by popularity') && !out.includes('Showing all'));
		assert.ok(out.indexOf('thrown by hand') < out.indexOf(NAMES[0]));
	});

	test('a Cornerstone category: a card marked by its buttons box is priced with its list item, and the buttons are chrome', () => {
		const dump = cornerstone();
		const index = indexOf(dump);
		assert.strictEqual(platformRead(index)?.platform.name, 'bigcommerce-cornerstone');
		assert.strictEqual(platformShopGrid(index, productChrome(index))?.pricedItems, NAMES.length);
		const out = collectionText(dump);
		for (const n of NAMES) assert.ok(out.includes(n), n);
		assert.ok(!out.includes('Quick view'));
	});

	test('no platform from generic card words, nor from fewer marked cards than the minimum', () => {
		const bootstrap = `::: row\n${NAMES.map((n, i) => `::: card\n::: card-body\n### [${n}](/p/${i}) {.card-title}\n\n$${20 + i}.00\n:::\n:::`).join('\n')}\n:::\n`;
		assert.strictEqual(platformRead(indexOf(bootstrap)), undefined);
		const few = `::: grid\n${NAMES.slice(0, MIN_PLATFORM_CARDS - 1).map((n, i) => `::: product-item-info\n[${n}](/p/${i})\n\n$${20 + i}.00\n:::`).join('\n')}\n:::\n\n::: toolbar-products\nSort By Position\n:::\n`;
		const index = indexOf(few);
		assert.strictEqual(platformRead(index), undefined);
		assert.strictEqual(platformShopGrid(index, productChrome(index)), undefined);
	});

	test('a chrome container that holds the cards is not chrome', () => {
		const dump = `::: {.toolbar-products}\nSort By Position\n:::\n\n::: filter-options\n${NAMES.map((n, i) => `::: product-item-info\n[${n}](/p/${i})\n\n$${20 + i}.00\n:::`).join('\n')}\n:::\n`;
		const read = platformRead(indexOf(dump));
		assert.deepStrictEqual([...(read?.chrome.values() ?? [])], ['magento2 toolbar-products']);
	});
});
