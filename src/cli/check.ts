// `pagedump check`: diagnoses dumps with the same core as the editor and prints text, JSON or SARIF.
import { lookup } from 'node:dns/promises';
import { analyzeDump, checkRemoteLinksDetailed, checkWithSiteRules, summarizeNotChecked, LineIndex, looksLikeDump, ruleDocsUrl, RULES, RULES_DOC_URL, type DiagnoseOptions, type DumpAnalysis, type FetchLike, type Finding, type RemoteCheckOptions, type Severity, type SiteRuleTable } from '../core/index';
import { pinnedFetch } from '../node/pinnedFetch';
import { expandInputs, InputError, readDumpFile } from './inputs';
import { escapeControls } from './terminal';

export type CheckFormat = 'text' | 'json' | 'sarif';

/** Where `runCheck` writes, and what it checks with; the CLI passes stdout/stderr, tests their own. */
export interface CheckIo {
	out(text: string): void;
	err(text: string): void;
	/** Rule settings, required metadata, scope; the defaults are the editor's. */
	readonly options?: DiagnoseOptions;
	/** Remote link checking (off unless given); `fetch` defaults to Node's. */
	readonly remote?: RemoteCheckOptions & { readonly fetch?: FetchLike };
	/** Per dump: options, remote checking and site rules from its config file, replacing `options` and `remote`. */
	readonly configFor?: (file: string) => { readonly options: DiagnoseOptions; readonly remote?: RemoteCheckOptions; readonly sites?: SiteRuleTable };
}

const EXIT_OK = 0;
const EXIT_ERRORS = 1;
const EXIT_USAGE = 2;

export interface FileResult {
	readonly file: string;
	readonly index: LineIndex;
	readonly findings: readonly Finding[];
}

/**
 * Checks files and directories (a directory means its `.txt` files that look like dumps) and writes the findings in
 * `format`.
 * Resolves to the exit code: 0 when nothing is at error severity, 1 when something is, 2 for bad usage or an
 * unreadable input (the readable ones are still checked and reported).
 */
export async function runCheck(paths: string[], format: CheckFormat, io: CheckIo): Promise<number> {
	if (!['text', 'json', 'sarif'].includes(format)) {
		io.err(`pagedump check: unknown format ${JSON.stringify(format)} (text, json or sarif)\n`);
		return EXIT_USAGE;
	}
	if (paths.length === 0) {
		io.err('pagedump check: no files or directories given\n');
		return EXIT_USAGE;
	}
	let unreadable = false;
	const files: { path: string; fromDirectory: boolean }[] = [];
	for (const p of paths) {
		try {
			// One push per file: a spread of a folder's files throws past ~120,000 of them.
			for (const f of expandInputs([p])) files.push({ path: f.path, fromDirectory: f.path !== p });
		} catch (e) {
			unreadable = true;
			io.err(`pagedump check: ${e instanceof InputError ? `${e.file}: ${e.reason}` : (e as Error).message}\n`);
		}
	}
	const results: FileResult[] = [];
	for (const { path: file, fromDirectory } of files) {
		let text: string;
		try {
			text = readDumpFile(file);
		} catch (e) {
			unreadable = true;
			io.err(`pagedump check: ${e instanceof InputError ? `${e.file}: ${e.reason}` : (e as Error).message}\n`);
			continue;
		}
		// A directory may hold notes and logs too: only its dumps are checked. A file named on its own always is.
		if (fromDirectory && !looksLikeDump(text)) continue;
		const analysis = analyzeDump(text);
		const config = io.configFor?.(file);
		const fileIo: CheckIo & { readonly sites?: SiteRuleTable } = config ? { ...io, options: config.options, remote: config.remote && { ...config.remote, fetch: io.remote?.fetch }, sites: config.sites } : io;
		results.push({ file, index: analysis.lines, findings: await checkText(analysis, fileIo) });
	}
	io.out(format === 'json' ? formatJson(results) : format === 'sarif' ? formatSarif(results) : formatText(results));
	if (unreadable) return EXIT_USAGE;
	return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? EXIT_ERRORS : EXIT_OK;
}

async function checkText(analysis: DumpAnalysis, io: CheckIo & { readonly sites?: SiteRuleTable }): Promise<readonly Finding[]> {
	const checked = checkWithSiteRules(analysis, io.sites);
	const findings = checked.findings(io.options);
	if (!io.remote) return findings;
	// Node's fetch pinned to the addresses the checker vetted (no second DNS lookup).
	const fetchImpl = io.remote.fetch ?? pinnedFetch;
	// Names are resolved before each request, so one pointing at a private address is refused like the address itself.
	const resolve = async (host: string): Promise<string[]> => (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
	const remote = await checkRemoteLinksDetailed(checked.remoteTargets(io.options), { rules: io.options?.rules, ...io.remote }, { fetch: fetchImpl, resolve });
	if (remote.offline) io.err('pagedump check: remote links not checked: no host resolved (offline?)\n');
	const skipped = summarizeNotChecked(remote.notChecked);
	if (skipped) io.err(`pagedump check: ${remote.notChecked.length} remote link${remote.notChecked.length === 1 ? '' : 's'} not checked: ${skipped}\n`);
	return [...findings, ...remote.findings].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
}

/** `file:line:col: severity code message`, 1-based, one finding per line. */
function formatText(results: readonly FileResult[]): string {
	let out = '';
	for (const { file, index, findings } of results) {
		for (const f of findings) {
			const p = index.positionAt(f.range.start);
			// For people and terminals: a dump's control characters in a message are shown as escapes, never sent.
			out += escapeControls(`${file}:${p.line + 1}:${p.character + 1}: ${f.severity} ${f.code} ${f.message.replace(/\n/g, ' ')}`) + '\n';
		}
	}
	return out;
}

/** An array of findings with 0-based positions, as VS Code counts them (UTF-16). */
function formatJson(results: readonly FileResult[]): string {
	const rows = results.flatMap(({ file, index, findings }) =>
		findings.map((f) => ({ file, code: f.code, rule: f.rule, severity: f.severity, message: f.message, range: index.rangeOf(f.range) })),
	);
	return JSON.stringify(rows, null, 2) + '\n';
}

/** A relative path stays a relative URI reference; an absolute one becomes a file URI. */
function artifactUri(file: string): string {
	const encoded = file.replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/');
	return file.startsWith('/') ? `file://${encoded}` : /^[a-zA-Z]:[\\/]/.test(file) ? `file:///${encoded.replace('%3A', ':')}` : encoded;
}

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** SARIF 2.1.0: one run, the rules as the driver's rules, 1-based regions in UTF-16 columns. */
function formatSarif(results: readonly FileResult[]): string {
	const ruleIndex = new Map(RULES.map((r, i) => [r.code, i]));
	const sarif = {
		$schema: 'https://json.schemastore.org/sarif-2.1.0.json',
		version: '2.1.0',
		runs: [
			{
				tool: {
					driver: {
						name: 'pagedump',
						informationUri: RULES_DOC_URL,
						rules: RULES.map((r) => ({
							id: r.code,
							name: r.name,
							shortDescription: { text: r.description },
							helpUri: ruleDocsUrl(r),
							defaultConfiguration: { level: SARIF_LEVEL[r.defaultSeverity], enabled: r.defaultEnabled },
						})),
					},
				},
				columnKind: 'utf16CodeUnits',
				results: results.flatMap(({ file, index, findings }) =>
					findings.map((f) => {
						const r = index.rangeOf(f.range);
						return {
							ruleId: f.code,
							ruleIndex: ruleIndex.get(f.code),
							level: SARIF_LEVEL[f.severity],
							message: { text: f.message },
							locations: [
								{
									physicalLocation: {
										artifactLocation: { uri: artifactUri(file) },
										region: { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 },
									},
								},
							],
						};
					}),
				),
			},
		],
	};
	return JSON.stringify(sarif, null, 2) + '\n';
}
