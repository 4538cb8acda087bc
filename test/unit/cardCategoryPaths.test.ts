// Inside a grid's cards, a line of two to four short category links joined by "/" or "," goes when several cards print one; the card's title, blurb and price stay.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { RemovedRegion } from '../../src/core/extract/article';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { collapse, blockText } from '../../src/core/extract/inlineText';
import { cardRanges } from '../../src/core/extract/heuristics/cardRepeats';
import { dropCardCategoryPaths, isCategoryPath } from '../../src/core/extract/heuristics/cardCategoryPaths';
import { leafBlocks } from '../util/leafTexts';
import { extractDumpText } from '../util/kindFixtures';

/** A card in opaque class words: with `path`, its categories as links joined by `sep` above its title; its blurb and price. */
const card = (name: string, price: string, path: string[], sep = ' / '): string[] => [
	'::: k4',
	...(path.length > 0 ? [path.map((p) => `[${p}](/c/${p.toLowerCase().replace(/ /g, '-')})`).join(sep), ''] : []),
	`### [${name}](/p/${name.toLowerCase().replace(/ /g, '-')})`,
	'',
	`A sturdy ${name.toLowerCase()} for long trips on rough tracks.`,
	'',
	`\\$${price}`,
	':::',
	'',
];

function run(lines: string[], rule = true): { lines: string[]; removed: RemovedRegion[] } {
	const doc = parseDump(['::: g0', ...lines, ':::', ''].join('\n'));
	const removed: RemovedRegion[] = [];
	const cards = cardRanges(new BlockIndex(doc));
	const kept = rule ? dropCardCategoryPaths(doc.blocks, cards, removed) : doc.blocks;
	return { lines: leafBlocks(kept).map((b) => collapse(blockText(b))).filter((t) => t.length > 0), removed };
}

suite('Card category paths (cardCategoryPaths.ts)', () => {
	const grid = [
		...card('Gear Bag', '30.00', ['Travel Gear', 'On Sale', 'Outdoor Gear']),
		...card('Cutlery Roll', '21.00', ['Cooking', 'On Sale']),
		...card('Camp Stool', '45.00', ['Camping', 'Outdoor Gear'], ', '),
		...card('Storage Box', '99.00', []),
	];

	test('a card line of short category links joined by "/" or "," goes when three cards print one; the rest of each card stays', () => {
		const r = run(grid);
		assert.deepStrictEqual(r.lines, [
			'Gear Bag',
			'A sturdy gear bag for long trips on rough tracks.',
			'$30.00',
			'Cutlery Roll',
			'A sturdy cutlery roll for long trips on rough tracks.',
			'$21.00',
			'Camp Stool',
			'A sturdy camp stool for long trips on rough tracks.',
			'$45.00',
			'Storage Box',
			'A sturdy storage box for long trips on rough tracks.',
			'$99.00',
		]);
		assert.strictEqual(r.removed.filter((x) => x.step === 'card-category-path').length, 3);
		assert.ok(run(grid, false).lines.includes('Travel Gear / On Sale / Outdoor Gear'));
	});

	test('on two cards only, the lines stay: a card\'s own pair of links (a brand and its range)', () => {
		const r = run(grid.slice(0, 20));
		assert.ok(r.lines.includes('Travel Gear / On Sale / Outdoor Gear') && r.lines.includes('Cooking / On Sale'), r.lines.join('\n'));
	});

	test('a line with words of its own, one link, five links, a long link text or a picture is not a path', () => {
		const p = (md: string): boolean => isCategoryPath(parseDump(`${md}\n`).blocks[0]);
		assert.ok(p('[Cooking](/c/a) / [On Sale](/c/b)'));
		assert.ok(!p('by [Ann Lee](/a/1) / [Timber Press](/c/b)'));
		assert.ok(!p('[Cooking](/c/a)'));
		assert.ok(!p('[A](/c/a) / [B](/c/b) / [C](/c/c) / [D](/c/d) / [E](/c/e)'));
		assert.ok(!p('[Cooking](/c/a) / [The big book of slow cooking over an open fire](/c/b)'));
		assert.ok(!p('[Cooking](/c/a) [On Sale](/c/b)'));
		assert.ok(!p('[![](/i.jpg)](/c/a) / [On Sale](/c/b)'));
	});

	test('in a category page, the cards\' category paths leave the read', () => {
		const cards = ['Gear Bag', 'Cutlery Roll', 'Camp Stool', 'Storage Box'].flatMap((n, i) => card(n, `${40 + i}.00`, ['Outdoor Gear', i % 2 ? 'Cooking' : 'On Sale'])).join('\n');
		const page = `::: hh1\n[Bush Yard](/)\n:::\n\n::: mm2\n# Outdoor gear\n\nBags, stools and boxes for the back of the truck, built to last on rough tracks for years.\n\n::: g0\n${cards}\n:::\n:::\n`;
		const { text, kind } = extractDumpText(page);
		assert.strictEqual(kind, 'collection');
		assert.ok(text.includes('Storage Box') && text.includes('$43.00'), text);
		assert.ok(!text.includes('Outdoor Gear / '), text);
	});
});
