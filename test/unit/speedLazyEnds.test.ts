import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { hasPostDate, postDates } from '../../src/core/extract/heuristics/chromeDates';
import { reviewerNames } from '../../src/core/extract/metadata/reviewerNames';
import { mostly } from '../../src/core/extract/kinds/scatteredPosts';

// Session 55 (issue 13): answers read up to the point where they are known. Each must equal the full reading.

/** Two thirds at least pass the test: the definition `mostly` had before it stopped early. */
function mostlyByFilter<T>(items: readonly T[], test: (it: T) => boolean): boolean {
	return items.filter(test).length * 3 >= items.length * 2;
}

/** Pieces of texts around dates: months, numbers, separators and the words that make a date a member's stamp. */
const DATE_PIECES = ['May', 'jan', 'Sept.', ' ', '11', '2024', ', ', '3rd', '12/05/2023', '2024-05-11', 'Joined ', 'member since ', 'edited ', 'x', '\n'];
const DATE_TEXT = fc.array(fc.constantFrom(...DATE_PIECES), { maxLength: 14 }).map((xs) => xs.join(''));

suite('speed: answers read up to the point where they are known (session 55)', () => {
	test('mostly answers as counting every item does, and stops once the answer is known', () => {
		fc.assert(
			fc.property(fc.array(fc.boolean(), { maxLength: 20 }), (xs) => {
				assert.equal(mostly(xs, (x) => x), mostlyByFilter(xs, (x) => x));
			}),
		);
		let calls = 0;
		assert.equal(
			mostly([true, true, true, true, true, true, true, true, true], (x) => {
				calls++;
				return x;
			}),
			true,
		);
		assert.equal(calls, 6);
		calls = 0;
		assert.equal(
			mostly([false, false, false, false, false, false], (x) => {
				calls++;
				return x;
			}),
			false,
		);
		assert.equal(calls, 3);
		assert.equal(mostly([], () => false), true);
	});

	test('hasPostDate is postDates(text) > 0', () => {
		fc.assert(
			fc.property(DATE_TEXT, (t) => {
				assert.equal(hasPostDate(t), postDates(t) > 0);
			}),
		);
		assert.equal(hasPostDate('Joined May 11, 2024 then posted May 12, 2024'), true);
		assert.equal(hasPostDate('Joined May 11, 2024'), false);
		// Called after a hit, it reads the next text from its start.
		assert.equal(hasPostDate('May 11, 2024'), true);
		assert.equal(hasPostDate('2024-05-11'), true);
	});

	test('the reviewer labels pre-test lets every label through, in any case', () => {
		assert.deepEqual([...reviewerNames('Text.\n\nREVIEWED BY: Jane Roe\n')], ['jane roe']);
		assert.deepEqual([...reviewerNames('Medically verified by Ann Poe.')], ['ann poe']);
		// The Kelvin sign folds to "k" under the label's `iu` flags: it follows the pre-test's letters.
		assert.deepEqual([...reviewerNames('Fact-chec\u212Aed by Sam Doe.')], ['sam doe']);
		assert.deepEqual([...reviewerNames('Fact checked by Sam Doe.')], ['sam doe']);
		assert.deepEqual([...reviewerNames('Written by Sam Doe.')], []);
	});
});
