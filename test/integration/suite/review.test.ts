// Reviewing a folder in a real host: the Page Dumps view and its states, filter and Next Dump to Review, decisions
// written to .pagedump/review.json, site rules from the preview that the CLI agrees with, and config diagnostics.
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, EXTENSION_ID, fixtureUri, waitForDiagnostics } from './util';

const VIEW_TYPE = 'pageDump.preview';
const FERRY = 'review/harbor/ferry-timetable.txt';
const NIGHT = 'review/harbor/night-crossing.txt';
const BLOG = 'review/blog/quiet-mornings.txt';
const DOCS = 'review/docs/install-guide.txt';
const CALLOUT = 'Do you take the ferry every day?';
// A page of pier-notes.example with a placeholder link (PD103) inside its `.promo-box` block.
const PIER = 'site-rules/pier-notice.txt';
const PIER_BIG = 'site-rules/pier-notice-big.txt';
const PIER_CONFIG = 'site-rules/.pagedump.json';
// Over the 2 MB in-thread limit, so the big copy is analysed on the worker.
const BIG_LENGTH = 2.2 * 1024 * 1024;
// Renders, index updates and watcher events on a cold, loaded host; generous, and only ever waited for.
const WAIT_MS = 30_000;

interface Row {
	path: string;
	title?: string;
	site?: string;
	review: string;
	changed: boolean;
	note?: string;
	missing: string[];
	words: number;
}
interface ViewState {
	rows: Row[];
	groups: { key: string; paths: string[] }[];
	badge: number;
}
interface CliFinding {
	code: string;
	range: { start: { line: number; character: number } };
}
interface RenderedRecord {
	version: number;
	textLength: number;
	seq: number;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function state(): Thenable<ViewState> {
	return vscode.commands.executeCommand<ViewState>('pageDump.review._state');
}

function rowOf(s: ViewState, p: string): Row {
	const row = s.rows.find((r) => r.path === p);
	assert.ok(row, `${p} is not in the view: ${s.rows.map((r) => r.path).join(', ')}`);
	return row;
}

/** Polls the view's state (each call waits for the index run in progress) until `ok` accepts it. */
async function waitForState(ok: (s: ViewState) => boolean, what: string): Promise<ViewState> {
	const until = Date.now() + WAIT_MS;
	for (;;) {
		const s = await state();
		if (ok(s)) return s;
		if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
		await new Promise((r) => setTimeout(r, 200));
	}
}

async function lastRendered(uri: vscode.Uri, after = -1): Promise<RenderedRecord> {
	const r = await vscode.commands.executeCommand<RenderedRecord | undefined>('pageDump._lastRendered', uri, { after, timeoutMs: WAIT_MS });
	assert.ok(r && r.seq > after, `no render of ${uri.path} after #${after}`);
	return r;
}

/**
 * The first render of `uri` after #`after` that `ok` accepts: a config change may be preceded or followed by a
 * render already queued for something else (the file watcher's event, a reopened document), so later renders are
 * waited for too.
 */
async function renderedUntil(uri: vscode.Uri, after: number, ok: (r: RenderedRecord) => boolean): Promise<RenderedRecord> {
	const until = Date.now() + WAIT_MS;
	let r = await lastRendered(uri, after);
	while (!ok(r) && Date.now() < until) r = await lastRendered(uri, r.seq);
	return r;
}

function activeUri(): string | undefined {
	const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
	return input instanceof vscode.TabInputCustom ? input.uri.toString() : undefined;
}

async function readText(uri: vscode.Uri): Promise<string | undefined> {
	try {
		return decoder.decode(await vscode.workspace.fs.readFile(uri));
	} catch {
		return undefined;
	}
}

/** Sorted `line:col code` of the extension's diagnostics (1-based, as in the Problems panel). */
function problems(uri: vscode.Uri): string[] {
	return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Page Dump')
		.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${typeof d.code === 'object' ? String(d.code.value) : String(d.code)}`).sort();
}

/** The same, from `pagedump check --format json` on the file (finding its config by walking up, as in CI). */
function cliProblems(uri: vscode.Uri): string[] {
	const cli = path.join(vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath, 'dist', 'cli.js');
	const run = spawnSync(process.execPath, [cli, 'check', '--format', 'json', uri.fsPath], { encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' }, maxBuffer: 64 * 1024 * 1024 });
	assert.ok(run.status === 0 || run.status === 1, `pagedump check exited ${run.status}: ${run.stderr}`);
	return (JSON.parse(run.stdout) as CliFinding[]).map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.code}`).sort();
}

async function remove(uri: vscode.Uri): Promise<void> {
	await vscode.workspace.fs.delete(uri, { recursive: true }).then(undefined, () => undefined);
}

suite('review', () => {
	const stateFile = (): vscode.Uri => fixtureUri('.pagedump/review.json');
	const configFile = (): vscode.Uri => fixtureUri('.pagedump.json');

	suiteSetup(activateExtension);
	teardown(async () => {
		await closeAllEditors();
		await vscode.commands.executeCommand('pageDump.review.filter', {});
	});
	suiteTeardown(async () => {
		await remove(stateFile());
		await remove(configFile());
	});

	test('the Page Dumps view lists the fixture folder\'s dumps with their states', async () => {
		const s = await state();
		const review = s.rows.filter((r) => r.path.startsWith('review/')).map((r) => r.path).sort();
		assert.deepEqual(review, [BLOG, DOCS, FERRY, NIGHT], 'notes.txt is not a dump and is left out');
		for (const p of review) assert.equal(rowOf(s, p).review, 'unreviewed');
		assert.equal(rowOf(s, FERRY).site, 'harbor-times.example');
		assert.equal(rowOf(s, FERRY).title, 'New ferry timetable starts on Monday');
		assert.deepEqual(rowOf(s, DOCS).missing, ['author', 'published', 'url']);
		assert.ok(s.groups.some((g) => g.key === 'harbor-times.example' && g.paths.join() === [FERRY, NIGHT].join()));
		assert.equal(s.badge, s.rows.length, 'every dump is still to review');
	});

	test('a filter narrows the view, and Next Dump to Review walks it in order', async () => {
		await vscode.commands.executeCommand('pageDump.review.filter', { site: 'harbor-times.example' });
		const s = await state();
		assert.deepEqual(s.groups.map((g) => g.paths), [[FERRY, NIGHT]]);
		await vscode.commands.executeCommand('pageDump.review.next');
		assert.equal(activeUri(), fixtureUri(FERRY).toString());
		assert.ok(vscode.window.tabGroups.activeTabGroup.activeTab?.input instanceof vscode.TabInputCustom);
		await vscode.commands.executeCommand('pageDump.review.next');
		assert.equal(activeUri(), fixtureUri(NIGHT).toString());
		await vscode.commands.executeCommand('pageDump.review.filter', { states: ['approved'] });
		assert.deepEqual((await state()).groups.flatMap((g) => g.paths).filter((p) => p.startsWith('review/')), []);
	});

	test('approving writes the state file, and the state survives a reload from disk', async () => {
		const uri = fixtureUri(BLOG);
		const before = (await state()).badge;
		await vscode.commands.executeCommand('vscode.openWith', uri, VIEW_TYPE);
		// No argument: the dump in the active preview, as the keybinding and the title-bar button do it.
		await vscode.commands.executeCommand('pageDump.review.approve');
		await vscode.commands.executeCommand('pageDump.review.needsWork', fixtureUri(DOCS), { note: 'author missing' });
		const file = JSON.parse((await readText(stateFile()))!) as { reviews: Record<string, { state: string; hash: string; note?: string }> };
		const hash = 'sha256:' + createHash('sha256').update(await vscode.workspace.fs.readFile(uri)).digest('hex');
		assert.deepEqual({ state: file.reviews[BLOG].state, hash: file.reviews[BLOG].hash }, { state: 'approved', hash });
		assert.equal(file.reviews[DOCS].note, 'author missing');
		await vscode.commands.executeCommand('pageDump.review._reload');
		const s = await state();
		assert.equal(rowOf(s, BLOG).review, 'approved');
		assert.equal(rowOf(s, DOCS).review, 'needs-work');
		assert.equal(s.badge, before - 2);
		// Editing the dump on disk sends it back to review.
		const original = await vscode.workspace.fs.readFile(uri);
		try {
			await vscode.workspace.fs.writeFile(uri, encoder.encode(decoder.decode(original) + '\nA late addition.\n'));
			await vscode.commands.executeCommand('pageDump.review.refresh');
			const changed = await waitForState((x) => rowOf(x, BLOG).changed, 'the edited dump to show as changed since its review');
			assert.equal(rowOf(changed, BLOG).review, 'approved');
		} finally {
			await vscode.workspace.fs.writeFile(uri, original);
			await vscode.commands.executeCommand('pageDump.review.refresh');
		}
	});

	test('a site rule made from the preview changes the preview, is written to the config file, and pagedump extract agrees', async () => {
		const ferry = fixtureUri(FERRY);
		const night = fixtureUri(NIGHT);
		await vscode.commands.executeCommand('vscode.openWith', night, VIEW_TYPE, vscode.ViewColumn.Two);
		const nightBefore = await lastRendered(night);
		await vscode.commands.executeCommand('vscode.openWith', ferry, VIEW_TYPE, vscode.ViewColumn.One);
		const before = await lastRendered(ferry);
		const doc = await vscode.workspace.openTextDocument(ferry);
		const line = doc.positionAt(doc.getText().indexOf(CALLOUT)).line;
		// "Not main content" on the callout's paragraph, taking the proposed selector as the input box would offer it.
		// The selector is checked against the host's other indexed dump (the night crossing has the same callout).
		await state();
		const made = await vscode.commands.executeCommand<{ selector: string; host: string; siteMatches: { matches: number; of: number } }>('pageDump.review.correct', ferry, { action: 'exclude', startLine: line, endLine: line + 2 }, { acceptProposal: true });
		assert.deepEqual({ selector: made?.selector, host: made?.host, siteMatches: made?.siteMatches }, { selector: 'div.reader-callout', host: 'harbor-times.example', siteMatches: { matches: 1, of: 1 } });
		const config = JSON.parse((await readText(configFile()))!) as { sites: Record<string, { exclude: string[] }> };
		assert.deepEqual(config.sites['harbor-times.example'].exclude, ['div.reader-callout']);
		// A render queued before the rule (opening the text document, the index's refresh) may come first: wait past it.
		const after = await renderedUntil(ferry, before.seq, (r) => r.textLength < before.textLength - CALLOUT.length);
		assert.ok(after.textLength < before.textLength - CALLOUT.length, `the preview still shows the callout: ${before.textLength} → ${after.textLength}`);
		const nightAfter = await renderedUntil(night, nightBefore.seq, (r) => r.textLength < nightBefore.textLength);
		assert.ok(nightAfter.textLength < nightBefore.textLength, `the other open dump of the site re-extracts: ${nightBefore.textLength} → ${nightAfter.textLength}`);

		// The editor's Extract Article and the CLI (finding the same config by walking up) give the same text.
		const extracted = await vscode.commands.executeCommand<vscode.Uri>('pageDump.extractArticle', ferry, { format: 'text', destination: 'untitled' });
		const editorText = (await vscode.workspace.openTextDocument(extracted)).getText();
		const cli = path.join(vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath, 'dist', 'cli.js');
		const cliText = execFileSync(process.execPath, [cli, 'extract', '--format', 'text', ferry.fsPath], { encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
		assert.ok(!cliText.includes(CALLOUT));
		assert.equal(editorText, cliText);

		// Undo takes the rule back out of the file, and the preview shows the callout again.
		await vscode.commands.executeCommand('pageDump.review.undoSiteRule');
		assert.deepEqual(JSON.parse((await readText(configFile()))!).sites, {});
		const undone = await renderedUntil(ferry, after.seq, (r) => r.textLength === before.textLength);
		assert.equal(undone.textLength, before.textLength);
	});

	test('a site rule in the config file changes the Problems panel, in-thread and on the worker, and pagedump check agrees', async function () {
		this.timeout(4 * WAIT_MS);
		const small = fixtureUri(PIER);
		const big = fixtureUri(PIER_BIG);
		const config = fixtureUri(PIER_CONFIG);
		const pier = (await readText(small))!;
		// The same page with prose before the promo box, over the in-thread limit.
		const paragraph = 'The harbor board met again on Tuesday and went through the plans for the decking, line by line, with the crews.\n\n';
		const at = pier.indexOf('::: {.promo-box}');
		await vscode.workspace.fs.writeFile(big, encoder.encode(pier.slice(0, at) + paragraph.repeat(Math.ceil(BIG_LENGTH / paragraph.length)) + pier.slice(at)));
		try {
			await vscode.workspace.openTextDocument(small);
			await vscode.workspace.openTextDocument(big);
			const hasPlaceholder = (ds: readonly vscode.Diagnostic[]): boolean => ds.some((d) => d.source === 'Page Dump' && d.message.includes('placeholder'));
			for (const uri of [small, big]) {
				await waitForDiagnostics(uri, hasPlaceholder, 2 * WAIT_MS);
				assert.deepEqual(problems(uri), cliProblems(uri), `${uri.path}: the editor and the CLI agree without a rule`);
			}
			assert.deepEqual(problems(small), ['24:61 PD103']);

			// A rule for the host that takes the promo box out of the article: its placeholder link goes with it.
			await vscode.workspace.fs.writeFile(config, encoder.encode(JSON.stringify({ sites: { 'pier-notes.example': { exclude: ['div.promo-box'] } } }, null, 2) + '\n'));
			for (const uri of [small, big]) {
				await waitForDiagnostics(uri, (ds) => !hasPlaceholder(ds), 2 * WAIT_MS);
				assert.deepEqual(problems(uri), cliProblems(uri), `${uri.path}: the editor and the CLI agree with the rule`);
			}
			assert.deepEqual(problems(small), []);

			// Taking the rule back out brings the finding back.
			await vscode.workspace.fs.writeFile(config, encoder.encode('{ "sites": {} }\n'));
			await waitForDiagnostics(small, hasPlaceholder, 2 * WAIT_MS);
		} finally {
			await remove(config);
			await remove(big);
		}
	});

	test('a malformed config file gives a diagnostic at its position', async () => {
		const uri = fixtureUri('review/blog/pagedump.config.json');
		try {
			await vscode.workspace.fs.writeFile(uri, encoder.encode('{\n  "sites": {\n    "fieldnotes.example": { "exclude": [".x",] }\n  }\n}\n'));
			const diagnostics = await waitForDiagnostics(uri, (d) => d.some((x) => x.source === 'Page Dump config'), WAIT_MS);
			const d = diagnostics.find((x) => x.source === 'Page Dump config')!;
			assert.equal(d.message, 'Trailing comma');
			assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
			assert.deepEqual([d.range.start.line, d.range.start.character], [2, 45]);
			await vscode.workspace.fs.writeFile(uri, encoder.encode('{ "scope": "everywhere" }\n'));
			const warned = await waitForDiagnostics(uri, (x) => x.some((y) => y.message.startsWith('scope: must be one of')), WAIT_MS);
			assert.equal(warned.find((y) => y.source === 'Page Dump config')!.severity, vscode.DiagnosticSeverity.Warning);
		} finally {
			await remove(uri);
		}
		await waitForDiagnostics(uri, (d) => d.every((x) => x.source !== 'Page Dump config'), WAIT_MS);
	});
});
