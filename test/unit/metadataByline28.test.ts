// Metadata (issue 12, byline28): brand names that start with a digit, a name wrapper around a poster's badges, and datelines in bullet and two-digit-year forms.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { ArticleMetadata } from '../../src/core/extract/article';
import { bareTwoDigitYearDate, findDate } from '../../src/core/extract/dates';
import { extractMetadata, splitNames } from '../../src/core/extract/metadata';

function md(lines: readonly string[]): ArticleMetadata {
	return extractMetadata(parseDump(`${lines.join('\n')}\n`), {});
}

const BODY = 'The article explains at some length how the cleaning robot maps a flat, room by room, so that it reads as the body text.';

suite('Metadata: digit brands, badge wrappers, bullet and two-digit-year datelines', () => {
	test('a name whose first word only starts with a digit is a brand\'s; numbers are still no names', () => {
		assert.deepStrictEqual(splitNames('By 3i Global'), ['3i Global']);
		assert.deepStrictEqual(splitNames('37signals'), ['37signals']);
		assert.deepStrictEqual(splitNames('By 12 contributors'), []);
		assert.deepStrictEqual(splitNames('5 min read'), []);
		assert.deepStrictEqual(splitNames('3rd Floor'), []);
	});

	test('"By 3i Global" under the title is the author', () => {
		const m = md(['# How robot vacuum mapping works', '', '::: article-meta', 'Feb 6, 2025', '', 'By 3i Global', ':::', '', BODY]);
		assert.strictEqual(m.author?.value, '3i Global');
	});

	test('a name wrapper holding the username and a badge gives the username, not the badge with it', () => {
		const m = md([
			'# Consulting - is it worth it?',
			'',
			'::: {.author-details}',
			'::: {.author-details-info .name-with-badge__wrapper}',
			'::: author-details-info-name',
			'[[AtlanG](/user/1078747){.username}]{.author-details__username}',
			':::',
			'',
			'::: author-details-info-rank',
			'[[CO](/user-industry-and-status-key "Consulting - Intern"){.indico}]{.author-details__industry-icon}',
			':::',
			':::',
			':::',
			'',
			BODY,
		]);
		assert.strictEqual(m.author?.value, 'AtlanG');
	});

	test('a name element with a first and a last name inside keeps the whole name', () => {
		const m = md(['# How robot vacuum mapping works', '', '[[Jane]{.first-name} [Doe]{.last-name}]{.author-name}', '', BODY]);
		assert.strictEqual(m.author?.value, 'Jane Doe');
	});

	test('year-first dates with unspaced bullets are dates; spaced bullets part a meta line', () => {
		assert.strictEqual(findDate('2025•01•08')?.iso, '2025-01-08');
		assert.strictEqual(findDate('2025·1·8')?.iso, '2025-01-08');
		assert.strictEqual(findDate('2025 • 12 • 3'), undefined);
	});

	test('a date-classed element holding only a two-digit-year date is the dateline; the same text unclassed is not', () => {
		assert.strictEqual(bareTwoDigitYearDate('14.11.24'), '2024-11-14');
		assert.strictEqual(bareTwoDigitYearDate('version 14.11.24'), undefined);
		const classed = md(['[14.11.24]{.post-date}', '', '# Software methodologies compared', '', BODY]);
		assert.strictEqual(classed.published?.value, '2024-11-14');
		const plain = md(['14.11.24', '', '# Software methodologies compared', '', BODY]);
		assert.strictEqual(plain.published, undefined);
	});
});
