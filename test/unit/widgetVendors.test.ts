// Widget vendors (heuristics/widgetVendors.ts, data/widgetVendors.ts): a shop app's badge, TrustBox or recommendation slot goes; the page stays.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { WIDGET_VENDORS } from '../../src/core/extract/data/widgetVendors';
import { widgetVendorSpans, widgetVendorToken } from '../../src/core/extract/heuristics/widgetVendors';
import { extractedTextRemoving } from '../util/extractedText';
import { dumpLines } from '../util/joinLines';

const BODY = [
	'Our linen apron is cut from a heavy, stonewashed fabric that softens with every wash and never needs ironing after a long day in the kitchen.',
	'',
	'Two deep front pockets hold a phone, a thermometer and a notebook, and the cross-back straps spread the weight across the shoulders.',
	'',
	'## Care {#care}',
	'',
	'Machine wash it warm with like colours and tumble dry it low; the fabric shrinks less than two per cent after the first wash.',
	'',
	'Each apron is sewn in a small family workshop in Lithuania, from flax grown and woven within two hundred kilometres of it.',
];

function textOf(dump: string, steps: string[] = []): string {
	return extractedTextRemoving(dump, 'widget-vendor', steps);
}

suite('Widget vendors', () => {
	test('a Judge.me badge, a TrustBox, a Nosto slot, a Loox rating and an Okendo summary inside the page go; the page stays', () => {
		const steps: string[] = [];
		const text = textOf(
			dumpLines(
				'::: {.entry-content}',
				'# The linen kitchen apron',
				'',
				'::: {.jdgm-widget .jdgm-preview-badge data-id="7191197089849" data-template="product"}',
				'::: {.jdgm-prev-badge data-average-rating="4.86" data-number-of-reviews="128"}',
				'[ []{.jdgm-star .jdgm--on}[]{.jdgm-star .jdgm--on} ]{.jdgm-prev-badge__stars} [ 128 reviews ]{.jdgm-prev-badge__text}',
				':::',
				':::',
				'',
				...BODY,
				'',
				'::: {.trustpilot-widget locale="en-GB" template-id="5419b732fbfb950b10de65e5" businessunit-id="58760f610000ff00059a96c8"}',
				'[Trustpilot](https://uk.trustpilot.com/review/example.com){target="_blank" rel="noopener"}',
				':::',
				'',
				'::: {#nosto-page-product1 .nosto_element}',
				'You may also like: the linen tea towel set, the waxed canvas tote bag and the oak bread board.',
				':::',
				'',
				'[[4.9 stars, 57 ratings]{.loox-rating data-id="1"}](#looxReviews)',
				'',
				'::: {oke-reviews-product-listing-rating="" oke-reviews-product-id="shopify-7191197089849"}',
				'::: {.okeReviews .okeReviews--theme}',
				'Rated 4.8 out of 5 stars, 120 Reviews',
				':::',
				':::',
				':::',
			),
			steps,
		);
		for (const word of ['jdgm-preview-badge', 'trustpilot-widget', 'nosto_element', 'loox-rating', 'oke-reviews-product-listing-rating']) assert.ok(steps.includes(word), `${word}: ${steps.join(', ')}`);
		assert.ok(text.includes('stonewashed fabric') && text.includes('family workshop'), text);
		for (const chrome of ['128 reviews', 'Trustpilot', 'linen tea towel set', '57 ratings', 'Rated 4.8 out of 5']) assert.ok(!text.includes(chrome), `${chrome}\n${text}`);
	});

	test('a container named by a vendor word that holds the page body is kept', () => {
		const long = Array.from({ length: 12 }, (_, i) => `${BODY[0]} Paragraph ${i + 1} goes on about the linen, the pockets and the straps.`).join('\n\n');
		const text = textOf(dumpLines('::: {.nosto_element}', '::: {.entry-content}', '# The linen kitchen apron', '', long, ':::', ':::'));
		assert.ok(text.includes('Paragraph 12 goes on'), text);
	});

	test('only whole vendor words match, never a generic word', () => {
		assert.strictEqual(widgetVendorToken({ id: 'nosto_element', classes: [], pairs: [] }), 'nosto_element');
		assert.strictEqual(widgetVendorToken({ classes: ['jdgm-widget', 'jdgm-preview-badge'], pairs: [] }), 'jdgm-preview-badge');
		for (const cls of ['jdgm-widget', 'jdgm-review-widget', 'yotpo-main-widget', 'trustpilot', 'reviews', 'rating', 'widget', 'loox-rating-label']) {
			assert.strictEqual(widgetVendorToken({ classes: [cls], pairs: [] }), undefined, cls);
		}
		assert.strictEqual(widgetVendorToken({ classes: [], pairs: [['data-oke-reviews-product-listing-rating', '']] }), 'oke-reviews-product-listing-rating');
		assert.strictEqual(widgetVendorToken({ classes: [], pairs: [['oke-reviews-product-id', 'shopify-1']] }), undefined);
		for (const word of WIDGET_VENDORS.flatMap((v) => [...v.words, ...(v.keys ?? [])])) assert.strictEqual(word, word.toLowerCase(), word);
	});

	test('a paragraph is a vendor widget only when most of its text sits in the vendor span', () => {
		const doc = parseDump(dumpLines('The apron is sold out, [4.9 stars]{.loox-rating}, but our workshop sews a new batch every month and ships it in spring.', ''));
		const p = doc.blocks.find((b) => b.kind === 'paragraph');
		assert.ok(p);
		assert.strictEqual(widgetVendorSpans(p), undefined);
	});
});
