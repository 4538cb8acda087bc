// UI scenario: dumps (the shared seeds and a hostile fixture) open in the Page Dump Preview in light and dark themes;
// the article and metadata card show, a heading click reveals its source line, and nothing from the dump runs.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import type { UiContext } from '../uiTypes';

export const name = 'preview shows dumps safely';
// Two workbench pages and several dumps; each page takes ~15 s to boot on 2 cores.
export const timeoutMs = 300_000;

const HOSTILE = 'hostile.txt';
const SAMPLE = 'harbor-times-ferry.txt';
const NOTES = 'notes.txt';
const SHELL_TITLE = 'Page Dump Preview';

interface Workspace {
	dir: string;
	files: string[];
}

/** A temp folder with the hostile fixture, the repository's sample and the seeds (when ../shared is there). */
function makeWorkspace(ctx: UiContext): Workspace {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pagedump-preview-ui-'));
	fs.copyFileSync(path.join(ctx.fixturesDir, 'hostile', HOSTILE), path.join(dir, HOSTILE));
	// Not a dump: the preview must say so and offer the text editor.
	fs.writeFileSync(path.join(dir, NOTES), 'Shopping list\n\n- bread\n- milk\n');
	// The repository's own sample: long enough to scroll, so scroll sync is checked even without ../shared.
	const sample = path.resolve(ctx.fixturesDir, '../../..', 'samples', SAMPLE);
	fs.copyFileSync(sample, path.join(dir, SAMPLE));
	const files = [HOSTILE, SAMPLE];
	const seeds = path.resolve(ctx.fixturesDir, '../../..', '../shared/seeds');
	if (fs.existsSync(seeds)) {
		for (const f of fs.readdirSync(seeds).filter((n) => n.endsWith('.txt')).sort()) {
			fs.copyFileSync(path.join(seeds, f), path.join(dir, f));
			files.push(f);
		}
	} else {
		ctx.log(`seeds skipped: ${seeds} is absent (the hostile fixture and the sample are previewed)`);
	}
	return { dir, files };
}

/** The visible webview's content frame (hidden editors may keep their iframes). */
function previewFrame(page: Page): FrameLocator {
	return page.frameLocator('iframe.webview:visible').frameLocator('#active-frame');
}

/** Opens a dump from the Explorer and waits until the preview shows its article. */
async function openInPreview(ctx: UiContext, page: Page, file: string): Promise<FrameLocator> {
	await ctx.clickExplorerFile(page, file);
	await page.locator('.tabs-container .tab', { hasText: file }).first().waitFor({ timeout: 30_000 });
	const frame = previewFrame(page);
	// Either an article or a message; an article is what these fixtures must give.
	await frame.locator('#pd-article > *').first().waitFor({ timeout: 30_000 });
	return frame;
}

async function expectVisible(frame: FrameLocator, selector: string, what: string): Promise<void> {
	const loc = frame.locator(selector).first();
	await loc.waitFor({ state: 'visible', timeout: 10_000 }).catch(() => {
		throw new Error(`${what} (${selector}) is not visible`);
	});
}

/** Nothing executable made it into the preview's DOM, and the preview document's title is still the shell's. */
async function expectInert(frame: FrameLocator, file: string): Promise<void> {
	// Runs in the browser; tsconfig has no DOM lib, hence the structural types.
	type Attr = { name: string; value: string };
	type El = { tagName: string; attributes: ArrayLike<Attr> };
	type Doc = { title: string; scripts: ArrayLike<{ src: string; textContent: string | null }>; getElementById(id: string): { querySelectorAll(s: string): ArrayLike<El> } | null };
	const report = await frame.locator('html').evaluate((html) => {
		const doc = (html as unknown as { ownerDocument: Doc }).ownerDocument;
		const article = doc.getElementById('pd-article');
		const bad: string[] = [];
		for (const el of Array.from(article?.querySelectorAll('*') ?? [])) {
			const tag = el.tagName.toLowerCase();
			if (['script', 'iframe', 'form', 'base', 'meta', 'style', 'object', 'embed', 'svg', 'input'].includes(tag)) bad.push(`<${tag}>`);
			for (const attr of Array.from(el.attributes)) {
				if (attr.name.toLowerCase().startsWith('on')) bad.push(`${tag}[${attr.name}]`);
				if ((attr.name === 'href' || attr.name === 'src') && /^\s*(javascript|vbscript|file|data:(?!image\/(png|gif|jpeg|webp)))/i.test(attr.value)) {
					bad.push(`${tag}[${attr.name}=${attr.value.slice(0, 40)}]`);
				}
			}
		}
		// VS Code injects its own script next to ours; a script holding dump text would be an injection.
		const foreign = Array.from(doc.scripts).filter((sc) => /alert\(|pwned/.test(sc.textContent ?? '')).map((sc) => sc.src || 'inline');
		return { bad, title: doc.title, foreign };
	});
	if (report.bad.length > 0) throw new Error(`${file}: executable content in the preview: ${report.bad.join(', ')}`);
	if (report.title !== SHELL_TITLE) throw new Error(`${file}: the preview document title changed to "${report.title}"`);
	if (report.foreign.length > 0) throw new Error(`${file}: script elements with dump text in the preview document: ${report.foreign.join(', ')}`);
}

async function checkFile(ctx: UiContext, page: Page, file: string, shot: string): Promise<FrameLocator> {
	const frame = await openInPreview(ctx, page, file);
	await expectVisible(frame, '#pd-title', 'the article title');
	await expectVisible(frame, '#pd-article p', 'the article text');
	await expectVisible(frame, '#pd-meta dt', 'the metadata card');
	const text = (await frame.locator('#pd-article').innerText()).trim();
	if (text.length < 200) throw new Error(`${file}: the article text is only ${text.length} characters`);
	if (file === HOSTILE && !text.includes('Nothing in it may run')) throw new Error(`${file}: the article text is missing its first paragraph`);
	await expectInert(frame, file);
	if (file === SAMPLE) await checkHeldImages(ctx, page, frame, `${shot}-images`);
	await ctx.screenshot(page, shot);
	return frame;
}

/**
 * Remote images are held back by default and say so in place; one click loads them (the test host trusts its
 * workspace). The sample's tracking pixel never loads, before or after.
 */
async function checkHeldImages(ctx: UiContext, page: Page, frame: FrameLocator, shot: string): Promise<void> {
	const held = frame.locator('#pd-article .pd-image-held').first();
	await held.waitFor({ timeout: 30_000 });
	const text = await held.innerText();
	if (!/remote image not loaded/.test(text)) throw new Error(`the held-back image says "${text}"`);
	if ((await frame.locator('#pd-article img[src^="http"]').count()) > 0) throw new Error('a remote image loaded before it was allowed');
	await ctx.screenshot(page, `${shot}-held`);
	await held.locator('button', { hasText: 'Load remote images' }).click();
	await frame.locator('#pd-article img[src^="https:"]').first().waitFor({ state: 'attached', timeout: 30_000 });
	if ((await frame.locator('[src*="pixel."], [src*="track.gif"]').count()) > 0) throw new Error('a tracking pixel reached the preview');
	await ctx.screenshot(page, `${shot}-loaded`);
}

/** Clicks the first heading of the article and expects a text editor on its source line. */
async function checkHeadingReveal(ctx: UiContext, page: Page, frame: FrameLocator, file: string): Promise<void> {
	const heading = frame.locator('#pd-article > :is(h1, h2, h3, h4)[data-line-start]').first();
	await heading.waitFor({ timeout: 10_000 });
	const line = Number(await heading.getAttribute('data-line-start'));
	const headingText = (await heading.innerText()).trim();
	await heading.click();
	// The text editor beside the preview, with the cursor on the heading's first line.
	const status = page.locator('.statusbar-item', { hasText: `Ln ${line + 1}, Col 1` }).first();
	await status.waitFor({ timeout: 15_000 }).catch(async () => {
		const seen = await page.locator('.statusbar').innerText().catch(() => '?');
		throw new Error(`${file}: clicking "${headingText}" did not put a text editor at line ${line + 1}; status bar: ${seen.replace(/\s+/g, ' ')}`);
	});
	const editorLine = page.locator('.editor-instance .monaco-editor .view-lines', { hasText: headingText.slice(0, 30) }).first();
	await editorLine.waitFor({ timeout: 10_000 });
	ctx.log(`${file}: heading "${headingText}" revealed line ${line + 1}`);
}

/** A file that is not a dump gets a message; its Open as Text button brings up the text editor. */
async function checkOpenAsText(ctx: UiContext, page: Page, label: string): Promise<void> {
	await ctx.clickExplorerFile(page, NOTES);
	const frame = previewFrame(page);
	await frame.locator('#pd-message-title', { hasText: 'does not look like a page dump' }).waitFor({ timeout: 30_000 });
	await ctx.screenshot(page, `preview-not-a-dump-${label}`);
	await frame.locator('#pd-open-as-text').click();
	await page.locator('.editor-instance .monaco-editor .view-lines', { hasText: 'Shopping list' }).first().waitFor({ timeout: 15_000 });
	ctx.log(`${NOTES}: Open as Text showed the text editor`);
}

/** Polls fn (every 200 ms, up to timeoutMs) until it returns a value different from before. */
async function waitForChange<T>(fn: () => Promise<T>, before: T, timeoutMs: number, what: string): Promise<T> {
	const end = Date.now() + timeoutMs;
	for (;;) {
		const now = await fn();
		if (now !== before) return now;
		if (Date.now() > end) throw new Error(`${what}: still ${String(before)} after ${timeoutMs} ms`);
		await new Promise((r) => setTimeout(r, 200));
	}
}

/** With the text editor beside the preview: scrolling either one scrolls the other. */
async function checkScrollSync(ctx: UiContext, page: Page, frame: FrameLocator): Promise<void> {
	type Scroller = { ownerDocument: { scrollingElement: { scrollTop: number } } };
	const previewTop = () => frame.locator('html').evaluate((h) => Math.round((h as unknown as Scroller).ownerDocument.scrollingElement.scrollTop));
	const editor = page.locator('.editor-instance .monaco-editor').last();
	const editorTopLine = async () => Number((await editor.locator('.line-numbers').allInnerTexts()).map(Number).filter((n) => n > 0).sort((a, b) => a - b)[0] ?? 0);
	// The reveal's own scrolling is not echoed for a moment; let that pass.
	await new Promise((r) => setTimeout(r, 2000));

	const before = await previewTop();
	await editor.locator('.view-lines').hover();
	await page.mouse.wheel(0, 1200);
	const after = await waitForChange(previewTop, before, 8_000, 'scrolling the text editor did not scroll the preview');
	ctx.log(`editor scroll moved the preview from ${before}px to ${after}px`);

	await new Promise((r) => setTimeout(r, 1000));
	const lineBefore = await editorTopLine();
	await frame.locator('#pd-article').hover();
	await page.mouse.wheel(0, 1500);
	const lineAfter = await waitForChange(editorTopLine, lineBefore, 8_000, 'scrolling the preview did not scroll the text editor');
	ctx.log(`preview scroll moved the text editor from line ${lineBefore} to line ${lineAfter}`);
}

export async function run(ctx: UiContext): Promise<void> {
	const ws = makeWorkspace(ctx);
	const dialogs: string[] = [];
	try {
		const themes: [string, string][] = [['Default Light Modern', 'light'], ['Default Dark Modern', 'dark']];
		for (const [theme, label] of themes) {
			const page = await ctx.openWorkbench(ws.dir, { theme, settings: { 'workbench.editorAssociations': { '*.txt': 'pageDump.preview' } } });
			// A dialog from any frame would mean a script from the dump ran.
			page.on('dialog', (d) => {
				dialogs.push(d.message());
				void d.dismiss();
			});
			const titleBefore = await page.title();
			let lastFrame: FrameLocator | undefined;
			let lastFile = '';
			for (const file of ws.files) {
				lastFrame = await checkFile(ctx, page, file, `preview-${path.basename(file, '.txt')}-${label}`);
				lastFile = file;
			}
			if (label === 'light' && lastFrame) {
				const toggle = lastFrame.locator('#pd-toggle-removed');
				await toggle.check();
				await ctx.screenshot(page, `preview-removed-${path.basename(lastFile, '.txt')}-${label}`);
				await toggle.uncheck();
				await checkHeadingReveal(ctx, page, lastFrame, lastFile);
				await ctx.screenshot(page, `preview-reveal-${label}`);
				await checkScrollSync(ctx, page, lastFrame);
				await ctx.screenshot(page, `preview-scroll-sync-${label}`);
			}
			if (label === 'dark') await checkOpenAsText(ctx, page, label);
			const titleAfter = await page.title();
			if (/pwned/i.test(titleAfter) || !titleAfter.includes('[Extension Development Host]')) {
				throw new Error(`the workbench title changed from "${titleBefore}" to "${titleAfter}"`);
			}
			// Two workbenches at once are too much for a 2-core runner: the second page load times out.
			await page.context().close();
		}
		if (dialogs.length > 0) throw new Error(`dialogs opened while previewing: ${dialogs.join(' | ')}`);
	} finally {
		fs.rmSync(ws.dir, { recursive: true, force: true });
	}
}
