// Product cards (kinds/productCards.ts): a list of other products' cards is left out when the product strategy judges whether the product's text is spread over the page.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { Block } from '../../src/core/model/dumpDocument';
import { type Attempt, ROOT } from '../../src/core/extract/blockIndex';
import { blockText, collapse } from '../../src/core/extract/inlineText';
import { isOneSectionOfMany } from '../../src/core/extract/kinds/headedSections';
import { isProductCardList, withoutProductCards } from '../../src/core/extract/kinds/productCards';
import { dumpLines } from '../util/joinLines';

const DESCRIPTION = [
	'A thin, flexible steel blade on a rubber grip that slips between the tightest gaps of a phone, a tablet or a laptop',
	'case, and lifts clips and glued panels without scratching them: the tool for opening a device before any repair.',
].join(' ');

/** A card as pandoc writes it: the bare link over the name's heading (with its attributes), a rating count, a price, a badge. */
const card = (name: string, price: string): string[] => [
	`-   [](/products/${name.toLowerCase().replace(/\W+/g, '-')}){.card-link}`,
	`    ### ${name} {#${name.toLowerCase().replace(/\W+/g, '-')} .card-title}`,
	'',
	'    128',
	'',
	`    \\${price}`,
	'',
	'    Add to cart',
	'',
	'    Lifetime Guarantee',
	'',
];

const PAGE = dumpLines(
	'::: buy-box',
	'# Pry Tool',
	'',
	'\\$7.95',
	'',
	DESCRIPTION,
	':::',
	'',
	'## Designed for Precision',
	'',
	'The ergonomic handle and the nimble steel blade give you precise control for delicate electronic repairs.',
	'',
	'## Strength and Flexibility',
	'',
	"Crafted from stainless steel, the blade combines strength and flexibility to slip into the tightest spaces.",
	'',
	'## Safe for Delicate Tasks',
	'',
	'From prying devices open to holding parts while soldering, its anti-static design suits precision repair jobs.',
	'',
	'## Featured Products',
	'',
	...card('Marlin Screwdriver Set - 15 Precision Screwdrivers', '$54.99'),
	...card('Essential Electronics Toolkit', '$29.95'),
	...card('Anti-Static Project Tray', '$4.99'),
	...card('Moray Driver Kit - 32 Precision Bits', '$19.95'),
);

function chars(blocks: readonly Block[]): number {
	let n = 0;
	for (const b of blocks) n += collapse(blockText(b)).length;
	return n;
}

/** The buy box as the article pipeline's container, and the whole page. */
function attempts(dump: string): { article: Attempt; whole: Attempt } {
	const blocks = parseDump(dump).blocks;
	const box = blocks[0];
	assert.strictEqual(box.kind, 'div');
	const inner = box.kind === 'div' ? box.children : [];
	return {
		article: { region: box, regionScore: 1, blocks: inner, removed: [], chars: chars(inner) },
		whole: { region: ROOT, regionScore: 0, blocks, removed: [], chars: chars(blocks) },
	};
}

suite('Product cards', () => {
	test("other products' cards no longer outweigh the product's own sections outside the buy box", () => {
		const { article, whole } = attempts(PAGE);
		// With the cards, the text outside the buy box is not mostly sections: the buy box would be read alone.
		assert.strictEqual(isOneSectionOfMany(article, whole), false);
		const own = withoutProductCards(whole);
		assert.strictEqual(own.blocks.length, whole.blocks.length - 1);
		assert.ok(own.chars < whole.chars);
		assert.strictEqual(isOneSectionOfMany(article, own), true);
	});

	test('a list of four priced cards, each with its heading, is a row of product cards', () => {
		const list = parseDump(PAGE).blocks.find((b) => b.kind === 'list');
		assert.ok(list && isProductCardList(list));
	});

	test("two cards are not enough, and a product's own priced options without headings are no cards", () => {
		const two = parseDump(dumpLines(...card('Spudger', '$3.99'), ...card('Halberd Spudger', '$4.99'))).blocks[0];
		assert.strictEqual(isProductCardList(two), false);
		const options = parseDump(dumpLines('-   Small: \\$7.95', '-   Medium: \\$9.95', '-   Large: \\$11.95', '-   Pack of four: \\$29.95')).blocks[0];
		assert.strictEqual(options.kind, 'list');
		assert.strictEqual(isProductCardList(options), false);
	});
});
