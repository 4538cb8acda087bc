// Links, images and metadata-scan nodes kept compact: read and serialised as the plain objects they replace, and the
// model of a link-dense dump under a bound per input byte.
import * as assert from 'node:assert/strict';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { MetadataScan } from '../../src/core/extract/metadata/scan';
import type { DumpDocument, Image, Inline, Link, Paragraph } from '../../src/core/model/dumpDocument';
import { ImageNode, LinkNode, plainLink } from '../../src/core/model/linkNodes';
import { walkBlocks, walkInlines } from '../../src/core/model/walk';
import { matchCount } from '../../src/core/text/wordCount';
import { RENDER_HOSTILE_GENERATORS } from '../util/hostileRender';

function inlinesOf(doc: DumpDocument): Inline[] {
	const out: Inline[] = [];
	walkBlocks(doc.blocks, (b) => {
		if (b.kind === 'paragraph') walkInlines((b as Paragraph).content, (n) => void out.push(n));
	});
	return out;
}

/** The heap's live bytes after a full collection (the test process runs without --expose-gc). */
function liveHeap(): number {
	v8.setFlagsFromString('--expose-gc');
	(vm.runInNewContext('gc') as () => void)();
	return v8.getHeapStatistics().used_heap_size;
}

suite('Compact links, images and scan nodes', () => {
	test('a parsed link reads as the plain link it replaces, and serialises as it', () => {
		const text = 'See [the docs](https://example.org/a "Docs"){.ext} and <https://example.org/b> and [ref][x].\n\n[x]: /r\n';
		const links = inlinesOf(parseDump(text)).filter((n): n is Link => n.kind === 'link');
		assert.equal(links.length, 3);
		for (const l of links) assert.ok(l instanceof LinkNode);
		const [a, b, c] = links;
		assert.equal(text.slice(a.range.start, a.range.end), '[the docs](https://example.org/a "Docs"){.ext}');
		assert.equal(text.slice(a.hrefRange.start, a.hrefRange.end), 'https://example.org/a');
		assert.deepEqual([a.form, a.title, a.attrs?.classes, a.unresolved], ['inline', 'Docs', ['ext'], undefined]);
		assert.deepEqual([b.form, b.href, b.title, b.attrs], ['autolink', 'https://example.org/b', undefined, undefined]);
		assert.deepEqual([c.form, c.href], ['reference', '/r']);
		assert.equal(JSON.stringify(a), JSON.stringify({ kind: 'link', children: a.children, href: a.href, hrefRange: a.hrefRange, title: 'Docs', attrs: a.attrs, form: 'inline', range: a.range }));
		// A spread of the plain form keeps what a spread of the node would drop.
		const copy = { ...plainLink(a) };
		assert.equal(copy.kind, 'link');
		assert.deepEqual(copy.range, a.range);
	});

	test('a parsed image reads its source range and attributes; a reference to a missing label is unresolved', () => {
		const text = 'A ![pixel](https://px.example.org/p.gif){width=1 height=1} and [gone][nowhere] here.\n';
		const nodes = inlinesOf(parseDump(text));
		const img = nodes.find((n): n is Image => n.kind === 'image')!;
		assert.ok(img instanceof ImageNode);
		assert.equal(text.slice(img.srcRange.start, img.srcRange.end), 'https://px.example.org/p.gif');
		assert.deepEqual(img.attrs?.pairs, [['width', '1'], ['height', '1']]);
		assert.equal(img.title, undefined);
		const link = nodes.find((n): n is Link => n.kind === 'link');
		assert.equal(link?.unresolved, true);
	});

	test('a link in a grid cell cut across lines has its ranges in the dump, not in the cell', () => {
		// The first line fills its column with no space: pandoc cut the token there, and the cell is read as one piece.
		const l1 = '[![](/img/x.png){style="max-wi';
		const l2 = 'dth:40%"}](https://ex.org/c.htm)';
		const w = Math.max(l1.length, l2.length);
		const rule = `+${'-'.repeat(w + 2)}+`;
		const text = [rule, `| ${l1.padEnd(w)} |`, `| ${l2.padEnd(w)} |`, rule, ''].join('\n');
		const doc = parseDump(text);
		const found: Inline[] = [];
		walkBlocks(doc.blocks, (b) => {
			if (b.kind === 'paragraph') walkInlines(b.content, (n) => void found.push(n));
		});
		const link = found.find((n): n is Link => n.kind === 'link');
		const img = found.find((n): n is Image => n.kind === 'image');
		assert.ok(link && img, 'the link and its image are parsed');
		assert.equal(text.slice(link.hrefRange.start, link.hrefRange.end), 'https://ex.org/c.htm');
		assert.equal(text.slice(img.srcRange.start, img.srcRange.end), '/img/x.png');
		assert.equal(text.slice(link.range.start, link.range.start + 3), '[![');
		assert.equal(text.slice(img.range.start, img.range.start + 2), '![');
	});

	test('scan nodes read their block or inline, attributes and range from the node they stand for', () => {
		const text = '::: {#main .article-body itemprop="articleBody"}\nBy [Ann Lee](/author/ann){rel="author"} today.\n:::\n';
		const doc = parseDump(text);
		const s = new MetadataScan(doc, {});
		const div = s.nodes[0];
		assert.equal(div.block?.kind, 'div');
		assert.equal(div.inline, undefined);
		assert.equal(div.itemprop, 'articlebody');
		assert.equal(div.attrs?.id, 'main');
		assert.equal(s.links.length, 1);
		const link = s.links[0];
		assert.equal(link.inline?.kind, 'link');
		assert.equal(link.block, undefined);
		assert.equal(link.itemprop, '');
		assert.match(link.words, /author/);
		assert.equal(text.slice(link.range.start, link.range.end), '[Ann Lee](/author/ann){rel="author"}');
		assert.equal(link.parent?.block?.kind, 'paragraph');
	});

	test('the platform profile of a scan has every field: one object shape whatever the platform (issue 13)', () => {
		const keys = (classes: string): string[] => {
			const s = new MetadataScan(parseDump(`::: {.${classes}}\nSome text of the page.\n:::\n`), {});
			assert.ok(s.profile, classes);
			return Object.keys(s.profile);
		};
		const all = ['name', 'reason', 'detect', 'title', 'author', 'published', 'modified', 'tags', 'description'];
		for (const classes of ['lia-quilt', 'blockpost', 'mw-parser-output', 'post-body', 'message-name']) assert.deepEqual(keys(classes), all);
	});

	test('matchCount counts as match does, without the array', () => {
		const cases: [RegExp, string][] = [
			[/,/g, 'a, b, c,,'],
			[/x*/g, 'axxb'],
			[/(?:)/gu, 'a😀b'],
			[/\p{L}+/gu, 'één twee 😀 drie'],
			[/^:{3,}/gm, '::: a\ntext\n:::: b\n::\n'],
			[/a(b)/, 'xab ab'],
		];
		for (const [re, s] of cases) {
			const expected = s.match(re)?.length ?? 0;
			assert.equal(matchCount(re, s), expected, `${re} on ${JSON.stringify(s)}`);
			if (re.global) assert.equal(re.lastIndex, 0);
		}
	});

	test('the model of a link-dense dump stays under 7.5 bytes per input byte (was 8.6 with links as object literals)', () => {
		const text = RENDER_HOSTILE_GENERATORS['encoded script links'](1_000_000);
		const before = liveHeap();
		const doc = parseDump(text);
		const model = liveHeap() - before;
		assert.ok(doc.blocks.length > 0);
		const ratio = model / text.length;
		assert.ok(ratio < 7.5, `model ${(ratio).toFixed(2)} bytes per input byte`);
		// Extraction still reads the links it kept.
		assert.ok(extractArticle(doc).blocks.length > 0);
	});
	test('attribute blocks of the same text share their lists; each keeps its own range', () => {
		const text = 'A ![](https://a.example/p.gif){width="1" height="1"} and ![](https://b.example/q.gif){width="1" height="1"} and ![](https://c.example/r.gif){width="2" height="1"}.\n';
		const imgs = inlinesOf(parseDump(text)).filter((n): n is Image => n.kind === 'image');
		assert.equal(imgs.length, 3);
		const [a, b, c] = imgs.map((i) => i.attrs!);
		assert.equal(a.pairs, b.pairs);
		assert.notEqual(a.pairs, c.pairs);
		assert.deepEqual(c.pairs, [['width', '2'], ['height', '1']]);
		assert.notDeepEqual(a.range, b.range);
		assert.equal(text.slice(b.range.start, b.range.end), '{width="1" height="1"}');
	});

	test('the model of an image-dense dump stays under 7.5 bytes per input byte (was 9.7 with a list per attribute pair)', () => {
		const text = RENDER_HOSTILE_GENERATORS['tracking pixels'](1_000_000);
		const before = liveHeap();
		const doc = parseDump(text);
		const ratio = (liveHeap() - before) / text.length;
		assert.ok(doc.blocks.length > 0);
		assert.ok(ratio < 7.5, `model ${ratio.toFixed(2)} bytes per input byte`);
	});
});
