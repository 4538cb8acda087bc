// `pagedump extract|check --jsonl`: one result line per request line, in input order, bad records as error records.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { linesOf, OVERSIZED } from '../../src/cli/jsonl';
import { processJsonlLine, type JsonlSettings } from '../../src/cli/jsonlRecord';

const CLI = path.resolve(__dirname, '../../../bin/pagedump.js');
const SETTINGS: JsonlSettings = { command: 'extract', format: 'text', maxBytes: 10_000, force: false };

function dump(n: number): string {
	return `::: {.menu}\n[Home](/)\n:::\n\n::: {.post-content}\n# Post ${n}\n\nParagraph ${n} of the generated article, long enough to be the main content of the page it belongs to.\n:::\n`;
}

function run(args: string[], input: string): { status: number | null; lines: Record<string, unknown>[]; stderr: string } {
	const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
	return { status: r.status, lines: r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>), stderr: r.stderr };
}

suite('JSONL streaming', function () {
	this.timeout(300_000);
	let dir: string;

	suiteSetup(() => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pagedump-jsonl-'));
		fs.writeFileSync(path.join(dir, 'good.txt'), dump(0));
		fs.writeFileSync(path.join(dir, 'empty.txt'), '');
		fs.writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 0, 0xff, 0xfe, 0, 0, 7, 0]));
		fs.writeFileSync(path.join(dir, 'huge.txt'), dump(1) + 'x'.repeat(50_000));
	});

	suiteTeardown(() => fs.rmSync(dir, { recursive: true, force: true }));

	test('a record: text, path, url as the base of relative links; bad JSON and missing fields are error records', () => {
		const ok = JSON.parse(processJsonlLine(JSON.stringify({ id: 'x', text: dump(7).replace('long enough', '[see](/about) long enough'), url: 'https://site.example/a' }), 1, { ...SETTINGS, format: 'md' }).line);
		assert.equal(ok.status, 'ok');
		assert.match(ok.result, /\[see\]\(https:\/\/site\.example\/about\)/);
		assert.deepEqual(JSON.parse(processJsonlLine('{oops', 4, SETTINGS).line).id, 4);
		assert.equal(JSON.parse(processJsonlLine('{oops', 4, SETTINGS).line).status, 'error');
		assert.equal(JSON.parse(processJsonlLine('{"id":1}', 5, SETTINGS).line).reason, 'a record needs "text" or "path"');
		assert.equal(JSON.parse(processJsonlLine('[1]', 6, SETTINGS).line).status, 'error');
	});

	for (const jobs of [1, 2]) {
		test(`1,000 records with bad ones give 1,000 result lines in input order (--jobs ${jobs})`, () => {
			const kinds = ['text', 'good', 'missing', 'binary', 'empty', 'huge', 'notjson', 'prose'];
			const lines: string[] = [];
			for (let i = 0; i < 1000; i++) {
				const kind = kinds[i % kinds.length];
				const id = `r${i}`;
				if (kind === 'text') lines.push(JSON.stringify({ id, text: dump(i) }));
				else if (kind === 'good') lines.push(JSON.stringify({ id, path: path.join(dir, 'good.txt') }));
				else if (kind === 'missing') lines.push(JSON.stringify({ id, path: path.join(dir, 'missing.txt') }));
				else if (kind === 'binary') lines.push(JSON.stringify({ id, path: path.join(dir, 'binary.txt') }));
				else if (kind === 'empty') lines.push(JSON.stringify({ id, path: path.join(dir, 'empty.txt') }));
				else if (kind === 'huge') lines.push(JSON.stringify({ id, path: path.join(dir, 'huge.txt') }));
				else if (kind === 'notjson') lines.push(`{"id": "${id}", broken`);
				else lines.push(JSON.stringify({ id, text: 'Just a line of prose, not a page dump.' }));
			}
			const r = run(['extract', '--jsonl', '--format', 'text', '--max-size', '10KB', '--jobs', String(jobs)], lines.join('\n') + '\n');
			assert.equal(r.status, 1, r.stderr);
			assert.equal(r.lines.length, 1000);
			for (let i = 0; i < 1000; i++) {
				const line = r.lines[i];
				const kind = kinds[i % kinds.length];
				if (kind !== 'notjson') assert.equal(line.id, `r${i}`, `line ${i} in order`);
				const expected = kind === 'text' || kind === 'good' ? 'ok' : kind === 'missing' || kind === 'notjson' ? 'error' : 'skipped';
				assert.equal(line.status, expected, `line ${i} (${kind}): ${JSON.stringify(line)}`);
			}
			assert.match(String(r.lines[0].result), /Paragraph 0 of the generated article/);
			assert.match(String(r.lines[5].reason), /above the 10\.0 KB limit/);
		});
	}

	test('check --jsonl: findings per record, exit 0 when none is an error', () => {
		const input = [JSON.stringify({ id: 'a', text: dump(1).replace('long enough', '[x](javascript:alert(1)) long enough') }), JSON.stringify({ id: 'b', text: dump(2) })].join('\n');
		const r = run(['check', '--jsonl', '--rule', 'PD102=error'], input);
		assert.equal(r.lines.length, 2);
		const codes = (r.lines[0].findings as { code: string }[]).map((f) => f.code);
		assert.ok(codes.includes('PD102'), codes.join(','));
		assert.equal(r.status, 1, 'an error-severity finding exits 1');
	});

	test('lines: chunks split anywhere (CRLF, inside a UTF-8 character), a last line without newline, an over-long line dropped', async () => {
		const bytes = Buffer.from('{"a":"é"}\r\n\n' + 'x'.repeat(50) + '\n{"b":"ü"}', 'utf8');
		const chunks: Buffer[] = [];
		for (let i = 0; i < bytes.length; i += 3) chunks.push(bytes.subarray(i, i + 3));
		const got: (string | typeof OVERSIZED)[] = [];
		for await (const line of linesOf(Readable.from(chunks), 20)) got.push(line);
		assert.deepEqual(got, ['{"a":"é"}', '', OVERSIZED, '{"b":"ü"}']);
	});

	test('an over-long request line is an error record in its place, and the stream goes on', () => {
		const big = JSON.stringify({ id: 'big', text: 'y'.repeat(3_000_000) });
		const r = run(['extract', '--jsonl', '--format', 'text', '--max-size', '500KB'], [JSON.stringify({ id: 'a', text: dump(1) }), big, JSON.stringify({ id: 'c', text: dump(3) })].join('\n'));
		assert.deepEqual(r.lines.map((l) => l.status), ['ok', 'error', 'ok']);
		assert.match(String(r.lines[1].reason), /line 2 is longer than/);
	});

	test('usage: --jsonl takes no file arguments', () => {
		const r = run(['extract', '--jsonl', 'some.txt'], '');
		assert.equal(r.status, 2);
		assert.match(r.stderr, /--jsonl reads its inputs from standard input/);
	});
});
