// Links and images that hold one inline of text as itself and a repeated attribute block as its shared parts: read,
// frozen, moved and serialised as the plain objects they replace.
import * as assert from 'node:assert/strict';
import { diagnose } from '../../src/core/diagnose/diagnose';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { AttributesNode } from '../../src/core/model/attributesNode';
import type { Image, Inline, Link, Paragraph } from '../../src/core/model/dumpDocument';
import { ImageNode, LinkNode } from '../../src/core/model/linkNodes';
import { walkBlocks, walkInlines } from '../../src/core/model/walk';

function inlines(text: string): Inline[] {
	const found: Inline[] = [];
	walkBlocks(parseDump(text).blocks, (b) => {
		if (b.kind === 'paragraph') walkInlines(b.content, (n) => void found.push(n));
	});
	return found;
}

const links = (text: string): Link[] => inlines(text).filter((n): n is Link => n.kind === 'link');
const images = (text: string): Image[] => inlines(text).filter((n): n is Image => n.kind === 'image');
const at = (text: string, piece: string, from = 0): number => {
	const k = text.indexOf(piece, from);
	assert.ok(k >= 0, piece);
	return k;
};

suite('Lean links and images', () => {
	test('a link of one inline holds it, a link of one word as written its offsets; both give a list of one when read', () => {
		const text = 'Read [this](https://a.example/) and [two *words*](https://b.example/) or [](https://c.example/) or [*em*](/d).\n';
		const [one, two, none, em] = links(text);
		assert.ok(one instanceof LinkNode);
		// A word as written: the source and the word's offsets, the text node made at each read.
		assert.equal((one as LinkNode).inner, text);
		assert.deepEqual([(one as unknown as { textStart: number }).textStart, (one as unknown as { textEnd: number }).textEnd], [at(text, 'this'), at(text, 'this') + 4]);
		assert.equal(one.children.length, 1);
		assert.equal(one.children[0].kind, 'text');
		assert.equal((one.children[0] as { value: string }).value, 'this');
		assert.notEqual(one.children, one.children);
		assert.notEqual(one.children[0], one.children[0]);
		// Another one inline: held itself, the same node at every read in a new list.
		assert.equal((em as LinkNode).inner, em.children[0]);
		assert.equal(em.children[0].kind, 'emphasis');
		assert.notEqual(em.children, em.children);
		assert.equal(em.children[0], em.children[0]);
		// Several inlines, or none: the list itself, the same at every read.
		assert.equal(two.children.length, 2);
		assert.equal(two.children, two.children);
		assert.equal(none.children.length, 0);
		assert.equal(none.children, none.children);
		assert.deepEqual(JSON.parse(JSON.stringify(one)), {
			kind: 'link',
			children: [{ kind: 'text', value: 'this', range: { start: at(text, 'this'), end: at(text, 'this') + 4 } }],
			href: 'https://a.example/',
			hrefRange: { start: at(text, 'https://a'), end: at(text, 'https://a') + 18 },
			form: 'inline',
			range: { start: at(text, '[this]'), end: at(text, ' and') },
		});
	});

	test('an image of one word of alt text holds it, and its list of one is frozen once the check froze the image', () => {
		const text = 'Words ![a](https://px.example/p.gif) and [word](https://ex.example/) end.\n';
		const doc = parseDump(text);
		const para = doc.blocks[0] as Paragraph;
		const img = para.content.find((n): n is Image => n.kind === 'image')!;
		const link = para.content.find((n): n is Link => n.kind === 'link')!;
		assert.ok(img instanceof ImageNode);
		assert.ok(!Object.isFrozen(img.alt));
		diagnose(doc, extractArticle(doc));
		assert.ok(Object.isFrozen(img) && Object.isFrozen(img.alt) && Object.isFrozen(img.alt[0]));
		assert.ok(Object.isFrozen(link.children) && Object.isFrozen(link.children[0]));
	});

	test('a repeated attribute block is held as its shared parts and read with each node its own range', () => {
		const text = 'A ![](https://px.example/a.gif){width="1" height="1"} b ![a](https://px.example/b.gif){width="1" height="1"} c [x](/y){rel="nofollow"}\n';
		const [a, b] = images(text);
		const [link] = links(text);
		const blockA = at(text, '{width');
		const blockB = at(text, '{width', blockA + 1);
		for (const [node, start] of [
			[a, blockA],
			[b, blockB],
			[link, at(text, '{rel')],
		] as const) {
			const attrs = node.attrs!;
			assert.ok(attrs instanceof AttributesNode);
			assert.deepEqual(attrs.range, { start, end: node.range.end });
			assert.equal(text[attrs.range.end - 1], '}');
			assert.equal((node as ImageNode | LinkNode).attrStart, start);
		}
		assert.deepEqual(a.attrs!.pairs, [
			['width', '1'],
			['height', '1'],
		]);
		// The parts are shared, the objects made when read.
		assert.equal(a.attrs!.pairs, b.attrs!.pairs);
		assert.notEqual(a.attrs, a.attrs);
		assert.deepEqual(JSON.parse(JSON.stringify(b)).attrs, { classes: [], pairs: [['width', '1'], ['height', '1']], range: { start: blockB, end: b.range.end } });
		assert.deepEqual(JSON.parse(JSON.stringify(link)).attrs, { classes: [], pairs: [['rel', 'nofollow']], range: { start: at(text, '{rel'), end: link.range.end } });
	});

	test('a block too long to share is held whole, the same object at every read', () => {
		const long = `{data-x="${'v'.repeat(100)}"}`;
		const text = `See [x](/y)${long} now.\n`;
		const [link] = links(text);
		assert.equal((link as LinkNode).attrStart, undefined);
		assert.equal(link.attrs, link.attrs);
		assert.deepEqual(link.attrs!.range, { start: at(text, '{data'), end: at(text, '{data') + long.length });
	});

	test('titles, other forms and unresolved references keep their fields; plain links hold the same fields of their own', () => {
		const text = 'A [t](/u "Title"){.c} b <https://auto.example/> c [ref][nowhere] d [p](/q) e ![i](/j.png "T") f [p *q*](/r)\n';
		const [titled, auto, ref, plain, two] = links(text);
		const [img] = images(text);
		assert.equal(titled.title, 'Title');
		assert.deepEqual(titled.attrs?.classes, ['c']);
		assert.equal(titled.form, 'inline');
		assert.equal(auto.form, 'autolink');
		assert.equal(auto.title, undefined);
		assert.equal(ref.form, 'reference');
		assert.equal(ref.unresolved, true);
		assert.equal(plain.unresolved, undefined);
		assert.equal(img.title, 'T');
		assert.equal(img.attrs, undefined);
		// JSON drops what is undefined, as it dropped the absent fields.
		assert.deepEqual(Object.keys(JSON.parse(JSON.stringify(auto))), ['kind', 'children', 'href', 'hrefRange', 'form', 'range']);
		assert.deepEqual(Object.keys(JSON.parse(JSON.stringify(ref))), ['kind', 'children', 'href', 'hrefRange', 'form', 'unresolved', 'range']);
		assert.deepEqual(Object.keys(JSON.parse(JSON.stringify(img))), ['kind', 'alt', 'src', 'srcRange', 'title', 'range']);
		// Rare fields live on the prototype of a plain link: every plain link has the same six (V8 sizes them so), a
		// word link two more.
		assert.deepEqual(Object.keys(two), ['inner', 'href', 'start', 'end', 'hrefStart', 'hrefEnd']);
		assert.deepEqual(Object.keys(plain), ['inner', 'href', 'start', 'end', 'hrefStart', 'hrefEnd', 'textStart', 'textEnd']);
	});

	test('a link and image in a grid cell cut across lines have their attribute block in the dump', () => {
		// As in compactNodes.test: pandoc cut the token at the column's edge, and the cell is read as one piece.
		const l1 = '[![](/img/x.png){style="max-wi';
		const l2 = 'dth:40%"}](https://ex.org/c.htm){.go}';
		const w = Math.max(l1.length, l2.length);
		const rule = `+${'-'.repeat(w + 2)}+`;
		const text = [rule, `| ${l1.padEnd(w)} |`, `| ${l2.padEnd(w)} |`, rule, ''].join('\n');
		const [link] = links(text);
		const [img] = images(text);
		assert.ok(link && img, 'the link and its image are parsed');
		assert.equal(text.slice(img.attrs!.range.start, img.attrs!.range.start + 7), '{style=');
		assert.equal(img.attrs!.range.end, img.range.end);
		assert.equal(text[img.attrs!.range.end - 1], '}');
		assert.equal(text.slice(link.attrs!.range.start, link.attrs!.range.end), '{.go}');
		assert.equal(link.attrs!.range.end, link.range.end);
	});
});
