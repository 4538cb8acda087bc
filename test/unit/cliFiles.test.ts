// Files on disk in the CLI: links at the destination, atomic replacement, bad folder entries, outputs that would
// replace inputs or collide without case, non-regular files, terminal escapes and error wording. Temp folders only.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main, type CliIo } from '../../src/cli/pagedump';
import { readDumpFile } from '../../src/cli/inputs';
import { escapeControls } from '../../src/cli/terminal';

const SAMPLE = path.join(__dirname, '..', '..', '..', 'samples', 'harbor-times-ferry.txt');
/** Root reads and lists anything: permission tests say so and skip. */
const IS_ROOT = process.getuid?.() === 0;

async function run(argv: string[], terminal = false): Promise<{ code: number; out: string; err: string }> {
	let out = '';
	let err = '';
	const io: CliIo = { out: (t) => (out += t), err: (t) => (err += t), outIsTerminal: terminal };
	const code = await main(argv, io);
	return { code, out, err };
}

suite('CLI files on disk', () => {
	let dir: string;
	let inDir: string;
	let outDir: string;

	setup(() => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pagedump-files-'));
		inDir = path.join(dir, 'in');
		outDir = path.join(dir, 'out');
		fs.mkdirSync(inDir);
		fs.mkdirSync(outDir);
		fs.copyFileSync(SAMPLE, path.join(inDir, 'a.txt'));
	});

	teardown(() => fs.rmSync(dir, { recursive: true, force: true }));

	test('a dangling link at the destination is never written through, with or without --overwrite', async () => {
		const elsewhere = path.join(dir, 'elsewhere');
		fs.mkdirSync(elsewhere);
		fs.symlinkSync(path.join(elsewhere, 'x'), path.join(outDir, 'a.md'));
		for (const extra of [[], ['--overwrite']]) {
			const r = await run(['extract', inDir, '--out-dir', outDir, ...extra]);
			assert.equal(r.code, 1, r.err);
			assert.match(r.err, /a\.md is a symbolic link; pagedump never writes through one/);
			assert.equal(fs.existsSync(path.join(elsewhere, 'x')), false, `created the link's target (${extra.join(' ')})`);
			assert.ok(fs.lstatSync(path.join(outDir, 'a.md')).isSymbolicLink());
		}
	});

	test('a link to an existing file at the destination keeps that file unchanged under --overwrite', async () => {
		const victim = path.join(dir, 'victim.txt');
		fs.writeFileSync(victim, 'precious');
		fs.symlinkSync(victim, path.join(outDir, 'a.md'));
		const r = await run(['extract', inDir, '--out-dir', outDir, '--overwrite']);
		assert.equal(r.code, 1, r.err);
		assert.equal(fs.readFileSync(victim, 'utf8'), 'precious');
	});

	test('--overwrite replaces the file atomically (a new file renamed over it), leaving no temporary file', async () => {
		const target = path.join(outDir, 'a.md');
		fs.writeFileSync(target, 'old');
		// A hard link sees in-place writes; a rename gives the name a new file and leaves the old one alone.
		fs.linkSync(target, path.join(dir, 'old-copy'));
		const r = await run(['extract', inDir, '--out-dir', outDir, '--overwrite']);
		assert.equal(r.code, 0, r.err);
		assert.match(fs.readFileSync(target, 'utf8'), /^---\ntitle:/);
		assert.equal(fs.readFileSync(path.join(dir, 'old-copy'), 'utf8'), 'old', 'the file was rewritten in place, not replaced');
		assert.deepEqual(fs.readdirSync(outDir), ['a.md']);
	});

	test('a dangling link in the input folder is reported by name and the batch goes on (extract and check)', async () => {
		fs.symlinkSync(path.join(dir, 'missing.txt'), path.join(inDir, 'b.txt'));
		fs.copyFileSync(SAMPLE, path.join(inDir, 'c.txt'));
		const r = await run(['extract', inDir, '--out-dir', outDir]);
		assert.equal(r.code, 2, r.err);
		assert.match(r.err, /b\.txt: failed: cannot read \(a symbolic link to a missing file\)/);
		assert.doesNotMatch(r.err, /internal error/);
		assert.deepEqual(fs.readdirSync(outDir).sort(), ['a.md', 'c.md']);
		const c = await run(['check', inDir, '--format', 'json']);
		assert.equal(c.code, 2, c.err);
		assert.match(c.err, /b\.txt: cannot read/);
		const files = new Set((JSON.parse(c.out) as { file: string }[]).map((f) => path.basename(f.file)));
		assert.ok(files.has('a.txt') && files.has('c.txt'), [...files].join());
	});

	test('an output that is an input is refused, even with --overwrite (--out-dir = the input folder, or --out)', async () => {
		const before = fs.readFileSync(path.join(inDir, 'a.txt'), 'utf8');
		const r = await run(['extract', inDir, '--out-dir', inDir, '--format', 'text', '--overwrite']);
		assert.equal(r.code, 1, r.err);
		assert.match(r.err, /is an input file; it is never replaced/);
		assert.equal(fs.readFileSync(path.join(inDir, 'a.txt'), 'utf8'), before);
		const upper = await run(['extract', path.join(inDir, 'a.txt'), '--out', path.join(inDir, 'A.TXT'), '--overwrite']);
		assert.equal(upper.code, 2, upper.err);
		assert.equal(fs.readFileSync(path.join(inDir, 'a.txt'), 'utf8'), before);
	});

	test('names that differ only in case collide: one is written, the other reported', async () => {
		fs.copyFileSync(SAMPLE, path.join(inDir, 'A.txt'));
		const r = await run(['extract', inDir, '--out-dir', outDir]);
		assert.equal(r.code, 1, r.err);
		assert.match(r.err, /would collide with another input's/);
		assert.equal(fs.readdirSync(outDir).length, 1);
	});

	test('a FIFO is refused at once, never read (no hang), and the batch goes on', async function () {
		if (process.platform === 'win32') this.skip();
		execFileSync('mkfifo', [path.join(inDir, 'pipe.txt')]);
		const r = await run(['extract', inDir, '--out-dir', outDir]);
		assert.equal(r.code, 1, r.err);
		assert.match(r.err, /pipe\.txt: skipped: not a regular file/);
		assert.ok(fs.existsSync(path.join(outDir, 'a.md')));
		const d = await run(['extract', '/dev/zero']);
		assert.match(d.err, /not a regular file/);
	});

	test('a file above --max-size is refused; one at the limit is read whole', () => {
		const file = path.join(dir, 'grows.txt');
		fs.writeFileSync(file, 'x'.repeat(2000));
		assert.throws(() => readDumpFile(file, 1000), /above the 1000 B limit/);
		assert.equal(readDumpFile(file, 2000).length, 2000);
	});

	test('error wording: unlistable and unreadable inputs say permission denied, exit 2 from extract and check alike', async function () {
		if (IS_ROOT) {
			console.log('      skipped: running as root, permissions do not apply');
			this.skip();
		}
		const locked = path.join(dir, 'locked');
		fs.mkdirSync(locked);
		fs.chmodSync(locked, 0o000);
		const unreadable = path.join(inDir, 'u.txt');
		fs.writeFileSync(unreadable, 'x');
		fs.chmodSync(unreadable, 0o000);
		try {
			const l = await run(['check', locked]);
			assert.match(l.err, /permission denied/);
			assert.equal(l.code, 2);
			const e = await run(['extract', unreadable]);
			const c = await run(['check', unreadable]);
			assert.equal(e.code, 2, e.err);
			assert.equal(c.code, 2, c.err);
			assert.match(e.err, /permission denied/);
		} finally {
			fs.chmodSync(locked, 0o755);
		}
	});

	test('a missing input says no such file or directory, without "internal error"', async () => {
		const r = await run(['extract', path.join(dir, 'nope.txt')]);
		assert.equal(r.code, 2);
		assert.match(r.err, /nope\.txt: no such file or directory/);
	});
});

suite('CLI terminal escapes', () => {
	let dir: string;
	let file: string;
	const ESC_TITLE = '\u001b]0;pwned\u0007';
	const HYPERLINK = '\u001b]8;;https://evil.example\u001b\\click\u001b]8;;\u001b\\';

	setup(() => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pagedump-esc-'));
		file = path.join(dir, 'esc.txt');
		const text = fs.readFileSync(SAMPLE, 'utf8').replace('## What changes for riders', `## What changes ${ESC_TITLE} for riders \u009b31m`).replace(/\]\(https?:[^)]*\)/, `](${HYPERLINK})`);
		fs.writeFileSync(file, text);
	});

	teardown(() => fs.rmSync(dir, { recursive: true, force: true }));

	test('escapeControls shows C0, DEL, C1 and bidi controls, keeps tabs and newlines', () => {
		assert.equal(escapeControls('a\u001b[31mb\u0007\u009b\u007f\u202e\tc\n'), 'a\\x1B[31mb\\x07\\x9B\\x7F\\u202E\tc\n');
	});

	test('check text, outline text and extract to a terminal never print raw control characters', async () => {
		const raw = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
		const check = await run(['check', file, '--scope', 'page', '--rule', 'PD107=error']);
		const outline = await run(['outline', file]);
		const extract = await run(['extract', file], true);
		for (const [name, r] of [['check', check], ['outline', outline], ['extract', extract]] as const) {
			assert.doesNotMatch(r.out, raw, `${name} printed a control character`);
			assert.doesNotMatch(r.err, raw, `${name} printed a control character on stderr`);
		}
		assert.match(outline.out, /\\x1B\]0;pwned\\x07/);
		// A pipe or file still gets the text as it is.
		const piped = await run(['extract', file], false);
		assert.ok(piped.out.includes('\u001b'));
	});
});
