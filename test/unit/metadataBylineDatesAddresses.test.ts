// Metadata (issue 12): a date in the reported byline's own text, hyphenated dates, and a name with its mail address.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { ArticleMetadata } from '../../src/core/extract/article';
import { extractMetadata } from '../../src/core/extract/metadata';
import { findDates } from '../../src/core/extract/dates';
import { splitNames } from '../../src/core/extract/metadata/names';
import { withoutAddress } from '../../src/core/extract/metadata/nameAddresses';

function md(lines: readonly string[]): ArticleMetadata {
	return extractMetadata(parseDump(`${lines.join('\n')}\n`), {});
}

const BODY = 'The article body goes on for a while, long enough to be the text a reader came for, with more words after it.';
const LONG_BODY = Array.from({ length: 30 }, () => BODY).join(' ');

suite('Metadata: byline dates, hyphenated dates, mail addresses', () => {
	test('a date inside the byline that gave the author beats a date-like class further down', () => {
		const a = md([
			'## Quantum and classical computing',
			'',
			'[Quantum and classical computing]{.title} by [Carla Mendes](/carla){.user}: [3:21pm On Mar 09, 2023]{.s}',
			'',
			LONG_BODY,
			'',
			'Re: Quantum by [Pedro Lima](/pedro){.user}: [[2:55pm On Dec 10, 2023]{.js-posttime-created}]{.s}',
			'',
			BODY,
		]);
		assert.strictEqual(a.author?.value, 'Carla Mendes');
		assert.strictEqual(a.published?.value.slice(0, 10), '2023-03-09');
	});

	test('hyphenated day-month-year dates are read', () => {
		assert.deepStrictEqual(
			findDates('Posted 09-Mar-2024').map((d) => d.iso),
			['2024-03-09'],
		);
		assert.deepStrictEqual(
			findDates('3-September-2021').map((d) => d.iso),
			['2021-09-03'],
		);
		assert.deepStrictEqual(
			findDates('10 May 2021').map((d) => d.iso),
			['2021-05-10'],
		);
	});

	test('a page dated 09-Mar-2024 under its byline gets that date', () => {
		const a = md(['# How to plant tomatoes in spring', '', 'By Jane Miller', '', '09-Mar-2024', '', LONG_BODY]);
		assert.strictEqual(a.published?.value, '2024-03-09');
	});

	test('a name with its mail address after it is the name', () => {
		assert.strictEqual(withoutAddress('Vinay Sajip <vinay_sajip at red-dove dot com>'), 'Vinay Sajip');
		assert.deepStrictEqual(splitNames('Jane Doe <jane@example.org>'), ['Jane Doe']);
		assert.deepStrictEqual(splitNames('Jane Doe (jane [at] example [dot] org)'), ['Jane Doe']);
		assert.deepStrictEqual(splitNames('Jane Doe <jane>'), []);
	});

	test('a docs page\'s "Author:" field with an address gives the name', () => {
		const a = md(['# Logging HOWTO', '', 'Author[:]{.colon}', '', ':   Tomas Berg \\<tomas at example dot org\\>', '', LONG_BODY]);
		assert.strictEqual(a.author?.value, 'Tomas Berg');
	});
});
