// UI scenario: a folder under review in light and dark: the Page Dumps view with states and the badge, the preview's
// correction buttons on a block and on a removed region, and the review report. Saves test-artifacts/review-*.png.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { runCommand } from '../uiCommands';
import type { UiContext } from '../uiTypes';

export const name = 'review a folder';
// Two workbench pages, each booting in ~15 s on 2 cores, then the view, a preview and the report.
export const timeoutMs = 300_000;

const FERRY = 'harbor/ferry-timetable.txt';

/** A copy of the review fixture folder with some decisions already made, so the view shows every state. */
function makeWorkspace(ctx: UiContext): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pagedump-review-ui-'));
	fs.cpSync(path.join(ctx.fixturesDir, 'workspace', 'review'), dir, { recursive: true });
	const hash = (rel: string): string => 'sha256:' + createHash('sha256').update(fs.readFileSync(path.join(dir, rel))).digest('hex');
	fs.mkdirSync(path.join(dir, '.pagedump'));
	const reviews = {
		'blog/quiet-mornings.txt': { state: 'approved', hash: hash('blog/quiet-mornings.txt') },
		'docs/install-guide.txt': { state: 'needs-work', hash: hash('docs/install-guide.txt'), note: 'no author or date on the page' },
	};
	fs.writeFileSync(path.join(dir, '.pagedump', 'review.json'), JSON.stringify({ version: 1, reviews }, null, 2));
	return dir;
}

async function showDumpsView(page: Page): Promise<void> {
	// The view container's activity bar entry (a tab in recent workbenches, a link in older ones).
	const icon = page.locator('[role="tab"][aria-label^="Page Dumps"], .action-item[aria-label^="Page Dumps"], a.action-label[aria-label^="Page Dumps"]').first();
	const found = await icon.waitFor({ timeout: 30_000 }).then(() => true, () => false);
	if (found) await icon.click();
	else await runCommand(page, 'Page Dumps: Focus on Page Dumps View');
	await page.locator('.pane-body .monaco-list-row', { hasText: 'New ferry timetable' }).first().waitFor({ timeout: 60_000 });
}

/** Drags the side bar's edge to the right so the rows' descriptions (kind, words, problems) show in the screenshot. */
async function widenSideBar(page: Page): Promise<void> {
	const box = await page.locator('.part.sidebar').first().boundingBox();
	if (!box) return;
	const x = box.x + box.width + 1;
	const y = box.y + box.height / 2;
	await page.mouse.move(x, y);
	await page.mouse.down();
	await page.mouse.move(x + 330, y, { steps: 8 });
	await page.mouse.up();
}

function previewFrame(page: Page): FrameLocator {
	return page.frameLocator('iframe.webview:visible').frameLocator('#active-frame');
}

/** Hovers an article element and expects the floating correction button with `label` beside it. */
async function hoverFor(frame: FrameLocator, selector: string, label: string): Promise<void> {
	await frame.locator(selector).first().hover();
	const button = frame.locator('.pd-correct');
	await button.waitFor({ state: 'visible', timeout: 10_000 });
	const text = (await button.innerText()).trim();
	if (text !== label) throw new Error(`the correction button says "${text}", expected "${label}"`);
}

export async function run(ctx: UiContext): Promise<void> {
	const dir = makeWorkspace(ctx);
	try {
		for (const [theme, label] of [['Default Light Modern', 'light'], ['Default Dark Modern', 'dark']] as const) {
			const page = await ctx.openWorkbench(dir, { theme, settings: { 'editor.minimap.enabled': false } });
			// 1. The Page Dumps view: grouped by site, states as icons, the badge on the activity bar.
			await showDumpsView(page);
			const rows = page.locator('.pane-body .monaco-list-row');
			for (const title of ['Keeping a Garden Diary', 'Installing Tidewater', 'A night on the last crossing']) {
				await rows.filter({ hasText: title }).first().waitFor({ timeout: 30_000 });
			}
			if ((await rows.filter({ hasText: 'notes.txt' }).count()) > 0) throw new Error('notes.txt (not a dump) is listed');
			await widenSideBar(page);
			await page.locator('.activitybar .badge-content', { hasText: '2' }).first().waitFor({ timeout: 30_000 });
			await ctx.screenshot(page, `review-view-${label}`);

			// 2. The preview from the view, with its correction buttons on a block and on a removed region.
			await rows.filter({ hasText: 'New ferry timetable' }).first().click();
			const frame = previewFrame(page);
			await frame.locator('#pd-article p').first().waitFor({ timeout: 30_000 });
			await page.locator('.tabs-container .tab', { hasText: path.basename(FERRY) }).first().waitFor({ timeout: 30_000 });
			await hoverFor(frame, '#pd-article > p:has-text("Do you take the ferry")', 'Not main content');
			await ctx.screenshot(page, `review-preview-block-${label}`);
			await frame.locator('#pd-toggle-removed').check();
			await hoverFor(frame, '#pd-article > .pd-removed:has-text("Crossings on Sundays")', 'Main content');
			await ctx.screenshot(page, `review-preview-removed-${label}`);
			const context = await frame.locator('#pd-article > .pd-removed').first().getAttribute('data-vscode-context');
			if (!context || JSON.parse(context).webviewSection !== 'pdRemoved') throw new Error(`removed regions carry no context-menu section: ${context}`);

			// 3. The report, in a webview without scripts.
			await runCommand(page, 'Page Dump: Open Review Report');
			const report = page.frameLocator('iframe.webview:visible').frameLocator('#active-frame');
			await report.locator('h1', { hasText: 'Page dump review report' }).waitFor({ timeout: 30_000 });
			await report.locator('svg.chart').first().waitFor({ timeout: 10_000 });
			const scripts = await report.locator('body script').count();
			if (scripts > 0) throw new Error(`the report page holds ${scripts} script elements`);
			await ctx.screenshot(page, `review-report-${label}`);
			await page.context().close();
		}
	} finally {
		fs.rmSync(dir, { recursive: true, force: true });
	}
}
