// Page kinds: long paragraphs that each stand alone under a linked title or beside a "Read more" link are a feed's summaries (kinds/teaserSections.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { MIN_TEASER_SECTIONS, teaserSections } from '../../src/core/extract/kinds/teaserSections';
import { dumpLines } from '../util/joinLines';

const SUMMARIES = [
	'The ferry company confirmed on Monday that the winter timetable will keep two crossings a day to the island, after a petition signed by most of its residents asked for the service to stay.',
	'Volunteers planted four hundred oak saplings along the old quarry road over the weekend, the first step of a plan to join the two halves of the forest that the road cut apart decades ago.',
	'The library will open on Sunday afternoons from next month, paid for by a bequest from a former teacher who spent her retirement running its reading group for children in the village.',
	'A survey of the harbour wall found that the storm in October moved several of its largest stones, and the council has closed the outer walkway until the engineers finish their report.',
	'The bakery on the square has won a regional prize for its rye bread, made to a recipe the owner says her grandfather brought with him when he moved to the coast in the nineteen fifties.',
	'Parents at the primary school raised enough money at the autumn fair to replace the playground fence, and the work will be done during the half-term holiday by a local builder.',
	'The cycling club is asking riders to report potholes on the coast road through a new map on its website, which it will pass to the highways team at the end of every month.',
];

/** A topic page: `n` items, each a paragraph that is one link to the story over its summary (or a plain title). */
function topicPage(n: number, linked = true): string {
	const items = Array.from({ length: n }, (_, i) => [
		'::: {.teaser}',
		linked ? `[Island news story number ${i + 1} of the season](/news/story-${i + 1})` : `Island news story number ${i + 1} of the season`,
		'',
		SUMMARIES[i % SUMMARIES.length],
		':::',
		'',
	]);
	return dumpLines('::: {.content}', '# Island news', '', ...items.flat(), ':::');
}

/** An "in the news" page: headings that do not link, each over a summary and a "Read more" link to the story. */
function inTheNews(n: number): string {
	const items = Array.from({ length: n }, (_, i) => [`#### Coverage of the island, part ${i + 1}`, '', SUMMARIES[i % SUMMARIES.length], '', `[Read more](https://paper.example/story-${i + 1})`, '']);
	return dumpLines('::: {.content}', '# In the news', '', ...items.flat(), ':::');
}

/** An article: sections under headings that do not link, each of three long paragraphs. */
function article(sections: number): string {
	const body = Array.from({ length: sections }, (_, i) => [`## Part ${i + 1} of the year`, '', ...[0, 1, 2].flatMap((k) => [SUMMARIES[(i + k) % SUMMARIES.length], ''])]);
	return dumpLines('::: {.post}', '# A year on the island', '', ...body.flat(), ':::');
}

function kindOf(dump: string): { kind: unknown; rule: string } {
	const md = extractArticle(parseDump(dump)).metadata.pageType;
	return { kind: md?.value, rule: md?.rule ?? '' };
}

suite('Page kinds: teaser sections', () => {
	test('summaries each under a paragraph that is one link to the story make a listing', () => {
		assert.deepStrictEqual(kindOf(topicPage(MIN_TEASER_SECTIONS + 1)), { kind: 'listing', rule: 'kind:teaser sections' });
	});

	test('summaries under plain headings, each with a "Read more" link, make a listing', () => {
		assert.deepStrictEqual(kindOf(inTheNews(MIN_TEASER_SECTIONS + 2)), { kind: 'listing', rule: 'kind:teaser sections' });
	});

	test('titles that do not link, or too few teasers, make no teaser sections', () => {
		assert.doesNotMatch(kindOf(topicPage(MIN_TEASER_SECTIONS + 1, false)).rule, /teaser sections/);
		assert.doesNotMatch(kindOf(topicPage(MIN_TEASER_SECTIONS - 1)).rule, /teaser sections/);
	});

	test('an article whose sections hold several long paragraphs is no feed', () => {
		assert.strictEqual(kindOf(article(6)).kind, 'article');
		assert.deepStrictEqual(teaserSections(parseDump(article(6)).blocks), { sections: 0, inSections: 0, longParagraphs: 18 });
	});

	test('counts sections at a linked title or a "Read more" link with one or two long paragraphs', () => {
		const doc = parseDump(dumpLines('::: {.a}', `[A title that links to the story](/s1)`, '', SUMMARIES[0], ':::', '', '## Plain heading', '', SUMMARIES[1], '', SUMMARIES[2], '', SUMMARIES[3], '', '## Another plain heading', '', SUMMARIES[4], '', '[Continue reading](/s2)'));
		assert.deepStrictEqual(teaserSections(doc.blocks), { sections: 2, inSections: 2, longParagraphs: 5 });
	});
});
