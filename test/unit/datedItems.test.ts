// Dated items (kinds/datedItems.ts): a feed that dates each item on a line of its own is a listing, however long its summaries.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { datedLines, MAX_DATE_LINE_CHARS, MIN_DATED_ITEM_LINES } from '../../src/core/extract/kinds/datedItems';
import { extractDumpText } from '../util/kindFixtures';

const SUMMARY =
	'The committee met again this week to weigh the proposals that residents sent in over the winter, and it agreed to publish a short report on each of them before the next public hearing in the town hall.';

/** A news page: a heading, then `items` teasers, each a linked title, a date line (when `dated`) and a long summary. */
function newsPage(items: number, dated: boolean, linked = true): string {
	const lines = ['::: {.main}', '# News', ''];
	for (let i = 1; i <= items; i++) {
		lines.push(linked ? `## [Item number ${i} of the town's news](/news/${i})` : `## Item number ${i} of the town's news`, '');
		if (dated) lines.push(`March ${i}, 2025`, '');
		lines.push(`${SUMMARY} Item ${i}.`, '');
	}
	lines.push(':::', '');
	return lines.join('\n');
}

suite('Dated items', () => {
	test('a short line naming a date counts; a sentence that names one does not', () => {
		const doc = parseDump(['March 3, 2025', '', '2025-03-04 · Town hall', '', `On March 5, 2025 ${'the committee met, and '.repeat(5)}`, '', 'No date here', ''].join('\n'));
		assert.ok(`On March 5, 2025 ${'the committee met, and '.repeat(5)}`.length > MAX_DATE_LINE_CHARS);
		assert.strictEqual(datedLines(doc.blocks), 2);
	});

	test('a feed of dated teasers with long summaries is a listing', () => {
		const { kind, text } = extractDumpText(newsPage(MIN_DATED_ITEM_LINES + 2, true));
		assert.strictEqual(kind, 'listing');
		assert.ok(text.includes('Item number 1 of'), 'kept the first title');
		assert.ok(text.includes('Item 12.'), 'kept the last summary');
	});

	test('the same feed without its date lines is read as an article, and so is one with fewer dated items', () => {
		// Its titles unlinked: with them linked, the headings alone make it a feed (kinds/titledFeed.ts, session 24).
		assert.strictEqual(extractDumpText(newsPage(MIN_DATED_ITEM_LINES + 2, false, false)).kind, 'article');
		// Its titles unlinked too: six linked titles over one summary each are teaser sections (kinds/teaserSections.ts, session 27).
		assert.strictEqual(extractDumpText(newsPage(MIN_DATED_ITEM_LINES - 4, true, false)).kind, 'article');
	});

	test('an article whose dates sit inside its sentences stays an article', () => {
		const lines = ['::: {.main}', '# A short history of the town hall', ''];
		for (let i = 1; i <= MIN_DATED_ITEM_LINES + 2; i++) lines.push(`On March ${i}, 2025 ${SUMMARY}`, '');
		lines.push(':::', '');
		assert.strictEqual(extractDumpText(lines.join('\n')).kind, 'article');
	});
});
