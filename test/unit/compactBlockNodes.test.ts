// Divs and headings that hold their small offsets in one field and a div's attribute block as shared parts (session
// 26): every range reads as it did, including the rare ones that do not fit that field.
import * as assert from 'node:assert/strict';
import { parseDump } from '../../src/core/dump/parseDump';
import { AttributesNode } from '../../src/core/model/attributesNode';
import { AttributedHeadingNode, HeadingNode } from '../../src/core/model/blockNodes';
import { FencedDivNode, HtmlDivNode, withChildren } from '../../src/core/model/divNodes';
import type { FencedDiv, Heading, HtmlDiv, Table } from '../../src/core/model/dumpDocument';

const range = (text: string, piece: string, from = 0): { start: number; end: number } => {
	const start = text.indexOf(piece, from);
	assert.ok(start >= 0, piece);
	return { start, end: start + piece.length };
};

/** A div's ranges and attributes as plain data, for comparing one read with another. */
function divFacts(d: FencedDiv | HtmlDiv): unknown {
	return { range: d.range, openRange: d.openRange, closeRange: d.closeRange, closed: d.closed, attrs: JSON.parse(JSON.stringify(d.attrs)) as unknown };
}

suite('Compact divs and headings (small offsets in one field, shared attribute parts)', () => {
	test('repeated fences, tags and bare words share their attribute parts; each block keeps its own range', () => {
		const text = '::: {#a}\none\n:::\n\n::: {#a}\ntwo\n:::\n\n<div class="c">\n\nthree\n\n</div>\n\n<div class="c">\n\nfour\n\n</div>\n\n::: box\nfive\n:::\n\n::: box :::\nsix\n:::\n';
		const [a1, a2, h1, h2, w1, w2] = parseDump(text).blocks as [FencedDivNode, FencedDivNode, HtmlDivNode, HtmlDivNode, FencedDivNode, FencedDivNode];
		assert.equal(a1.heldAttrs, a2.heldAttrs);
		assert.equal(h1.heldAttrs, h2.heldAttrs);
		assert.equal(w1.heldAttrs, w2.heldAttrs);
		assert.deepEqual(a1.attrs.range, range(text, '{#a}'));
		assert.deepEqual(a2.attrs.range, range(text, '{#a}', a1.range.end));
		assert.equal(a2.attrs.id, 'a');
		assert.deepEqual(h2.attrs.range, range(text, '<div class="c">', h1.range.end));
		assert.deepEqual(h2.attrs.classes, ['c']);
		assert.deepEqual(w2.attrs.range, range(text, 'box', w1.range.end));
		assert.deepEqual(w2.openRange, range(text, '::: box :::'));
		assert.ok(a2.attrs instanceof AttributesNode);
		assert.deepEqual(a2.closeRange, range(text, ':::', text.indexOf('two')));
	});

	test('a div whose offsets do not fit one field (long opening line, long closing fence, indented attributes) reads the same', () => {
		const long = 'x'.repeat(9000);
		const fence = ':'.repeat(70);
		const text = `::: {#big data-v="${long}"}\nbody\n${fence}\n\n::: ${' '.repeat(40)}{.far}\nfar body\n:::\n\n::: {.c key="${'v'.repeat(100)}"}\ninner\n:::\n`;
		const [big, far, whole] = parseDump(text).blocks as [FencedDiv, FencedDiv, FencedDiv];
		assert.deepEqual(big.openRange, { start: 0, end: text.indexOf('\nbody') });
		assert.deepEqual(big.attrs.range, { start: 4, end: text.indexOf('\nbody') });
		assert.equal(big.attrs.pairs[0][1], long);
		assert.deepEqual(big.closeRange, range(text, fence));
		assert.deepEqual(big.range, { start: 0, end: text.indexOf(fence) + fence.length });
		assert.equal(big.closed, true);
		assert.deepEqual(far.attrs.range, range(text, '{.far}'));
		assert.deepEqual(far.openRange, range(text, `::: ${' '.repeat(40)}{.far}`));
		// A block longer than a shared one is held whole: the same object at each read.
		assert.equal(whole.attrs, whole.attrs);
		assert.deepEqual(whole.attrs.range, range(text, `{.c key="${'v'.repeat(100)}"}`));
		// A copy with other children reads the same ranges and attributes.
		for (const d of [big, far, whole]) assert.deepEqual(divFacts(withChildren(d, [])), divFacts(d));
	});

	test('an unclosed div keeps no closing line, and its end is its last child\'s', () => {
		const text = '::: {#open}\nlast words\n';
		const [d] = parseDump(text).blocks as [FencedDiv];
		assert.equal(d.closed, false);
		assert.equal(d.closeRange, undefined);
		assert.deepEqual(d.range, { start: 0, end: text.indexOf('last words') + 'last words'.length });
		assert.deepEqual(d.attrs.range, range(text, '{#open}'));
	});

	test('a div in a grid cell parsed on its own maps its ranges back to the dump', () => {
		const text = ['+------------------+', '| abcdefghijklmnop |', '| qrstuvwxyzabcdef |', '|                  |', '| ::: {#in .c}     |', '| cell text        |', '| :::              |', '+------------------+'].join('\n');
		const div = (parseDump(text).blocks[0] as Table).rows[0].cells[0].blocks[1] as FencedDiv;
		assert.deepEqual(div.openRange, range(text, '::: {#in .c}'));
		assert.deepEqual(div.attrs.range, range(text, '{#in .c}'));
		assert.deepEqual(div.closeRange, range(text, ':::', text.indexOf('cell text')));
	});

	test('headings hold their level, form and content range in one field; attributes only when they have some', () => {
		const text = `## Plain\n\n### With {#w .x}\n\n# Long {data-v="${'y'.repeat(40000)}"}\n\nSetext\n${'='.repeat(40000)}\n`;
		const [plain, withAttrs, long, setext] = parseDump(text).blocks as [Heading, Heading, Heading, Heading];
		assert.ok(plain instanceof HeadingNode && !(plain instanceof AttributedHeadingNode));
		assert.ok(withAttrs instanceof AttributedHeadingNode && long instanceof AttributedHeadingNode);
		// Its end is derived from the packed field (session 30): no own `end`.
		assert.deepEqual(Object.keys(plain), ['start', 'inlines']);
		assert.ok(!Object.hasOwn(plain, 'end'));
		assert.deepEqual(plain.range, range(text, '## Plain'));
		// The tail (an attribute block) and a heading whose distances do not fit (kept in WIDE) give the end read before.
		assert.deepEqual(withAttrs.range, range(text, '### With {#w .x}'));
		assert.equal(long.end, text.indexOf('\n\nSetext'));
		assert.equal(plain.attrs, undefined);
		assert.equal(plain.level, 2);
		assert.deepEqual(plain.contentRange, range(text, 'Plain'));
		assert.deepEqual(withAttrs.contentRange, range(text, 'With'));
		assert.equal(withAttrs.attrs?.id, 'w');
		assert.equal(withAttrs.level, 3);
		// Content ranges too far from the heading's end to fit the field.
		assert.deepEqual(long.contentRange, range(text, 'Long'));
		assert.equal(long.level, 1);
		assert.equal(long.setext, false);
		assert.deepEqual(setext.contentRange, range(text, 'Setext'));
		assert.deepEqual(setext.range, { start: text.indexOf('Setext'), end: text.length - 1 });
		assert.equal(setext.setext, true);
		assert.equal(setext.level, 1);
		for (const h of [plain, withAttrs, long, setext]) assert.equal(h.content.map((n) => (n.kind === 'text' ? n.value : '')).join(''), text.slice(h.contentRange.start, h.contentRange.end));
	});
});
