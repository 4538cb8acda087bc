// The metadata scan's texts kept by the block index's order, and diagnose's link references, text runs, findings and
// freeze in their lean forms: the same values as the forms they replace.
import * as assert from 'node:assert/strict';
import { buildContext } from '../../src/core/diagnose/context';
import { diagnose, resolveOptions } from '../../src/core/diagnose/diagnose';
import { LinkRefList } from '../../src/core/diagnose/linkRefs';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { withTextCache } from '../../src/core/extract/inlineText';
import { MetadataScan } from '../../src/core/extract/metadata/scan';
import type { Block, Image, Link } from '../../src/core/model/dumpDocument';

const DUMP = [
	'# A "quoted" title -- with a dash',
	'',
	'Plain words of the article.',
	'',
	'::: {.byline}',
	'By Jane   Doe, "the writer"',
	'',
	'- an item',
	'- another [link](https://example.org/x)',
	':::',
	'',
	'[A span]{.date} on its own.',
	'',
].join('\n');

/** The first inline of a one-paragraph dump. */
function firstInline<T>(dump: string): T {
	return (parseDump(dump).blocks[0] as unknown as { content: T[] }).content[0];
}

/** Every node's text, and which nodes' texts were known, read in a given order (indexes of `nodes`). */
function readTexts(s: MetadataScan, order: readonly number[]): { texts: string[]; known: boolean[] } {
	const texts: string[] = [];
	for (const i of order) texts[i] = s.textOf(s.nodes[i]);
	return { texts, known: s.nodes.map((n) => s.hasText(n)) };
}

suite('Lean metadata texts and checks', () => {
	test('a scan during an extraction reads the same texts as one outside it, smart punctuation included', () => {
		const doc = parseDump(DUMP);
		const outside = new MetadataScan(doc, {});
		const forward = outside.nodes.map((_, i) => i);
		const plain = readTexts(outside, forward);
		const inRun = withTextCache(() => {
			new BlockIndex(doc);
			const s = new MetadataScan(doc, {});
			return { forward: readTexts(s, forward), backward: readTexts(new MetadataScan(doc, {}), [...forward].reverse()) };
		});
		assert.deepEqual(inRun.forward.texts, plain.texts);
		assert.deepEqual(inRun.backward.texts, plain.texts);
		// The title's quotes and dash are made smart: its text is the scan's own, not the index's plain one.
		const title = outside.nodes.find((n) => n.block?.kind === 'heading')!;
		assert.equal(outside.textOf(title), 'A “quoted” title – with a dash');
		const para = outside.nodes.find((n) => n.block?.kind === 'paragraph')!;
		assert.equal(outside.textOf(para), 'Plain words of the article.');
		assert.equal(outside.textOf(outside.nodes.find((n) => n.words === 'byline')!), 'By Jane Doe, “the writer” an item another link');
		assert.ok(plain.known.every((k) => k));
	});

	test("a container's text makes its blocks' texts known, and only theirs", () => {
		const doc = parseDump(DUMP);
		for (const run of [false, true]) {
			const read = (): boolean[] => {
				if (run) new BlockIndex(doc);
				const s = new MetadataScan(doc, {});
				const div = s.nodes.find((n) => n.words === 'byline')!;
				s.textOf(div);
				return s.nodes.map((n) => s.hasText(n));
			};
			const known = run ? withTextCache(read) : read();
			const s = new MetadataScan(doc, {});
			const div = s.nodes.find((n) => n.words === 'byline')!;
			const inside = new Set(s.descendants(div).filter((n) => n.block).map((n) => n.order));
			inside.add(div.order);
			assert.deepEqual(
				known.map((k, i) => k && i),
				s.nodes.map((_, i) => inside.has(i) && i),
				run ? 'in a run' : 'outside a run',
			);
		}
	});

	test('textLongerThan answers from the known text, else from a lower bound', () => {
		const doc = parseDump(DUMP);
		withTextCache(() => {
			new BlockIndex(doc);
			const s = new MetadataScan(doc, {});
			const para = s.nodes.find((n) => n.block?.kind === 'paragraph')!;
			// Unread: a lower bound (the kept characters of its inlines) answers "longer" for short enough lengths only.
			assert.equal(s.textLongerThan(para, 10), true);
			assert.equal(s.textLongerThan(para, 27), false);
			s.textOf(para);
			assert.equal(s.textLongerThan(para, 26), true);
			assert.equal(s.textLongerThan(para, 27), false);
		});
	});

	test('link references: runs of blocks, lone links past the first flag bytes, and the link around an image', () => {
		const blocks: Block[] = [0, 1, 2].map((i) => parseDump(`p${i}\n`).blocks[0]);
		const links = [0, 1, 2, 9].map((i) => firstInline<Link>(`[l${i}](https://example.org/${i})\n`));
		const link = (i: number): Link => links[i === 9 ? 3 : i];
		const image = firstInline<Image>('![i](https://example.org/i.png)\n');
		const list = new LinkRefList();
		const want: { node: Link | Image; parentLink?: Link; block: Block; aloneInBlock: boolean }[] = [];
		for (let i = 0; i < 300; i++) {
			const node = i % 50 === 7 ? image : link(i % 3);
			const parentLink = node === image ? link(9) : undefined;
			const block = blocks[Math.floor(i / 70) % 3];
			const aloneInBlock = i % 3 === 0 || i > 200;
			list.push(node, parentLink, block, aloneInBlock);
			want.push({ node, parentLink, block, aloneInBlock });
		}
		assert.equal(list.length, 300);
		const got = [...list].map((r) => ({ node: r.node, parentLink: r.parentLink, block: r.block, aloneInBlock: r.aloneInBlock }));
		assert.equal(got.length, want.length);
		for (let i = 0; i < want.length; i++) {
			assert.equal(got[i].node, want[i].node, `node ${i}`);
			assert.equal(got[i].parentLink, want[i].parentLink, `parent ${i}`);
			assert.equal(got[i].block, want[i].block, `block ${i}`);
			assert.equal(got[i].aloneInBlock, want[i].aloneInBlock, `alone ${i}`);
		}
		// Iterated twice, the same references.
		assert.equal([...list].length, 300);
		assert.equal([...new LinkRefList()].length, 0);
	});

	test('text runs past the first buffer, as offsets cut to their number', () => {
		const text = Array.from({ length: 100 }, (_, i) => `Word ${i} [l](https://example.org/${i}) and`).join(' ') + '\n';
		const doc = parseDump(text);
		const ctx = buildContext(doc, extractArticle(doc), resolveOptions({ scope: 'page' }));
		assert.equal(ctx.textRuns.length, 202);
		const runs: string[] = [];
		for (let i = 0; i < ctx.textRuns.length; i += 2) runs.push(text.slice(ctx.textRuns[i], ctx.textRuns[i + 1]));
		assert.equal(runs[0], 'Word 0 ');
		assert.equal(runs[1], ' and Word 1 ');
		assert.equal(runs[100], ' and');
		assert.equal(ctx.links.length, 100);
	});

	test('findings keep their key order, with a fix or related locations when a rule gives them', () => {
		const text = '# Title\n\n[](https://example.org/a)\n\n[x](javascript:alert(1))\n\n![](https://example.org/p.gif){width=1 height=1}\n';
		const doc = parseDump(text);
		const findings = diagnose(doc, extractArticle(doc), { scope: 'page' });
		assert.ok(findings.length >= 3);
		for (const f of findings) {
			const keys = Object.keys(f);
			const wantKeys = ['code', 'rule', 'severity', 'message', 'range', ...(f.fix ? ['fix'] : []), ...(f.related ? ['related'] : [])];
			assert.deepEqual(keys, wantKeys, f.code);
			assert.ok(Object.isFrozen(f));
		}
		assert.ok(findings.some((f) => f.fix));
	});

	test('the check freezes the model through its arrays', () => {
		const doc = parseDump('Some [words](https://example.org/) and *more* of them.\n\n- an item\n');
		const article = extractArticle(doc);
		diagnose(doc, article);
		const para = doc.blocks[0] as { content: { children?: unknown[] }[] };
		assert.ok(Object.isFrozen(doc.blocks) && Object.isFrozen(para) && Object.isFrozen(para.content));
		for (const n of para.content) {
			assert.ok(Object.isFrozen(n));
			if (n.children) assert.ok(Object.isFrozen(n.children) && n.children.every((c) => Object.isFrozen(c)));
		}
		assert.ok(Object.isFrozen(article.blocks));
	});
});
