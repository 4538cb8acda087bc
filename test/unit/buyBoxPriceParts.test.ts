// A buy box's price line read with its screen-reader prices ("Original price was: 249€.") is still a price line.
import * as assert from 'node:assert/strict';
import { isBuyBoxLine } from '../../src/core/extract/heuristics/buyBox';

suite('buy-box price parts (buyBox.ts isPriceLine)', () => {
	test('a WooCommerce sale price with its screen-reader words, a sign after the amount and a discount is a price line', () => {
		assert.equal(isBuyBoxLine('249€ Original price was: 249€.149€Current price is: 149€. -40%'), true);
		assert.equal(isBuyBoxLine('Original price was: $24.95. Current price is: $14.97.'), true);
		assert.equal(isBuyBoxLine('249€ 149€ (-40%)'), true);
		assert.equal(isBuyBoxLine('12 £'), true);
	});

	test('a sentence, a count or a rating that names a number is not', () => {
		assert.equal(isBuyBoxLine('Ab 12 € pro Monat für alle Mitglieder'), false);
		assert.equal(isBuyBoxLine('Save 40% on two items'), false);
		assert.equal(isBuyBoxLine('Rated 4.5 out of 5'), false);
		assert.equal(isBuyBoxLine('40% cotton, 60% polyester'), false);
		assert.equal(isBuyBoxLine('This is 12'), false);
	});
});
