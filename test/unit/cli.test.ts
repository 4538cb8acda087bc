import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../util/runCli';

const SAMPLE = path.join(__dirname, '..', '..', '..', 'samples', 'harbor-times-ferry.txt');

const run = runCli;

function tempDir(): string {
	return fs.mkdtempSync(path.join(os.tmpdir(), 'pagedump-cli-'));
}

suite('pagedump CLI', () => {
	test('extract prints Markdown with front matter for one input', async () => {
		const r = await run('extract', SAMPLE);
		assert.equal(r.code, 0, r.err);
		assert.ok(r.out.startsWith('---\ntitle: Electric ferry begins service across the bay\n'), r.out.slice(0, 200));
		assert.match(r.out, /\nauthor: Marta Quintero\n/);
		assert.match(r.out, /## What changes for riders/);
		assert.doesNotMatch(r.out, /Most popular|Leave a Reply|All rights reserved|onclick/);
	});

	test('extract --format json has the contract fields, null for what is missing', async () => {
		const r = await run('extract', SAMPLE, '--format', 'json');
		assert.equal(r.code, 0, r.err);
		const json = JSON.parse(r.out);
		for (const key of ['title', 'author', 'published', 'modified', 'url', 'siteName', 'language', 'description', 'tags']) assert.ok(key in json.metadata, `metadata.${key}`);
		assert.equal(json.metadata.url, 'https://www.harbortimes.example/local/2024/03/electric-ferry-begins-service/');
		assert.equal(typeof json.markdown, 'string');
		assert.equal(typeof json.text, 'string');
		assert.deepEqual(json.headings.map((h: { text: string }) => h.text), ['What changes for riders', 'The cost, and who pays it']);
		assert.ok(Array.isArray(json.removed) && json.removed.length > 0);
		assert.ok(json.removed.every((r: { step: string; signal: string }) => r.step && r.signal !== undefined));
		assert.ok(json.stats.words > 300);
	});

	test('extract --format text has no title and no markup; html is sanitized', async () => {
		const text = await run('extract', SAMPLE, '--format', 'text');
		assert.ok(!text.out.includes('Electric ferry begins service across the bay'), 'no title');
		assert.ok(text.out.includes('The first battery-electric passenger ferry'));
		assert.doesNotMatch(text.out, /\]\(|\{\.|:::/);
		const html = await run('extract', SAMPLE, '--format', 'html');
		assert.match(html.out, /^<!DOCTYPE html>/i);
		assert.doesNotMatch(html.out, /<script|onclick|javascript:/i);
	});

	test('extract --out-dir over a directory with --jobs 2 writes one file per dump and reports the rest by name', async () => {
		const dir = tempDir();
		const out = path.join(dir, 'out');
		const inputs = path.join(dir, 'in');
		fs.mkdirSync(inputs);
		fs.copyFileSync(SAMPLE, path.join(inputs, 'a.txt'));
		fs.copyFileSync(SAMPLE, path.join(inputs, 'b.txt'));
		fs.writeFileSync(path.join(inputs, 'empty.txt'), '');
		fs.writeFileSync(path.join(inputs, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
		fs.writeFileSync(path.join(inputs, 'prose.txt'), 'Just a shopping list.\n\nEggs, milk.\n');
		fs.writeFileSync(path.join(inputs, 'notes.md'), '# not a .txt');
		const r = await run('extract', inputs, '--out-dir', out, '--jobs', '2', '--format', 'json');
		assert.equal(r.code, 1, 'something was skipped');
		assert.deepEqual(fs.readdirSync(out).sort(), ['a.json', 'b.json']);
		assert.match(r.err, /empty\.txt: skipped: empty file/);
		assert.match(r.err, /binary\.txt: skipped: binary file/);
		assert.match(r.err, /prose\.txt: skipped: does not look like a page dump/);
		assert.match(r.err, /extracted 2 of 5/);
		assert.doesNotMatch(r.err, /at .*\.js:\d+/, 'no stack trace');
	});

	test('extract never overwrites an existing output unless asked', async () => {
		const dir = tempDir();
		const outFile = path.join(dir, 'article.md');
		fs.writeFileSync(outFile, 'mine');
		const r = await run('extract', SAMPLE, '--out', outFile);
		assert.equal(r.code, 1);
		assert.equal(fs.readFileSync(outFile, 'utf8'), 'mine');
		assert.match(r.err, /exists \(use --overwrite/);
		const again = await run('extract', SAMPLE, '--out', outFile, '--overwrite');
		assert.equal(again.code, 0);
		assert.match(fs.readFileSync(outFile, 'utf8'), /^---\ntitle:/);
	});

	test('a file above --max-size is skipped with the reason', async () => {
		const r = await run('extract', SAMPLE, '--max-size', '1k');
		assert.equal(r.code, 1);
		assert.match(r.err, /harbor-times-ferry\.txt: skipped: .* is above the 1\.0 KB limit/);
	});

	test('usage errors exit 2 with a message, never a stack trace', async () => {
		for (const argv of [[], ['frobnicate'], ['extract'], ['extract', SAMPLE, '--format', 'pdf'], ['extract', SAMPLE, '--jobs', '0'], ['outline'], ['check', '--bogus', SAMPLE]]) {
			const r = await run(...argv);
			assert.equal(r.code, 2, `${argv.join(' ')} → ${r.code}`);
			if (argv.length > 0) assert.match(r.err, /^pagedump/);
		}
		const missing = await run('extract', '/no/such/file.txt');
		assert.equal(missing.code, 2);
		assert.match(missing.err, /\/no\/such\/file\.txt: no such file or directory/);
	});

	test('--help for each command', async () => {
		for (const cmd of ['extract', 'check', 'outline']) {
			const r = await run(cmd, '--help');
			assert.equal(r.code, 0);
			assert.match(r.out, new RegExp(`pagedump ${cmd}`));
		}
	});

	test('outline prints the article, its headings, metadata and regions; json nests children', async () => {
		const text = await run('outline', SAMPLE);
		assert.equal(text.code, 0, text.err);
		const lines = text.out.split('\n');
		assert.match(lines[0], /^Electric ferry begins service across the bay/);
		assert.match(lines[1], /^ {2}What changes for riders/);
		const json = JSON.parse((await run('outline', SAMPLE, '--format', 'json')).out);
		assert.equal(json[0].kind, 'article');
		assert.deepEqual(Object.keys(json[0]).sort(), ['children', 'detail', 'kind', 'name', 'range', 'selectionRange']);
		assert.equal(json[0].children[0].name, 'What changes for riders');
		assert.equal(typeof json[0].range.start.line, 'number');
	});

	test('check prints file:line:col findings and exits by severity', async () => {
		const r = await run('check', SAMPLE);
		assert.ok(r.code === 0 || r.code === 1);
		for (const line of r.out.trim().split('\n').filter(Boolean)) assert.match(line, /^.+:\d+:\d+: (error|warning|info|hint) PD\d+ /);
		const json = JSON.parse((await run('check', SAMPLE, '--format', 'json')).out);
		assert.ok(Array.isArray(json));
	});
});
