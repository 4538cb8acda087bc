// Listing calls to action (kinds/listing.ts): the button under each teaser of a listing ("Read more", "Read More »") is a control, not an item's text.
import * as assert from 'node:assert';
import { extractDumpText } from '../util/kindFixtures';
import { dumpLines } from '../util/joinLines';

const SUMMARY =
	'Our engineers rebuilt the search index in a month, and this post explains the three mistakes that slowed the first attempt and the queue design that finally let us reindex without downtime.';

/** A news page of a charity: 8 teasers of a linked title, a summary and a button under it labelled by `button(i)`. */
function newsPage(button: (i: number) => string): string {
	const items = Array.from({ length: 8 }, (_, i) => [
		'::: {.news-item}',
		`## [Tutors and partners meet for the season number ${i + 1}](/news/item-${i + 1})`,
		'',
		SUMMARY.replace('a month', `${i + 2} weeks`),
		'',
		`[${button(i)}](/news/item-${i + 1})`,
		':::',
		'',
	]);
	return dumpLines('::: {.content}', '# In the news', '', ...items.flat(), ':::');
}

suite('Listing calls to action', () => {
	test('the "Read more" button under each teaser goes, the teasers stay', () => {
		const { kind, text } = extractDumpText(newsPage((i) => (i % 2 === 0 ? 'Read more' : 'Read More »')));
		assert.strictEqual(kind, 'listing');
		assert.ok(text.includes('Tutors and partners meet for the season number 8'), 'kept the last title');
		assert.ok(text.includes('reindex without downtime'), 'kept the summaries');
		assert.ok(!/read more/i.test(text), `dropped the buttons: ${text}`);
	});

	test('a link that names the item stays', () => {
		const { text } = extractDumpText(newsPage((i) => `Photos of the season number ${i + 1} meeting`));
		assert.ok(text.includes('Photos of the season number 3 meeting'), 'kept the item links');
	});
});
