// Outline, folding, links and language detection of dumps in a real host, through VS Code's own provider commands.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, fixtureUri } from './util';

const NEWS = 'outline/harbor-news.txt';
const SECOND_NEWS = 'outline/second-news.txt';
const BLOG = 'outline/winter-birds.dump.txt';
const NOTES = 'outline/shopping-notes.txt';
// Detection switches the language right after the document opens; this only bounds a broken run.
const TIMEOUT_MS = 15_000;

/** Resolves with the document once its language is `languageId` (now or after it is reopened by a language switch). */
function waitForLanguage(uri: vscode.Uri, languageId: string): Promise<vscode.TextDocument> {
	return new Promise((resolve, reject) => {
		const key = uri.toString();
		const find = (): vscode.TextDocument | undefined => vscode.workspace.textDocuments.find((d) => d.uri.toString() === key && d.languageId === languageId);
		const done = (doc: vscode.TextDocument): void => {
			clearTimeout(timer);
			listener.dispose();
			resolve(doc);
		};
		const listener = vscode.workspace.onDidOpenTextDocument(() => {
			const doc = find();
			if (doc) done(doc);
		});
		const timer = setTimeout(() => {
			listener.dispose();
			const seen = vscode.workspace.textDocuments.filter((d) => d.uri.toString() === key).map((d) => d.languageId);
			reject(new Error(`${uri.path} never became ${languageId}; seen: ${JSON.stringify(seen)}`));
		}, TIMEOUT_MS);
		const existing = find();
		if (existing) done(existing);
	});
}

async function openAndDetect(name: string): Promise<vscode.TextDocument> {
	const uri = fixtureUri(name);
	const opened = await vscode.workspace.openTextDocument(uri);
	await vscode.window.showTextDocument(opened, { preview: false });
	return waitForLanguage(uri, 'pagedump');
}

function symbolNames(symbols: readonly vscode.DocumentSymbol[]): string[] {
	return symbols.flatMap((s) => [s.name, ...symbolNames(s.children)]);
}

suite('outline', () => {
	suiteSetup(activateExtension);
	teardown(closeAllEditors);

	test('a .txt dump is switched to Page Dump; an ordinary .txt stays plain text', async () => {
		const notesUri = fixtureUri(NOTES);
		await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(notesUri), { preview: false });
		// Documents are checked in the order they open: once the dump opened after the notes has switched, the notes were judged too.
		const dump = await openAndDetect(SECOND_NEWS);
		assert.equal(dump.languageId, 'pagedump');
		const notes = vscode.workspace.textDocuments.find((d) => d.uri.toString() === notesUri.toString());
		assert.equal(notes?.languageId, 'plaintext');
	});

	test('a .dump.txt file is Page Dump by its extension', async () => {
		const doc = await vscode.workspace.openTextDocument(fixtureUri(BLOG));
		assert.equal(doc.languageId, 'pagedump');
	});

	test('document symbols: the article with its headings in order, the metadata, and the regions', async () => {
		const doc = await openAndDetect(NEWS);
		const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
		assert.ok(symbols && symbols.length > 0, 'no symbols');
		const article = symbols.find((s) => s.kind === vscode.SymbolKind.File);
		assert.ok(article, `no article symbol among ${symbols.map((s) => s.name).join(', ')}`);
		assert.equal(article.name, 'Tide Tables Go Digital Across the Coast');
		assert.deepEqual(symbolNames(article.children), ['How the sensors work', 'Calibration', 'What changes for fishers']);
		assert.equal(article.range.start.line, 26);
		// Selected at the title heading (where the metadata found the title).
		assert.equal(article.selectionRange.start.line, 26);
		const regions = symbols.filter((s) => s.kind === vscode.SymbolKind.Namespace);
		assert.deepEqual(regions.map((s) => s.name), ['Header and navigation', 'Other boilerplate', 'Other boilerplate', 'Footer']);
		assert.deepEqual(symbolNames(regions[0].children), ['World (128)', 'Business (64)', 'Most Read']);
		const metadata = symbols.filter((s) => s.kind === vscode.SymbolKind.Property).map((s) => s.name);
		assert.ok(metadata.includes('URL: https://news.example/2017/10/tides'), `metadata: ${metadata.join(' | ')}`);
		assert.ok(metadata.includes('Author: Mara Lind'), `metadata: ${metadata.join(' | ')}`);
	});

	test('folding ranges: fenced divs, lists, heading sections and boilerplate regions', async () => {
		const doc = await openAndDetect(NEWS);
		const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', doc.uri);
		const shown = ranges.map((r) => `${r.start + 1}-${r.end + 1}`);
		// Header div, mega-menu div, a menu list, the article body div, a section, the related-stories region, the footer.
		for (const expected of ['1-24', '8-23', '11-12', '32-66', '42-53', '69-72', '74-81']) assert.ok(shown.includes(expected), `no fold ${expected} in ${shown.join(' ')}`);
		assert.equal(ranges.find((r) => r.start === 68)?.kind, vscode.FoldingRangeKind.Region);
	});

	test('document links: relative targets resolve against the canonical URL, #fragments jump into the dump', async () => {
		const doc = await openAndDetect(NEWS);
		const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', doc.uri);
		const at = (line: number, character: number): vscode.DocumentLink | undefined => links.find((l) => l.range.start.line === line && l.range.start.character === character);
		assert.equal(at(10, 13)?.target?.toString(true), 'https://news.example/world/europe');
		const fragment = at(37, 27)?.target;
		assert.ok(fragment, 'no link on #how-the-sensors-work');
		assert.equal(fragment.path, doc.uri.path);
		assert.equal(fragment.fragment, 'L42,1');
		// The javascript: link in the footer is not a link.
		assert.ok(!links.some((l) => l.range.start.line === 77), 'the javascript: link became a link');
	});

	test('workspace symbols find article titles across dumps', async () => {
		const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Winter Birds');
		const hit = symbols.find((s) => s.name === 'Winter Birds of the Marsh');
		assert.ok(hit, `not found among ${symbols.map((s) => s.name).join(', ')}`);
		assert.equal(hit.location.uri.path, fixtureUri(BLOG).path);
		assert.equal(hit.location.range.start.line, 18);
	});

	test('Fold Boilerplate folds the regions outside the article', async () => {
		const doc = await openAndDetect(NEWS);
		const editor = await vscode.window.showTextDocument(doc, { preview: false });
		const folded = await vscode.commands.executeCommand<number>('pageDump.foldBoilerplate');
		assert.equal(folded, 3);
		// A folded header hides lines 2-24: the visible ranges skip them.
		await new Promise<void>((resolve, reject) => {
			// Line 11 sits inside the folded header: no visible range holds it any more.
			const hidden = (): boolean => !editor.visibleRanges.some((r) => r.contains(new vscode.Position(10, 0)));
			if (hidden()) return resolve();
			const timer = setTimeout(() => {
				listener.dispose();
				reject(new Error(`nothing folded; visible: ${editor.visibleRanges.map((r) => `${r.start.line + 1}-${r.end.line + 1}`).join(' ')}`));
			}, TIMEOUT_MS);
			const listener = vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
				if (e.textEditor === editor && hidden()) {
					clearTimeout(timer);
					listener.dispose();
					resolve();
				}
			});
		});
	});

	test('the Page Dump Outline view follows the active dump, as text and in the preview', async () => {
		const state = (): Thenable<{ uri?: string; mode?: string; items: { label: string; children: { label: string }[] }[] }> => vscode.commands.executeCommand('pageDump._outlineView');
		const until = async (predicate: (s: Awaited<ReturnType<typeof state>>) => boolean, what: string): Promise<Awaited<ReturnType<typeof state>>> => {
			const deadline = Date.now() + TIMEOUT_MS;
			for (;;) {
				const s = await state();
				if (predicate(s)) return s;
				if (Date.now() > deadline) throw new Error(`outline view never showed ${what}: ${JSON.stringify(s).slice(0, 500)}`);
				// The view updates on editor events; poll the hook rather than guess which event comes last.
				await new Promise((r) => setTimeout(r, 100));
			}
		};
		const doc = await openAndDetect(NEWS);
		const asText = await until((s) => s.uri === doc.uri.toString() && s.mode === 'text' && s.items.length > 0, 'the dump as text');
		assert.equal(asText.items[0].label, 'Tide Tables Go Digital Across the Coast');
		assert.deepEqual(asText.items[0].children.map((c) => c.label), ['How the sensors work', 'What changes for fishers']);
		assert.equal(asText.items[1].label, 'Metadata');
		await vscode.commands.executeCommand('vscode.openWith', fixtureUri(BLOG), 'pageDump.preview');
		const inPreview = await until((s) => s.uri === fixtureUri(BLOG).toString() && s.mode === 'preview', 'the dump in the preview');
		assert.equal(inPreview.items[0].label, 'Winter Birds of the Marsh');
	});
});
