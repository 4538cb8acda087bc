// The contract between the launcher (runTest.ts) and the UI scenarios in test/integration/ui/*.ts.
import type { Browser, FrameLocator, Page } from 'playwright-core';

/** Options for UiContext.openWorkbench. */
export interface OpenWorkbenchOptions {
	/** Color theme id: 'Light Modern' (the default), 'Dark Modern', 'Light+', 'Dark+' …; old 'Default …' names are mapped. */
	theme?: string;
	/** Workspace settings merged over the folder's own .vscode/settings.json (e.g. workbench.editorAssociations). */
	settings?: Record<string, unknown>;
	/** User settings merged over the harness defaults; written before the page opens (scenarios run one at a time). */
	userSettings?: Record<string, unknown>;
	/** Viewport; 1400x850 unless given. */
	viewport?: { width: number; height: number };
}

/** What the launcher hands to each UI scenario's run(ctx). */
export interface UiContext {
	browser: Browser;
	/** Base URL of the code-server instance, e.g. http://127.0.0.1:40123/ */
	serverUrl: string;
	/** Absolute path of test/integration/fixtures. */
	fixturesDir: string;
	/** Absolute path of test-artifacts/ (created). */
	artifactsDir: string;
	/**
	 * Opens a workbench page on a fresh copy of workspaceFolder (absolute, or relative to fixturesDir) with the
	 * extension under development loaded. Resolves once the workbench is restored and the Explorer lists files.
	 * The copy gets the given settings, so scenarios never see each other's settings or editor state.
	 * Pages are closed by the launcher when the scenario ends.
	 */
	openWorkbench(workspaceFolder: string, options?: OpenWorkbenchOptions): Promise<Page>;
	/** Clicks a file's row in the Explorer (more reliable than Quick Open, which can swallow the first keys). */
	clickExplorerFile(page: Page, fileName: string): Promise<void>;
	/** The content frame of the active webview (custom editor or panel); wait on elements inside it. */
	webviewFrame(page: Page): FrameLocator;
	/** Saves a PNG of the page to artifactsDir/<name>.png and returns its path. */
	screenshot(page: Page, name: string): Promise<string>;
	/** Prints a line prefixed with the scenario name. */
	log(message: string): void;
}

/** The shape every module in out/test/integration/ui/*.js must export. */
export interface UiScenario {
	name: string;
	run(ctx: UiContext): Promise<void>;
	/** Per-scenario guard; the launcher's default applies when absent. */
	timeoutMs?: number;
}
