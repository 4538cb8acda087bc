// The published shape: `npm pack`, install the tarball into a new project, then use it from CommonJS, ESM and TypeScript and run the example.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const REPO = path.resolve(__dirname, '../../..');
/** Packing builds the bundles and the types and installing reads the npm cache: minutes on a busy 2-core machine. */
const PACK_TIMEOUT_MS = 15 * 60_000;

const DUMP = [
	'::: {#nav .menu}',
	'[Home](/){.nav-link}',
	':::',
	'',
	'::: {.entry-content}',
	'# Tarball title',
	'',
	'The article body has enough words to be found as the main content of this small page, written for the library test.',
	'',
	'A second paragraph links [a source](https://example.org/source) and ends the article.',
	':::',
	'',
].join('\n');

suite('Library package', function () {
	this.timeout(PACK_TIMEOUT_MS);
	let project: string;

	suiteSetup(function () {
		if (process.env.PAGEDUMP_SKIP_PACK === '1') {
			console.log('      skipped: PAGEDUMP_SKIP_PACK=1');
			this.skip();
		}
		project = fs.mkdtempSync(path.join(os.tmpdir(), 'pagedump-lib-'));
		fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'uses-page-dump-review', private: true }));
		const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
		const tarball = execFileSync(npm, ['pack', '--silent', '--pack-destination', project], { cwd: REPO, encoding: 'utf8' }).trim().split('\n').pop()!;
		execFileSync(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', `./${tarball}`], { cwd: project, stdio: 'pipe' });
		fs.writeFileSync(path.join(project, 'dump.txt'), DUMP);
	});

	suiteTeardown(() => {
		if (project) fs.rmSync(project, { recursive: true, force: true });
	});

	test('CommonJS: require gives analyzeDump, extract and the rules, without vscode', () => {
		const script = `const lib = require('page-dump-review');
const fs = require('node:fs');
const text = fs.readFileSync('dump.txt', 'utf8');
const a = lib.analyzeDump(text);
const out = lib.extract(text, { format: 'json' });
process.stdout.write(JSON.stringify({ title: a.article.metadata.title.value, rules: lib.RULES.length, found: out.found, json: JSON.parse(out.output).metadata.title }));`;
		const got = JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: project, encoding: 'utf8' }));
		assert.equal(got.title, 'Tarball title');
		assert.ok(got.rules >= 20);
		assert.equal(got.found, true);
		assert.equal(got.json, 'Tarball title');
	});

	test('ESM: import gives the same API; the article as Markdown resolves links against the given url', () => {
		fs.writeFileSync(
			path.join(project, 'esm.mjs'),
			`import { extract, analyzeDump } from 'page-dump-review';
import { readFileSync } from 'node:fs';
const text = readFileSync('dump.txt', 'utf8');
const md = extract(text, { format: 'md', url: 'https://site.example/page' }).output;
console.log(JSON.stringify({ md, outline: analyzeDump(text).outline.map((n) => n.name) }));`,
		);
		const got = JSON.parse(execFileSync(process.execPath, ['esm.mjs'], { cwd: project, encoding: 'utf8' }));
		assert.match(got.md, /^---\ntitle: Tarball title\n/);
		assert.match(got.md, /\[a source\]\(https:\/\/example\.org\/source\)/);
		assert.ok(!got.md.includes('Home'), 'the menu is not part of the article');
		assert.ok(got.outline.includes('Tarball title'));
	});

	test('TypeScript: the published types check a typed use of the API', () => {
		fs.writeFileSync(
			path.join(project, 'typed.ts'),
			`import { analyzeDump, extract, type Finding, type OutputFormat } from 'page-dump-review';
const format: OutputFormat = 'text';
const findings: readonly Finding[] = analyzeDump('x').findings({ scope: 'page' });
const out: string = extract('x', { format }).output;
export const n: number = findings.length + out.length;
// @ts-expect-error: an unknown format is a type error
extract('x', { format: 'pdf' });
`,
		);
		const tsc = path.join(REPO, 'node_modules', 'typescript', 'bin', 'tsc');
		execFileSync(process.execPath, [tsc, '--noEmit', '--strict', '--module', 'node16', '--moduleResolution', 'node16', '--lib', 'es2022,dom', 'typed.ts'], { cwd: project, encoding: 'utf8' });
	});

	test('the example runs against the installed package', () => {
		fs.copyFileSync(path.join(REPO, 'example.mjs'), path.join(project, 'example.mjs'));
		const out = execFileSync(process.execPath, ['example.mjs', 'dump.txt'], { cwd: project, encoding: 'utf8' });
		assert.match(out, /^title: Tarball title$/m);
		assert.match(out, /^findings: \d+ /m);
		assert.match(out, /^# Tarball title$/m);
		const own = execFileSync(process.execPath, ['example.mjs'], { cwd: project, encoding: 'utf8' });
		assert.match(own, /^title: Library example$/m);
	});

	test('the CLI comes with the package', () => {
		const bin = path.join(project, 'node_modules', '.bin', 'pagedump');
		const out = execFileSync(bin, ['extract', 'dump.txt', '--format', 'text'], { cwd: project, encoding: 'utf8' });
		assert.match(out, /The article body has enough words/);
	});
});
