// Page kinds: many linked titles with as many date lines make a feed, whatever its summaries (kinds/datedTeasers.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { isDatedTeaserFeed, titleLinkHeadings, MIN_TEASER_DATES, MIN_TEASER_TITLES } from '../../src/core/extract/kinds/datedTeasers';
import { dumpLines } from '../util/joinLines';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { wholePage } from '../../src/core/extract/kinds/wholePage';

const SUMMARY =
	'Our consultants looked at how regional hospitals schedule their theatre staff, and found that a shared rota across three sites cut overtime by a fifth without longer waiting lists for patients.';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A news index: `n` items, each a heading (linked or not), a date line (or none) and a long summary. */
function newsIndex(n: number, linked: boolean, dated: boolean): string {
	const items = Array.from({ length: n }, (_, i) => [
		'::: {.news-item}',
		linked ? `## [Project update number ${i + 1} from the hospital group](/news/update-${i + 1})` : `## Project update number ${i + 1} from the hospital group`,
		'',
		...(dated ? [`${MONTHS[i % 12]} ${(i % 27) + 1}, 2024`, ''] : []),
		SUMMARY.replace('three', `${i + 3}`),
		':::',
		'',
	]);
	return dumpLines('::: {.content}', '# News', '', ...items.flat(), ':::');
}

function kindOf(dump: string): { kind: unknown; rule: string } {
	const md = extractArticle(parseDump(dump)).metadata.pageType;
	return { kind: md?.value, rule: md?.rule ?? '' };
}

suite('Page kinds: dated teasers', () => {
	test('a news index of linked, dated titles over long summaries is a listing', () => {
		const x = kindOf(newsIndex(Math.max(MIN_TEASER_TITLES, MIN_TEASER_DATES), true, true));
		assert.strictEqual(x.kind, 'listing');
		assert.match(x.rule, /dated teasers/);
	});

	test('without dates, or with titles that do not link, or with too few items, it is not read as dated teasers', () => {
		assert.doesNotMatch(kindOf(newsIndex(12, true, false)).rule, /dated teasers/);
		assert.doesNotMatch(kindOf(newsIndex(12, false, true)).rule, /dated teasers/);
		assert.doesNotMatch(kindOf(newsIndex(Math.min(MIN_TEASER_TITLES, MIN_TEASER_DATES) - 1, true, true)).rule, /dated teasers/);
	});

	test('a linked title is a heading that is one link to another page; an in-page anchor is no title', () => {
		const doc = parseDump(dumpLines('## [Elsewhere](/a)', '', '## [Section](#s)', '', '## [Two](/b) and more', '', '::: {.x}', '### *[Nested](/c)*', ':::'));
		assert.strictEqual(titleLinkHeadings(doc.blocks), 2);
	});

	test('a rail of linked titles beside a story whose page keeps many headings of its own (comments, sections) is no feed', () => {
		// A story, then 30 dated comments each under its own unlinked subject heading, then a rail of 10 linked, dated titles.
		const comments = Array.from({ length: 30 }, (_, i) => [`### Re: point number ${i + 1}`, '', `${MONTHS[i % 12]} ${(i % 27) + 1}, 2024`, '', SUMMARY, ''].flat());
		const rail = Array.from({ length: 10 }, (_, i) => [`### [Other story number ${i + 1} of the week](/s/${i})`, '', `${MONTHS[i % 12]} ${(i % 27) + 1}, 2024`, ''].flat());
		const dump = dumpLines('# The story', '', SUMMARY, '', SUMMARY, '', ...comments.flat(), ...rail.flat());
		const whole = wholePage(new BlockIndex(parseDump(dump)));
		assert.ok(titleLinkHeadings(whole.blocks) >= MIN_TEASER_TITLES);
		assert.strictEqual(isDatedTeaserFeed(whole), false);
		// The same rail with fewer headings of the page's own is a feed.
		const feed = dumpLines('# The story', '', SUMMARY, '', ...comments.slice(0, 3).flat(), ...rail.flat());
		assert.strictEqual(isDatedTeaserFeed(wholePage(new BlockIndex(parseDump(feed)))), true);
	});
});
