// UI scenario: a dump opens as plain text from the Explorer in the real workbench (no custom editor association).
import type { UiContext } from '../uiTypes';

export const name = 'workbench opens a dump as text';

const FILE = 'sample-article.txt';

export async function run(ctx: UiContext): Promise<void> {
	const page = await ctx.openWorkbench('ui-workspace', { theme: 'Light Modern' });
	await ctx.clickExplorerFile(page, FILE);

	// The editor tab for the file, then its text rendered by Monaco (view lines, not the hidden textarea).
	await page.locator('.tabs-container .tab', { hasText: FILE }).first().waitFor({ timeout: 30_000 });
	const lines = page.locator('.editor-instance .monaco-editor .view-lines');
	await lines.filter({ hasText: 'Tide Tables for Small Harbors' }).first().waitFor({ timeout: 30_000 });

	const title = await page.title();
	if (!title.includes('[Extension Development Host]')) {
		throw new Error(`window title lacks "[Extension Development Host]": ${title}`);
	}
	await ctx.screenshot(page, 'workbench-text');
}
