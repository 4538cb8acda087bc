// The `pagedump` CLI: extract, check and outline page dumps with the same core the VS Code extension uses.
// First: compiler flags must be set before any code is optimized.
import './jitFlags';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { analyzeDump, FORMAT_EXTENSIONS, formatOutlineJson, formatOutlineText, OUTPUT_FORMATS, type OutputFormat, diagnoseOptionsFrom, outlineWithSiteRules, type ReportFormat } from '../core/index';
import { parseArgs, UsageError } from './args';
import { runCheck } from './check';
import { ConfigError, ConfigResolver } from './config';
import { runExtractJob, type ExtractJob, type ExtractOutcome } from './extractJob';
import { makeReport, REPORT_FORMATS } from './report';
import { DEFAULT_MAX_BYTES, expandInputs, InputError, parseSize, readDumpFile } from './inputs';
import { runJsonl } from './jsonl';
import type { JsonlSettings } from './jsonlRecord';
import { describeFsError, errnoCode } from './fsErrors';
import { destinationKind } from './safeWrite';
import { escapeControls } from './terminal';
import { runOrdered } from './workerPool';

/** Exit codes: the contract other tools rely on. */
export const EXIT_OK = 0;
/** extract: some inputs were skipped or failed; check: a finding at error severity. */
export const EXIT_FINDINGS = 1;
/** Bad usage or unreadable input. */
export const EXIT_USAGE = 2;

/** Where the CLI writes; tests pass their own. */
export interface CliIo {
	out(text: string): void;
	err(text: string): void;
	/** The streams `--jsonl` reads requests from and writes results to (default: standard input and output). */
	readonly streams?: { readonly input: Readable; readonly output: Writable };
	/** Standard output is a terminal: extracted text printed there has its control characters escaped. */
	readonly outIsTerminal?: boolean;
}

const processIo: CliIo = {
	out: (t) => process.stdout.write(t),
	// Messages quote file names and dump text: never let them drive the terminal.
	err: (t) => process.stderr.write(escapeControls(t)),
	outIsTerminal: process.stdout.isTTY === true,
};

const VERSION = '0.1.0';

const HELP = `pagedump — review web pages saved as Pandoc Markdown dumps

Usage:
  pagedump extract <file|dir>... [--format md|html|text|json] [--out FILE | --out-dir DIR] [--jobs N]
  pagedump extract --jsonl [--format md|html|text|json] [--jobs N]  < requests.jsonl > results.jsonl
  pagedump check <file|dir>... [--format text|json|sarif]
  pagedump check --jsonl [--jobs N]  < requests.jsonl > results.jsonl
  pagedump outline <file> [--format text|json]
  pagedump report <dir>... [--format html|json|csv] [--out FILE]

Every command reads the nearest .pagedump.json or pagedump.config.json above each dump
(--config FILE names one, --no-config ignores them).
Run 'pagedump <command> --help' for the options of a command.
Exit codes: 0 ok, 1 findings at error severity (check) or inputs skipped/failed (extract), 2 bad usage or unreadable input.
`;

const EXTRACT_HELP = `pagedump extract <file|dir>... [options]

Extracts the article of each page dump: the clean body with its metadata.
A directory means its .txt files. One input and no --out prints to standard output.

Options:
  --format md|html|text|json  md: YAML front matter + Markdown (default); html: a standalone sanitized page;
                              text: the body as plain text without the title; json: metadata, markdown, text,
                              headings, removed regions with reasons, stats
  --out FILE                  write the single input's output to FILE
  --out-dir DIR               write <name>.<md|html|txt|json> per input into DIR (created if missing)
  --jobs N                    extract on N worker threads (with --out-dir; default 1)
  --max-size SIZE             skip dumps larger than SIZE (default 50MB)
  --force                     extract even when a file does not look like a page dump
  --overwrite                 replace existing output files (otherwise they are kept and reported)
  --jsonl                     stream mode: read one JSON request per line on standard input, {"id","path"} or
                              {"id","text"} with an optional "url" (the base for relative links when the dump names
                              none), and write one result per line in input order:
                              {"id","status":"ok","format","result"} or {"id","status":"skipped"|"error","reason"};
                              --jobs N runs N worker threads; exit 1 when any record was skipped or failed
  --config FILE               use this config file (site rules, default format) instead of the nearest one
  --no-config                 use no config file
`;

const CHECK_HELP = `pagedump check <file|dir>... [--format text|json|sarif] [options]

Reports broken links, missing metadata and structural problems of page dumps.
Rules and their codes: docs/rules.md.
  text:  file:line:col: severity code message   (1-based)
  json:  [{"file","code","rule","severity","message","range":{"start":{"line","character"},"end":{...}}}] (0-based)
  sarif: SARIF 2.1.0 for code-scanning tools
Exit 0 when nothing is at error severity, 1 when something is, 2 for bad usage or unreadable input.

Options:
  --scope article|page        check links in the extracted article only (default) or in the whole page
  --require FIELDS            metadata that must be present, comma-separated (default title,author,published,url)
  --rule CODE=SEVERITY        turn a rule off or change its severity (error, warning, info, hint, off); repeatable
                              as a comma-separated list: --rule PD107=off,PD110=error
  --remote                    also request the article's http(s) links (HEAD, then GET) and report broken ones
  --timeout MS                per-request timeout for --remote (default 10000)
  --jsonl                     stream mode: one JSON request per line on standard input ({"id","path"} or
                              {"id","text"}), one result per line on standard output in input order:
                              {"id","status":"ok","findings":[...]} or {"id","status":"skipped"|"error","reason"};
                              --jobs N runs N worker threads; not with --remote
  --exclude GLOBS             URLs never requested, comma-separated: * within a path segment, ** across; a glob
                              without :// matches the host (*.intranet.example.com)
  --include-loopback          also request loopback addresses (localhost, 127.0.0.0/8, ::1); off by default
  --include-private           also request private addresses (10/8, 172.16/12, 192.168/16, fc00::/7); off by default
  --include-link-local        also request link-local and cloud metadata addresses (169.254/16, fe80::/10)
  --max-urls N                most distinct URLs requested per run (default 200); the rest are listed as not checked
  --deadline SECONDS          stop the remote checks after this long (default 120); what was left is listed
  --config FILE               use this config file (rules, required metadata, scope, remote links, site rules)
  --no-config                 use no config file; options given as flags always win over the config
`;

const OUTLINE_HELP = `pagedump outline <file> [--format text|json]

Prints the outline of a dump: the article with its headings, the metadata, and the page's other regions.
json: nested {"name","detail","kind","range","selectionRange","children"} with 0-based positions.
  --config FILE / --no-config   the config whose site rules apply (default: the nearest one)
`;

const REPORT_HELP = `pagedump report <dir|file>... [--format html|json|csv] [--out FILE]

The review report of folders of dumps (searched recursively): counts of dumps, extracted and skipped (with the
reasons), review states from .pagedump/review.json, metadata completeness per field, problems per rule, page kinds,
sites and word counts, and one row per dump.
  html: one self-contained page with inline SVG charts (no script, nothing loaded), light and dark, printable
  json: the totals, the distributions and the rows
  csv:  one row per dump (RFC 4180)
Options:
  --format html|json|csv      default html (or the config's report.format)
  --out FILE                  write the report to FILE (rows link to the dumps relative to it); default stdout
  --max-size SIZE             treat dumps larger than SIZE as skipped (default 50MB)
  --config FILE / --no-config   the config to use (default: the nearest one above each dump)
`;

const CONFIG_FLAGS = { config: { value: true }, 'no-config': {} } as const;

/** The config resolver of a command's flags; warnings about ignored config values go to stderr. */
function configsOf(flags: Map<string, string | true>, io: CliIo): ConfigResolver {
	return new ConfigResolver({ explicit: flags.get('config') as string | undefined, disabled: flags.has('no-config'), warn: io.err });
}

/** Runs the CLI with `argv` (without node and script). Resolves to the exit code; never throws. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
	const [command, ...rest] = argv;
	try {
		switch (command) {
			case 'extract':
				return await extractCommand(rest, io);
			case 'check':
				return await checkCommand(rest, io);
			case 'outline':
				return outlineCommand(rest, io);
			case 'report':
				return reportCommand(rest, io);
			case '--version':
			case '-v':
				io.out(VERSION + '\n');
				return EXIT_OK;
			case undefined:
			case '--help':
			case '-h':
			case 'help':
				io.out(HELP);
				return command === undefined ? EXIT_USAGE : EXIT_OK;
			default:
				throw new UsageError(`unknown command ${JSON.stringify(command)}`);
		}
	} catch (e) {
		if (e instanceof UsageError) {
			io.err(`pagedump: ${e.message}\n${command && ['extract', 'check', 'outline', 'report'].includes(command) ? `Run 'pagedump ${command} --help' for usage.` : "Run 'pagedump --help' for usage."}\n`);
			return EXIT_USAGE;
		}
		if (e instanceof ConfigError) {
			io.err(e.report);
			return EXIT_USAGE;
		}
		if (e instanceof InputError) {
			io.err(`pagedump: ${e.file}: ${e.reason}\n`);
			return EXIT_USAGE;
		}
		// A file-system error that escaped a command is still the user's file, not a bug: say what happened to it.
		const code = errnoCode(e);
		const where = (e as { path?: unknown }).path;
		io.err(code ? `pagedump: ${typeof where === 'string' ? where + ': ' : ''}${describeFsError(e)}\n` : `pagedump: internal error: ${(e as Error).message}\n`);
		return EXIT_USAGE;
	}
}

async function extractCommand(argv: readonly string[], io: CliIo): Promise<number> {
	const args = parseArgs(argv, {
		format: { value: true, choices: OUTPUT_FORMATS, alias: 'f' },
		out: { value: true, alias: 'o' },
		'out-dir': { value: true },
		jobs: { value: true, alias: 'j' },
		'max-size': { value: true },
		force: {},
		overwrite: {},
		jsonl: {},
		...CONFIG_FLAGS,
		help: { alias: 'h' },
	});
	if (args.flags.has('help')) {
		io.out(EXTRACT_HELP);
		return EXIT_OK;
	}
	if (args.flags.has('jsonl')) {
		if (args.positionals.length > 0 || args.flags.has('out') || args.flags.has('out-dir')) throw new UsageError('--jsonl reads its inputs from standard input and writes to standard output: no files, --out or --out-dir');
		const maxBytes = args.flags.has('max-size') ? parseSize(String(args.flags.get('max-size'))) : DEFAULT_MAX_BYTES;
		if (maxBytes === undefined) throw new UsageError('--max-size must be a size such as 50MB');
		const format = (args.flags.get('format') as OutputFormat | undefined) ?? 'md';
		return jsonlCommand({ command: 'extract', format, maxBytes, force: args.flags.has('force') }, jobsFlag(args.flags.get('jobs')), io);
	}
	if (args.positionals.length === 0) throw new UsageError('extract needs at least one file or directory');
	const configs = configsOf(args.flags, io);
	const flagFormat = args.flags.get('format') as OutputFormat | undefined;
	const out = args.flags.get('out') as string | undefined;
	const outDir = args.flags.get('out-dir') as string | undefined;
	if (out && outDir) throw new UsageError('--out and --out-dir exclude each other');
	const jobs = jobsFlag(args.flags.get('jobs'));
	const maxBytes = args.flags.has('max-size') ? parseSize(String(args.flags.get('max-size'))) : DEFAULT_MAX_BYTES;
	if (maxBytes === undefined) throw new UsageError('--max-size must be a size such as 50MB');
	const inputs = expandInputs(args.positionals);
	if (inputs.length === 0) throw new UsageError('no .txt files in the given directories');
	const single = inputs.length === 1 && !fs.statSync(args.positionals[0]).isDirectory();
	if (!outDir && !single) throw new UsageError('several inputs need --out-dir');
	if (out && !single) throw new UsageError('--out takes a single input file');
	const overwrite = args.flags.has('overwrite');
	const force = args.flags.has('force');

	// An output must never replace an input: compared as real paths, and without case (macOS and Windows disks).
	const inputKeys = new Set(inputs.map((i) => pathKey(i.path)));
	if (out && inputKeys.has(pathKey(out))) throw new UsageError(`--out ${out} is the input file; choose another output`);
	const planned: ExtractJob[] = [];
	let kept = 0;
	if (outDir) {
		if (destinationKind(outDir) === 'symlink') throw new UsageError(`--out-dir ${outDir} is a symbolic link; give the folder itself`);
		fs.mkdirSync(outDir, { recursive: true });
	}
	const seen = new Set<string>();
	for (const input of inputs) {
		const { config } = configs.for(input.path);
		const format = flagFormat ?? config.extract?.format ?? 'md';
		const outPath = outDir ? path.join(outDir, `${input.stem}.${FORMAT_EXTENSIONS[format]}`) : out;
		const key = outPath ? pathKey(outPath) : undefined;
		if (key && inputKeys.has(key)) {
			io.err(`${input.path}: skipped: output ${outPath} is an input file; it is never replaced\n`);
			kept++;
			continue;
		}
		if (key && seen.has(key)) {
			io.err(`${input.path}: skipped: output ${outPath} would collide with another input's (names differing only in case count as one)\n`);
			kept++;
			continue;
		}
		if (key) seen.add(key);
		const existing = outPath ? destinationKind(outPath) : 'none';
		if (existing === 'symlink') {
			io.err(`${input.path}: skipped: ${outPath} is a symbolic link; pagedump never writes through one\n`);
			kept++;
			continue;
		}
		if (outPath && !overwrite && existing !== 'none') {
			io.err(`${input.path}: skipped: ${outPath} exists (use --overwrite to replace it)\n`);
			kept++;
			continue;
		}
		planned.push({ file: input.path, format, outPath, maxBytes, force, overwrite, sites: config.sites });
	}
	let problems = kept;
	let ok = 0;
	let unreadable = false;
	// Each outcome is reported as it comes: a long batch shows its skips and failures while it runs.
	const report = (outcome: ExtractOutcome): void => {
		if (outcome.status === 'ok') {
			ok++;
			// A terminal would run the dump's escape sequences; a pipe or file gets the bytes as they are.
			if (outcome.output !== undefined) io.out(io.outIsTerminal ? escapeControls(outcome.output) : outcome.output);
		} else {
			problems++;
			unreadable ||= outcome.unreadable === true;
			io.err(`${outcome.file}: ${outcome.status}: ${outcome.reason}\n`);
		}
	};
	// Printed output goes to standard output in pieces as it is written (a terminal gets the dump's controls escaped).
	const print = (chunk: string): void => io.out(io.outIsTerminal ? escapeControls(chunk) : chunk);
	if (jobs > 1 && planned.length > 1) await runInWorkers(planned, jobs, report);
	else for (const job of planned) report(runExtractJob(job, print));
	if (outDir) {
		io.err(`pagedump: extracted ${ok} of ${inputs.length} into ${outDir}${problems > 0 ? `; ${problems} skipped or failed` : ''}\n`);
	}
	return unreadable ? EXIT_USAGE : problems > 0 ? EXIT_FINDINGS : EXIT_OK;
}

/**
 * A path as the file system may see it: absolute, real (links in the folder part resolved), Unicode NFC, lower case.
 * Two paths with one key may name one file on a case-insensitive disk, so they are treated as the same.
 */
function pathKey(file: string): string {
	const abs = path.resolve(file);
	let dir = path.dirname(abs);
	try {
		dir = fs.realpathSync(dir);
	} catch {
		// Not created yet: compare as written.
	}
	let base = path.basename(abs);
	try {
		// The file itself may be a link to an input (out/a.md -> ../in/a.txt): compare what it names.
		const real = fs.realpathSync(abs);
		return real.normalize('NFC').toLowerCase();
	} catch {
		base = base.normalize('NFC');
	}
	return path.join(dir, base).normalize('NFC').toLowerCase();
}

/**
 * Runs jobs on a pool of `count` worker threads that lives for the whole run (workerPool.ts): each worker is handed
 * the next file as soon as it is free, and outcomes go to `report` in input order as soon as each is ready. A worker
 * that dies on a file (out of memory on a hostile dump) fails that file with the reason and is replaced.
 */
async function runInWorkers(jobs: readonly ExtractJob[], count: number, report: (outcome: ExtractOutcome) => void): Promise<void> {
	const outcomes = runOrdered(
		jobs.map((task) => ({ task })),
		{
			script: path.join(__dirname, 'extractWorker.js'),
			size: Math.min(count, jobs.length),
			// An outcome is a status line (the output is already written): holding them all costs little, while a window of
			// a few would idle the other workers whenever one file takes longer than a few others together (simulated over
			// wcxb-dev's per-file times: 0.1-0.5% of the run).
			window: jobs.length,
			crashed: (job: ExtractJob, reason: string): ExtractOutcome => ({ status: 'failed', file: job.file, reason, bytes: 0 }),
		},
	);
	for await (const outcome of outcomes) report(outcome);
}

async function checkCommand(argv: readonly string[], io: CliIo): Promise<number> {
	const args = parseArgs(argv, {
		format: { value: true, choices: ['text', 'json', 'sarif'], alias: 'f' },
		scope: { value: true, choices: ['article', 'page'] },
		require: { value: true },
		rule: { value: true },
		remote: {},
		timeout: { value: true },
		jsonl: {},
		jobs: { value: true, alias: 'j' },
		exclude: { value: true },
		'include-loopback': {},
		'include-private': {},
		'include-link-local': {},
		'max-urls': { value: true },
		deadline: { value: true },
		...CONFIG_FLAGS,
		help: { alias: 'h' },
	});
	if (args.flags.has('help')) {
		io.out(CHECK_HELP);
		return EXIT_OK;
	}
	if (args.positionals.length === 0 && !args.flags.has('jsonl')) throw new UsageError('check needs at least one file or directory');
	const format = (args.flags.get('format') as 'text' | 'json' | 'sarif' | undefined) ?? 'text';
	const rules: Record<string, string> = {};
	for (const entry of String(args.flags.get('rule') ?? '').split(',').filter(Boolean)) {
		const m = /^([A-Za-z0-9-]+)=(error|warning|info|hint|off|on)$/.exec(entry.trim());
		if (!m) throw new UsageError(`--rule takes CODE=SEVERITY (error, warning, info, hint, off), got ${JSON.stringify(entry)}`);
		rules[m[1]] = m[2];
	}
	const timeout = args.flags.has('timeout') ? Number(args.flags.get('timeout')) : undefined;
	if (timeout !== undefined && !(Number.isInteger(timeout) && timeout > 0)) throw new UsageError('--timeout must be a positive number of milliseconds');
	const maxUrls = args.flags.has('max-urls') ? Number(args.flags.get('max-urls')) : undefined;
	if (maxUrls !== undefined && !(Number.isInteger(maxUrls) && maxUrls > 0)) throw new UsageError('--max-urls must be a positive whole number');
	const deadline = args.flags.has('deadline') ? Number(args.flags.get('deadline')) : undefined;
	if (deadline !== undefined && !(Number.isFinite(deadline) && deadline > 0)) throw new UsageError('--deadline must be a positive number of seconds');
	const exclude = args.flags.has('exclude') ? String(args.flags.get('exclude')).split(',').map((g) => g.trim()).filter(Boolean) : undefined;
	const allowAddresses = { loopback: args.flags.has('include-loopback'), private: args.flags.has('include-private'), linkLocal: args.flags.has('include-link-local') };
	const requiredMetadata = args.flags.has('require') ? String(args.flags.get('require')).split(',').map((f) => f.trim()).filter(Boolean) : undefined;
	if (args.flags.has('jsonl')) {
		if (args.positionals.length > 0 || args.flags.has('remote')) throw new UsageError('--jsonl reads its inputs from standard input: no files, and no --remote');
		const check = { scope: args.flags.get('scope') as 'article' | 'page' | undefined, requiredMetadata, rules: rules as never };
		return jsonlCommand({ command: 'check', format: 'json', maxBytes: DEFAULT_MAX_BYTES, force: false, check }, jobsFlag(args.flags.get('jobs')), io);
	}
	if (args.flags.has('jobs')) throw new UsageError('--jobs goes with --jsonl for check');
	const scope = args.flags.get('scope') as 'article' | 'page' | undefined;
	const configs = configsOf(args.flags, io);
	const deadlineMs = deadline === undefined ? undefined : deadline * 1000;
	return runCheck(args.positionals, format, {
		...io,
		options: { scope, requiredMetadata, rules: rules as never },
		remote: args.flags.has('remote') ? { timeoutMs: timeout, exclude, allowAddresses, maxUrls, deadlineMs } : undefined,
		// Per dump: the config's values under the flags given.
		configFor: (file) => {
			const { config } = configs.for(file);
			const fromConfig = diagnoseOptionsFrom(config);
			const remote = config.remoteLinks;
			const limits = { allowAddresses, maxUrls, deadlineMs };
			return {
				options: { ...fromConfig, rules: { ...(fromConfig.rules ?? {}), ...rules } as never, scope: scope ?? fromConfig.scope, requiredMetadata: requiredMetadata ?? fromConfig.requiredMetadata },
				remote: args.flags.has('remote')
					? { timeoutMs: timeout ?? remote?.timeout, exclude: exclude ?? remote?.exclude, ...limits }
					: remote?.enabled
						? { timeoutMs: timeout ?? remote.timeout, exclude: exclude ?? remote.exclude, ...limits }
						: undefined,
				sites: config.sites,
			};
		},
	});
}

/** `--jobs N`: 1 when absent. */
function jobsFlag(value: string | true | undefined): number {
	const jobs = value === undefined ? 1 : Number(value);
	if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) throw new UsageError('--jobs must be a whole number from 1 to 64');
	return jobs;
}

/** Streams requests to results (see jsonl.ts); exit 1 when a record was skipped or failed, or (check) a finding is at error severity. */
async function jsonlCommand(settings: JsonlSettings, jobs: number, io: CliIo): Promise<number> {
	const { input, output } = io.streams ?? { input: process.stdin, output: process.stdout };
	const summary = await runJsonl(input, output, settings, jobs);
	return summary.problems > 0 || summary.errorFindings > 0 ? EXIT_FINDINGS : EXIT_OK;
}

function outlineCommand(argv: readonly string[], io: CliIo): number {
	const args = parseArgs(argv, { format: { value: true, choices: ['text', 'json'], alias: 'f' }, ...CONFIG_FLAGS, help: { alias: 'h' } });
	if (args.flags.has('help')) {
		io.out(OUTLINE_HELP);
		return EXIT_OK;
	}
	if (args.positionals.length !== 1) throw new UsageError('outline takes exactly one file');
	const file = args.positionals[0];
	const analysis = analyzeDump(readDumpFile(file));
	const nodes = outlineWithSiteRules(analysis, configsOf(args.flags, io).for(file).config.sites);
	const index = analysis.lines;
	// The text outline is for people: the dump's control characters are shown, not sent to the terminal.
	io.out(args.flags.get('format') === 'json' ? formatOutlineJson(nodes, index) : escapeControls(formatOutlineText(nodes, index)));
	return EXIT_OK;
}

function reportCommand(argv: readonly string[], io: CliIo): number {
	const args = parseArgs(argv, {
		format: { value: true, choices: REPORT_FORMATS, alias: 'f' },
		out: { value: true, alias: 'o' },
		'max-size': { value: true },
		...CONFIG_FLAGS,
		help: { alias: 'h' },
	});
	if (args.flags.has('help')) {
		io.out(REPORT_HELP);
		return EXIT_OK;
	}
	if (args.positionals.length === 0) throw new UsageError('report needs at least one folder or file');
	const maxBytes = args.flags.has('max-size') ? parseSize(String(args.flags.get('max-size'))) : DEFAULT_MAX_BYTES;
	if (maxBytes === undefined) throw new UsageError('--max-size must be a size such as 50MB');
	const configs = configsOf(args.flags, io);
	const first = args.positionals[0];
	const firstIsDir = fs.existsSync(first) && fs.statSync(first).isDirectory();
	const format = (args.flags.get('format') as ReportFormat | undefined) ?? configs.for(first, firstIsDir).config.report?.format ?? 'html';
	const out = args.flags.get('out') as string | undefined;
	const text = makeReport({ roots: args.positionals, configs, maxBytes, outFile: out, err: io.err }, format);
	if (out) {
		fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
		fs.writeFileSync(out, text);
		io.err(`pagedump: wrote the ${format} report to ${out}\n`);
	} else io.out(text);
	return EXIT_OK;
}

// Run when executed directly (the bin launcher calls main itself).
if (require.main === module) {
	void main(process.argv.slice(2)).then((code) => {
		process.exitCode = code;
	});
}
