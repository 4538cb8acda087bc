// Flat feed: teasers written as sibling blocks alone (heading, teaser, "Read more" link), no box per item (kinds/flatFeed.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractArticle } from '../../src/core/extract/extractArticle';
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

/** One flat teaser: an unlinked heading, a line of teaser (too short for teaserList.ts's excerpt), a "Read more" link to the item's page; no box around them. */
function teaser(t: string, i: number): string[] {
	const slug = t.toLowerCase().replace(/ /g, '-');
	return [`### ${t}`, '', `Field notes, part ${i + 1}.`, '', `[Read more](/posts/${slug})`, ''];
}

function page(items: string[][], head: string[] = [], tail: string[] = []): string {
	return dumpLines('[Home](/) [Stories](/stories) [About](/about)', '', '# Stories from the coast', '', ...head, ...items.flat(), ...tail, '', '[Privacy](/privacy) [Terms](/terms)');
}

const kindOf = (dump: string): { value?: string; rule?: string } => {
	const t = extractArticle(parseDump(dump)).metadata.pageType;
	return { value: t?.value as string | undefined, rule: t?.rule };
};

suite('Flat feed of teasers written as blocks', () => {
	test('headings, teasers and "Read more" links in a cycle are a listing', () => {
		const k = kindOf(page(TITLES.map(teaser)));
		assert.strictEqual(k.value, 'listing', k.rule);
		assert.match(k.rule ?? '', /flat feed 8/);
	});

	test('a landing page whose tiles ask the reader to act is no feed', () => {
		// The tile's line is as short as a flat teaser's (teaserList.ts would read a longer one first).
		const tiles = TITLES.map((t, i) => [`### ${t}`, '', `Our help, part ${i + 1}.`, '', i % 2 ? '[Get started](/start)' : '[Book a demo](/demo)', '']);
		assert.doesNotMatch(kindOf(page(tiles)).rule ?? '', /flat feed/);
	});

	test('sections that link nothing, and three teasers, are no feed', () => {
		const sections = TITLES.map((t) => [`### ${t}`, '', `A short look at ${t.toLowerCase()}, with a few notes from the people who were there.`, '']);
		assert.doesNotMatch(kindOf(page(sections)).rule ?? '', /flat feed/);
		assert.doesNotMatch(kindOf(page(TITLES.slice(0, 3).map(teaser))).rule ?? '', /flat feed/);
	});

	test('a page with prose of its own keeps its run of teasers as related reading', () => {
		const prose = 'The harbour board met on a grey Tuesday to decide what to do with the old pier, and the debate ran long into the evening as fishermen, shop owners and the ferry crew each argued for a different plan for the timber and the stone.';
		assert.doesNotMatch(kindOf(page(TITLES.map(teaser), Array.from({ length: 6 }, () => [prose, '']).flat())).rule ?? '', /flat feed/);
	});

	test('a page dated as published keeps its run of teasers as related reading', () => {
		const k = kindOf(page(TITLES.map(teaser), ['By Mara Quill', '', 'Published March 3, 2031', '']));
		assert.doesNotMatch(k.rule ?? '', /flat feed/);
	});
});
