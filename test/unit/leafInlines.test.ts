// Text nodes and line breaks with their range as numbers: read and serialised as the plain nodes they replace.
import * as assert from 'node:assert/strict';
import { parseDump } from '../../src/core/dump/parseDump';
import { InlineBudgetSpent, parseInlines } from '../../src/core/dump/parseInlines';
import { inlineText } from '../../src/core/extract/inlineText';
import { LineBreakNode, SoftBreakNode, SourceTextNode, TextNode, sourceText } from '../../src/core/model/leafInlines';
import type { Block, Inline, Paragraph, Text } from '../../src/core/model/dumpDocument';
import { walkInlines } from '../../src/core/model/walk';

function inlinesOf(text: string): Inline[] {
	const out: Inline[] = [];
	for (const b of parseDump(text).blocks) if (b.kind === 'paragraph') walkInlines((b as Paragraph).content, (n) => void out.push(n));
	return out;
}

suite('Leaf inline nodes', () => {
	test('a text node reads its kind, value and range; JSON is the plain node', () => {
		const n = new TextNode('ab', 3, 7);
		assert.equal(n.kind, 'text');
		assert.deepEqual(n.range, { start: 3, end: 7 });
		assert.equal(JSON.stringify(n), JSON.stringify({ kind: 'text', value: 'ab', range: { start: 3, end: 7 } }));
		// Each read is its own object: a reader may keep it without holding the node.
		assert.notEqual(n.range, n.range);
	});

	test('a soft break is one character; a hard break keeps both ends', () => {
		const s = new SoftBreakNode(5);
		assert.equal(s.kind, 'softbreak');
		assert.deepEqual(s.range, { start: 5, end: 6 });
		assert.equal(s.end, 6);
		assert.equal(JSON.stringify(s), '{"kind":"softbreak","range":{"start":5,"end":6}}');
		const h = new LineBreakNode(2, 4);
		assert.equal(h.kind, 'break');
		assert.equal(JSON.stringify(h), '{"kind":"break","range":{"start":2,"end":4}}');
	});

	test('the parser makes them, with the ranges of their source (LF, CRLF and lone CR)', () => {
		for (const nl of ['\n', '\r\n', '\r']) {
			const text = `one *two*${nl}three\\${nl}four`;
			const nodes = inlinesOf(text);
			const kinds = nodes.map((n) => n.kind);
			assert.deepEqual(kinds, ['text', 'emphasis', 'text', 'softbreak', 'text', 'break', 'text'], JSON.stringify(nl));
			for (const n of nodes) if (n.kind === 'text' && !n.value.includes('\\')) assert.ok(text.slice(n.range.start, n.range.end).startsWith(n.value.trimEnd()), n.value);
			const soft = nodes.find((n) => n.kind === 'softbreak')!;
			assert.ok(soft instanceof SoftBreakNode);
			assert.equal(text.slice(soft.range.start, soft.range.end), nl[0]);
			const hard = nodes.find((n) => n.kind === 'break')!;
			assert.ok(hard instanceof LineBreakNode);
			assert.equal(text.slice(hard.range.start, hard.range.start + 1), '\\');
		}
	});

	test('adjacent literal texts are merged into one node spanning them', () => {
		const text = 'a [b c';
		const nodes = inlinesOf(text);
		assert.equal(nodes.length, 1);
		// Every piece is its source (text, a literal `[`), so the merged node is the source's slice too.
		assert.ok(nodes[0] instanceof SourceTextNode);
		assert.deepEqual(nodes[0].range, { start: 0, end: text.length });
		assert.equal((nodes[0] as SourceTextNode).value, 'a [b c');
		// An entity in the run: the merged value differs from its source and is a copy.
		const mixed = inlinesOf('a &amp; [b c');
		assert.equal(mixed.length, 1);
		assert.ok(mixed[0] instanceof TextNode);
		assert.equal((mixed[0] as TextNode).value, 'a & [b c');
	});

	test('literal brackets, a literal `!` and unmatched delimiter runs are source text nodes, in quotes and lists too', () => {
		for (const text of ['a ![b ~~~ c', '> quoted ![b\n> and **more\n', '- item ![b\n  and __more\n']) {
			const doc = parseDump(text);
			const literals: Inline[] = [];
			const collect = (bs: readonly Block[]): void => {
				for (const b of bs) {
					if (b.kind === 'paragraph') walkInlines(b.content, (n) => void literals.push(n));
					else if (b.kind === 'blockquote') collect(b.children);
					else if (b.kind === 'list') for (const item of b.items) collect(item.children);
				}
			};
			collect(doc.blocks);
			const texts = literals.filter((n) => n.kind === 'text');
			assert.ok(texts.length > 0, text);
			for (const n of texts) {
				assert.ok(n instanceof SourceTextNode, `${JSON.stringify(text)}: ${JSON.stringify(n)}`);
				assert.equal(n.value, text.slice(n.start, n.end));
			}
		}
	});

	test('a source text node reads its value from its source; JSON is the plain node', () => {
		const source = 'xx hello yy';
		const n = new SourceTextNode(source, 3, 8);
		assert.equal(n.kind, 'text');
		assert.equal(n.value, 'hello');
		assert.equal(JSON.stringify(n), JSON.stringify({ kind: 'text', value: 'hello', range: { start: 3, end: 8 } }));
		assert.equal(JSON.stringify(sourceText(source, 3, 8, true)), JSON.stringify({ kind: 'text', value: 'hello', range: { start: 3, end: 8 }, softBreakAfter: true }));
	});

	test('text equal to its source is a source text node; escapes, entities and trimmed spaces keep a copy', () => {
		const text = 'plain words\\\\ here\nand &amp; more  \nlast *x* line';
		const nodes = inlinesOf(text).filter((n) => n.kind === 'text');
		const byValue = new Map(nodes.map((n) => [(n as Text).value, n]));
		assert.ok(byValue.get('last ') instanceof SourceTextNode);
		assert.ok(byValue.get(' line') instanceof SourceTextNode);
		assert.ok(byValue.get('plain words\\ here') instanceof TextNode);
		assert.ok(byValue.get('and & more') instanceof TextNode);
		for (const n of nodes) assert.ok(n.range.end <= text.length && n.range.start >= 0);
	});

	test('a line break after text is folded into the text; after other nodes it stays a node (LF, CRLF, lone CR)', () => {
		for (const nl of ['\n', '\r\n', '\r']) {
			const text = `one two${nl}three *em*${nl}four`;
			const nodes = inlinesOf(text);
			assert.deepEqual(nodes.map((n) => n.kind), ['text', 'text', 'emphasis', 'text', 'softbreak', 'text'], JSON.stringify(nl));
			const first = nodes[0] as Text;
			assert.equal(first.value, 'one two');
			assert.equal(first.softBreakAfter, true);
			// The folded break is the one character after the text, where its node started.
			assert.equal(text.slice(first.range.end, first.range.end + 1), nl[0]);
			assert.ok(!(nodes[1] as Text).softBreakAfter);
			const para = parseDump(text).blocks[0] as Paragraph;
			assert.equal(inlineText(para.content), 'one two three em four');
		}
	});

	test('a folded break spends its node of the inline budget, as its node did', () => {
		// Two lines: text, break, text are three nodes of the budget whether or not the break is folded.
		const segments = [
			{ start: 0, end: 1 },
			{ start: 2, end: 3 },
		];
		const nodes = parseInlines('a\nb', segments, new Map(), { left: 3 });
		assert.equal(nodes.length, 2);
		assert.equal((nodes[0] as Text).softBreakAfter, true);
		assert.throws(() => parseInlines('a\nb', segments, new Map(), { left: 2 }), InlineBudgetSpent);
	});
});
