// Repeated texts of the block index shared as one string (sharedTexts.ts), and the metadata scan's lean tables during
// an extraction (node list sized by the index, texts the index already holds not copied): the same reads as before.
import * as assert from 'node:assert/strict';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { BlockTexts, OverlayTexts } from '../../src/core/extract/blockTexts';
import { withTextCache } from '../../src/core/extract/inlineText';
import { MetadataScan } from '../../src/core/extract/metadata/scan';
import { SHARED_TEXT_MAX_CHARS, SHARED_TEXTS_MAX, SharedTexts } from '../../src/core/extract/sharedTexts';
import type { Block } from '../../src/core/model/dumpDocument';

/** A page that repeats its headings and paragraphs, with a "quoted" one whose scan text differs from the index's. */
const REPEATS = ['# A "quoted" title', '', ...Array.from({ length: 5 }, () => ['## Reply', '', 'Some words here.', '']).flat()].join('\n');
/** A page with links and spans: the scan makes more nodes than the index numbers blocks. */
const LINKS = ['# Title', '', 'By [Jane](https://example.org/jane) and [a span]{.date}.', '', '::: {.box}', 'More [words](https://example.org/w).', ':::', ''].join('\n');

suite('Shared index texts and the lean metadata scan', () => {
	test('a repeated short text is one string; long texts and a full table are read as they are', () => {
		const shared = new SharedTexts();
		const a = shared.share(['Rep', 'ly'].join(''));
		assert.equal(shared.share(['Re', 'ply'].join('')), a);
		const long = 'x'.repeat(SHARED_TEXT_MAX_CHARS + 1);
		assert.equal(shared.share(long), long);
		for (let i = 0; i < SHARED_TEXTS_MAX * 2; i++) assert.equal(shared.share(`text ${i}`), `text ${i}`);
		assert.equal(shared.share('Reply'), 'Reply');
		assert.equal(shared.share(''), '');
	});

	test('the index reads repeated paragraphs and headings with the same texts as before', () => {
		const doc = parseDump(REPEATS);
		withTextCache(() => {
			const index = new BlockIndex(doc);
			const paragraphs = doc.blocks.filter((b) => b.kind === 'paragraph');
			assert.equal(paragraphs.length, 5);
			for (const p of paragraphs) assert.equal(index.rawText.get(p), 'Some words here.');
			for (const h of doc.blocks.filter((b) => b.kind === 'heading').slice(1)) assert.equal(index.statsOf(h).headingChars, 'Reply'.length);
		});
	});

	test('during an extraction the node list holds every node in order, as outside one', () => {
		for (const dump of [REPEATS, LINKS]) {
			const doc = parseDump(dump);
			const outside = new MetadataScan(doc, {});
			const inRun = withTextCache(() => {
				new BlockIndex(doc);
				return new MetadataScan(doc, {});
			});
			assert.equal(inRun.nodes.length, outside.nodes.length);
			inRun.nodes.forEach((n, i) => {
				assert.equal(n.order, i);
				assert.equal(n.item, outside.nodes[i].item);
			});
			assert.deepEqual(inRun.nodes.map((n) => inRun.textOf(n)), outside.nodes.map((n) => outside.textOf(n)));
		}
	});

	test('a block node keeps no block of its own: it reads it through the scan, numbered by the index or not', () => {
		const doc = parseDump(LINKS);
		const other = parseDump(REPEATS);
		const outside = new MetadataScan(other, {});
		withTextCache(() => {
			new BlockIndex(doc);
			const scan = new MetadataScan(doc, {});
			// A document the run's index never numbered: its blocks are held by the scan's table itself.
			const unnumbered = new MetadataScan(other, {});
			const blocks = scan.nodes.filter((n) => n.block);
			assert.ok(blocks.length >= 4);
			for (const n of blocks) {
				// Only the order is an own property: the block is the table's (metadata/scan.ts `NodeTable`).
				assert.deepEqual(Object.getOwnPropertyNames(n), ['order']);
				assert.equal(n.item, n.block);
				assert.equal(n.start, n.block!.range.start);
			}
			assert.deepEqual(blocks.filter((n) => n.parent === undefined).map((n) => n.block), doc.blocks);
			assert.deepEqual(unnumbered.nodes.filter((n) => n.parent === undefined).map((n) => n.block), other.blocks);
			assert.deepEqual(unnumbered.nodes.map((n) => n.item), outside.nodes.map((n) => n.item));
		});
	});

	test('a scan made from another shares the texts either reads, the index\'s and its own', () => {
		const doc = parseDump(REPEATS);
		withTextCache(() => {
			new BlockIndex(doc);
			const first = new MetadataScan(doc, {});
			const second = new MetadataScan(doc, { region: doc.blocks[3].range }, first);
			const title = first.nodes[0];
			const para = first.nodes.find((n) => n.block?.kind === 'paragraph')!;
			assert.equal(first.hasText(title), false);
			// The title's quotes are made smart: a text of the scan's own; the paragraph's is the index's.
			assert.equal(second.textOf(title), 'A “quoted” title');
			assert.equal(second.textOf(para), 'Some words here.');
			assert.equal(first.hasText(title), true);
			assert.equal(first.hasText(para), true);
			assert.equal(first.textOf(title), 'A “quoted” title');
			assert.equal(first.hasText(first.nodes.find((n) => n.block?.kind === 'heading' && n !== title)!), false);
		});
	});
});

suite('Overlay texts (the index\'s raw paragraph texts over its collapsed ones)', () => {
	test('a raw text equal to the collapsed one takes no slot; others do, made when first needed, and every read is as set', () => {
		type B = Block;
		const bs = Array.from({ length: 300 }, (_, i) => ({ kind: 'paragraph', range: { start: i, end: i + 1 } }) as unknown as B);
		const order = new Map<B, number>();
		const base = new BlockTexts(order);
		const raw = new OverlayTexts(base);
		bs.forEach((b, i) => {
			order.set(b, i);
			raw.grow();
			base.grow();
			if (i % 5 === 4) return;
			base.set(b, `text ${i}`);
			raw.set(b, i % 7 === 3 ? `text\n${i}` : `text ${i}`);
		});
		raw.fit();
		base.fit();
		assert.equal(raw.size, bs.length);
		bs.forEach((b, i) => {
			const want = i % 5 === 4 ? undefined : i % 7 === 3 ? `text\n${i}` : `text ${i}`;
			assert.equal(raw.get(b), want);
			assert.equal(raw.has(b), want !== undefined);
		});
		// Set again to the base's text: read from the base once more.
		raw.set(bs[3], 'text 3');
		assert.equal(raw.get(bs[3]), 'text 3');
	});
});
