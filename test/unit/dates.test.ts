// Reading human-written dates and times, in several languages and formats, as ISO 8601 without invented zones.
import * as assert from 'node:assert';
import { dayFirstFor, findDate, findDates, parseMachineDate } from '../../src/core/extract/dates';

function iso(text: string, dayFirst?: boolean): string | undefined {
	return findDate(text, { dayFirst })?.iso;
}

suite('Dates', () => {
	test('English month-first dates, with and without commas, ordinals and weekdays', () => {
		assert.strictEqual(iso('May 10 2021'), '2021-05-10');
		assert.strictEqual(iso('October 12, 2017'), '2017-10-12');
		assert.strictEqual(iso('Posted Nov. 19th, 2019'), '2019-11-19');
		assert.strictEqual(iso('Tuesday, November 19, 2019'), '2019-11-19');
	});

	test('a time next to the date joins it; 12-hour clocks become 24-hour; no zone is invented', () => {
		assert.strictEqual(iso('May 10 2021 08:00 AM'), '2021-05-10T08:00');
		assert.strictEqual(iso('Jun 03 2021\n11:21 AM'), '2021-06-03T11:21');
		assert.strictEqual(iso('April 5, 2018 | 6:00 PM'), '2018-04-05T18:00');
		assert.strictEqual(iso('January 18, 2017 12:30 a.m.'), '2017-01-18T00:30');
		assert.strictEqual(iso('April 28, 2019 at 6:01 am'), '2019-04-28T06:01');
	});

	test('a zone the page names is kept as its offset', () => {
		assert.strictEqual(iso('Updated 10:01 pm PST, Tuesday, November 19, 2019'), '2019-11-19T22:01-08:00');
		assert.strictEqual(iso('Apr 16, 2015 8:02 pm UTC'), '2015-04-16T20:02Z');
	});

	test('a two-digit year is read only with a time after it (a forum post\'s stamp)', () => {
		assert.strictEqual(iso('Posted by mira on 07/03/24 02:57 PM'), '2024-07-03T14:57');
		assert.strictEqual(iso('03.07.24, 14:30'), '2024-07-03T14:30');
		assert.strictEqual(iso('12-31-99 11:00 pm'), '1999-12-31T23:00');
		assert.strictEqual(iso('won 3/4/24 in the final'), undefined);
		assert.strictEqual(iso('release v1.2.24 10:00'), undefined);
	});

	test('ISO dates and date-times keep what they say', () => {
		assert.strictEqual(iso('2021-05-10'), '2021-05-10');
		assert.strictEqual(iso('2015-07-24T05:36:09+01:00'), '2015-07-24T05:36:09+01:00');
		assert.strictEqual(iso('2019-01-03T07:00:02.000Z'), '2019-01-03T07:00:02Z');
		assert.strictEqual(iso('2017-11-03 03:01'), '2017-11-03T03:01');
	});

	test('German, French, Spanish, Portuguese, Italian, Dutch, Czech and Russian dates', () => {
		assert.strictEqual(iso('Veröffentlicht am 10. Mai 2021, 08:00 Uhr'), '2021-05-10T08:00');
		assert.strictEqual(iso('3. März 2020 um 14.30 Uhr'), '2020-03-03T14:30');
		assert.strictEqual(iso('Publié le 1er août 2019 à 14h05'), '2019-08-01T14:05');
		assert.strictEqual(iso('12 décembre 2018'), '2018-12-12');
		assert.strictEqual(iso('10 de mayo de 2021'), '2021-05-10');
		assert.strictEqual(iso('21.dez.2018 às 12h55'), '2018-12-21T12:55');
		assert.strictEqual(iso('5 settembre 2020'), '2020-09-05');
		assert.strictEqual(iso('14 maart 2022'), '2022-03-14');
		assert.strictEqual(iso('1. listopadu 2021'), '2021-11-01');
		assert.strictEqual(iso('3 ноября 2020'), '2020-11-03');
	});

	test('CJK dates', () => {
		assert.strictEqual(iso('2021年5月10日'), '2021-05-10');
		assert.strictEqual(iso('2021년 5월 10일'), '2021-05-10');
	});

	test('numeric dates: dots are day first, slashes follow the language or what fits', () => {
		assert.strictEqual(iso('10.05.2021'), '2021-05-10');
		assert.strictEqual(iso('05/10/2021'), '2021-05-10');
		assert.strictEqual(iso('05/10/2021', true), '2021-10-05');
		assert.strictEqual(iso('25/12/2020'), '2020-12-25');
		assert.strictEqual(iso('2020/12/25'), '2020-12-25');
		assert.strictEqual(dayFirstFor('en-US'), false);
		assert.strictEqual(dayFirstFor('fr'), true);
		assert.strictEqual(dayFirstFor(undefined), undefined);
	});

	test('not dates: impossible days, years out of range, numbers and words', () => {
		assert.strictEqual(iso('February 30, 2021'), undefined);
		assert.strictEqual(iso('May 10 1066'), undefined);
		assert.strictEqual(iso('11K Views'), undefined);
		assert.strictEqual(iso('Mayday 10 2021'), undefined);
		assert.strictEqual(iso('Call 555-12-2021'), undefined);
	});

	test('several dates in one text, each with its own time and position', () => {
		const text = 'Thu 3 Jan 2019 02.00 EST Last modified on Wed 16 Jan 2019 06.16 EST';
		const found = findDates(text);
		assert.deepStrictEqual(
			found.map((d) => d.iso),
			['2019-01-03T02:00-05:00', '2019-01-16T06:16-05:00'],
		);
		assert.ok(text.slice(found[1].start - 20, found[1].start).includes('modified on'));
	});

	test('machine dates: ISO attributes and Unix times', () => {
		assert.strictEqual(parseMachineDate('2021-05-10T08:00:00'), '2021-05-10T08:00:00');
		assert.strictEqual(parseMachineDate('1437712569'), '2015-07-24T04:36:09Z');
		assert.strictEqual(parseMachineDate('soon'), undefined);
	});
});
