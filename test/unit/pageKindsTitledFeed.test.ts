// Page kinds: a page whose headings are mostly titles linking to other pages is a feed, without dates and whatever its summaries (kinds/titledFeed.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { feedHeadings, MIN_FEED_TITLES } from '../../src/core/extract/kinds/titledFeed';
import { dumpLines } from '../util/joinLines';

const SUMMARY =
	'A short guide to mending the things you already own, from a wobbly chair to a torn rain jacket, with the tools a beginner needs and the mistakes that cost us a weekend the first time round.';

const PROSE = [
	'The allotment society met in the church hall on a wet Thursday to decide how the new water butts would be shared between the forty plots along the railway embankment and the orchard.',
	'Most members wanted one butt for every four plots, but the families at the far end of the site argued that the slope sends the rain away from them long before it reaches any gutter.',
	'After an hour of debate the committee agreed to a trial: two extra butts at the bottom of the slope for one season, with a count of how often each one runs dry during the summer months.',
	'The treasurer reminded everyone that the grant covers only the butts themselves, so the stands, taps and hoses will come from the plot fees unless a local business offers to sponsor them.',
	'A volunteer rota will check the butts every Sunday, and anyone who finds a leak is asked to write it on the board by the gate rather than trying to repair the fittings alone.',
	'The next meeting, in April, will hear how the trial went and vote on whether the arrangement becomes permanent for the plots along the embankment and the orchard.',
];

/** A topic index: `n` items, each a heading linked to its post (or not) over a long summary, and no date. */
function topicIndex(n: number, linked = true): string {
	const items = Array.from({ length: n }, (_, i) => [
		'::: {.excerpt}',
		linked ? `## [Repair guide number ${i + 1} for beginners](/blog/repair-${i + 1})` : `## Repair guide number ${i + 1} for beginners`,
		'',
		SUMMARY.replace('weekend', `weekend number ${i + 1}`),
		':::',
		'',
	]);
	return dumpLines('::: {.content}', '# Mending for beginners', '', ...items.flat(), ':::');
}

/** An article of headed sections above a rail of `related` linked titles. */
function articleWithRail(sections: number, related: number): string {
	const body = Array.from({ length: sections }, (_, i) => [`## Part ${i + 1} of the plan`, '', PROSE[i % PROSE.length], '', PROSE[(i + 1) % PROSE.length], '']);
	const rail = Array.from({ length: related }, (_, i) => ['::: {.related-item}', `### [Another story from the allotments, number ${i + 1}](/news/${i + 1})`, ':::', '']);
	return dumpLines('::: {.post}', '# Water butts for the allotments', '', ...body.flat(), ':::', '', '::: {.related}', ...rail.flat(), ':::');
}

function kindOf(dump: string): { kind: unknown; rule: string } {
	const md = extractArticle(parseDump(dump)).metadata.pageType;
	return { kind: md?.value, rule: md?.rule ?? '' };
}

suite('Page kinds: a feed of linked titles', () => {
	test('an undated topic index of linked titles over long summaries is a listing', () => {
		const x = kindOf(topicIndex(MIN_FEED_TITLES + 2));
		assert.strictEqual(x.kind, 'listing');
		assert.strictEqual(x.rule, 'kind:linked titles');
	});

	test('titles that do not link, or too few of them, make no feed of linked titles', () => {
		assert.doesNotMatch(kindOf(topicIndex(MIN_FEED_TITLES + 2, false)).rule, /linked titles/);
		assert.doesNotMatch(kindOf(topicIndex(MIN_FEED_TITLES - 2)).rule, /linked titles/);
	});

	test('an article\'s own unlinked section headings keep a rail of linked titles beside it from making it a feed', () => {
		const x = kindOf(articleWithRail(5, MIN_FEED_TITLES));
		assert.strictEqual(x.kind, 'article');
	});

	test('headings are counted at any depth; a title is words; counting stops at reading beside an article', () => {
		const doc = parseDump(dumpLines('# One', '', '::: {.x}', '## Two', '', '::: {.y}', '### [Three is a title](/c)', '', '### [](/img)', ':::', ':::', '', '## What to read next', '', '### [Four is a title](/d)'));
		assert.deepStrictEqual(feedHeadings(doc.blocks), { headings: 4, titles: 1 });
	});

	test('a story whose only linked titles follow "What to read next" is no feed', () => {
		const rail = Array.from({ length: MIN_FEED_TITLES + 4 }, (_, i) => [`### [Another story from the allotments, number ${i + 1}](/news/${i + 1})`, '']);
		const dump = dumpLines('::: {.post}', '# Water butts for the allotments', '', ...PROSE.flatMap((p) => [p, '']), ':::', '', '::: {.rail}', '## What to read next', '', ...rail.flat(), ':::');
		assert.doesNotMatch(kindOf(dump).rule, /linked titles/);
		assert.match(kindOf(dump.replace('What to read next', 'Stories')).rule, /linked titles/);
	});
});
