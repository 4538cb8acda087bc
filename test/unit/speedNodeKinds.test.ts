// Speed (issue 13): the metadata scan's column of node kinds and words answers as the nodes themselves do, on every node of every kind, past its first room.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { runIndexTexts, withTextCache } from '../../src/core/extract/inlineText';
import { MetadataScan } from '../../src/core/extract/metadata/scan';
import { NodeKinds } from '../../src/core/extract/metadata/nodeKinds';

/** Every kind of node the scan makes: blocks of each kind, spans, links and images, with and without words. */
const PAGE = [
	'::: {#page .site}',
	'# A title {#top .entry-title}',
	'',
	'[By]{.label} [Jane Roe](/author/jane/){.author rel="author"} · ![Jane](/jane.png){.avatar}',
	'',
	'<div class="raw">',
	'',
	'Raw div text.',
	'',
	'</div>',
	'',
	'- an item with [a link](/a)',
	'- [a span]{itemprop="name"}',
	'',
	'> A quote, [hidden]{.hidden}.',
	'',
	'```js',
	'const x = 1;',
	'```',
	'',
	'| a | b |',
	'|---|---|',
	'| 1 | 2 |',
	'',
	'---',
	'',
	'[ref]: /somewhere',
	'',
	'<span>raw html</span>',
	':::',
	'',
].join('\n');

/** The node's kind and words as the rules read them before the column. */
function own(s: MetadataScan, i: number): [string | undefined, boolean] {
	const n = s.nodes[i];
	return [n.block?.kind ?? n.inline?.kind, n.words !== ''];
}

function assertColumn(s: MetadataScan): Set<string> {
	const kinds = new Set<string>();
	for (let i = 0; i < s.nodes.length; i++) {
		const [kind, words] = own(s, i);
		assert.strictEqual(s.kindAt(i), kind, `node ${i}`);
		assert.strictEqual(s.hasWordsAt(i), words, `node ${i} words`);
		kinds.add(`${kind}${words ? '+' : ''}`);
	}
	return kinds;
}

suite('Speed: the metadata scan column of node kinds', () => {
	test('every node: the column gives its kind and whether it has words', () => {
		const doc = parseDump(PAGE);
		const s = new MetadataScan(doc, {});
		const kinds = assertColumn(s);
		for (const k of ['div+', 'htmlDiv+', 'heading+', 'paragraph', 'list', 'blockquote', 'code', 'table', 'span+', 'link+', 'image+', 'link']) assert.ok(kinds.has(k), `fixture has ${k}: ${[...kinds].join(' ')}`);
		// A scan made from another shares its nodes and their column.
		assertColumn(new MetadataScan(doc, { region: doc.blocks[0].range }, s));
	});

	test('past the column\'s first room, and with the block index of an extraction', () => {
		const lines: string[] = [];
		for (let i = 0; i < 400; i++) lines.push(i % 3 === 0 ? `[item ${i}]{.tag-${i % 7}}` : `Paragraph ${i} with a [link](/p/${i}).`, '');
		const doc = parseDump(lines.join('\n'));
		const s = new MetadataScan(doc, {});
		assert.ok(s.nodes.length > 600);
		assertColumn(s);
		// As in an extraction: the block index numbers the blocks, and the scan's table reads them through it.
		const inRun = parseDump(lines.join('\n'));
		withTextCache(() => {
			const index = new BlockIndex(inRun);
			assert.ok(runIndexTexts() !== undefined && index.doc === inRun);
			assertColumn(new MetadataScan(inRun, {}));
		});
	});

	test('a kind the table does not know reads as undefined, its words still kept', () => {
		const column = new NodeKinds(1);
		column.set(0, 'paragraph', false);
		column.set(300, 'not-a-kind', true);
		column.set(301, 'image', true);
		assert.strictEqual(column.kindAt(0), 'paragraph');
		assert.strictEqual(column.hasWordsAt(0), false);
		assert.strictEqual(column.kindAt(300), undefined);
		assert.strictEqual(column.hasWordsAt(300), true);
		assert.strictEqual(column.kindAt(301), 'image');
		column.fit(302);
		assert.strictEqual(column.kindAt(301), 'image');
	});
});
