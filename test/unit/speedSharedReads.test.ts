import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseDump } from '../../src/core/dump/parseDump';
import { attrValue, attrWords, isHidden, withTextCache } from '../../src/core/extract/inlineText';
import { MetadataScan, type MNode } from '../../src/core/extract/metadata/scan';
import { KIND_PLATFORMS } from '../../src/core/extract/kinds/platforms';
import { AttributesNode } from '../../src/core/model/attributesNode';
import type { Attributes } from '../../src/core/model/dumpDocument';
import { anyOf, mayMatchAny } from '../../src/core/text/anyOf';
import { measureBlocks } from '../../src/core/extract/kinds/blockMeasures';
import type { Block } from '../../src/core/model/dumpDocument';

/** The scan's words of an attribute block, as it read them before readings were shared (scan.ts `nodeWords`). */
function wordsOf(attrs: Attributes | undefined): string {
	if (!attrs) return '';
	const extra: string[] = [];
	const rel = attrValue(attrs, 'rel');
	if (rel) extra.push(rel);
	const itemtype = attrValue(attrs, 'itemtype');
	if (itemtype) extra.push(itemtype.replace(/^.*\//, ''));
	const hook = attrValue(attrs, 'hook');
	if (hook) extra.push(hook);
	return `${attrWords(attrs)} ${extra.join(' ')}`.toLowerCase().trim();
}

/** Attribute blocks that pages repeat, some hidden, some with an itemprop, some of one class only. */
const BLOCKS = ['{.card}', '{#Top}', '{.Upper}', '{#Id .Two}', '{.card .wide}', '{#a .x}', '{.x style="display:none"}', '{itemprop="Author" .by}', '{.by itemprop="name"}', '{aria-hidden="true" .icon}', '{rel="author" .by}', '{itemtype="https://schema.org/Person"}', '{hook="x" .y}', '{width=1 height=1}', '{.Card role="Main"}'];
const PIECE = fc.tuple(fc.constantFrom(...BLOCKS), fc.constantFrom('span', 'link', 'image', 'div')).map(([a, how]) =>
	how === 'span' ? `[word]${a}` : how === 'link' ? `[a link](/x)${a}` : how === 'image' ? `![alt](/i.png)${a}` : `::: ${a}\ninside [w]{.in}\n:::`,
);
const DUMP = fc.array(PIECE, { minLength: 1, maxLength: 14 }).map((xs) => xs.map((x, i) => (x.startsWith(':::') || i % 3 === 0 ? `\n${x}\n` : `${x} `)).join(''));

/** Whether a node is hidden as the scan judges it: its own attributes hide a block or span, a hidden container hides all inside. */
function hiddenOf(n: MNode): boolean {
	const own = n.inline ? n.inline.kind === 'span' && isHidden(n.attrs) : isHidden(n.attrs);
	return own || (n.parent !== undefined && hiddenOf(n.parent));
}

suite('speed: readings shared among repeated attribute blocks (issue 13)', () => {
	test("every node's words, hidden flag and itemprop are its own attributes' reading", () => {
		fc.assert(
			fc.property(DUMP, (dump) =>
				withTextCache(() => {
					const s = new MetadataScan(parseDump(dump), {});
					for (const n of s.nodes) {
						const what = `${n.item.kind} ${JSON.stringify(dump)}`;
						assert.equal(n.words, wordsOf(n.attrs), what);
						assert.equal(n.hidden, hiddenOf(n), what);
						assert.equal(n.itemprop, (attrValue(n.attrs, 'itemprop') ?? '').toLowerCase(), what);
					}
				}),
			),
			{ numRuns: 300 },
		);
	});

	test('attrWords reads a block that shares only its pairs with another afresh', () => {
		const pairs = Object.freeze([Object.freeze(['role', 'main'] as const)]);
		const classes = Object.freeze(['card']);
		const a = new AttributesNode(undefined, classes, pairs, 0, 10);
		const b = new AttributesNode('top', classes, pairs, 20, 30);
		const c = new AttributesNode(undefined, Object.freeze(['other']), pairs, 40, 50);
		const d = new AttributesNode(undefined, classes, pairs, 60, 70);
		assert.equal(attrWords(a), 'card main');
		assert.equal(attrWords(b), 'top card main');
		assert.equal(attrWords(c), 'other main');
		assert.equal(attrWords(d), 'card main');
		// Asked again, in another order: each block keeps its own words.
		assert.deepEqual([d, c, b, a].map(attrWords), ['card main', 'other main', 'top card main', 'card main']);
	});

	test('a repeated parsed block gives the same words as a block of its own text', () => {
		const doc = parseDump('[a]{.x .y role="nav"} [b]{.x .y role="nav"} [c]{.x .y role="nav" data-own="1"}\n');
		const spans = (doc.blocks[0] as { content: { kind: string; attrs?: Attributes }[] }).content.filter((x) => x.kind === 'span');
		assert.deepEqual(spans.map((x) => attrWords(x.attrs)), ['x y nav', 'x y nav', 'x y nav']);
	});
});

suite('speed: one union of several regexes (anyOf)', () => {
	test('the union of the kind platforms matches exactly where one of them does', () => {
		const union = anyOf(KIND_PLATFORMS.map((p) => p.detect));
		assert.ok(union);
		const words = fc.array(fc.constantFrom('topic-body', 'postbody', 'bbWrapper', 'post', 'md-content', 'shopify-section', 'x', 'product-form-x', 'woocommerce-page', 'centerCol', 'md', 'content', ' '), { maxLength: 6 }).map((xs) => xs.join(' '));
		fc.assert(fc.property(words, (w) => assert.equal(union.test(w), KIND_PLATFORMS.some((p) => p.detect.test(w)), w)), { numRuns: 500 });
	});

	test('lists that cannot be joined give no union, and no union means "may match"', () => {
		assert.equal(anyOf([]), undefined);
		assert.equal(anyOf([/a/i, /b/]), undefined, 'flags differ');
		assert.equal(anyOf([/a/g, /b/g]), undefined, 'global');
		assert.equal(anyOf([/(a)\1/, /b/]), undefined, 'a backreference');
		assert.equal(anyOf([/(?<x>a)/, /(?<x>b)/]), undefined, 'two groups of one name');
		assert.ok(mayMatchAny(undefined, 'anything'));
		const u = anyOf([/^ab$/, /c(d|e)/]);
		assert.ok(u && mayMatchAny(u, 'ab') && mayMatchAny(u, 'xce'));
		assert.ok(u && !mayMatchAny(u, 'xab') && !mayMatchAny(u, 'cf'));
	});
});

suite('speed: block measures once per list (measureBlocks)', () => {
	test('a list is measured once, and again when it has grown', () => {
		const long = `${'Plain prose words here. '.repeat(8)}[a link](/x)`;
		const blocks: Block[] = [...parseDump(`${long}\n\n[only a link of some length](/y)\n`).blocks];
		const first = measureBlocks(blocks);
		assert.deepEqual(first, { linkChars: 6 + 26, longParagraphs: 1 });
		assert.equal(measureBlocks(blocks), first, 'the same answer for the same list');
		blocks.push(...parseDump(`${long}\n`).blocks);
		assert.deepEqual(measureBlocks(blocks), { linkChars: 6 + 26 + 6, longParagraphs: 2 }, 'a grown list is measured afresh');
	});
});
