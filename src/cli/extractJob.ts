// One extraction job: read a dump, extract, render, write. Runs in the CLI process or in a worker thread alike.
import { analyzeDump, complexityRefusal, emptyArticleReason, extractWithSiteRules, formatExtraction, looksLikeDump, writeExtraction, type OutputFormat, type SiteRuleTable } from '../core/index';
import { InputError, readDumpFile } from './inputs';
import { OutputError, writeFileAtomic } from './safeWrite';

export interface ExtractJob {
	readonly file: string;
	readonly format: OutputFormat;
	/** Where to write; undefined means return the output (to print it). */
	readonly outPath?: string;
	readonly maxBytes: number;
	/** Extract even when the text does not look like a page dump. */
	readonly force: boolean;
	/** Replace an existing output file (never a symbolic link). */
	readonly overwrite?: boolean;
	/** Site rules from the dump's config file (plain data: jobs cross to worker threads). */
	readonly sites?: SiteRuleTable;
}

export type ExtractOutcome =
	| { readonly status: 'ok'; readonly file: string; readonly outPath?: string; readonly output?: string; readonly bytes: number }
	| { readonly status: 'skipped' | 'failed'; readonly file: string; readonly reason: string; readonly bytes: number; readonly unreadable?: boolean };

/**
 * Runs one job. Never throws: every refusal or failure comes back as an outcome with a reason. With `print` (the CLI's
 * standard output, in its own thread) and no `outPath`, the output is handed to it in pieces as it is written, and the
 * outcome carries none: the `json` format of a section-dense dump is ten times the dump, never held whole.
 */
export function runExtractJob(job: ExtractJob, print?: (chunk: string) => void): ExtractOutcome {
	let text: string;
	try {
		text = readDumpFile(job.file, job.maxBytes);
	} catch (e) {
		const reason = e instanceof InputError ? e.reason : String(e);
		const skipped = reason.startsWith('skipped');
		// An input that cannot be read at all is the README's exit 2, as in `check`.
		return { status: skipped ? 'skipped' : 'failed', file: job.file, reason: reason.replace(/^skipped: /, ''), bytes: 0, unreadable: !skipped || undefined };
	}
	const bytes = Buffer.byteLength(text);
	if (text.trim() === '') return { status: 'skipped', file: job.file, reason: 'empty file', bytes };
	if (!job.force && !looksLikeDump(text)) return { status: 'skipped', file: job.file, reason: 'does not look like a page dump (no fenced divs, attribute blocks or links); use --force to extract anyway', bytes };
	try {
		const analysis = analyzeDump(text);
		const refusal = complexityRefusal(analysis.document);
		if (refusal) return { status: 'skipped', file: job.file, reason: refusal.message, bytes };
		const extraction = job.sites ? extractWithSiteRules(analysis.document, job.sites) : analysis.extraction;
		if (extraction.article.empty) return { status: 'skipped', file: job.file, reason: emptyArticleReason(extraction.article), bytes };
		if (job.outPath) {
			writeFileAtomic(job.outPath, (write) => writeExtraction(extraction, job.format, write), job.overwrite === true);
			return { status: 'ok', file: job.file, outPath: job.outPath, bytes };
		}
		if (print) {
			writeExtraction(extraction, job.format, print);
			return { status: 'ok', file: job.file, bytes };
		}
		return { status: 'ok', file: job.file, output: formatExtraction(extraction, job.format), bytes };
	} catch (e) {
		if (e instanceof OutputError) return { status: 'failed', file: job.file, reason: `${job.outPath}: ${e.message}`, bytes };
		// A bug in the core must not stop a batch: report it against the file and go on.
		return { status: 'failed', file: job.file, reason: `internal error: ${(e as Error).message}`, bytes };
	}
}
