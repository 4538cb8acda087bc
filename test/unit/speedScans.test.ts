import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseDump } from '../../src/core/dump/parseDump';
import { isMarkupLeftover } from '../../src/core/extract/blockIndex';
import { attrValue, collapse, collapsedLength, isHidden } from '../../src/core/extract/inlineText';
import { guessLanguage } from '../../src/core/extract/metadata/languageGuess';
import { childBlocks } from '../../src/core/model/blockTree';
import type { Attributes, Inline, List } from '../../src/core/model/dumpDocument';
import { countWordMatches } from '../../src/core/text/wordCount';
import { joinLines } from '../util/joinLines';

/** Characters that exercise every branch: letters, digits, apostrophes, every kind of space, astral and lone surrogates, İ. */
const UNITS = ['a', 'Z', 'é', 'ß', 'İ', '日', '٣', '7', "'", '’', ' ', '\n', '\t', '\u00a0', '\u2028', '\u3000', '\ufeff', '\u0301', '-', '.', '!', '\x7f', '𝐀', '😀', '\ud800', 'x'.repeat(45)];
const text = fc.array(fc.constantFrom(...UNITS), { maxLength: 40 }).map((xs) => xs.join(''));

/** Words as the language guess counted them with a list (`\p{L}+` over the lower-cased text). */
function referenceWords(sample: string): number {
	return (sample.toLowerCase().match(/\p{L}+/gu) ?? []).length;
}

suite('speed: scans that replaced strings and lists built only to be measured (issue 13)', () => {
	test('countWordMatches counts the matches of the word regex', () => {
		fc.assert(fc.property(text, (s) => assert.equal(countWordMatches(s), (s.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? []).length)), { numRuns: 2000 });
		assert.equal(countWordMatches("it's l’homme a'1 x'"), 5);
	});

	test('collapsedLength is collapse(s).length', () => {
		fc.assert(fc.property(text, (s) => assert.equal(collapsedLength(s), collapse(s).length)), { numRuns: 2000 });
		assert.equal(collapsedLength('  a \n\u00a0 b  '), 3);
	});

	test('isMarkupLeftover counts long printable-ASCII tokens as the \\S{41,} regex did', () => {
		const reference = (s: string): boolean => {
			const t = s.trim();
			if (t === '' || /^(?::::|\{[#.]|<\/?[a-z][a-z0-9]*[\s>/])/i.test(t)) return t !== '';
			let long = 0;
			for (const w of t.match(/\S{41,}/g) ?? []) if (/^[\x21-\x7e]+$/.test(w)) long += w.length;
			return long / t.length > 0.5;
		};
		fc.assert(
			fc.property(text, (s) => {
				// Script data (heuristics/scriptData.ts) is another test: keep to texts it does not read as such.
				fc.pre(!/[{}[\]<>:;=]/.test(s));
				const inlines: Inline[] = [{ kind: 'text', value: s, range: { start: 0, end: s.length } } as Inline];
				assert.equal(isMarkupLeftover(inlines), reference(s));
			}),
			{ numRuns: 2000 },
		);
		assert.equal(isMarkupLeftover([{ kind: 'text', value: `see ${'q'.repeat(60)}`, range: { start: 0, end: 64 } } as Inline]), true);
		assert.equal(isMarkupLeftover([{ kind: 'text', value: `see ${'é'.repeat(60)}`, range: { start: 0, end: 64 } } as Inline]), false);
	});

	test('guessLanguage still needs fifty words and reads the common ones', () => {
		const en = 'the cat and the dog of the house is in the garden with the tree that is on the hill for this was it '.repeat(3);
		assert.ok(referenceWords(en) >= 50);
		assert.equal(guessLanguage(en), 'en');
		assert.equal(guessLanguage('der Hund und die Katze ist nicht mit dem Baum auf der Wiese für eine '.repeat(5)), 'de');
		assert.equal(guessLanguage('the cat and the dog '.repeat(5)), undefined, 'twenty-five words are too few');
		// İ lower-cases to two characters (i + combining dot): "İn" is not the word "in".
		assert.equal(guessLanguage('İn the house and the garden of the town is that it for with was on are this '.repeat(4)), 'en');
	});

	test('attribute look-ups fold case, İ included, and take the first pair of a key', () => {
		const attrs = (pairs: [string, string][]): Attributes => ({ classes: [], pairs, range: { start: 0, end: 0 } });
		assert.equal(attrValue(attrs([['İD', 'x']]), 'i̇d'), 'x');
		assert.equal(attrValue(attrs([['ID', 'x']]), 'i̇d'), undefined);
		assert.equal(attrValue(attrs([['Role', 'a'], ['ROLE', 'b']]), 'role'), 'a');
		assert.equal(isHidden(attrs([['STYLE', 'color: red; display : none']])), true);
		assert.equal(isHidden(attrs([['style', 'color: red'], ['Style', 'display:none']])), false, 'the first style wins');
		assert.equal(isHidden(attrs([['Aria-Hidden', 'true']])), true);
		assert.equal(isHidden(attrs([['hidden', '']])), true);
		assert.equal(isHidden({ id: 'S:2b', classes: [], pairs: [['hidden', '']] }), false);
	});

	test('childBlocks: a list of one item gives its blocks, a list of several their concatenation in order', () => {
		const doc = parseDump(joinLines('-   one', '', '    more', '-   two', '-   three'));
		const list = doc.blocks[0] as List;
		assert.equal(list.kind, 'list');
		const kids = childBlocks(list);
		assert.deepEqual(kids, list.items.flatMap((it) => it.children));
		const single = parseDump('-   alone').blocks[0] as List;
		assert.equal(childBlocks(single), single.items[0].children);
		assert.equal(childBlocks(list.items[0].children[0]).length, 0);
	});
});
