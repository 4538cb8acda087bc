// The title-miss causes of the WCXB eval (scripts/eval/titleCauses.ts), on hand-made titles and dumps.
import * as assert from 'node:assert/strict';
import { dumpSearchText, foldTitle, titleMissCause } from '../../scripts/eval/titleCauses';

suite('Title miss causes', () => {
	const dump = dumpSearchText(['# Garden Notes', '', '## Three Evergreens for Winter', '', '-   [Home](/) › [Shop the Range](/shop)', '', 'Plain text: \\\'Winter\\\' \\*care\\*.'].join('\n'));
	const headings = new Set(['garden notes', 'three evergreens for winter'].map(foldTitle));
	const cause = (want: string, got: string | undefined): string => titleMissCause(want, got, dump, headings);

	test('nothing reported', () => {
		assert.equal(cause('Three Evergreens for Winter', undefined), 'none');
		assert.equal(cause('Three Evergreens for Winter', '  '), 'none');
	});

	test('the same words with other quote marks or dashes', () => {
		assert.equal(cause("A Beginner's Guide", 'A Beginner\u2019s Guide'), 'quote-style');
		assert.equal(cause('Tips - Part 1', 'Tips \u2013 Part 1'), 'quote-style');
	});

	test('one part of the reported title at a separator', () => {
		assert.equal(cause('Gym Workouts', 'Gym Workouts \u2014 Strength Training'), 'separator-part');
		assert.equal(cause('how to pay', 'Payment issues - how to pay'), 'separator-part');
		assert.equal(cause('Index Funds', 'Index Funds: How to Invest'), 'separator-part');
		// A hyphen inside a word is no separator.
		assert.notEqual(cause('Self', 'Self-Hosting Guide'), 'separator-part');
	});

	test('another heading of the dump, or its text elsewhere', () => {
		assert.equal(cause('Three Evergreens for Winter', 'Garden Notes'), 'heading');
		assert.equal(cause('Shop the Range', 'Garden Notes'), 'elsewhere');
		// Pandoc's escapes are read as the marks they stand for.
		assert.equal(cause("'Winter' *care*", 'Garden Notes'), 'elsewhere');
	});

	test('a truth the dump does not hold, longer than the reported title or in other words', () => {
		assert.equal(cause('Acme Garden Notes', 'Garden Notes'), 'absent-longer');
		assert.equal(cause('The Best Winter Plants', 'Garden Notes'), 'absent');
	});
});
