// The inline parser's character sets as lookups and as regexes: one answer for every UTF-16 code unit; link destinations read in runs.
import * as assert from 'node:assert/strict';
import { isSpecial, SPECIAL_RE, URL_RUN_RE } from '../../src/core/dump/inlineChars';
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

suite('link destination runs', () => {
	/** The characters the destination loop of `#linkTail` stops at (white space, `\`, `(`, `)`), as it tested them. */
	const stops = new Set([0x20, 0x09, 0x0a, 0x0d, 0xa0, 0x5c, 0x28, 0x29]);

	test('URL_RUN_RE passes over exactly the code units the destination loop passed over', () => {
		for (let c = 0; c < 0x10000; c++) {
			URL_RUN_RE.lastIndex = 1;
			assert.ok(URL_RUN_RE.test('a' + String.fromCharCode(c) + 'b'), `U+${c.toString(16)}`);
			assert.equal(URL_RUN_RE.lastIndex, stops.has(c) ? 1 : 3, `U+${c.toString(16)}`);
		}
	});

	test('a run stops after 256 characters, and an empty run leaves lastIndex where it was', () => {
		URL_RUN_RE.lastIndex = 2;
		URL_RUN_RE.test('ab' + 'x'.repeat(1000));
		assert.equal(URL_RUN_RE.lastIndex, 258);
		URL_RUN_RE.lastIndex = 1;
		assert.ok(URL_RUN_RE.test('a(b'));
		assert.equal(URL_RUN_RE.lastIndex, 1);
	});

	const hrefOf = (dump: string): string | undefined => {
		const link = (parseDump(dump).blocks[0] as { content: { kind: string; href?: string }[] }).content.find((n) => n.kind === 'link');
		return link?.href;
	};

	test('long destinations read whole: escapes, nested parentheses and a lone backslash across runs', () => {
		const x = 'x'.repeat(255);
		const dest = `https://example.com/${x}(a(b)c)${x}\\_${x}\\q${'y'.repeat(600)}`;
		assert.equal(hrefOf(`See [the page](${dest}) now.\n`), `https://example.com/${x}(a(b)c)${x}_${x}\\q${'y'.repeat(600)}`);
		assert.equal(hrefOf(`See [the page](${dest} "A title") now.\n`), `https://example.com/${x}(a(b)c)${x}_${x}\\q${'y'.repeat(600)}`);
		// An unbalanced `)` ends the destination; white space after a long run ends it too.
		assert.equal(hrefOf(`[a](https://example.com/${x}${x}))\n`), `https://example.com/${x}${x}`);
		assert.equal(hrefOf(`[a](https://example.com/${x}${x}\u00a0)\n`), `https://example.com/${x}${x}`);
		// A destination that never closes is no link.
		assert.equal(hrefOf(`[a](https://example.com/${x}${x}${x} and on\n`), undefined);
	});
});
