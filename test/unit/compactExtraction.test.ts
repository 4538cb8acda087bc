// The extraction's per-block stores held compactly (issue 11): block measures as columns, metadata-scan nodes as six fields.
import * as assert from 'node:assert/strict';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex, emptyStats, measureInlines, type Stats } from '../../src/core/extract/blockIndex';
import { withTextCache } from '../../src/core/extract/inlineText';
import { MetadataScan } from '../../src/core/extract/metadata/scan';
import { StatsColumns } from '../../src/core/extract/statsColumns';
import type { Block, FencedDiv, Paragraph } from '../../src/core/model/dumpDocument';

const stats = (k: number): Stats => ({ chars: k, linkChars: k / 4, commas: k + 1, paragraphs: k + 2, images: k + 3, listItems: k + 4, listChars: k + 5, headingChars: k + 6, proseChars: k + 7 });

suite('Compact extraction stores', () => {
	test('measures come back as they were stored, past every growth of the columns, in any order', () => {
		const cols = new StatsColumns();
		const order = Array.from({ length: 3000 }, (_, k) => (k * 7919) % 3000);
		for (const k of order) cols.set(k, stats(k));
		for (let k = 0; k < 3000; k++) assert.deepEqual(cols.get(k), stats(k));
		// A fresh object each read: a reader adding into it never changes the index.
		const a = cols.get(5);
		a.chars = -1;
		assert.equal(cols.get(5).chars, 5);
	});

	test('a measure that is not a 32-bit integer is kept exactly, never rounded', () => {
		const cols = new StatsColumns();
		const odd = { ...emptyStats(), chars: 2.5, headingChars: 2 ** 33 };
		cols.set(0, odd);
		cols.set(1, stats(1));
		assert.deepEqual(cols.get(0), odd);
		assert.deepEqual(cols.get(1), stats(1));
	});

	test('the index measures every block as measureInlines and the sums do', () => {
		const text = '::: {.post}\n## A heading\n\nSome words, with [a link](https://a.example) and ![i](x.png).\n\n- one\n- two, three\n:::\n';
		const doc = parseDump(text);
		withTextCache(() => {
			const index = new BlockIndex(doc);
			const div = doc.blocks[0] as FencedDiv;
			const p = div.children[1] as Paragraph;
			const own = measureInlines(p.content);
			const got = index.statsOf(p);
			assert.deepEqual([got.chars, got.linkChars, got.commas, got.images, got.paragraphs], [own.chars, own.linkChars, own.commas, own.images, 1]);
			assert.equal(index.statsOf(div.children[0]).headingChars, 'A heading'.length);
			const list = index.statsOf(div.children[2]);
			assert.equal(list.listItems, 2);
			assert.equal(list.listChars, list.chars);
			const sum = emptyStats();
			for (const c of div.children) for (const [k, v] of Object.entries(index.statsOf(c))) sum[k as keyof Stats] += v;
			assert.deepEqual(index.statsOf(div), sum);
			assert.deepEqual(index.statsOf(undefined), sum);
		});
	});

	test('scan nodes read their block or inline, attributes, range, hidden flag and order', () => {
		const text = '::: {#main .byline itemprop="Author"}\n### Title {.t}\n\nBy [Jane]{.author style="display:none"} and [a link](/x){.l}\n:::\n';
		const doc = parseDump(text);
		withTextCache(() => {
			const scan = new MetadataScan(doc, {});
			const [div, heading, para, span, link] = scan.nodes;
			assert.equal(scan.nodes.length, 5);
			assert.deepEqual(scan.nodes.map((n) => n.order), [0, 1, 2, 3, 4]);
			assert.equal(div.block, doc.blocks[0]);
			assert.equal(div.inline, undefined);
			assert.equal(div.attrs?.id, 'main');
			assert.equal(div.itemprop, 'author');
			assert.equal(div.words, 'main byline author');
			assert.deepEqual(div.range, doc.blocks[0].range);
			const children: readonly Block[] = (doc.blocks[0] as FencedDiv).children;
			assert.equal(heading.block, children[0]);
			assert.deepEqual(heading.attrs?.classes, ['t']);
			assert.equal(heading.parent, div);
			assert.equal(para.attrs, undefined);
			assert.equal(span.block, undefined);
			assert.equal(span.inline?.kind, 'span');
			assert.equal(span.hidden, true);
			assert.equal(span.parent, para);
			assert.deepEqual(span.range, span.inline?.range);
			assert.equal(link.inline?.kind, 'link');
			assert.equal(link.hidden, false);
			assert.deepEqual(link.attrs?.classes, ['l']);
			// Equal word lists are one string: the scan's own copy.
			const again = new MetadataScan(parseDump('[a]{.x}\n\n[b]{.x}\n'), {});
			assert.equal(again.nodes[1].words, 'x');
			assert.equal(again.nodes[1].wordsId, again.nodes[3].wordsId);
		});
	});
});
