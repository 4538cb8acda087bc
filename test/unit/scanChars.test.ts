// The inline parser's character sets as lookups and as regexes: one answer for every UTF-16 code unit.
import * as assert from 'node:assert/strict';
import { isSpecial, SPECIAL_RE } from '../../src/core/dump/inlineChars';
import { parseDump } from '../../src/core/dump/parseDump';

suite('inline scan characters', () => {
	test('SPECIAL_RE matches exactly the code units isSpecial accepts', () => {
		for (let c = 0; c < 0x10000; c++) {
			const s = 'a' + String.fromCharCode(c);
			SPECIAL_RE.lastIndex = 1;
			assert.equal(SPECIAL_RE.test(s), isSpecial(c), `U+${c.toString(16)}`);
		}
		SPECIAL_RE.lastIndex = 0;
	});

	test('a run of ordinary text ends at the next special character, or at the end of the paragraph', () => {
		const doc = parseDump('Plain text then *emphasis* and a [link](https://example.com/a_b) & more\\\nend of text\n');
		assert.deepEqual(JSON.parse(JSON.stringify(doc.blocks[0])).content.map((n: { kind: string }) => n.kind), ['text', 'emphasis', 'text', 'link', 'text', 'break', 'text']);
	});
});
