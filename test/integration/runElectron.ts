// Runs the same integration suite in desktop VS Code via @vscode/test-electron, for contributors with internet.
// Not usable offline (it downloads VS Code); `npm run test:integration` is the offline launcher. No UI stage here.
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

const REPO_ROOT = path.resolve(__dirname, '../../..');

/** The same PAGEDUMP_* passthrough as runTest.ts (e.g. PAGEDUMP_GREP). */
function pagedumpEnv(): Record<string, string> {
	const env: Record<string, string> = {};
	for (const [key, value] of Object.entries(process.env)) {
		if (key.startsWith('PAGEDUMP_') && value !== undefined) {
			env[key] = value;
		}
	}
	return env;
}

async function main(): Promise<void> {
	try {
		await runTests({
			// Latest stable by default; VSCODE_TEST_VERSION pins another (e.g. "1.138.0" or "insiders").
			version: process.env.VSCODE_TEST_VERSION ?? 'stable',
			extensionDevelopmentPath: REPO_ROOT,
			extensionTestsPath: path.join(REPO_ROOT, 'out/test/integration/suite/index'),
			extensionTestsEnv: pagedumpEnv(),
			launchArgs: [path.join(REPO_ROOT, 'test/integration/fixtures/workspace'), '--disable-extensions', '--disable-workspace-trust'],
		});
	} catch (err) {
		console.error('integration (electron) failed:', err instanceof Error ? err.message : err);
		process.exit(1);
	}
}

void main();
