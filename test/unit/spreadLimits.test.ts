// Long arrays never passed as spread arguments: a page of 150,000 blocks, a table of 140,000 rows and a folder of 130,000 files.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/pagedump';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { maxOf, minOf, pushAll } from '../../src/core/model/pushAll';
import { renderMarkdown } from '../../src/core/render/articleMarkdown';
import { renderText } from '../../src/core/render/articleText';

/** More items than V8 takes as arguments (it throws "Maximum call stack size exceeded" at about 120,000). */
const LONG = 150_000;

suite('Spread limits (model/pushAll.ts)', () => {
	test('pushAll appends in order, returns the target, and takes more items than a spread can', () => {
		const target = [1, 2];
		assert.equal(pushAll(target, [3, 4]), target);
		assert.deepEqual(target, [1, 2, 3, 4]);
		const many = Array.from({ length: LONG * 2 }, (_, i) => i);
		const out = pushAll<number>([], many);
		assert.equal(out.length, LONG * 2);
		assert.equal(out[LONG * 2 - 1], LONG * 2 - 1);
	});

	test('maxOf and minOf answer as Math.max and Math.min do, with a value for no items', () => {
		assert.equal(maxOf([3, 9, 4]), 9);
		assert.equal(minOf([3, 9, 4]), 3);
		assert.equal(maxOf([]), -Infinity);
		assert.equal(minOf([]), Infinity);
		assert.equal(maxOf([], 0), 0);
		assert.equal(minOf([], 7), 7);
		assert.equal(maxOf([-5, -2]), -2);
		const many = Array.from({ length: LONG * 2 }, (_, i) => (i * 7919) % 300_007);
		assert.equal(maxOf(many), 300_006);
		assert.equal(minOf(many), 0);
	});

	test('a page of 150,000 top-level paragraphs is extracted whole (the spread of its blocks threw and left it empty)', () => {
		const text = Array.from({ length: LONG }, (_, i) => `Entry ${i} of the harbour ledger, written by hand.\n\n`).join('');
		const doc = parseDump(text);
		const article = extractArticle(doc);
		const out = renderText(article, doc);
		assert.match(out, /Entry 0 of the harbour ledger/);
		assert.match(out, new RegExp(`Entry ${LONG - 1} of the harbour ledger`));
	});

	test('a table of 140,000 rows keeps its rows in Markdown (its column count was a spread of every row)', () => {
		const rows = Array.from({ length: 140_000 }, (_, i) => `| Skiff ${i} | ${i} |\n`).join('');
		const doc = parseDump(`# Ledger\n\nThe harbour ledger, kept by hand.\n\n| Boat | Berth |\n|---|---|\n${rows}`);
		const md = renderMarkdown(extractArticle(doc), doc).markdown;
		assert.match(md, /\| Skiff 0 \| 0 \|/);
		assert.match(md, /\| Skiff 139999 \| 139999 \|/);
	});

	test('`pagedump check` takes a folder of 130,000 files (a spread of the folder\'s files threw "Maximum call stack size exceeded")', async () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pagedump-many-'));
		try {
			for (let i = 0; i < 130_000; i++) fs.writeFileSync(path.join(dir, `d${i}.txt`), '');
			let err = '';
			const code = await main(['check', dir], { out: () => undefined, err: (t) => (err += t), outIsTerminal: false });
			assert.doesNotMatch(err, /call stack/);
			assert.equal(code, 0, err.slice(0, 300));
		} finally {
			fs.rmSync(dir, { recursive: true, force: true });
		}
	});
});
