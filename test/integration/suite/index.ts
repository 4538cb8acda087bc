// Mocha runner loaded inside the extension host (extensionTestsPath); VS Code calls run() and reports its result.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { log } from './util';

// Generous because the first test waits for activation of a cold extension host.
const SUITE_TIMEOUT_MS = 60_000;

/** Lists every *.test.js below dir, sorted so runs are reproducible. */
function findTestFiles(dir: string): string[] {
	const entries = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' });
	return entries.filter((f) => f.endsWith('.test.js')).sort().map((f) => path.join(dir, f));
}

export function run(): Promise<void> {
	// The host owns console.log (it cannot be replaced), so mocha's reporter is pointed at our marked log().
	Mocha.reporters.Base.consoleLog = log;
	// Colours off: the output travels through the browser bridge into CI logs, where escapes are noise.
	const mocha = new Mocha({ ui: 'tdd', color: false, timeout: SUITE_TIMEOUT_MS, reporter: 'spec' });
	// PAGEDUMP_* reaches the host from the launcher's environment, so PAGEDUMP_GREP=preview narrows a local run.
	if (process.env.PAGEDUMP_GREP) {
		mocha.grep(process.env.PAGEDUMP_GREP);
	}
	for (const file of findTestFiles(__dirname)) {
		mocha.addFile(file);
	}
	return new Promise<void>((resolve, reject) => {
		try {
			const runner = mocha.run((failures) => {
				const { passes, failures: failed, pending } = runner.stats ?? { passes: 0, failures, pending: 0 };
				// The one closing line CI reads; mocha's own "N passing" is not recognised there.
				log(`integration: ${passes} passed, ${failed} failed, ${pending} skipped`);
				if (failures > 0) {
					reject(new Error(`${failures} integration test(s) failed.`));
				} else {
					resolve();
				}
			});
		} catch (err) {
			log('integration: 0 passed, 1 failed, 0 skipped');
			reject(err instanceof Error ? err : new Error(String(err)));
		}
	});
}
