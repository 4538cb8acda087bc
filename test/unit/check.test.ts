// `pagedump check` through runCheck: formats, positions, exit codes, directories and unreadable input.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCheck, type CheckIo } from '../../src/cli/check';

const RULE_FIXTURES = path.resolve(__dirname, '../../../test/fixtures/rules');

function capture(extra: Partial<CheckIo> = {}): CheckIo & { stdout: string; stderr: string } {
	const io = {
		stdout: '',
		stderr: '',
		out(t: string) {
			io.stdout += t;
		},
		err(t: string) {
			io.stderr += t;
		},
		options: { scope: 'page' as const, requiredMetadata: [], now: new Date('2024-06-01T00:00:00Z') },
		...extra,
	};
	return io;
}

suite('pagedump check', () => {
	let tmp: string;
	suiteSetup(() => {
		tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pagedump-check-'));
		fs.writeFileSync(path.join(tmp, 'a.txt'), '::: {#main .article-body}\n# A\n\nOpen the [menu](#) now.\n\n[](https://example.com/x)\n:::\n');
		fs.writeFileSync(path.join(tmp, 'b.txt'), '::: {#main .article-body}\n# B\n\nNothing wrong here: [ok](https://example.com/).\n:::\n');
		fs.writeFileSync(path.join(tmp, 'notes.md'), '[](#)\n');
	});
	suiteTeardown(() => fs.rmSync(tmp, { recursive: true, force: true }));

	test('text: file:line:col: severity code message, 1-based; exit 0 without errors', async () => {
		const io = capture();
		const code = await runCheck([path.join(tmp, 'a.txt')], 'text', io);
		assert.equal(code, 0);
		const file = path.join(tmp, 'a.txt');
		assert.equal(io.stdout, `${file}:4:17: warning PD103 Link target "#" is a placeholder: it goes nowhere.\n${file}:6:1: warning PD108 Link to "https://example.com/x" has no text.\n`);
		assert.equal(io.stderr, '');
	});

	test('json: 0-based ranges with file, code, rule, severity and message', async () => {
		const io = capture();
		await runCheck([path.join(tmp, 'a.txt')], 'json', io);
		const rows = JSON.parse(io.stdout) as unknown[];
		assert.deepEqual(rows[0], {
			file: path.join(tmp, 'a.txt'),
			code: 'PD103',
			rule: 'placeholder-link-target',
			severity: 'warning',
			message: 'Link target "#" is a placeholder: it goes nowhere.',
			range: { start: { line: 3, character: 16 }, end: { line: 3, character: 17 } },
		});
	});

	test('a directory means its .txt files, sorted', async () => {
		const io = capture();
		await runCheck([tmp], 'json', io);
		const files = new Set((JSON.parse(io.stdout) as { file: string }[]).map((r) => path.basename(r.file)));
		assert.deepEqual([...files], ['a.txt']);
	});

	test('exit 1 when a finding is at error severity', async () => {
		const io = capture({ options: { scope: 'page', requiredMetadata: [], rules: { PD103: 'error' } } });
		assert.equal(await runCheck([tmp], 'text', io), 1);
		assert.match(io.stdout, /: error PD103 /);
	});

	test('exit 2 for a missing file, an unknown format or no input; readable inputs are still reported', async () => {
		const io = capture();
		assert.equal(await runCheck([path.join(tmp, 'missing.txt'), path.join(tmp, 'a.txt')], 'text', io), 2);
		assert.match(io.stderr, /missing\.txt: no such file or directory/);
		assert.match(io.stdout, /PD103/);
		assert.equal(await runCheck([tmp], 'xml' as never, capture()), 2);
		assert.equal(await runCheck([], 'text', capture()), 2);
	});

	test('sarif: 2.1.0 with every rule and 1-based regions', async () => {
		const io = capture();
		await runCheck([path.join(tmp, 'a.txt')], 'sarif', io);
		const sarif = JSON.parse(io.stdout);
		assert.equal(sarif.version, '2.1.0');
		const run = sarif.runs[0];
		assert.ok(run.tool.driver.rules.some((r: { id: string; helpUri: string }) => r.id === 'PD103' && r.helpUri.endsWith('#pd103-placeholder-link-target')));
		const first = run.results[0];
		assert.equal(first.ruleId, 'PD103');
		assert.equal(run.tool.driver.rules[first.ruleIndex].id, 'PD103');
		assert.equal(first.level, 'warning');
		assert.deepEqual(first.locations[0].physicalLocation.region, { startLine: 4, startColumn: 17, endLine: 4, endColumn: 18 });
		assert.ok(first.locations[0].physicalLocation.artifactLocation.uri.startsWith('file:///'));
	});

	test('the rule fixtures run through the CLI too', async () => {
		const io = capture();
		const code = await runCheck([RULE_FIXTURES], 'json', io);
		assert.equal(code, 0);
		assert.ok((JSON.parse(io.stdout) as unknown[]).length > 20);
	});
});
