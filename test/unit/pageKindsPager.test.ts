// Page kinds: links to a list's other pages over many repeated cards make a paged list of items (kinds/pager.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { withTextCache } from '../../src/core/extract/inlineText';
import { MIN_PAGED_CARDS, pagerLinks } from '../../src/core/extract/kinds/pager';
import { feedHeadings } from '../../src/core/extract/kinds/titledFeed';
import { dumpLines } from '../util/joinLines';

const BLURB =
	'A quiet novel about a lighthouse keeper and her brother, who spend one long winter repairing the lamp, reading old logbooks and arguing about whether to sell the island to the mainland council.';

/** A book list: `cards` cards, each a linked title and a long blurb, with a pager under them (or none). */
function bookList(cards: number, pager: boolean): string {
	const items = Array.from({ length: cards }, (_, i) => ['::: {.book-card}', `[The lighthouse winter, volume ${i + 1}](/book/${i + 1})`, '', BLURB.replace('one long', `a ${i + 1}th`), ':::', '']);
	return dumpLines(
		'::: {.list-page}',
		'# Best books about islands',
		'',
		...items.flat(),
		...(pager ? ['::: {.pagination}', '[1](/list/islands?page=1) [2](/list/islands?page=2) [3](/list/islands?page=3) [next »](/list/islands?page=2)', ':::', ''] : []),
		':::',
	);
}

function kindOf(dump: string): { kind: unknown; rule: string } {
	const md = extractArticle(parseDump(dump)).metadata.pageType;
	return { kind: md?.value, rule: md?.rule ?? '' };
}

suite('Page kinds: a paged list of cards', () => {
	test('cards with long blurbs over a pager make a listing', () => {
		const x = kindOf(bookList(MIN_PAGED_CARDS + 2, true));
		assert.strictEqual(x.kind, 'listing');
		assert.strictEqual(x.rule, `kind:paged cards ${MIN_PAGED_CARDS + 2}`);
	});

	test('without the pager, or with too few cards, no paged cards: the blurbs under linked titles are teaser sections', () => {
		// Each linked title over one long blurb is a teaser section (kinds/teaserSections.ts, session 27); before, an article.
		assert.deepStrictEqual(kindOf(bookList(MIN_PAGED_CARDS + 2, false)), { kind: 'listing', rule: 'kind:teaser sections' });
		assert.deepStrictEqual(kindOf(bookList(MIN_PAGED_CARDS - 4, true)), { kind: 'listing', rule: 'kind:teaser sections' });
	});

	test('a pager link is a page number or a step whose target names a page', () => {
		const doc = parseDump(dumpLines('[2](/a?page=2) [Next](/a/page/3) [\\>](?p=4)', '', '[Chapter 2](/a?page=2) [2](/photos/2) [Next](/next-story)'));
		assert.strictEqual(pagerLinks(doc.blocks), 3);
	});
	test('pager links and linked titles are counted through the shared block walker under 50,000 nested divs', () => {
		const n = 50_000;
		const doc = parseDump('::: {.a}\n'.repeat(n) + '## [A linked title of a feed](/a)\n\n[2](/list?page=2) [Next](/list?page=2)\n' + ':::\n'.repeat(n));
		withTextCache(() => {
			assert.strictEqual(pagerLinks(doc.blocks), 2);
			assert.deepStrictEqual(feedHeadings(doc.blocks), { headings: 1, titles: 1 });
		});
	});
});
