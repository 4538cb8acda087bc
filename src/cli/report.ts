// `pagedump report <dir>...`: the review report of folders of dumps (counts, completeness, problems, kinds, sites,
// review states) as self-contained HTML, JSON or CSV.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildReport, diagnoseOptionsFrom, effectiveState, parseReviewState, renderReportCsv, renderReportHtml, renderReportJson, type ReportFormat, type ReportRow, REVIEW_STATE_FILE, type ReviewStateFile, summarizeDump } from '../core/index';
import type { ConfigResolver } from './config';
import { InputError, readDumpFile } from './inputs';

export const REPORT_FORMATS: readonly ReportFormat[] = ['html', 'json', 'csv'];

// Folders never searched for dumps: tool state and dependencies, not content.
const SKIPPED_DIRS = new Set(['node_modules', '.git', '.pagedump', '.vscode']);

/** The `.txt` files under a folder, recursively, sorted; hidden folders and dependencies are skipped. */
export function findDumpFiles(dir: string): string[] {
	const out: string[] = [];
	const walk = (d: string): void => {
		for (const entry of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
			const p = path.join(d, entry.name);
			if (entry.isDirectory()) {
				if (!SKIPPED_DIRS.has(entry.name) && !entry.name.startsWith('.')) walk(p);
			} else if (entry.isFile() && entry.name.toLowerCase().endsWith('.txt')) out.push(p);
		}
	};
	walk(dir);
	return out;
}

/** The content hash the review state is keyed by: the same in the CLI and the extension. */
export function contentHash(bytes: Buffer | Uint8Array): string {
	return 'sha256:' + createHash('sha256').update(bytes).digest('hex');
}

/** The nearest folder at or above `dir` holding `.pagedump/review.json`, and its state. */
export function findReviewState(dir: string): { root: string; state: ReviewStateFile } | undefined {
	for (let d = path.resolve(dir); ; d = path.dirname(d)) {
		const file = path.join(d, REVIEW_STATE_FILE);
		if (fs.existsSync(file)) return { root: d, state: parseReviewState(fs.readFileSync(file, 'utf8')).file };
		if (path.dirname(d) === d) return undefined;
	}
}

export interface ReportOptions {
	readonly roots: readonly string[];
	readonly configs: ConfigResolver;
	readonly maxBytes: number;
	/** The output file, to link rows relative to it; rows link relative to the current folder otherwise. */
	readonly outFile?: string;
	readonly err: (text: string) => void;
	readonly now?: Date;
}

/** Builds the report of the given folders (or files) and renders it. Throws InputError for a missing root. */
export function makeReport(options: ReportOptions, format: ReportFormat): string {
	const rows: ReportRow[] = [];
	// Each row's file on disk, for its link in the HTML (rows show workspace-relative paths).
	const files = new Map<ReportRow, string>();
	for (const root of options.roots) {
		let stat: fs.Stats;
		try {
			stat = fs.statSync(root);
		} catch {
			throw new InputError(root, 'no such file or directory');
		}
		const dumps = stat.isDirectory() ? findDumpFiles(root) : [root];
		const review = findReviewState(stat.isDirectory() ? root : path.dirname(root));
		const base = review?.root ?? (stat.isDirectory() ? root : path.dirname(root));
		for (const file of dumps) {
			const rel = path.relative(base, file).split(path.sep).join('/');
			let text: string;
			try {
				text = readDumpFile(file, options.maxBytes);
			} catch (e) {
				const reason = e instanceof InputError ? e.reason.replace(/^skipped: /, '') : String(e);
				const row: ReportRow = { ...summarizeDump(rel, ''), skipped: reason, review: 'unreviewed', changed: false };
				rows.push(row);
				files.set(row, file);
				continue;
			}
			const { config } = options.configs.for(file);
			const summary = summarizeDump(rel, text, { diagnose: diagnoseOptionsFrom(config), sites: config.sites });
			const state = effectiveState(review?.state.reviews[rel], contentHash(fs.readFileSync(file)));
			const row: ReportRow = { ...summary, bytes: fs.statSync(file).size, review: state.state, changed: state.changed, ...(state.note ? { note: state.note } : {}) };
			rows.push(row);
			files.set(row, file);
		}
	}
	const report = buildReport(rows, options.roots, options.now);
	if (format === 'json') return renderReportJson(report);
	if (format === 'csv') return renderReportCsv(report);
	const from = options.outFile ? path.dirname(path.resolve(options.outFile)) : process.cwd();
	return renderReportHtml(report, {
		link: (r) => {
			const target = files.get(r);
			return target ? path.relative(from, path.resolve(target)).split(path.sep).map(encodeURIComponent).join('/') : encodeURI(r.path);
		},
	});
}
