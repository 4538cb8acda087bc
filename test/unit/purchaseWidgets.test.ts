// Lines of the widgets around a buy box (subscription, countdown, quantity run, seller, price alert) are buy-box lines (heuristics/purchaseWidgets.ts).
import * as assert from 'node:assert';
import { isBuyBoxLine } from '../../src/core/extract/heuristics/buyBox';
import { isPurchaseWidgetLine } from '../../src/core/extract/heuristics/purchaseWidgets';

suite('Purchase widget lines', () => {
	test("a subscription picker's, a countdown's, a seller's and a price alert's lines are widget lines", () => {
		for (const line of ['One-time Purchase', 'Subscribe & Save', 'Deliver every 4 weeks', 'Offer reserved:', 'Your offer is reserved for the next:', 'Sale ends in', '00 Minutes', '05 Seconds', 'Sold By: Poetry in Stitches', 'Log in to set a price alert on this product.']) {
			assert.ok(isPurchaseWidgetLine(line), line);
			assert.ok(isBuyBoxLine(line), line);
		}
	});

	test('a quantity drop-down written as one run of its options is a widget line at any length', () => {
		const run = `Quantity: ${Array.from({ length: 99 }, (_, i) => i + 1).join(' ')}`;
		assert.ok(run.length > 200);
		assert.ok(isPurchaseWidgetLine(run));
	});

	test('sentences that start alike are not', () => {
		for (const line of ['Sold by farmers at markets across the valley since 1952, our honey is raw and unfiltered.', 'Deliver the same rich crema at home.', '12 hours of battery life on a single charge', 'Quantity discounts apply from 10 units', 'Subscribe to our journal', '12 Hours', '30 minutes']) assert.ok(!isPurchaseWidgetLine(line), line);
	});
});
