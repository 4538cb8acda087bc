import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { main, type CliIo } from '../../src/cli/pagedump';
import { KIND_CASES } from './pathologicalKindCases';
import { OUTLINE_CASES } from './pathologicalOutlineCases';
import { PARSER_CASES } from './pathologicalParserCases';
import type { CaseResult } from './pathologicalWorker';

// A liveness guard, not a speed test: a case fails only if it has not finished by then (on a busy machine too).
const LIVENESS_BOUND_MS = 120_000;
// The 200 MB case only parses, but it is 200 MB.
const BIG_LIVENESS_BOUND_MS = 240_000;

const WORKER = path.join(__dirname, 'pathologicalWorker.js');

/** Runs one case in a worker; rejects when it throws or outlives the bound (the worker is then stopped). */
function runCase(name: string, boundMs: number): Promise<CaseResult> {
	return new Promise((resolve, reject) => {
		// Room for the 200 MB case's tree; the default heap limit would stop it before the liveness bound does.
		const worker = new Worker(WORKER, { workerData: name, resourceLimits: { maxOldGenerationSizeMb: 12_000 } });
		const timer = setTimeout(() => {
			void worker.terminate();
			reject(new Error(`${name}: did not finish within ${boundMs / 1000} s (liveness bound)`));
		}, boundMs);
		worker.once('message', (r: CaseResult) => {
			clearTimeout(timer);
			void worker.terminate();
			resolve(r);
		});
		worker.once('error', (e) => {
			clearTimeout(timer);
			reject(e);
		});
	});
}

const CASES = [
	'nested fences',
	'unclosed nested fences',
	'10 MB line',
	'a million [',
	'a million ![',
	'a million {',
	'a million ] ( pairs',
	'unclosed everything',
	'many unclosed code fences in divs',
	'NUL bytes',
	'NUL characters in text',
	'invalid UTF-8',
	'BOM',
	'CRLF and lone CR',
	'UTF-16',
	'empty',
	'200 MB',
	...Object.keys(PARSER_CASES),
	...Object.keys(OUTLINE_CASES),
	...Object.keys(KIND_CASES),
];

suite('pathological inputs (worker, liveness bound)', function () {
	for (const name of CASES) {
		const bound = name === '200 MB' ? BIG_LIVENESS_BOUND_MS : LIVENESS_BOUND_MS;
		test(`${name}: the pipeline finishes without throwing`, async function () {
			this.timeout(bound + 10_000);
			const r = await runCase(name, bound);
			assert.ok(r.ok, r.error);
			// Reported, never asserted: the time each step took.
			const steps = Object.entries(r.steps).map(([k, v]) => `${k} ${v} ms`).join(', ');
			console.log(`      ${name}: ${r.refused ? `refused (${r.refused})` : `${r.textLength} chars, ${r.tooComplex ? "refused as too complex" : `${r.blocks} blocks, ${r.problems} problems`}`}; ${steps}`);
			if (name === 'NUL bytes') assert.match(r.refused ?? '', /binary/);
			if (name === 'empty') assert.equal(r.blocks, 0);
			// Ten megabytes of links and emphasis on one line: refused as too complex (it took minutes and gigabytes).
			if (name === '10 MB line') assert.equal(r.tooComplex, true);
		});
	}
});

function captureIo(): CliIo & { out_: string; err_: string } {
	const io = { out_: '', err_: '', out: (t: string) => void (io.out_ += t), err: (t: string) => void (io.err_ += t) };
	return io;
}

suite('CLI on a directory of broken files', () => {
	let dir: string;

	setup(() => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pagedump-hostile-'));
		const inDir = path.join(dir, 'in');
		fs.mkdirSync(inDir);
		fs.writeFileSync(path.join(inDir, 'a-good.txt'), '::: {#main .article}\n# A title {#t}\n\n' + 'Some article text with enough words to count as prose, and a comma. '.repeat(20) + '\n:::\n');
		fs.writeFileSync(path.join(inDir, 'b-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
		fs.writeFileSync(path.join(inDir, 'c-empty.txt'), '');
		fs.writeFileSync(path.join(inDir, 'd-utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('::: {#main}\n# Titre\n\nTexte été.\n:::\n', 'utf16le')]));
		// Sparse: 60 MB on paper, nothing on disk. Above the default 50 MB limit.
		const big = path.join(inDir, 'e-too-large.txt');
		fs.writeFileSync(big, '# x\n');
		fs.truncateSync(big, 60 * 1024 * 1024);
	});

	teardown(() => fs.rmSync(dir, { recursive: true, force: true }));

	test('reports each skipped file with its reason, extracts the rest, and exits 1', async () => {
		const io = captureIo();
		const out = path.join(dir, 'out');
		const code = await main(['extract', path.join(dir, 'in'), '--out-dir', out], io);
		const said = io.err_ + io.out_;
		assert.equal(code, 1, said);
		assert.match(said, /b-binary\.txt[^\n]*binary/);
		assert.match(said, /e-too-large\.txt[^\n]*(large|limit|size)/i);
		assert.match(said, /c-empty\.txt[^\n]*(empty|no article|nothing)/i);
		// The good and the UTF-16 dumps are extracted despite the others.
		const written = fs.readdirSync(out);
		assert.ok(written.some((f) => f.startsWith('a-good')), `outputs: ${written.join(', ')}\n${said}`);
		assert.ok(written.some((f) => f.startsWith('d-utf16')) || /d-utf16\.txt/.test(said), `UTF-16 neither extracted nor reported\n${said}`);
		console.log(said.trim().split('\n').map((l) => '      ' + l).join('\n'));
	});
});
