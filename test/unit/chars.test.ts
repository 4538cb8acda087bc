import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { collapseWrapped, isJsBlankAt, isJsSpace, skipSpaces } from '../../src/core/dump/chars';
import { parseDump } from '../../src/core/dump/parseDump';
import type { Paragraph, Table } from '../../src/core/model/dumpDocument';
import { joinLines } from '../util/joinLines';

suite('chars: the char-code tests that replaced regular expressions in the parser', () => {
	test('isJsSpace is exactly /\\s/ over the whole BMP', () => {
		for (let c = 0; c <= 0xffff; c++) assert.equal(isJsSpace(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
		assert.equal(isJsSpace(NaN), false);
	});

	test('collapseWrapped is replace(/\\s*\\n\\s*/g, " ")', () => {
		const s = fc.string({ unit: fc.constantFrom(' ', '\n', '\t', '\u00a0', '\r', 'a', 'b'), maxLength: 60 });
		fc.assert(fc.property(s, (x) => assert.equal(collapseWrapped(x), x.replace(/\s*\n\s*/g, ' '))), { numRuns: 500 });
	});

	test('skipSpaces and isJsBlankAt stay inside their bounds', () => {
		assert.equal(skipSpaces('  \tx  ', 0, 6), 3);
		assert.equal(skipSpaces('    ', 1, 3), 3);
		assert.equal(isJsBlankAt('a \u00a0 b', 1, 4), true);
		assert.equal(isJsBlankAt('a \u00a0 b', 1, 5), false);
	});
});

suite('parseDump: behaviour kept by the performance work', () => {
	test('a paragraph of several lines maps inline ranges through the line ends (one slice of the dump)', () => {
		const text = joinLines('first [a](x)', 'second *b*', 'third');
		const p = parseDump(text).blocks[0] as Paragraph;
		const link = p.content.find((n) => n.kind === 'link')!;
		assert.equal(text.slice(link.range.start, link.range.end), '[a](x)');
		const em = p.content.find((n) => n.kind === 'emphasis')!;
		assert.equal(text.slice(em.range.start, em.range.end), '*b*');
	});

	test('escapes and entities inside text runs keep their values and ranges', () => {
		const text = 'a\\*b &amp; c\\[d\\] e   ';
		const p = parseDump(text).blocks[0] as Paragraph;
		assert.equal(p.content.length, 1);
		const t = p.content[0];
		assert.ok(t.kind === 'text');
		assert.equal(t.kind === 'text' && t.value, 'a*b & c[d] e');
	});

	test('a grid cell\'s text is joined on demand and matches its lines', () => {
		const text = joinLines('+------+------+', '| a    | b    |', '| c    |      |', '+------+------+');
		const table = parseDump(text).blocks[0] as Table;
		assert.equal(table.kind, 'table');
		assert.equal(table.rows[0].cells[0].text, 'a\nc');
		assert.equal(table.rows[0].cells[1].text, 'b');
		assert.equal(JSON.parse(JSON.stringify(table.rows[0].cells[0])).text, 'a\nc');
	});

	test('many unclosed code fences inside divs are each closed at their div (and stay linear)', () => {
		const text = ('::: {.a}\n~~~ x\nline\n:::\n').repeat(2000);
		const doc = parseDump(text);
		assert.equal(doc.blocks.length, 2000);
		assert.equal(doc.problems.filter((p) => p.kind === 'unclosed-code').length, 2000);
	});

	test('a link inside brackets keeps the outer bracket from becoming a link, even after many brackets', () => {
		const text = '['.repeat(1000) + '[in](x)](y)';
		const p = parseDump(text).blocks[0] as Paragraph;
		assert.equal(p.content.filter((n) => n.kind === 'link').length, 1);
	});
});
