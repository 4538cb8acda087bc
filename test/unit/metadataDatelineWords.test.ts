// Metadata (issue 12, meta29): the part beside a dateline's date is no author when it is a weekday, a section, a label or a review's stars; a by-line linked to a brand's page, and an answer's poster and date, are not the page's either.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { ArticleMetadata } from '../../src/core/extract/article';
import { extractMetadata } from '../../src/core/extract/metadata';
import { isDatelineLabel } from '../../src/core/extract/metadata/datelineLabels';
import { isDatelineWordsOnly } from '../../src/core/extract/metadata/datelineWords';

const BODY = [
	'Tomatoes grow well in large pots on a sunny balcony, as long as they are watered every morning in summer.',
	'',
	'A stake or a cage keeps the plants upright once the fruit gets heavy, and a light feed every two weeks helps.',
	'',
	'Pick the fruit when it is fully coloured and slightly soft, and keep it out of the fridge for the best taste.',
];

/** A page with a title, one meta line under it, then the body. */
function md(meta: string, title = '# How to grow tomatoes on a balcony'): ArticleMetadata {
	return extractMetadata(parseDump(`${[title, '', meta, '', ...BODY].join('\n')}\n`), {});
}

suite('Metadata: dateline parts that are no name, brand links and answerers', () => {
	test('a weekday, a section or a format beside the date is no author; the date is still read', () => {
		for (const line of ['Saturday, March 2, 2024', 'Health · March 2, 2024', 'Opinion | March 2, 2024', 'Press Release · March 2, 2024', 'Sponsored · March 2, 2024', 'Breaking News · 2 March 2024']) {
			const m = md(line);
			assert.strictEqual(m.author, undefined, line);
			assert.strictEqual(m.published?.value, '2024-03-02', line);
		}
	});

	test('a person beside the date is still the author, a month in the name included', () => {
		assert.strictEqual(md('Jane Doe · March 2, 2024').author?.value, 'Jane Doe');
		assert.strictEqual(md('April Smith · March 2, 2024').author?.value, 'April Smith');
		assert.strictEqual(md('Stefan · March 2, 2024').author?.value, 'Stefan');
	});

	test('calendar and section words only, not names that hold one', () => {
		assert.strictEqual(isDatelineWordsOnly('Saturday'), true);
		assert.strictEqual(isDatelineWordsOnly('Breaking News'), true);
		assert.strictEqual(isDatelineWordsOnly('April Smith'), false);
		assert.strictEqual(isDatelineWordsOnly('Tuesday Morning Wines'), false);
	});

	test('a label of the date, without its colon, is no author', () => {
		for (const line of ['Starts March 2, 2025', 'Rates as of March 2, 2024', 'Offers last checked March 2, 2024', 'Aired March 2, 2024', 'Listed March 2, 2024']) {
			assert.strictEqual(md(line).author, undefined, line);
		}
		assert.strictEqual(isDatelineLabel('Information accurate as of'), true);
		assert.strictEqual(isDatelineLabel('Ludwig van Beethoven'), false);
		assert.strictEqual(isDatelineLabel('madelinmarquardt'), false);
	});

	test("a review's stars and its reviewer under a product's name are no author", () => {
		const m = md('★★★★☆ Jane D. March 3, 2024', '# Acme Trail Running Shoe');
		assert.strictEqual(m.author, undefined);
		assert.strictEqual(isDatelineLabel('★★★★☆ Jane D.'), true);
	});

	test("\"by\" and a link to the brand's page is the maker; to an author page it is the author", () => {
		assert.strictEqual(md('by [Acme Running](/brand/acme-running)', '# Acme Trail Running Shoe').author, undefined);
		assert.strictEqual(md('by [Acme Running](/stores/acme-running)', '# Acme Trail Running Shoe').author, undefined);
		assert.strictEqual(md('by [Jane Doe](/author/jane-doe)').author?.value, 'Jane Doe');
	});

	test("an answer's poster and date are not the question page's", () => {
		const m = md('Answered by [mike77](/u/mike77) on Mar 3, 2024', '# How do I water tomatoes?');
		assert.strictEqual(m.author, undefined);
		assert.strictEqual(m.published, undefined);
		assert.strictEqual(md('Asked by [mike77](/u/mike77) on Mar 3, 2024', '# How do I water tomatoes?').author?.value, 'mike77');
	});
});
