// Shop platform parts (data/shopProductPlatforms.ts, kinds/shopPlatformParts.ts): each platform's description and chrome containers, found only on that platform's pages, and a missed or hidden description tab brought back.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { type Attempt, BlockIndex, ROOT } from '../../src/core/extract/blockIndex';
import { SHOP_PRODUCT_PLATFORMS } from '../../src/core/extract/data/shopProductPlatforms';
import { attrWords, blockText, collapse } from '../../src/core/extract/inlineText';
import { extractDump, formatExtraction } from '../../src/core/render/formats';
import { shopPlatformOf, shopPlatformParts, sparingContent, withPlatformContent } from '../../src/core/extract/kinds/shopPlatformParts';
import { wholePage } from '../../src/core/extract/kinds/wholePage';
import { divAttrParts } from '../../src/core/model/divNodes';
import type { Block } from '../../src/core/model/dumpDocument';
import { dumpLines } from '../util/joinLines';

const DESCRIPTION = 'Hand-thrown stoneware mug with a speckled glaze, fired twice for a glassy finish that lasts for years of daily coffee.';
const SPECS = 'Capacity 350 ml, height 9.5 cm, dishwasher and microwave safe, lead-free glaze.';
const CHROME = 'Tax included. Shipping calculated at checkout.';

/** A product page's dump around three containers: the platform's description, its specifications and its chrome. */
function productDump(outer: string, description: string, specs: string, chrome: string, descriptionAttrs = ''): string {
	return dumpLines(
		`::: {${outer}}`,
		'# Speckled Stoneware Mug',
		'',
		'$28.00',
		'',
		`::: {${chrome}}`,
		CHROME,
		':::',
		'',
		`::: {${description}${descriptionAttrs}}`,
		DESCRIPTION,
		':::',
		'',
		`::: {${specs}}`,
		SPECS,
		':::',
		':::',
	);
}

/** One fixture per platform, written with the class words of its own product template. */
const FIXTURES: Record<string, string> = {
	shopify: productDump('.product__info-container', '.product__description .rte', '.product__accordion .accordion', '.product__tax .caption .rte'),
	woocommerce: productDump(
		'.summary .entry-summary .woocommerce-tabs',
		'#tab-description .woocommerce-Tabs-panel .woocommerce-Tabs-panel--description .panel .entry-content .wc-tab role="tabpanel"',
		'#tab-more .woocommerce-Tabs-panel .woocommerce-Tabs-panel--description .panel',
		'.woocommerce-product-rating',
	),
	magento: productDump('.product-info-main', '.product .attribute .description', '.additional-attributes-wrapper .table-wrapper', '.product-social-links'),
	prestashop: productDump('#product-description-short-12 .product-description', '.product-description', '#product-details .product-features', '.product-additional-info'),
	bigcommerce: productDump('.productView', '#tab-description .tab-content .is-active', '#tab-warranty .tab-content', '.productView-rating'),
	shopware: productDump('.product-detail-buy', '.product-detail-description-text itemprop="description"', '.product-detail-properties', '.product-detail-tax-container'),
	opencart: productDump('#product-product .container', '#tab-description .tab-pane .active', '#tab-specification .tab-pane', '#tab-review .tab-pane'),
	sfra: productDump('.product-detail', '.description-and-detail', '.description-and-detail .details', '.social-container'),
	nopcommerce: productDump('.page .product-details-page', '.full-description itemprop="description"', '.product-specs-box', '.also-purchased-products-grid .product-grid'),
	// Magento 1's tabs are one `product-collateral` container (its `<dl>` of tabs loses its class in a dump).
	magento1: dumpLines(
		'::: {.product-view}',
		'# Speckled Stoneware Mug',
		'',
		'$28.00',
		'',
		'::: {.add-to-box}',
		CHROME,
		':::',
		'',
		'::: {.product-collateral .toggle-content .tabs}',
		'::: {.std}',
		DESCRIPTION,
		':::',
		'',
		SPECS,
		':::',
		':::',
	),
	prestashop16: productDump('.pb-center-column .col-xs-12 .col-sm-4', '.section .page-product-box', '.section .page-product-box', '#quantityDiscount'),
	shopware5: productDump('.product--buybox .block', '.product--description itemprop="description"', '.product--properties .panel .has--border', '.tab--preview'),
	odoo: productDump(
		'#wrap .js_sale .o_wsale_product_page',
		'#product_full_description .oe_structure .oe_empty .mt16',
		'#product_attributes_simple .o_wsale_product_details_content_section .o_wsale_product_details_content_section_specs .mb-4',
		'#o_wsale_product_cta_section .o_wsale_product_details_content_section .o_wsale_product_details_content_section_cta .mb-4',
	),
	virtuemart: productDump('.productdetails-view .productdetails', '.product-description', '.product-fields', '.product-neighbours'),
	// JTL's attribute table sits inside its description tab.
	jtl: dumpLines(
		'::: {.product-detail}',
		'# Speckled Stoneware Mug',
		'',
		'$28.00',
		'',
		'::: {#tab-description .tab-pane .fade .show .active role="tabpanel"}',
		'::: {.desc}',
		DESCRIPTION,
		':::',
		'',
		SPECS,
		':::',
		'',
		'::: {#tab-questionOnItem .tab-pane .fade role="tabpanel"}',
		CHROME,
		':::',
		':::',
	),
	hummingbird: productDump(
		'.product__bottom-left',
		'#product_description .accordion-item',
		'#product-details .product-infos-details .product-infos-element .js-product-details .accordion-item',
		'.product__actions .js-product-actions',
	),
	oxid: productDump('.col-12 .col-sm-8 .col-md-5 .col-lg-6 .details-col-middle', '#description .tab-pane .active itemprop="description"', '#attributes .tab-pane', '#pricealarm .tab-pane'),
};

function indexOf(dump: string): BlockIndex {
	return new BlockIndex(parseDump(dump));
}

const words = (b: Block): string => attrWords(divAttrParts(b as never));
const texts = (a: Attempt): string[] => a.blocks.map((b) => collapse(blockText(b)));

suite('Shop platform parts', () => {
	test('every platform profile has a fixture, and each fixture reads as its own platform only', () => {
		assert.deepStrictEqual(Object.keys(FIXTURES).sort(), SHOP_PRODUCT_PLATFORMS.map((p) => p.name).sort());
		for (const [name, dump] of Object.entries(FIXTURES)) assert.strictEqual(shopPlatformOf(indexOf(dump))?.name, name, name);
	});

	test("each platform's description and specifications are content, its note is chrome", () => {
		for (const [name, dump] of Object.entries(FIXTURES)) {
			const parts = shopPlatformParts(indexOf(dump));
			assert.ok(parts, name);
			// Each in a content container (Magento 1 holds both in one).
			const content = parts.content.map((c) => collapse(blockText(c)));
			assert.ok(content.some((t) => t.includes(DESCRIPTION)), `${name}: description`);
			assert.ok(content.some((t) => t.includes(SPECS)), `${name}: specifications`);
			assert.deepStrictEqual([...parts.chrome.keys()].map((c) => collapse(blockText(c))), [CHROME], `${name}: chrome`);
		}
	});

	test("generic product words make no platform: another shop's description, details and tabs stay the read's business", () => {
		const dump = productDump('.product-main', '.product-description', '#product-details .tab-description', '.product-tax-note');
		assert.strictEqual(shopPlatformParts(indexOf(dump)), undefined);
		// An article with a Shopify store's section wrappers but no product template's words has platform words and no parts.
		const article = dumpLines('::: {.shopify-section}', '# Brewing notes', '', DESCRIPTION, ':::');
		const parts = shopPlatformParts(indexOf(article));
		assert.ok(parts);
		assert.deepStrictEqual([parts.content.length, parts.chrome.size], [0, 0]);
	});

	test('the short description beside the price is not content (it sits in the buy box)', () => {
		const dump = dumpLines('::: {.woocommerce-tabs}', '# Mug', '', '::: {.woocommerce-product-details__short-description}', 'A mug.', ':::', ':::');
		const parts = shopPlatformParts(indexOf(dump));
		assert.strictEqual(parts?.platform.name, 'woocommerce');
		assert.strictEqual(parts.content.length, 0);
	});

	test('a description tab the read missed comes back in document order; one it mostly holds is left as it is', () => {
		const index = indexOf(FIXTURES.woocommerce);
		const parts = shopPlatformParts(index);
		const page = wholePage(index);
		const heading = page.blocks.filter((b) => b.kind === 'heading');
		const read: Attempt = { region: ROOT, regionScore: 0, blocks: heading, removed: [], chars: 30 };
		const got = texts(withPlatformContent(index, read, page, parts, new Map()));
		assert.deepStrictEqual(got, ['Speckled Stoneware Mug', DESCRIPTION, SPECS]);
		const whole = withPlatformContent(index, page, page, parts, new Map());
		assert.strictEqual(whole, page);
	});

	test('a copy of a block the read holds is not added twice', () => {
		const dump = dumpLines('::: {.productView}', '# Mug', '', DESCRIPTION, '', '::: {#tab-description .tab-content}', DESCRIPTION, ':::', ':::');
		const index = indexOf(dump);
		const page = wholePage(index);
		const read: Attempt = { ...page, blocks: page.blocks.filter((b) => !(b.range.start > dump.indexOf('tab-description'))) };
		assert.strictEqual(withPlatformContent(index, read, page, shopPlatformParts(index), new Map()), read);
	});

	test('a hidden description tab comes back from a read that keeps hidden containers', () => {
		const dump = productDump('.product-detail-buy', '.product-detail-description', '.product-detail-properties', '.product-detail-tax-container', ' style="display: none;"');
		const index = indexOf(dump);
		const parts = shopPlatformParts(index);
		const page = wholePage(index);
		assert.ok(!texts(page).includes(DESCRIPTION));
		assert.ok(texts(withPlatformContent(index, page, page, parts, parts?.chrome ?? new Map())).includes(DESCRIPTION));
	});

	test("a generic chrome container that holds the platform's description is spared", () => {
		const dump = dumpLines('::: {.product__info-container}', '# Mug', '', '::: {.product-drawer}', '::: {.product__description .rte}', DESCRIPTION, ':::', ':::', ':::');
		const index = indexOf(dump);
		const drawer = index.containers.find((c) => words(c) === 'product-drawer');
		assert.ok(drawer);
		const chrome = new Map([[drawer as Block, 'drawer']]);
		assert.strictEqual(sparingContent(index, chrome, shopPlatformParts(index)).size, 0);
		assert.strictEqual(sparingContent(index, chrome, undefined), chrome);
	});

	test("end to end: a Shopify product page keeps its description tab and drops the platform's tax note", () => {
		const dump = dumpLines(
			'::: {.shopify-section}',
			'[Home](/) [Shop](/shop)',
			':::',
			'',
			'::: {.product__info-container}',
			'# Speckled Stoneware Mug',
			'',
			'$28.00 Add to cart In stock Quantity',
			'',
			'::: {.product__tax .caption .rte}',
			CHROME,
			':::',
			'',
			'::: {.product__description .rte}',
			DESCRIPTION,
			'',
			'Each mug is glazed by hand, so the speckles differ from one mug to the next and no two are quite alike.',
			':::',
			':::',
		);
		const x = extractDump(dump);
		const text = formatExtraction(x, 'text');
		assert.ok(text.includes(DESCRIPTION), text);
		assert.ok(!text.includes(CHROME), text);
	});
});
