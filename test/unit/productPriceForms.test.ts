// A product read's price lines in other currencies' forms: a currency picker's entries (heuristics/buyBox.ts) and a variant select's options (heuristics/variantPickerLines.ts) read prices as kinds/priceReader.ts does.
import * as assert from 'node:assert';
import { isBuyBoxLine } from '../../src/core/extract/heuristics/buyBox';
import { isVariantPickerLine } from '../../src/core/extract/heuristics/variantPickerLines';

suite("A product read's price lines in other currencies", () => {
	test("a currency picker's entry is a buy-box line in any currency the price reader knows", () => {
		for (const line of ['PLN: 49,99 zł', 'RON: 120 lei', 'SEK: 1 299 kr', 'HUF: 12 990 Ft', 'BGN 49 лв', 'CHF: CHF 49.00', 'AUD: $232.60', 'AED: 549.56AED'])
			assert.ok(isBuyBoxLine(line), line);
	});

	test('a code before an amount with no currency, two prices or words stays', () => {
		for (const line of ['ISO 9001', 'RAM: 16 GB', 'USB 3.0', 'PLN: 49 zł or 59 zł', 'PLN: 49 zł 59 zł', 'SEK: 1 299 kr per month for a year', 'Capacity: 120 l'])
			assert.ok(!isBuyBoxLine(line), line);
	});

	test("a variant select's options priced in another currency are a picker", () => {
		for (const line of ['Kupfer - 89,00 zł Silber - 79,00 zł', '1 kg - 120 lei 2 kg - 220 lei', 'Medium - kr 299 Large - kr 349', 'Blue - 12 990 Ft', 'Glas / 1 l - 49 лв Glas / 2 l - 89 лв'])
			assert.ok(isVariantPickerLine(line), line);
	});

	test('a dash before an amount that is no price, or words after a price, is no picker', () => {
		for (const line of ['Blue - 12 apples', 'Serves four - 120 kroner of tea in a tin', 'Kupfer - 89,00 zł and free delivery'])
			assert.ok(!isVariantPickerLine(line), line);
	});
});
