// Session 56 (issue 13): costly regexes run on one-byte copies of their texts. Each answer must equal the one it replaces.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { isReadingTimeLine } from '../../src/core/extract/heuristics/readingTimes';
import { COUNTER_RE, holdsCounter } from '../../src/core/extract/kinds/otherThreadEntries';
import { oneByte } from '../../src/core/text/oneByte';

/** Pieces of a thread list's counters and what stands around them, in several languages and cases. */
const COUNTER_PIECES = ['Replies', 'replies', 'REPLY', 'views', 'View', 'Antworten', 'respostas', 'réponses', '回复', '閲覧数', '：', ':', ' ', '  ', '12', '3.4', 'k', 'K', ',', 'a', 'é', '\n', '-', 'x1'];
const COUNTER_TEXT = fc.array(fc.constantFrom(...COUNTER_PIECES), { maxLength: 12 }).map((xs) => xs.join(''));

/** `s` sliced out of a string with a character above U+00FF: stored two bytes a character, as a slice of most dumps is. */
function twoByte(s: string): string {
	return `\u2014${s}`.slice(1);
}

suite('speed: costly regexes on one-byte copies (session 56)', () => {
	test('oneByte gives back the same string', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary' }), (s) => {
				assert.equal(oneByte(s), s);
				assert.equal(oneByte(twoByte(s)), s);
			}),
			{ numRuns: 2000 },
		);
		for (const s of ['', 'plain', 'café', 'tab\there', 'quote " and \\ back', '\u0000\u001f\u007f\u00ff', 'dash — wide', '\ud800 lone']) assert.equal(oneByte(twoByte(s)), s);
	});

	test('holdsCounter answers as COUNTER_RE does, on one-byte and two-byte texts', () => {
		fc.assert(
			fc.property(COUNTER_TEXT, (t) => {
				assert.equal(holdsCounter(t), COUNTER_RE.test(t));
				assert.equal(holdsCounter(twoByte(t)), COUNTER_RE.test(t));
			}),
			{ numRuns: 2000 },
		);
		for (const t of ['Replies 12', '12 replies', 'Views: 3.4K', '1,024 VIEWS', 'Antworten: 3', '回复：12', '12回复', '12 réponses']) assert.equal(holdsCounter(twoByte(t)), true, t);
		for (const t of ['replies', '12', 'previews 12', '12 reviews', '']) assert.equal(holdsCounter(twoByte(t)), false, t);
	});

	test('a reading time reads the same from a two-byte text', () => {
		for (const t of ['9 min read', '· 3 MIN. READ', 'Reading Time: 8 minutes', 'Lesezeit: 4 Min.', '⏱ 6 mins', '6 mins', 'by Jane · 9 min read', '— 8-minute read —']) {
			assert.equal(isReadingTimeLine(twoByte(t)), isReadingTimeLine(JSON.parse(JSON.stringify(t)) as string), t);
		}
		assert.equal(isReadingTimeLine(twoByte('· 3 MIN. READ')), true);
	});
});
