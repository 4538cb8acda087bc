// Shop platform profiles for WooCommerce's block grids and Shopify's Horizon theme: their grid read from the platform's price box or card class, their chrome dropped (data/shopGridPlatforms.ts, kinds/platformGrid.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex, ROOT } from '../../src/core/extract/blockIndex';
import { leavesIn } from '../../src/core/extract/kinds/gridSection';
import { collectionGrid } from '../../src/core/extract/kinds/collectionGrid';
import { platformRead, platformShopGrid } from '../../src/core/extract/kinds/platformGrid';
import { productChrome } from '../../src/core/extract/kinds/productRegion';
import { pageSignals } from '../../src/core/extract/kinds/signals';
import { collection } from '../../src/core/extract/kinds/collection';
import { resultsContext, textLines } from '../util/gridContext';

const NAMES = ['Linen Apron', 'Tea Towel', 'Oven Glove', 'Table Runner', 'Napkin Set', 'Pot Holder', 'Bread Bag', 'Cushion Cover'];
const DESCRIPTION = 'Every piece is cut from washed Belgian linen and sewn in our workshop by the river, then softened by hand so it drapes well from the first day you use it.';
const HEADER = '::: site-header\n-   [Home](/)\n-   [Shop](/shop)\n-   [About](/about)\n-   [Journal](/journal)\n:::\n';
const FOOTER = '::: site-footer\n-   [Contact](/contact)\n-   [Shipping](/shipping)\n-   [Returns](/returns)\n\n© 2026 River Linen\n:::\n';

/**
 * A WooCommerce block theme's category (woocommerce/woocommerce Blocks/BlockTypes ProductPrice.php, ProductButton.php,
 * CatalogSorting.php, ProductResultsCount.php) as pandoc dumps it: the cards are list items of the product template,
 * each with a core post title, the price box and the add-to-cart button.
 */
function wooBlocks(): string {
	const card = (n: string, i: number): string =>
		`-   ::: wc-block-components-product-image\n    [![${n}](/wp-content/uploads/p${i}.jpg)](/product/p${i}/)\n    :::\n\n    ### [${n}](/product/p${i}/) {.wp-block-post-title}\n\n    ::: {.wp-block-woocommerce-product-price}\n    ::: {.wc-block-components-product-price .wc-block-grid__product-price}\n    [[$]{.woocommerce-Price-currencySymbol}${18 + i}.00]{.woocommerce-Price-amount .amount}\n    :::\n    :::\n\n    ::: {.wp-block-button .wc-block-components-product-button}\n    [Add to basket](?add-to-cart=${i}){.button .add_to_cart_button}\n    :::`;
	return `${HEADER}
::: results
# Kitchen Linen {.wp-block-query-title}

::: wp-block-term-description
${DESCRIPTION}
:::

::: {.wp-block-group .alignwide}
::: {.woocommerce .wc-block-product-results-count .wp-block-woocommerce-product-results-count}
Showing all 8 results
:::

::: {.woocommerce .wc-block-catalog-sorting .wp-block-woocommerce-catalog-sorting}
Sort by popularity Sort by latest Sort by price: low to high
:::
:::

::: {.wp-block-woocommerce-product-collection}
${NAMES.map(card).join('\n')}
:::
:::

${FOOTER}`;
}

/**
 * A Shopify Horizon collection (Shopify/horizon snippets/product-card.liquid, snippets/product-grid.liquid,
 * blocks/filters.liquid) as pandoc dumps it: the product-card element is dropped, its content box stays.
 */
function horizon(): string {
	const card = (n: string, i: number): string =>
		`-   [[${n}]{.visually-hidden}](/products/p${i}){.product-card__link}\n\n    ::: {.product-card__content .layout-panel-flex .layout-panel-flex--column .product-grid__card .spacing-style}\n    ::: product-title-container\n    [${n}](/products/p${i})\n\n    ::: {.price}\n    $${28 + i}.00\n    :::\n    :::\n    :::`;
	return `${HEADER}
::: results
# Kitchen Linen {.collection-title}

${DESCRIPTION}

::: {.facets .facets--horizontal .facets-controls-wrapper .spacing-style}
#### Filters {.facets--filters-title}

::: products-count-wrapper
8 products
:::

Sort by: Featured Best selling Alphabetically, A-Z
:::

::: {.facets-block-wrapper .facets-block-wrapper--horizontal}
::: {.facets .facets--horizontal .spacing-style}
Availability In stock (8) Out of stock (1) Colour Natural (4) Ochre (4) Clear all
:::
:::

::: facets-toggle
::: facets-toggle__wrapper
Show filters
:::
:::

::: {#ResultsList .grid .main-collection-grid .spacing-style}
${NAMES.map(card).join('\n')}
:::
:::

${FOOTER}`;
}

/** The collection strategy's read of the page when the article pipeline picked its `results` box. */
function collectionText(dump: string): string {
	const { ctx } = resultsContext(dump);
	const r = ctx.article.region === ROOT ? undefined : ctx.article.region.range;
	const blocks = r ? leavesIn(ctx.whole.blocks, r) : [];
	return textLines(collection.extract({ ...ctx, article: { ...ctx.article, blocks } })?.blocks ?? []).join('\n');
}
const indexOf = (dump: string): BlockIndex => new BlockIndex(parseDump(dump));

suite('Shop platform grids: WooCommerce blocks and Shopify Horizon', () => {
	test('a WooCommerce block category: the price boxes make the grid, the results count, sorting and add-to-cart buttons are chrome', () => {
		const dump = wooBlocks();
		const index = indexOf(dump);
		const read = platformRead(index);
		assert.strictEqual(read?.platform.name, 'woocommerce-blocks');
		assert.strictEqual(read?.cards.length, NAMES.length);
		const grid = platformShopGrid(index, productChrome(index));
		assert.strictEqual(grid?.pricedItems, NAMES.length);
		assert.strictEqual(collectionGrid({ index, signals: pageSignals(index) })?.block, grid?.block);
		const words = [...read.chrome.values()].join(' ');
		for (const w of ['wc-block-product-results-count', 'wc-block-catalog-sorting', 'wc-block-components-product-button']) assert.ok(words.includes(w), w);
		const out = collectionText(dump);
		for (const n of NAMES) assert.ok(out.includes(n), n);
		assert.ok(out.includes('$19.00'));
		assert.ok(out.includes('washed Belgian linen'));
		for (const chrome of ['Showing all', 'Sort by popularity', 'Add to basket']) assert.ok(!out.includes(chrome), chrome);
	});

	test('a Horizon collection: the card content boxes make the grid, the count, sort and filter panes are chrome', () => {
		const dump = horizon();
		const index = indexOf(dump);
		const read = platformRead(index);
		assert.strictEqual(read?.platform.name, 'shopify-horizon');
		assert.strictEqual(read?.cards.length, NAMES.length);
		const grid = platformShopGrid(index, productChrome(index));
		assert.strictEqual(grid?.pricedItems, NAMES.length);
		const words = [...read.chrome.values()].join(' ');
		for (const w of ['facets-controls-wrapper', 'facets-block-wrapper', 'facets-toggle']) assert.ok(words.includes(w), w);
		const out = collectionText(dump);
		for (const n of NAMES) assert.ok(out.includes(n), n);
		assert.ok(out.includes('washed Belgian linen'));
		for (const chrome of ['Sort by', 'Availability', 'Show filters', '8 products']) assert.ok(!out.includes(chrome), chrome);
	});

	test('neither profile reads a page without its own words: WordPress posts and generic product cards', () => {
		const posts = `::: wp-block-query\n${NAMES.map((n, i) => `::: wp-block-group\n### [${n}](/p/${i}) {.wp-block-post-title}\n\nA note on ${n}, $${10 + i}.00 well spent.\n:::`).join('\n')}\n:::\n`;
		assert.strictEqual(platformRead(indexOf(posts)), undefined);
		const cards = `::: grid\n${NAMES.map((n, i) => `::: {.product-card .card}\n::: card__content\n[${n}](/p/${i})\n\n$${20 + i}.00\n:::\n:::`).join('\n')}\n:::\n`;
		assert.strictEqual(platformRead(indexOf(cards)), undefined);
	});
});
