// One JSONL record for `pagedump extract|check --jsonl`: a request line in, one result line out; never throws.
import { analyzeDump, complexityRefusal, emptyArticleReason, extractionToJson, formatExtraction, LineIndex, looksLikeDump, withBaseUrl, type DiagnoseOptions, type OutputFormat } from '../core/index';
import { formatBytes, InputError, readDumpFile } from './inputs';

/** What every record of one run is processed with. */
export interface JsonlSettings {
	readonly command: 'extract' | 'check';
	readonly format: OutputFormat;
	readonly maxBytes: number;
	readonly force: boolean;
	readonly check?: DiagnoseOptions;
}

/** One result line, and what it means for the exit code. */
export interface JsonlOutcome {
	readonly line: string;
	/** The record was skipped or failed (extract: exit 1). */
	readonly problem: boolean;
	/** A finding at error severity (check: exit 1). */
	readonly errorFinding: boolean;
}

/** One request line as the pool hands it to a worker. */
export interface JsonlTask {
	readonly raw: string;
	/** 1-based; stands in for a missing id. */
	readonly lineNumber: number;
}

type Id = string | number | null;

function result(id: Id, fields: Record<string, unknown>, problem = false, errorFinding = false): JsonlOutcome {
	return { line: JSON.stringify({ id, ...fields }), problem, errorFinding };
}

/**
 * Processes one request line: `{"id", "path"}` or `{"id", "text"}`, with an optional `url` (the page's address, the
 * base for relative links when the dump names none). `lineNumber` (1-based) stands in for a missing id.
 */
export function processJsonlLine(raw: string, lineNumber: number, settings: JsonlSettings): JsonlOutcome {
	let request: unknown;
	try {
		request = JSON.parse(raw);
	} catch (e) {
		return result(lineNumber, { status: 'error', reason: `line ${lineNumber} is not JSON: ${(e as Error).message}` }, true);
	}
	if (typeof request !== 'object' || request === null || Array.isArray(request)) return result(lineNumber, { status: 'error', reason: `line ${lineNumber} is not a JSON object` }, true);
	const r = request as Record<string, unknown>;
	const id: Id = typeof r.id === 'string' || typeof r.id === 'number' ? r.id : lineNumber;
	const url = typeof r.url === 'string' ? r.url : undefined;
	let text: string;
	if (typeof r.text === 'string') {
		const bytes = Buffer.byteLength(r.text);
		if (bytes > settings.maxBytes) return result(id, { status: 'skipped', reason: `${formatBytes(bytes)} is above the ${formatBytes(settings.maxBytes)} limit (--max-size)` }, true);
		text = r.text;
	} else if (typeof r.path === 'string') {
		try {
			text = readDumpFile(r.path, settings.maxBytes);
		} catch (e) {
			const reason = e instanceof InputError ? e.reason : String(e);
			return result(id, { status: reason.startsWith('skipped') ? 'skipped' : 'error', path: r.path, reason: reason.replace(/^skipped: /, '') }, true);
		}
	} else {
		return result(id, { status: 'error', reason: 'a record needs "text" or "path"' }, true);
	}
	const where = typeof r.path === 'string' ? { path: r.path } : {};
	if (text.trim() === '') return result(id, { status: 'skipped', ...where, reason: 'empty' }, true);
	if (!settings.force && !looksLikeDump(text)) return result(id, { status: 'skipped', ...where, reason: 'does not look like a page dump' }, true);
	try {
		const analysis = analyzeDump(text);
		if (settings.command === 'check') {
			const index = new LineIndex(text);
			const findings = analysis.findings(settings.check).map((f) => ({ code: f.code, rule: f.rule, severity: f.severity, message: f.message, range: index.rangeOf(f.range) }));
			return result(id, { status: 'ok', ...where, findings }, false, findings.some((f) => f.severity === 'error'));
		}
		const refusal = complexityRefusal(analysis.document);
		if (refusal) return result(id, { status: 'skipped', ...where, reason: refusal.message }, true);
		const extraction = withBaseUrl(analysis.extraction, url);
		if (extraction.article.empty) return result(id, { status: 'skipped', ...where, reason: emptyArticleReason(extraction.article) }, true);
		const output = settings.format === 'json' ? extractionToJson(extraction) : formatExtraction(extraction, settings.format);
		return result(id, { status: 'ok', ...where, format: settings.format, result: output });
	} catch (e) {
		// A bug in the core must not stop a stream: it becomes this record's error.
		return result(id, { status: 'error', ...where, reason: `internal error: ${(e as Error).message}` }, true);
	}
}

/** The error record for a request whose worker died on it (`reason` from the pool): its id and path as the request gives them. */
export function crashedJsonlLine(raw: string, lineNumber: number, reason: string): JsonlOutcome {
	let r: Record<string, unknown> = {};
	try {
		const parsed: unknown = JSON.parse(raw);
		if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) r = parsed as Record<string, unknown>;
	} catch {
		// The worker read it; if this copy does not parse, the line number names it.
	}
	const id: Id = typeof r.id === 'string' || typeof r.id === 'number' ? r.id : lineNumber;
	return result(id, { status: 'error', ...(typeof r.path === 'string' ? { path: r.path } : {}), reason }, true);
}
