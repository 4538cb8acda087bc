// Page kinds: each kind's confidence is its rule's measured precision (kinds/kindConfidence.ts); a dated page beside cards is an article (kinds/datedBesideCards.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { KIND_RULE_TALLIES, kindConfidence, type KindRule, UNSEEN_PAGE_FACTOR } from '../../src/core/extract/kinds/kindConfidence';
import { dumpLines } from '../util/joinLines';

const STORY = [
	'The council voted on Tuesday night to close the river crossing for six weeks from May, while engineers replace the bearings that carry the deck over the eastern pier of the old bridge.',
	'Residents on both banks will be able to use a free shuttle bus that runs every ten minutes, and the ferry will add two early crossings for those who start work before the first bus leaves.',
];

/** A short story, with or without its byline and date, above a box of `cards` related stories, one linked title each. */
function storyBesideCards(dated: boolean, cards = 6): string {
	const teasers = Array.from({ length: cards }, (_, i) => ['::: {.teaser}', `[Ferry timetable changes for the summer season, part ${i + 1}](/news/ferry-${i + 1})`, ':::', '']);
	return dumpLines(
		'::: {.story}',
		'# Bridge repairs to close river crossing',
		'',
		...(dated ? ['[By Ines Kovac]{.byline} · [May 2, 2025]{.date}', ''] : []),
		...STORY.flatMap((p) => [p, '']),
		':::',
		'',
		'::: {.related}',
		'## More stories',
		'',
		...teasers.flat(),
		':::',
	);
}

function pageType(dump: string): { value?: unknown; rule?: string; confidence?: number } {
	return extractArticle(parseDump(dump)).metadata.pageType ?? {};
}

suite('Page kinds: a dated page beside cards', () => {
	test('a story dated under its headline, above related-story cards, is an article; undated, the cards make a listing', () => {
		const dated = pageType(storyBesideCards(true));
		assert.strictEqual(dated.value, 'article');
		assert.strictEqual(dated.rule, 'kind:dated, cards 6');
		const undated = pageType(storyBesideCards(false));
		assert.strictEqual(undated.value, 'listing');
		assert.strictEqual(undated.rule, 'kind:cards 6');
	});

	test('thousands of cards beside a dated story: still an article', () => {
		const big = pageType(storyBesideCards(true, 2000));
		assert.strictEqual(big.value, 'article');
		assert.strictEqual(big.rule, 'kind:dated, cards 2000');
	});
});

suite('Page kinds: confidence is the rule\'s measured precision', () => {
	test('the page kind reports its rule\'s confidence', () => {
		assert.strictEqual(pageType(storyBesideCards(true)).confidence, kindConfidence('dated beside cards'));
		assert.strictEqual(pageType(storyBesideCards(false)).confidence, kindConfidence('cards'));
	});

	test('every confidence lies between 0 and 1, below the unseen-page factor, and follows the tallies', () => {
		for (const rule of Object.keys(KIND_RULE_TALLIES) as KindRule[]) {
			const t = KIND_RULE_TALLIES[rule];
			assert.ok(t.right <= t.pages, rule);
			const c = kindConfidence(rule);
			assert.ok(c > 0 && c < UNSEEN_PAGE_FACTOR, `${rule}: ${c}`);
		}
		// A rule right on most of many pages is surer than one right on a few, or on a third of its pages.
		assert.ok(kindConfidence('dated article') > kindConfidence('long paragraphs'));
		assert.ok(kindConfidence('long paragraphs') > kindConfidence('default'));
		assert.ok(kindConfidence('link to its source file') < kindConfidence('posts'));
	});
});
