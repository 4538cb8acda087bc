// UI scenario: a seed dump opened as text is switched to Page Dump, and the Outline panel shows the article, the
// metadata and the page's regions; clicking the article reveals it. Saves test-artifacts/outline-seed.png.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCommand } from '../uiCommands';
import type { UiContext } from '../uiTypes';

export const name = 'outline of a seed opened as text';
export const timeoutMs = 180_000;

const SEED = '000_468c16c062ea868e.txt';
const TITLE = 'Behind the scenes on Microsoft Viva with Microsoft Mechanics';

export async function run(ctx: UiContext): Promise<void> {
	const seeds = path.resolve(ctx.fixturesDir, '../../..', '../shared/seeds');
	if (!fs.existsSync(path.join(seeds, SEED))) {
		ctx.log(`skipped: ${path.join(seeds, SEED)} is absent (../shared is not in this checkout)`);
		return;
	}
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pagedump-outline-ui-'));
	fs.copyFileSync(path.join(seeds, SEED), path.join(dir, SEED));
	try {
		const page = await ctx.openWorkbench(dir, {
			settings: {
				'files.exclude': { '**/.vscode': true },
				'editor.minimap.enabled': false,
				'pageDump.dimBoilerplate': true,
				// Top-level symbols collapsed: the article, metadata and every region fit in the panel at once.
				'outline.collapseItems': 'alwaysCollapse',
			},
		});
		await ctx.clickExplorerFile(page, SEED);
		await page.locator('.tabs-container .tab', { hasText: SEED }).first().waitFor({ timeout: 30_000 });
		// The language switch shows in the status bar.
		await page.locator('.statusbar-item', { hasText: 'Page Dump' }).first().waitFor({ timeout: 30_000 });

		await runCommand(page, 'Explorer: Focus on Outline View');
		// Give the Outline room: collapse the folder list, which this screenshot is not about.
		await page.locator('.pane-header', { hasText: path.basename(dir) }).first().click();
		const outline = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /^\s*Outline/i }) });
		const articleRow = outline.locator('.monaco-list-row', { hasText: TITLE }).filter({ hasNot: page.locator('text=/^Title:/') }).last();
		await articleRow.waitFor({ timeout: 30_000 });
		for (const region of ['Header and navigation', 'Sidebar', 'Footer']) {
			await outline.locator('.monaco-list-row', { hasText: region }).first().waitFor({ timeout: 10_000 });
		}
		// Expand the article to show its headings, then click it: the editor reveals the article.
		await articleRow.locator('.monaco-tl-twistie').click();
		await outline.locator('.monaco-list-row', { hasText: 'By Seth Patton' }).first().waitFor({ timeout: 10_000 });
		await articleRow.locator('.monaco-tl-contents').click();
		await page.locator('.editor-instance .view-lines', { hasText: 'By Seth Patton' }).first().waitFor({ timeout: 15_000 });
		await ctx.screenshot(page, 'outline-seed');
	} finally {
		fs.rmSync(dir, { recursive: true, force: true });
	}
}
