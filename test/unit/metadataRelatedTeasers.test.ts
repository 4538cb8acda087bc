// Metadata (issue 12): a related stories' list after the article's text does not hide the article's own date.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';

const BODY = [
	'Gyms and studios face claims that other small businesses rarely see, from injuries on the equipment to disputes over memberships.',
	'',
	'A written waiver, a clear cancellation policy and the right insurance cover most of them, and a lawyer can review each before a dispute.',
	'',
	'Trainers who work as contractors need agreements of their own, since the studio answers for what they do on its floor.',
];

/** An article page: title, its dateline, the body, then three teasers, each a linked heading and a `date` box (no "Related" heading over them). */
function page(): string[] {
	const teaser = (i: number, date: string): string[] => ['::: news-item', `#### [Another story number ${i} about running a studio](/blog/story-${i}/)`, '', '::: date', date, ':::', ':::', ''];
	return ['# Managing legal issues in the health and fitness industry', '', 'November 3, 2023', '', ...BODY, '', ...teaser(1, 'May 5, 2025'), ...teaser(2, 'February 21, 2025'), ...teaser(3, 'February 6, 2025')];
}

/** The article region from the first to the last body paragraph, as the body extractor gives it. */
function bodyRegion(text: string): { start: number; end: number } {
	const start = text.indexOf(BODY[0]);
	const last = BODY[BODY.length - 1];
	return { start, end: text.indexOf(last) + last.length };
}

suite('Metadata: related stories after the article', () => {
	test('a dated teaser list after the article region leaves the dateline under the title as the date', () => {
		const text = `${page().join('\n')}\n`;
		const m = extractMetadata(parseDump(text), { region: bodyRegion(text) });
		assert.strictEqual(m.published?.value, '2023-11-03');
	});

	test('the same list inside the region, or with no region known, still reads as an index with no date', () => {
		const text = `${page().join('\n')}\n`;
		assert.strictEqual(extractMetadata(parseDump(text), { region: { start: text.indexOf(BODY[0]), end: text.length } }).published, undefined);
		assert.strictEqual(extractMetadata(parseDump(text), {}).published, undefined);
	});
});
