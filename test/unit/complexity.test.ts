// The "too complex" guard: hostile dumps are refused with a message (parser, rules, CLI, preview); dense real shapes are not.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { diagnose } from '../../src/core/diagnose/diagnose';
import { complexityRefusal, COMPLEXITY_FLOOR_NODES, markupRuns, MAX_NULS_PER_KB } from '../../src/core/dump/complexity';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { renderMarkdown } from '../../src/core/render/articleMarkdown';
import type { ShowMessage } from '../../src/protocol/webviewMessages';
import { buildPreviewMessage } from '../../src/vscode/previewModel';
import { runCli } from '../util/runCli';

/** `unit` repeated to about `chars` characters under a title and inside an article div. */
function dump(unit: string, chars: number): string {
	return '::: {#main .article}\n# A title\n\n' + unit.repeat(Math.ceil(chars / unit.length)) + '\n:::\n';
}

// Dense emphasis in one paragraph: refused by the markup scan, before any node is made.
const EMPHASIS = dump('*ab* ', 400_000);
// Tiny sections with lone CR line ends: a lone CR ends a line as LF does, so the markup scan counts it as one.
const TINY_SECTIONS = '::: {#a}\r\n# Title\r\rText\r\n[x](y)\r:::\r\n'.repeat(20_000);
// A pipe table of tiny cells: one line break per row is little markup, but two blocks per row are more blocks than
// any page of its size has.
const TINY_CELLS = '| a | b |\n|---|---|\n' + '| x | y |\n'.repeat(74_000);
// A long list of short links, denser than any dump of wcxb-dev: it must still be read.
const LINK_LIST = dump('-   [Item](https://example.com/item)\n', 1_200_000);

suite('complexity guard', function () {
	// Dumps of a megabyte on a busy machine: a liveness bound, nothing here measures speed.
	this.timeout(120_000);

	test('dense emphasis is refused before parsing: no blocks, one too-complex problem with a message', () => {
		const doc = parseDump(EMPHASIS);
		const refusal = complexityRefusal(doc);
		assert.ok(refusal);
		assert.equal(doc.blocks.length, 0);
		assert.match(refusal.message, /^Too complex to analyse: .*markup.*not parsed/);
		assert.deepEqual(refusal.range, { start: 0, end: EMPHASIS.length });
	});

	test('a dump with more nodes than its budget is refused while parsing', () => {
		const doc = parseDump(TINY_CELLS);
		assert.match(complexityRefusal(doc)?.message ?? '', /blocks, links, emphasis/);
	});

	test('lone CR line ends count as line breaks in the markup scan', () => {
		assert.match(complexityRefusal(parseDump(TINY_SECTIONS))?.message ?? '', /runs of markup characters/);
		// With the lone CRs as spaces the scan passes it (the node budget refuses it later, with the other message).
		assert.doesNotMatch(complexityRefusal(parseDump(TINY_SECTIONS.replace(/\r(?!\n)/g, ' ')))?.message ?? '', /runs of markup characters/);
	});

	test('markup runs are counted as a loop over char codes counts them: lone CR as LF, the CR of CRLF a plain character', () => {
		// The count as the guard defined it before its regex: a run is a stretch of one markup character.
		const reference = (text: string): number => {
			let runs = 0;
			let prev = -1;
			for (let i = 0; i < text.length; i++) {
				let c = text.charCodeAt(i);
				if (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a) c = 0x0a;
				if ('[]`*_~^<\n'.includes(String.fromCharCode(c))) {
					if (c !== prev) runs++;
					prev = c;
				} else prev = -1;
			}
			return runs;
		};
		const texts = ['', 'plain text', 'a\r\rb\n\r\nc[[*]__~~^^<<\r', '\r\n\r\n', 'x\n\r', '\r', ' \n\n\r\r\n', '[*][*]**__**', '`code` <b> ~x~ ^y^\n\n\n', EMPHASIS.slice(0, 5000), TINY_SECTIONS.slice(0, 5000)];
		for (const t of texts) assert.equal(markupRuns(t, Infinity), reference(t), JSON.stringify(t.slice(0, 40)));
		// Counted only up to one past the limit.
		assert.equal(markupRuns('[a][b][c][d]', 3), 4);
	});

	test('text full of NUL characters is refused as binary data before parsing; a few stray ones are read', () => {
		// Links and attributes whose every run of text holds a NUL: 110 markup runs per KB, under the markup scan's limit.
		const nuls = 'text\u0000with [NUL](x\u0000y) {#a\u0000b}\n'.repeat(20_000);
		const refusal = complexityRefusal(parseDump(nuls));
		assert.match(refusal?.message ?? '', /^Binary data, not a page dump: .*NUL characters.*not parsed/);
		assert.deepEqual(refusal?.range, { start: 0, end: nuls.length });
		// Exactly the allowance passes and is parsed; one more NUL is refused.
		const prose = dump('Some words of prose, [a link](https://example.com/x), and more words.\n\n', 300_000);
		const allowed = Math.ceil((prose.length / 1024) * MAX_NULS_PER_KB);
		const at = (n: number): string => prose.slice(0, 40) + '\u0000'.repeat(n) + prose.slice(40 + n);
		const read = parseDump(at(allowed));
		assert.equal(complexityRefusal(read), undefined);
		assert.ok(read.blocks.length > 0);
		assert.match(complexityRefusal(parseDump(at(allowed + 1)))?.message ?? '', /NUL characters/);
		// Below the floor: never refused for its NULs.
		assert.equal(complexityRefusal(parseDump(dump('a\u0000b [x](y)\n', COMPLEXITY_FLOOR_NODES / 2))), undefined);
	});

	test('below the floor nothing is refused, however dense', () => {
		const small = dump('*ab* ', COMPLEXITY_FLOOR_NODES / 2);
		const doc = parseDump(small);
		assert.equal(complexityRefusal(doc), undefined);
		assert.ok(doc.blocks.length > 0);
	});

	test('a long list of short links is read as usual', () => {
		const doc = parseDump(LINK_LIST);
		assert.equal(complexityRefusal(doc), undefined);
		const list = doc.blocks[0].kind === 'div' ? doc.blocks[0].children.find((b) => b.kind === 'list') : undefined;
		assert.ok(list && list.kind === 'list' && list.items.length > 30_000);
	});

	test('diagnose reports PD304 as an error and nothing else on a refused dump', () => {
		const doc = parseDump(EMPHASIS);
		const findings = diagnose(doc, extractArticle(doc), {});
		assert.deepEqual(findings.map((f) => [f.code, f.severity]), [['PD304', 'error']]);
		// The rest of the pipeline runs on the empty model without throwing.
		assert.equal(renderMarkdown(extractArticle(doc), doc).markdown.trim(), '');
	});

	test('the preview shows a message instead of the article', () => {
		const m = buildPreviewMessage(
			{ source: 'file:///d.txt', version: 1, text: EMPHASIS, fileName: 'd.txt', settings: { images: 'https' }, maxSize: 50 * 1024 * 1024, problems: [] },
			{ parse: parseDump, extract: extractArticle, render: (a, d) => renderMarkdown(a, d) },
		) as ShowMessage;
		assert.equal(m.type, 'showMessage');
		assert.match(m.title, /too complex/);
		assert.match(m.detail, /Too complex to analyse/);
	});

	suite('CLI', () => {
		let dir: string;
		setup(() => {
			dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pagedump-complex-'));
			fs.writeFileSync(path.join(dir, 'hostile.txt'), EMPHASIS);
		});
		teardown(() => fs.rmSync(dir, { recursive: true, force: true }));

		test('extract skips the dump with the reason and exits 1', async () => {
			const r = await runCli('extract', path.join(dir, 'hostile.txt'), '--out-dir', path.join(dir, 'out'));
			assert.equal(r.code, 1, r.err);
			assert.match(r.err, /hostile\.txt[^\n]*Too complex to analyse/);
			assert.deepEqual(fs.existsSync(path.join(dir, 'out')) ? fs.readdirSync(path.join(dir, 'out')) : [], []);
		});

		test('check reports PD304 and exits 1', async () => {
			const r = await runCli('check', path.join(dir, 'hostile.txt'));
			assert.equal(r.code, 1, r.err);
			assert.match(r.out, /hostile\.txt:1:1: error PD304 Too complex to analyse/);
		});
	});
});
