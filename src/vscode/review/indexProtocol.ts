// Messages between the review index (reviewIndex.ts, on the extension host) and its worker (indexWorker.ts).
import { type DiagnoseOptions, type DumpSummary, type SiteRuleTable } from '../../core/index';

/** What a file is summarized with: its config's diagnose options and site rules, under a key that changes with them. */
export interface IndexConfig {
	readonly key: string;
	readonly diagnose?: DiagnoseOptions;
	readonly sites?: SiteRuleTable;
}

/** What the index remembers of a file, to skip it when nothing changed. */
export interface IndexEntry {
	readonly abs: string;
	readonly rel: string;
	readonly size: number;
	readonly mtimeMs: number;
	readonly hash: string;
	readonly configKey: string;
	readonly summary: DumpSummary;
}

export interface IndexFile {
	readonly abs: string;
	readonly rel: string;
	/** Index into `IndexRequest.configs`. */
	readonly config: number;
	readonly previous?: IndexEntry;
}

export interface IndexRequest {
	readonly id: number;
	readonly files: readonly IndexFile[];
	readonly configs: readonly IndexConfig[];
	/** Files above this size are listed as skipped without being read. */
	readonly maxBytes: number;
}

export interface IndexResponse {
	readonly id: number;
	/** One per file, in order; `undefined` for a file that is gone. */
	readonly entries: readonly (IndexEntry | undefined)[];
	/** How many were summarized (the others were unchanged), for logs and the bench. */
	readonly summarized: number;
}
