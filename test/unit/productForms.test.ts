// Product pages: sign-up forms (newsletter boxes, back-in-stock alerts), the footer under its heading and trailing rows of links leave the product's text.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { Block } from '../../src/core/model/dumpDocument';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { endAtFooterHeading, isFooterHeading } from '../../src/core/extract/heuristics/footerHeadings';
import { SIGNUP_FORM_MAX_CHARS, signupForms } from '../../src/core/extract/heuristics/signupForms';
import { dropTrailingLinkRows } from '../../src/core/extract/heuristics/trailingLinkRows';
import { extractFixture } from '../util/kindFixtures';

suite('Product sign-up forms', () => {
	test('a newsletter box and a back-in-stock alert leave the product text; the description stays', () => {
		const { text, kind } = extractFixture('product-signup-forms.txt');
		assert.strictEqual(kind, 'product');
		for (const kept of ['wheel-thrown mug of speckled stoneware', 'goes in the dishwasher']) assert.ok(text.includes(kept), `lost ${kept}: ${text}`);
		for (const dropped of ['15% off your first order', 'new glazes, studio sales', "You're in!", 'back in stock', 'kiln is unloaded']) assert.ok(!text.includes(dropped), `kept ${dropped}: ${text}`);
	});

	test('forms are named by class; a wrapper of the product heading or of much text is not a form', () => {
		const names = (dump: string): string[] => {
			const index = new BlockIndex(parseDump(dump));
			const heading = [...index.order.keys()].find((b) => b.kind === 'heading');
			return [...signupForms(index, heading).values()];
		};
		const div = (attrs: string, body = 'Get 10% off.'): string => `::: {${attrs}}\n${body}\n:::\n`;
		assert.deepStrictEqual(names(div('.klaviyo-form-XyZ')), ['klaviyo']);
		assert.deepStrictEqual(names(div('.email-subscription-container')), ['email-subscri']);
		assert.deepStrictEqual(names(div('.restock-alert')), ['restock']);
		assert.deepStrictEqual(names(div('.product-subscription-options')), [], 'a subscribe-and-save option is the buy box, not a form');
		assert.deepStrictEqual(names(div('.newsletter-theme', '# Speckled Mug\n\nA mug.')), [], 'the product heading is inside');
		assert.deepStrictEqual(names(div('.newsletter', 'A long story. '.repeat(SIGNUP_FORM_MAX_CHARS / 10))), [], 'too much text for a form');
	});
});

suite('Product menus', () => {
	test("a list of short links inside the product's container is a menu and leaves its text; the description stays", () => {
		const { text, kind } = extractFixture('product-menu-inside.txt');
		assert.strictEqual(kind, 'product');
		for (const kept of ['pleated linen shade', 'left to cure for a week']) assert.ok(text.includes(kept), `lost ${kept}: ${text}`);
		for (const dropped of ['Shades', 'Bulbs', 'Gift cards']) assert.ok(!text.includes(dropped), `kept ${dropped}: ${text}`);
	});
});

suite('Footer headings', () => {
	test('a heading naming the footer ends the content, with the footer\'s links and notes', () => {
		const { text } = extractFixture('product-footer-heading.txt');
		for (const kept of ['linen shade', 'dims with a turn of the base', 'tested for a full day']) assert.ok(text.includes(kept), `lost ${kept}: ${text}`);
		for (const dropped of ['Harbour Footer', 'Gift Cards', 'order by phone', 'More ways to shop']) assert.ok(!text.includes(dropped), `kept ${dropped}: ${text}`);
	});

	test('only a footer label is a footer heading', () => {
		const heading = (text: string): Block => parseDump(`## ${text}\n`).blocks[0];
		for (const label of ['Footer', 'Site Footer', 'Harbour Footer', 'Footer navigation', 'Footer Menu']) assert.ok(isFooterHeading(heading(label)), label);
		for (const label of ['How to build a sticky footer in CSS', 'Footers', 'Footer design tips for shops']) assert.ok(!isFooterHeading(heading(label)), label);
		assert.ok(!isFooterHeading(parseDump('Footer\n').blocks[0]), 'a paragraph is not a heading');
	});

	test('a footer heading that opens the kept blocks does not empty them', () => {
		const blocks = parseDump('## Footer\n\nA page about footers and what they hold.\n').blocks;
		assert.strictEqual(endAtFooterHeading(blocks, []).length, blocks.length);
	});
});

suite('Trailing link rows', () => {
	test('rows of links after a product are its shop footer; a link in the description stays', () => {
		const { text, kind } = extractFixture('product-footer-link-rows.txt');
		assert.strictEqual(kind, 'product');
		for (const kept of ['burns the smoke again', 'Learn more']) assert.ok(text.includes(kept), `lost ${kept}: ${text}`);
		for (const dropped of ['Damage Claims', 'Corporate Sales', 'Store Locator']) assert.ok(!text.includes(dropped), `kept ${dropped}: ${text}`);
	});

	test('one row of links is not a footer, and a page of links is left as it is', () => {
		const blocks = (dump: string): number => {
			const index = new BlockIndex(parseDump(dump));
			const top = index.doc.blocks;
			return dropTrailingLinkRows(index, top, []).length;
		};
		const prose = 'A low-walled steel fire pit whose double wall burns the smoke again at the rim.\n\n';
		assert.strictEqual(blocks(`${prose}[Contact](/c) [Careers](/j)\n`), 2, 'one row');
		assert.strictEqual(blocks(`${prose}[Contact](/c) [Careers](/j)\n\n[Blog](/b) [Stores](/s)\n`), 1, 'two rows go');
		assert.strictEqual(blocks('Links\n\n[Contact us today](/c) [Careers](/j)\n\n[Blog](/b) [Stores](/s)\n'), 3, 'mostly links: kept');
	});
});
