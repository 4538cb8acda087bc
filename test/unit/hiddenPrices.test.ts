// A screen-reader span that reads a price with its currency stays in the text; a screen-reader label without one goes.
import * as assert from 'node:assert/strict';
import { parseDump } from '../../src/core/dump/parseDump';
import type { Inline } from '../../src/core/model/dumpDocument';
import { isHiddenSpan } from '../../src/core/extract/inlineText';
import { isKeptHiddenPrice } from '../../src/core/extract/hiddenPrices';
import { isPriceLabelSpan } from '../../src/core/extract/priceLabels';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { renderText } from '../../src/core/render/articleText';

function attrs(classes: string[]): { classes: string[]; pairs: []; range: { start: number; end: number } } {
	return { classes, pairs: [], range: { start: 0, end: 0 } };
}
const words = (value: string): Inline[] => [{ kind: 'text', value, range: { start: 0, end: 0 } }];

suite('hidden prices (hiddenPrices.ts)', () => {
	test('a short span with a currency beside a digit is a price; a label, a plain number or a long sentence is not', () => {
		assert.equal(isKeptHiddenPrice('Original price was: $24.95.'), true);
		assert.equal(isKeptHiddenPrice('Current price is: 29€.'), true);
		assert.equal(isKeptHiddenPrice('Now £ 8'), true);
		assert.equal(isKeptHiddenPrice('Sale price'), false);
		assert.equal(isKeptHiddenPrice('12 products'), false);
		assert.equal(isKeptHiddenPrice('Free shipping on every order over $50 this week'), false);
	});

	test('a plain screen-reader class keeps a price span; d-none and hidden still hide it; a label still goes', () => {
		for (const c of ['screen-reader-text', 'sr-only', 'visually-hidden']) {
			assert.equal(isHiddenSpan(attrs([c]), words('Current price is: $14.97.')), false, c);
			assert.equal(isHiddenSpan(attrs([c]), words('Regular price')), true, c);
			assert.equal(isHiddenSpan(attrs([c])), true, c);
		}
		for (const c of ['d-none', 'hidden']) assert.equal(isHiddenSpan(attrs([c]), words('Current price is: $14.97.')), true, c);
	});

	test('a span that is only a spoken price label is hidden whatever its class; a price, bare "Price" or a sentence is not', () => {
		for (const t of ['Sale price', 'Regular price', 'Unit price', 'Compare at price:', 'Original price']) {
			assert.equal(isPriceLabelSpan(words(t)), true, t);
			assert.equal(isHiddenSpan(attrs(['c8fkq2']), words(t)), true, t);
		}
		assert.equal(isPriceLabelSpan([...words('Regular'), ...words('price')]), true);
		for (const t of ['Price', 'Sale price $12.00', 'Our sale price is lower than ever this week', '']) {
			assert.equal(isPriceLabelSpan(words(t)), false, t);
			assert.equal(isHiddenSpan(attrs(['c8fkq2']), words(t)), false, t);
		}
		assert.equal(isHiddenSpan(attrs(['c8fkq2'])), false);
	});

	test('a grid whose price labels carry a site\'s own class reads its prices without the labels', () => {
		const card = (name: string, price: string): string[] => [`-   [${name}](/products/${name.toLowerCase().replace(/\W+/g, '-')})`, '', `    [Sale price]{.kq7Rz} [\\$${price}]{.pz2} [Regular price]{.kq7Rz} [\\$${price}]{.pz2}`, ''];
		const dump = [
			'# Travel cups',
			'',
			'Glass cups with a silicone sleeve, made to keep your coffee warm on the way to work and back again every day.',
			'',
			...card('Harbour cup 8oz', '14.97'),
			...card('Harbour cup 12oz', '16.17'),
			...card('Harbour cup 16oz', '22.17'),
		].join('\n');
		const doc = parseDump(dump);
		const text = renderText(extractArticle(doc), doc);
		assert.ok(text.includes('Harbour cup 12oz') && text.includes('$16.17'), text);
		assert.ok(!text.includes('Sale price') && !text.includes('Regular price'), text);
	});

	test('a shop grid\'s screen-reader sale prices are in the text; its screen-reader labels are not', () => {
		const card = (name: string, was: string, now: string): string[] => [
			`-   [![](/img/${name.toLowerCase().replace(/\W+/g, '-')}.png)](/product/${name.toLowerCase().replace(/\W+/g, '-')}/)`,
			'',
			`    ## ${name} {.woocommerce-loop-product__title}`,
			'',
			`    [~~\\$${was}~~ [Original price was: \\$${was}.]{.screen-reader-text} \\$${now} [Current price is: \\$${now}.]{.screen-reader-text}]{.price} [Opens in a new tab]{.screen-reader-text}`,
			'',
		];
		const dump = [
			'# Travel cups',
			'',
			'Glass cups with a silicone sleeve, made to keep your coffee warm on the way to work and back again every day.',
			'',
			...card('Harbour cup 8oz', '24.95', '14.97'),
			...card('Harbour cup 12oz', '26.95', '16.17'),
			...card('Harbour cup 16oz', '36.95', '22.17'),
			...card('Harbour flask 17oz', '39.95', '23.97'),
		].join('\n');
		const doc = parseDump(dump);
		const text = renderText(extractArticle(doc), doc);
		assert.ok(text.includes('Harbour cup 12oz'), text);
		assert.ok(text.includes('Original price was: $26.95.') && text.includes('Current price is: $16.17.'), text);
		assert.ok(!text.includes('Opens in a new tab'), text);
	});

	test('a unit-price template with no amount ("Unit price / per") goes whole, whatever its class; one with an amount or another word stays', () => {
		const card = (name: string, price: string, unit: string): string[] => [
			`-   [${name}](/products/${name.toLowerCase().replace(/\W+/g, '-')})`,
			'',
			`    [\\$${price}]{.pz2}`,
			'',
			`    [[Unit price]{.kq7Rz} [[/]{aria-hidden="true"} [ ${unit} ]{.kq7Rz}]{.pz3}]{.q1}`,
			'',
		];
		const dump = [
			'# Whole bean coffee',
			'',
			'Roasted every Monday in small batches and shipped the same week, so every bag reaches you within days of the roast.',
			'',
			...card('Harbour roast', '19.99', 'per'),
			...card('Dark harbour roast', '21.99', 'per'),
			...card('Morning harbour roast', '17.99', 'per'),
		].join('\n');
		const doc = parseDump(dump);
		const text = renderText(extractArticle(doc), doc);
		assert.ok(text.includes('Morning harbour roast') && text.includes('$17.99'), text);
		assert.ok(!/\bper\b/.test(text) && !text.includes('Unit price'), text);
		const withAmount = parseDump(['# Loose tea', '', 'Loose leaf tea weighed out to order in our shop by the river, packed in paper and sent the same day.', '', ...card('Harbour green', '9.99', '\\$3.99 per 100g')].join('\n'));
		assert.ok(renderText(extractArticle(withAmount), withAmount).includes('$3.99 per 100g'));
		const label: Inline = { kind: 'span', attrs: attrs(['kq7Rz']), children: words('Unit price'), range: { start: 0, end: 0 } };
		assert.equal(isHiddenSpan(attrs(['q1']), [label, ...words(' / per ')]), true);
		assert.equal(isHiddenSpan(attrs(['q1']), [label, ...words(' / kg')]), false);
		assert.equal(isHiddenSpan(attrs(['q1']), [...words('Save '), label, ...words(' per')]), false);
	});
});
