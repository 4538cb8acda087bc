import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseDump } from '../../src/core/dump/parseDump';
import { attrValue, attrWords, isHidden } from '../../src/core/extract/inlineText';
import { withCamelParts } from '../../src/core/extract/metadata/camelWords';
import { bare, isOwnSlug } from '../../src/core/extract/metadata/headingSlugId';
import { nodeWords } from '../../src/core/extract/metadata/nodeWords';
import { visibleValuesMatch } from '../../src/core/extract/metadata/visibleWords';
import type { Attributes, Block, Inline } from '../../src/core/model/dumpDocument';

/** The values `visibleValuesMatch` reads, joined (how `MetadataScan.mayHoldWord` tested them before). */
function joined(inlines: readonly Inline[], parts: string[] = []): string {
	for (const x of inlines) {
		if (x.kind === 'text' || x.kind === 'code') parts.push(x.value);
		else if (x.kind === 'emphasis' || x.kind === 'link') joined(x.children, parts);
		else if (x.kind === 'span' && !isHidden(x.attrs)) joined(x.children, parts);
	}
	return parts.join('');
}

/** The scan's words before `nodeWords.ts`: `attrWords` with camel parts, then rel, itemtype and hook. */
function oldWords(attrs: Attributes): string {
	if (attrs.pairs.length === 0) return withCamelParts(attrWords(attrs), attrs.classes).toLowerCase().trim();
	const extra: string[] = [];
	const rel = attrValue(attrs, 'rel');
	if (rel) extra.push(rel);
	const itemtype = attrValue(attrs, 'itemtype');
	if (itemtype) extra.push(itemtype.replace(/^.*\//, ''));
	const hook = attrValue(attrs, 'hook');
	if (hook) extra.push(hook);
	return `${withCamelParts(attrWords(attrs), attrs.classes)} ${extra.join(' ')}`.toLowerCase().trim();
}

function paragraphs(blocks: readonly Block[], out: Inline[][] = []): Inline[][] {
	for (const b of blocks) {
		if (b.kind === 'paragraph' || b.kind === 'heading') out.push(b.content);
		else if (b.kind === 'div' || b.kind === 'htmlDiv' || b.kind === 'blockquote') paragraphs(b.children, out);
	}
	return out;
}

function attrBlocks(inlines: readonly Inline[], out: Attributes[] = []): Attributes[] {
	for (const x of inlines) {
		if ((x.kind === 'span' || x.kind === 'link' || x.kind === 'image') && x.attrs) out.push(x.attrs);
		if (x.kind === 'span' || x.kind === 'link' || x.kind === 'emphasis') attrBlocks(x.children, out);
	}
	return out;
}

/** Pieces of a byline written with markup inside and around its words (`[B]{.dropcap}y`, `**By**`, `b&#121;`). */
const PIECE = fc.constantFrom('B', 'y', 'by', 'By ', ' au', 'thor', 'wri', 'ter', 'é', 'x1', ' ', ', ', '-', 'Jane', 'Doe.', 'aut', '&#121;');
const WRAP = fc.constantFrom('plain', 'strong', 'em', 'span', 'hidden', 'link', 'code');
const PARAGRAPH = fc.array(fc.tuple(PIECE, WRAP), { minLength: 1, maxLength: 10 }).map((xs) =>
	xs
		.map(([p, w]) => (w === 'plain' ? p : w === 'strong' ? `**${p}**` : w === 'em' ? `*${p}*` : w === 'span' ? `[${p}]{.x}` : w === 'hidden' ? `[${p}]{style="display:none"}` : w === 'link' ? `[${p}](/a)` : `\`${p}\``))
		.join(''),
);

const ATTR = fc.constantFrom('{.card}', '{#Top}', '{#Id .postDate}', '{.authorName .wide}', '{rel="author" .by}', '{ROLE="Main" role="x" .y}', '{itemtype="https://schema.org/"}', '{itemtype="https://schema.org/" hook="h"}', '{rel="" hook="h" .a}', '{itemprop="Author" property="p" data-component="Byline" component="c"}', '{width=1 height=1}');

suite('speed: the metadata scan reads words without joining or caching (issue 13)', () => {
	test('visibleValuesMatch answers as the joined values do, for words split by markup', () => {
		fc.assert(
			fc.property(fc.array(PARAGRAPH, { minLength: 1, maxLength: 4 }), (ps) => {
				const doc = parseDump(ps.join('\n\n') + '\n');
				for (const inlines of paragraphs(doc.blocks)) {
					for (const re of [/by|aut|writer/i, /author/i, /x1/]) assert.equal(visibleValuesMatch(inlines, re), re.test(joined(inlines)), `${re} in ${JSON.stringify(joined(inlines))}`);
				}
			}),
			{ numRuns: 300 },
		);
	});

	test('a word made of pieces of three nodes is found (`[B]{.x}**y**`)', () => {
		const doc = parseDump('[B]{.dropcap}**y** Jane\n\nWr[i]{.x}*ter*: Jane\n');
		const [a, b] = paragraphs(doc.blocks);
		assert.equal(visibleValuesMatch(a, /by/i), true);
		assert.equal(visibleValuesMatch(b, /writer/i), true);
		assert.equal(visibleValuesMatch(b, /by/i), false);
	});

	test('nodeWords gives the words attrWords and the three pairs gave', () => {
		fc.assert(
			fc.property(fc.array(ATTR, { minLength: 1, maxLength: 6 }), (as) => {
				const doc = parseDump(as.map((a, i) => `[w${i}]${a} [l](/x)${a}`).join(' ') + '\n');
				for (const inlines of paragraphs(doc.blocks)) for (const attrs of attrBlocks(inlines)) assert.equal(nodeWords(attrs), oldWords(attrs));
			}),
			{ numRuns: 100 },
		);
	});

	test('isOwnSlug answers as the bare strings do, ASCII or not', () => {
		const CH = fc.constantFrom('a', 'B', 'z', '0', '9', '-', ' ', '_', '#', 'é', 'İ', 'K', '’', 'ß', 'x');
		const STR = fc.array(CH, { maxLength: 12 }).map((xs) => xs.join(''));
		fc.assert(
			fc.property(STR, STR, (id, text) => {
				const b = bare(id);
				assert.equal(isOwnSlug(id, text), id !== '' && b !== '' && bare(text).startsWith(b));
				assert.equal(isOwnSlug(id, id + text), id !== '' && b !== '');
			}),
			{ numRuns: 2000 },
		);
		assert.equal(isOwnSlug('promo-codes', 'Promo codes & more'), true);
		assert.equal(isOwnSlug('promo', 'Pro mo'), true);
		assert.equal(isOwnSlug('modal', 'Model'), false);
	});
});
