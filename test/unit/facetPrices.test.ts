// Filter prices: a price inside a category's filter panel under its title is not a buy box (kinds/facetPrices.ts, buyBoxAtName.ts, buyBox.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { hasBuyBoxAtName } from '../../src/core/extract/kinds/buyBoxAtName';
import { hasBuyBoxNearName } from '../../src/core/extract/kinds/buyBox';
import { isInFacetPanel } from '../../src/core/extract/kinds/facetPrices';
import { extractDump } from '../../src/core/render/formats';

const NAMES = ['Speckled Mug', 'Pasta Bowl', 'Side Plate', 'Serving Jug', 'Salad Bowl', 'Tea Cup', 'Butter Dish', 'Egg Cup', 'Dinner Plate', 'Soup Bowl', 'Milk Jug', 'Sugar Pot'];

/** A Shopify Dawn collection (snippets/facets.liquid, card-product.liquid) whose filters sit right under its title. */
function dawnCategory(): string {
	const card = (n: string, i: number): string =>
		`-   ::: {.card-wrapper .product-card-wrapper}\n    ::: card__information\n    ### [${n}](/products/p${i}) {.card__heading .h5}\n\n    Hand thrown stoneware, glazed in sand and sea blue\n\n    ::: price\n    $${24 + i}.00 USD\n    :::\n    :::\n    :::`;
	return `::: site-header\n-   [Home](/)\n-   [Shop](/shop)\n:::\n
# Stoneware {.collection-hero__title}

::: {.facets-container .page-width}
::: facets__wrapper
Filter:

Availability (0 selected)

Price

The highest price is $40.00

From $ To $ Add to cart
:::
:::

::: {#ProductGridContainer .product-grid-container}
${NAMES.map(card).join('\n')}
:::
`;
}

/** A product page: its price and cart button under its name. */
const PRODUCT = `# Speckled Mug\n\n$24.00\n\nAdd to cart\n\nA mug thrown by hand, glazed in the colours of the shore and fired twice.\n`;

suite('Filter prices', () => {
	test('the price filter under a category title is in a filter panel, and is no buy box', () => {
		const index = new BlockIndex(parseDump(dawnCategory()));
		const bound = index.order.blocks.find((b) => b.kind === 'paragraph' && JSON.stringify(b).includes('highest price'));
		assert.ok(bound);
		assert.ok(isInFacetPanel(index, bound));
		assert.strictEqual(hasBuyBoxAtName(index), false);
		assert.strictEqual(hasBuyBoxNearName(index), false);
		assert.strictEqual(extractDump(dawnCategory()).article.metadata.pageType?.value, 'collection');
	});

	test("a product's own price under its name is still its buy box", () => {
		const index = new BlockIndex(parseDump(PRODUCT));
		assert.strictEqual(hasBuyBoxAtName(index), true);
	});
});
