// Session 57 (issue 13): a word-anchored regex test (text/wordAnchored.ts) answers as the regex does, on any text.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { COUNTER_RE, holdsCounter } from '../../src/core/extract/kinds/otherThreadEntries';
import { LOCAL_COUNTER_WORDS } from '../../src/core/extract/kinds/postVocabulary';
import { wordAnchoredTest } from '../../src/core/text/wordAnchored';

/** Each word of a plain alternation ("r[ée]ponses|返信数?"), every bracket's first and last choice, with and without an optional last character. */
function spelled(alternation: string): string[] {
	const out = new Set<string>();
	for (const word of alternation.split('|')) {
		for (const pick of [0, 1]) {
			const w = word.replace(/\[([^\]]+)\]/g, (_, chars: string) => (pick === 0 ? chars[0] : chars[chars.length - 1]));
			out.add(w.replace(/\?/g, ''));
			out.add(w.replace(/.\?/g, ''));
		}
	}
	return [...out];
}

const WORDS = [...spelled(LOCAL_COUNTER_WORDS), 'reply', 'replies', 'view', 'views', 'answer', 'answers', 'comment', 'comments'];

/** Pieces of a thread list's counters and what stands around them: every counter word in three cases, the characters that fold differently with and without `u`, wide digits, spaces, an astral letter and lone surrogates. */
const PIECES = [
	...WORDS,
	...WORDS.map((w) => w.toUpperCase()),
	...WORDS.map((w) => w[0].toUpperCase() + w.slice(1)),
	...['ſ', 'K', 'İ', 'ı', 'ß', 'pre', 'x', 'é', '中', '𝐀', '\ud800', '\udc00', '٣', '²'],
	...['0', '7', '12', '3.4', '1,024', '1234567890123', 'k', 'm', 'M', ',', '.', ':', '：', ' ', '  ', '\n', '\u00a0', '\u3000', '-', '#'],
];
const TEXT = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((xs) => xs.join(''));

/** `s` sliced out of a string with a character above U+00FF: stored two bytes a character, as a slice of most dumps is. */
function twoByte(s: string): string {
	return `\u2014${s}`.slice(1);
}

suite('speed: word-anchored regex tests (session 57)', () => {
	test('holdsCounter answers as COUNTER_RE does on texts of counter words, digits and odd characters, one-byte and two-byte', () => {
		fc.assert(
			fc.property(TEXT, (t) => {
				const expected = COUNTER_RE.test(t);
				assert.equal(holdsCounter(t), expected, JSON.stringify(t));
				assert.equal(holdsCounter(twoByte(t)), expected, JSON.stringify(t));
			}),
			{ numRuns: 5000 },
		);
	});

	test('holdsCounter on fixed counters and near misses', () => {
		for (const t of ['Replies 12', '12 replies', 'Views: 3.4K', '1,024 VIEWS', 'Antworten: 3', '回复：12', '12回复', '12 réponses', 'ſvar 3', '3 Kommentare', '1234567890123 views', 'a · 12 k views']) {
			assert.equal(holdsCounter(twoByte(t)), true, t);
			assert.equal(COUNTER_RE.test(t), true, t);
		}
		for (const t of ['replies', '12', 'previews 12', '12 reviews', '', 'x12 replies', 'repliesx 12', '12345678901234 views']) {
			assert.equal(holdsCounter(twoByte(t)), false, t);
			assert.equal(COUNTER_RE.test(t), false, t);
		}
	});

	test('the reach before a word must cover the regex: a count whose digits start too far back is missed', () => {
		const short = wordAnchoredTest(COUNTER_RE, 'views', 2);
		assert.equal(short('1,234,567 views'), false);
		assert.equal(wordAnchoredTest(COUNTER_RE, 'views', 16)('1,234,567 views'), true);
		assert.equal(COUNTER_RE.test('1,234,567 views'), true);
	});

	test('a global or sticky regex is tested from the start, its lastIndex left alone', () => {
		const re = /(?<![a-z])ab\d/giu;
		re.lastIndex = 5;
		const test = wordAnchoredTest(re, 'ab', 0);
		assert.equal(test('ab1'), true);
		assert.equal(test('xab1 cab2'), false);
		assert.equal(re.lastIndex, 5);
	});
});
