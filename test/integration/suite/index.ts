// Mocha runner loaded inside the extension host (extensionTestsPath); VS Code calls run() and reports its result.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import type MochaType from 'mocha';

// Generous because the first test waits for activation of a cold extension host.
const SUITE_TIMEOUT_MS = 60_000;

/** Lists every *.test.js below dir, sorted so runs are reproducible. */
function findTestFiles(dir: string): string[] {
	const entries = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' });
	return entries.filter((f) => f.endsWith('.test.js')).sort().map((f) => path.join(dir, f));
}

/**
 * The offline launcher receives the workbench's own log on the same channel as ours; when it sets
 * INTEGRATION_LOG_MARKER, every console line of the extension host is prefixed with it so the launcher can print
 * only ours. Returns the function that restores the console.
 */
function markConsole(): () => void {
	const marker = process.env.INTEGRATION_LOG_MARKER;
	if (!marker) {
		return () => undefined;
	}
	const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
	const saved = methods.map((m) => console[m]);
	for (const [i, m] of methods.entries()) {
		const original = saved[i];
		console[m] = (...args: unknown[]) => original.call(console, marker + format(...args));
	}
	return () => methods.forEach((m, i) => (console[m] = saved[i]));
}

export function run(): Promise<void> {
	const restoreConsole = markConsole();
	// Loaded only now: mocha's reporters keep the console.log they see at load time.
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const Mocha = require('mocha') as typeof MochaType;
	// Colours off: the output travels through the browser bridge into CI logs, where escapes are noise.
	const mocha = new Mocha({ ui: 'tdd', color: false, timeout: SUITE_TIMEOUT_MS, reporter: 'spec' });
	for (const file of findTestFiles(__dirname)) {
		mocha.addFile(file);
	}
	return new Promise<void>((resolve, reject) => {
		try {
			const runner = mocha.run((failures) => {
				const { passes, failures: failed, pending } = runner.stats ?? { passes: 0, failures, pending: 0 };
				// The one closing line CI reads; mocha's own "N passing" is not recognised there.
				console.log(`integration: ${passes} passed, ${failed} failed, ${pending} skipped`);
				if (failures > 0) {
					reject(new Error(`${failures} integration test(s) failed.`));
				} else {
					resolve();
				}
			});
		} catch (err) {
			console.log('integration: 0 passed, 1 failed, 0 skipped');
			reject(err instanceof Error ? err : new Error(String(err)));
		}
	}).finally(restoreConsole);
}
