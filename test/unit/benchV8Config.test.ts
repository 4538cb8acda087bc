// The bench names the V8 configuration of each table: the stage tables in V8's default flags and in the CLI's.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { printAims } from '../../bench/aims';
import { CHILD_RESULT_PREFIX, parseChildResult, V8_CONFIG_LABELS, v8Configs } from '../../bench/throughput';

const CHILD = path.join(__dirname, '..', '..', 'bench', 'cliFlagsThroughput.js');

/** What `fn` prints with console.log, line by line. */
function printed(fn: () => void): string[] {
	const lines: string[] = [];
	const log = console.log;
	console.log = (...xs: unknown[]) => void lines.push(xs.join(' '));
	try {
		fn();
	} finally {
		console.log = log;
	}
	return lines.join('\n').split('\n');
}

suite('bench: V8 configurations (issue 13)', () => {
	test('--v8 picks the stage tables\' configurations; both when absent; an unknown value is refused', () => {
		assert.deepEqual(v8Configs(['--quick']), ['default', 'cli']);
		assert.deepEqual(v8Configs(['--v8', 'both']), ['default', 'cli']);
		assert.deepEqual(v8Configs(['--v8', 'cli', '--quick']), ['cli']);
		assert.deepEqual(v8Configs(['--quick', '--v8', 'default']), ['default']);
		assert.equal(v8Configs(['--v8', 'fast']), undefined);
		assert.equal(v8Configs(['--v8']), undefined);
	});

	test('the child\'s result line is read back from its output, and a failed child gives none', () => {
		const result = { flags: ['--a', '--b=1'], summary: [{ pipeline: 2.5, ratio: 0.25 }, {}] };
		const out = `table line\n${CHILD_RESULT_PREFIX}${JSON.stringify(result)}\n`;
		assert.deepEqual(parseChildResult(out), result);
		assert.equal(parseChildResult('table line\nError: boom\n'), undefined);
		assert.equal(parseChildResult(`${CHILD_RESULT_PREFIX}{not json`), undefined);
		assert.equal(parseChildResult(`${CHILD_RESULT_PREFIX}{"flags":1}`), undefined);
	});

	test('the CLI-flag child sets the flags pagedump sets (src/cli/jitFlags.ts)', () => {
		const r = spawnSync(process.execPath, [CHILD, '--probe'], { encoding: 'utf8', timeout: 60_000 });
		assert.equal(r.status, 0, r.stderr);
		const result = parseChildResult(r.stdout);
		assert.ok(result, r.stdout);
		assert.deepEqual(result.flags, ['--no-turbo-inlining', `--interrupt-budget=${67_584 * 4}`, '--no-turbo-inline-array-builtins', '--no-turbo-loop-peeling']);
		assert.deepEqual(result.summary, []);
	});

	test('the aims name the configuration they are judged in, and print the other configuration\'s pipeline under them', () => {
		const lines = printed(() =>
			printAims(
				[
					{ config: 'default', corpus: { pipeline: 2.1, ratio: 0.2 } },
					{ config: 'cli', corpus: { pipeline: 1.9, ratio: 0.18 } },
				],
				[],
				undefined,
				undefined,
			),
		);
		const pipeline = lines.find((l) => l.includes('MB/s on the corpus'));
		assert.ok(pipeline?.includes('2.1 MB/s') && pipeline.includes(V8_CONFIG_LABELS.default), pipeline);
		const ratio = lines.find((l) => l.includes("x markdown-it's parse:"));
		assert.ok(ratio?.includes('0.20x') && ratio.includes(V8_CONFIG_LABELS.default), ratio);
		const other = lines.find((l) => l.includes(`in ${V8_CONFIG_LABELS.cli}`));
		assert.ok(other?.includes('pipeline 1.9 MB/s') && other.includes('0.18x'), other);
		const process = lines.find((l) => l.includes('whole pagedump extract process'));
		assert.ok(process?.includes(V8_CONFIG_LABELS.cli), process);
	});
});
