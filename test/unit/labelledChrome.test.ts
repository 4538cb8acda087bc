// Labelled chrome: containers whose first text is a shop label ("Complete your order", "Recently viewed") leave a product page (kinds/labelledChrome.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { isShopLabel, labelledChrome } from '../../src/core/extract/kinds/labelledChrome';
import { productHeading } from '../../src/core/extract/kinds/productRegion';
import { dumpLines } from '../util/joinLines';
import { extractDumpText } from '../util/kindFixtures';

const DESCRIPTION = [
	'A dynamic broadcast microphone with a built-in preamp: it gives quiet interfaces 28 dB of clean gain, rejects the',
	'hum of a computer fan, and its foam windscreen tames the plosives of a close voice without dulling the top end.',
].join(' ');
const SPECS = 'Frequency response 50 Hz to 20 kHz, output impedance 150 ohms, XLR connector, 48 V phantom power.';
const ADDON = 'Cableworks Composer Series Microphone Cable, ten feet, with gold-plated contacts and a braided shield.';
const HISTORY = 'Studio Monitor Stand, pair, adjustable from 36 to 56 inches, in black steel with isolation pads.';
const GUARANTEE = 'Shop confidently knowing that if something goes wrong with an order, we have your back for all eligible purchases.';

/** A product page whose add-on row, protection offer and history are labelled by styled divs, not headings. */
const PAGE = dumpLines(
	'# SM7dB Vocal Microphone',
	'',
	'\\$499.00',
	'',
	'::: description',
	'## Overview',
	'',
	DESCRIPTION,
	'',
	SPECS,
	':::',
	'',
	'::: {#suggest .section}',
	'::: t-h2',
	'Complete Your Order',
	':::',
	'',
	ADDON,
	'',
	'\\$24.95',
	':::',
	'',
	'::: sidebar',
	'::: wt-box',
	'**Etsy Purchase Protection**',
	'',
	GUARANTEE,
	':::',
	'',
	'::: history',
	'YOUR RECENTLY VIEWED ITEMS',
	'',
	HISTORY,
	':::',
	':::',
);

suite('Labelled chrome', () => {
	test('shop labels: add-ons, history, protection; not a dose, a requirements column or a line of prose', () => {
		for (const label of ['Complete Your Order', 'YOUR RECENTLY VIEWED ITEMS', 'Most Popular Accessories & Related Items', 'Etsy Purchase Protection', 'Protect Your Gear', 'Meet your sellers', 'Frequently bought together', 'Recommended for you']) {
			assert.ok(isShopLabel(label), label);
		}
		for (const text of ['Recommended:', 'Recommended Daily Usage', 'Recommended by top performers & nutrition experts', 'Accessories included in the box', 'Shop with confidence', DESCRIPTION]) {
			assert.ok(!isShopLabel(text), text);
		}
	});

	test('each labelled container is found up to the wrapper that also holds another section', () => {
		const index = new BlockIndex(parseDump(PAGE));
		const found = labelledChrome(index, productHeading(index));
		const named = [...found].map(([c, label]) => `${'attrs' in c ? (c.attrs?.id || c.attrs?.classes[0]) : ''}:${label}`);
		// The sidebar starts with the protection label but also holds the history: it is a wrapper, and stays.
		assert.deepStrictEqual(named.sort(), ['history:YOUR RECENTLY VIEWED ITEMS', 'suggest:Complete Your Order', 't-h2:Complete Your Order', 'wt-box:Etsy Purchase Protection']);
	});

	test('a container holding the product heading is never labelled chrome', () => {
		const page = dumpLines('::: main', 'Recently viewed', '', '# SM7dB Vocal Microphone', '', DESCRIPTION, ':::');
		const index = new BlockIndex(parseDump(page));
		assert.strictEqual(labelledChrome(index, productHeading(index)).size, 0);
	});

	test('the product page keeps its description and specifications and drops the labelled sections', () => {
		// Microdata typing one product (kinds/productItems.ts) makes it a product page.
		const { text, kind } = extractDumpText(dumpLines('::: {itemscope="" itemtype="https://schema.org/Product"}', PAGE, ':::'));
		assert.strictEqual(kind, 'product');
		for (const kept of [DESCRIPTION, SPECS]) assert.ok(text.includes(kept), `lost ${kept}: ${text}`);
		for (const dropped of ['Cableworks', 'Complete Your Order', 'Purchase Protection', 'Shop confidently', 'RECENTLY VIEWED', 'Monitor Stand']) assert.ok(!text.includes(dropped), `kept ${dropped}: ${text}`);
	});
});
