// Product pages of shop software that names its widgets (kinds/productWidgets.ts, the `amazon` profile in platforms.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { productWidgets } from '../../src/core/extract/kinds/productWidgets';
import { KIND_PLATFORMS } from '../../src/core/extract/kinds/platforms';
import { wholePage } from '../../src/core/extract/kinds/wholePage';
import { renderText } from '../../src/core/render/articleText';

/** A detail page built as Amazon builds one: every part a `<name>_feature_div` widget. */
function widgetPage(): string {
	const widget = (name: string, ...lines: string[]): string[] => [`::: {#${name}_feature_div .celwidget feature-name="${name}"}`, ...lines, ':::', ''];
	const card = (n: number): string[] => ['::: {.a-carousel-card}', `[Trail Lantern ${n}](/dp/B0${n})`, '', `EUR ${10 + n}.99`, ':::', ''];
	return [
		'::: {#dp-container .a-container}',
		'::: {#ppd}',
		'::: {#rightCol}',
		...widget('deliveryBlock', 'FREE delivery Thursday. Order within 5 hrs 12 mins.', '', 'EUR 34.99', '', 'Add to Cart', '', 'Buy Now'),
		':::',
		'::: {#centerCol .centerColAlign}',
		...widget('title', '# Ridgeline Camp Stove {#productTitle}'),
		...widget('bylineInfo', '[Visit the Ridgeline Store](/stores/ridgeline)'),
		...widget('averageCustomerReviews', '4.5 out of 5 stars (1,204)'),
		':::',
		':::',
		':::',
		...widget('featurebullets', '## About this item', '', '- Boils a litre of water in three minutes on one canister of gas.', '- Folds into its own pot for the pack.'),
		...widget('sims-simsContainer', '## Products related to this item', '', ...[1, 2, 3, 4, 5, 6].flatMap(card)),
		...widget(
			'editorialReviews',
			'## Editorial Reviews',
			'',
			'The stove every hut warden keeps in reserve, says Alpine Monthly.',
			'',
			'::: {.a-expander-content style="display:none"}',
			'Excerpt: the burner was designed on a glacier, where wind eats every flame that is not shielded.',
			':::',
		),
		...widget('productDetails', 'Weight\t380 g', '', 'Fuel\tButane and propane'),
		'::: {#a-popover-pricingFeedback-modal-content .a-popover-preload style="display:none"}',
		'Where did you see a lower price? Fields with an asterisk are required.',
		':::',
		'',
		...widget('customer-reviews', '## Top reviews', '', 'Bought it for a week in the Dolomites and the igniter failed on day two, which soured everything.'),
	].join('\n');
}

suite('Product widgets (platform profiles that name each widget)', () => {
	test('a widget page is read from its content widgets: name, bullets, editorial review and its collapsed excerpt, details', () => {
		const doc = parseDump(widgetPage());
		const article = extractArticle(doc);
		assert.strictEqual(article.metadata.pageType?.value, 'product');
		const text = renderText(article, doc);
		for (const kept of ['Boils a litre of water', 'Folds into its own pot', 'hut warden', 'designed on a glacier', 'Butane and propane', '4.5 out of 5 stars', 'Visit the Ridgeline Store']) {
			assert.ok(text.includes(kept), `lost ${kept}: ${text}`);
		}
		for (const dropped of ['FREE delivery', 'Add to Cart', 'Trail Lantern', 'lower price', 'igniter failed']) assert.ok(!text.includes(dropped), `kept ${dropped}: ${text}`);
	});

	test('a platform without widget names, or a page without the named widgets, is left to the product strategy', () => {
		const index = new BlockIndex(parseDump(widgetPage()));
		const shopify = KIND_PLATFORMS.find((p) => p.name === 'shopify');
		const amazon = KIND_PLATFORMS.find((p) => p.name === 'amazon');
		assert.ok(shopify && amazon);
		assert.strictEqual(productWidgets(index, shopify, wholePage(index)), undefined);
		assert.strictEqual(productWidgets(index, undefined, wholePage(index)), undefined);
		const plain = new BlockIndex(parseDump('::: {#dp-container}\n# Ridgeline Camp Stove\n\nBoils a litre of water in three minutes.\n:::\n'));
		assert.strictEqual(productWidgets(plain, amazon, wholePage(plain)), undefined);
		assert.ok(productWidgets(index, amazon, wholePage(index)));
	});
});
