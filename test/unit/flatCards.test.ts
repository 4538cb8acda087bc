// Flat teaser cards: a cycle of boxes under one parent (picture, title, teaser), no box per item (kinds/flatCards.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { flatCards } from '../../src/core/extract/kinds/flatCards';
import { dumpLines } from '../util/joinLines';

const TITLES = [
	'Why the river town rebuilt its bridges twice',
	'A beginner guide to keeping winter bees calm',
	'Seven slow recipes for a rainy harbour weekend',
	'What the old lighthouse keepers wrote in their logs',
	'How a village library lends out garden tools',
	'The quiet return of the night train to the coast',
	'Notes from a year of mending wool sweaters',
	'Inside the workshop that still builds wooden kayaks',
];

/** One flat card: a picture box, a title box, a teaser box, siblings with no class word in common. */
function card(t: string, i: number): string[] {
	const slug = t.toLowerCase().replace(/ /g, '-');
	return [
		`::: {.p${i}}`,
		`[![](/img/${slug}.jpg)](/posts/${slug})`,
		':::',
		'',
		`::: {.t${i}}`,
		`**[${t}](/posts/${slug})**`,
		':::',
		'',
		`::: {.x${i}}`,
		`A short look at ${t.toLowerCase()}, with a few notes from the people who were there.`,
		':::',
		'',
	];
}

function page(cards: string[][], body: string[] = []): string {
	return dumpLines(
		'::: {.nav}',
		'-   [Home](/)',
		'-   [Stories](/stories)',
		'-   [About](/about)',
		':::',
		'',
		'# Stories from the coast',
		'',
		...body,
		'::: {.feed}',
		...cards.flat(),
		':::',
		'',
		'::: {.foot}',
		'[Privacy](/privacy) [Terms](/terms) [Contact](/contact)',
		':::',
	);
}

const PROSE =
	'The harbour board met on a grey Tuesday to decide what to do with the old pier, and the debate ran long into the evening as fishermen, shop owners and the ferry crew each argued for a different plan for the timber and the stone.';

suite('Flat cards by the cycle of their boxes', () => {
	test('a feed of picture, title and teaser boxes in a cycle is a group and a listing', () => {
		const doc = parseDump(page(TITLES.map((t, i) => card(t, i))));
		const group = flatCards(new BlockIndex(doc));
		assert.ok(group, 'no group found');
		assert.strictEqual(group.items.length, TITLES.length);
		const md = extractArticle(doc).metadata.pageType;
		assert.strictEqual(md?.value, 'listing', md?.rule);
	});

	test('a menu of links alone in a cycle makes no group', () => {
		const menu = TITLES.map((t, i) => [`::: {.m${i}}`, `[Topic ${i}](/topics/${i})`, ':::', '', `::: {.n${i}}`, `[${t}](/guides/${i})`, ':::', '']);
		assert.strictEqual(flatCards(new BlockIndex(parseDump(page(menu)))), undefined);
	});

	test('three cycles are a rail, not a feed', () => {
		assert.strictEqual(flatCards(new BlockIndex(parseDump(page(TITLES.slice(0, 3).map((t, i) => card(t, i)))))), undefined);
	});

	test('an article with a rail of three flat cards stays an article', () => {
		const body = Array.from({ length: 8 }, () => [PROSE, '']).flat();
		const doc = parseDump(page(TITLES.slice(0, 3).map((t, i) => card(t, i)), body));
		assert.strictEqual(flatCards(new BlockIndex(doc)), undefined);
		assert.strictEqual(extractArticle(doc).metadata.pageType?.value, 'article');
	});

	test('the same title in every cycle is a layout repeat, not a feed', () => {
		assert.strictEqual(flatCards(new BlockIndex(parseDump(page(TITLES.map((_t, i) => card(TITLES[0], i)))))), undefined);
	});
});
