// A product page's copyright footer (heuristics/copyrightFooter.ts) and its description column before the name (heuristics/productName.ts `MIN_PROSE_SECTIONS`), on invented shop pages whose class words mean nothing.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import type { RemovedRegion } from '../../src/core/extract/article';
import { endAtCopyrightFooter } from '../../src/core/extract/heuristics/copyrightFooter';
import { startAtProductName } from '../../src/core/extract/heuristics/productName';
import { productSpan } from '../../src/core/extract/kinds/product';
import { wholePage } from '../../src/core/extract/kinds/wholePage';
import { collapsedText } from '../../src/core/extract/inlineText';
import { dumpLines } from '../util/joinLines';

/** A product's name, buy box and description, in divs whose class words mean nothing. */
const PRODUCT = [
	'::: {.k1 .k2}',
	'# Ember Table Lantern',
	'',
	'$49.00',
	'',
	'Add to cart',
	'',
	'In stock',
	':::',
	'',
	'::: {.k3}',
	'## Description',
	'',
	'A compact lantern that diffuses essential oils under a flickering amber light, for a terrace or a living room alike.',
	'',
	'Its bamboo base hides a battery that lasts eleven hours, and the acrylic shade survives a summer shower without a mark.',
	'',
	'Fill the tank with water and a few drops of oil, press the button once for mist and twice for the flame effect.',
	':::',
	'',
];

/** The footer's two labelled columns, its © line, then a dialog's notices after it. */
const FOOTER = [
	'::: {.k9}',
	'Useful links',
	'',
	'[Gift cards](https://shop.example/gift) [Refer a friend](https://shop.example/refer) [Stores](https://shop.example/stores)',
	'',
	'Contact',
	'',
	'[FAQ](https://shop.example/faq) [Returns](https://shop.example/returns) [Track an order](https://shop.example/track)',
	'',
	'Lantern Shop, 12 Harbour Street, 69002 Lyon. Open from Monday to Saturday, ten to seven, closed on public holidays.',
	'',
	'© Lantern Shop 2014-2025 | Legal notice - Cookies - Privacy',
	':::',
	'',
	'::: {.k10}',
	'After confirmation by email, your order is held for seven days at the store you picked. More information.',
	'',
	'We offer gift pouches in several sizes, fitted to each product of your order, and a card with a message of yours.',
	':::',
];

/** The page: one wrapper around the product, the footer (its address line prose) and the dialogs, as a shop's page body. */
const PAGE = ['::: {.w0}', ...PRODUCT, ...FOOTER, ':::'];

suite('Product footer and description column', () => {
	test('a copyright line followed by dialogs ends a product page read whole, with the footer columns before it', () => {
		const index = new BlockIndex(parseDump(dumpLines(...PAGE)));
		const span = productSpan(index, wholePage(index));
		const out = span.blocks.map((b) => collapsedText(b)).join('\n');
		assert.ok(out.includes('bamboo base hides a battery'), out);
		assert.ok(out.includes('closed on public holidays'), out);
		assert.ok(!out.includes('Lantern Shop 2014'), out);
		assert.ok(!out.includes('gift pouches'), out);
		assert.ok(span.removed.some((r) => r.step === 'page-footer'));
	});

	test('the link columns right before the copyright line go with it', () => {
		const footer = FOOTER.filter((l) => !l.startsWith('Lantern Shop,'));
		const index = new BlockIndex(parseDump(dumpLines('::: {.w0}', ...PRODUCT, ...footer, ':::')));
		const out = productSpan(index, wholePage(index)).blocks.map((b) => collapsedText(b)).join('\n');
		assert.ok(out.includes('twice for the flame effect'), out);
		assert.ok(!out.includes('Track an order'), out);
		assert.ok(!out.includes('Useful links'), out);
		assert.ok(!out.includes('gift pouches'), out);
	});

	test('the cut needs the copyright line in the later half of the text', () => {
		const index = new BlockIndex(parseDump(dumpLines('Home / Lighting / Lanterns', '', '© Photo: A. Maker', '', ...PRODUCT.filter((l) => !l.startsWith(':::')))));
		const blocks = index.doc.blocks;
		const removed: RemovedRegion[] = [];
		assert.strictEqual(endAtCopyrightFooter(index, blocks, removed).length, blocks.length);
		assert.strictEqual(removed.length, 0);
	});

	const COLUMN = [
		'## Our opinion',
		'',
		'Small but strong, this diffuser turns any corner into a quiet place, indoors as well as on a balcony in summer.',
		'',
		'## Goes anywhere',
		'',
		'Whether for a soft mood at home or a long evening outside, the lantern keeps its flame for hours on one charge.',
		'',
		'## Simple to use',
		'',
		'Pour a few drops of your favourite oil into its tank; the flame is a show of its own, and the scent follows it.',
		'',
	];
	const NAME = ['# Ember Table Lantern', '', '$49.00', '', 'Add to cart', ''];

	test('three headed prose sections before the name are its description column and stay', () => {
		const doc = parseDump(dumpLines(...COLUMN, ...NAME));
		const name = doc.blocks.find((b) => b.kind === 'heading' && b.level === 1);
		const kept = startAtProductName(doc.blocks, name, []);
		assert.strictEqual(kept.length, doc.blocks.length);
	});

	test('one or two headed paragraphs before the name (a promo, a banner) still go', () => {
		const doc = parseDump(dumpLines(...COLUMN.slice(4), ...NAME));
		const name = doc.blocks.find((b) => b.kind === 'heading' && b.level === 1);
		const kept = startAtProductName(doc.blocks, name, []);
		assert.strictEqual(kept[0], name);
	});
});
