// The Page Dumps view's model without vscode: rows kept per file while nothing about it changed, the queue built from
// them, and what changed since the last redraw (the groups whose children changed, the rows changed in place), so
// the view tells VS Code about those elements only. The bench drives it as the view does.
import { buildQueue, effectiveState, type GroupBy, type QueueFilter, type QueueGroup, type ReportRow, type ReviewEntry, type SortKey } from '../../core/index';
import type { IndexEntry } from './indexProtocol';

/** What a redraw must tell the tree: everything (`full`), or the groups and rows that changed. */
export interface TreeDelta {
	/** The root's children changed (groups came or went, or their order): the whole tree is fetched again. */
	readonly full: boolean;
	/** Keys of the groups whose rows changed in membership or order ('' for the one group when not grouped). */
	readonly groups: readonly string[];
	/** Paths of rows whose content changed but kept their place. */
	readonly rows: readonly string[];
}

interface Kept {
	readonly entry: IndexEntry;
	readonly review: ReviewEntry | undefined;
	readonly key: string;
	readonly row: ReportRow;
}

function keyOf(entry: IndexEntry, review: ReviewEntry | undefined): string {
	return `${entry.rel}\u0000${entry.hash}\u0000${entry.configKey}\u0000${review ? `${review.state}\u0000${review.hash}\u0000${review.note ?? ''}` : ''}`;
}

/** Rows by file, rebuilt only when the file's summary or its review changed; the queue with its delta. */
export class DumpsTreeModel {
	readonly #kept = new Map<string, Kept>();
	#groups: QueueGroup[] = [];
	#shape: unknown;

	get groups(): readonly QueueGroup[] {
		return this.#groups;
	}

	/**
	 * The rows of `entries` (files that `keep` refuses left out) with their review (`reviewOf`): a row object is reused
	 * while the file's hash, config, path and review are the same, so an unchanged row is the same object across
	 * redraws (the view's tree items are kept per row object).
	 */
	rows(entries: Iterable<IndexEntry>, reviewOf: (entry: IndexEntry) => ReviewEntry | undefined): ReportRow[] {
		const out: ReportRow[] = [];
		const seen = new Set<string>();
		for (const entry of entries) {
			seen.add(entry.abs);
			const review = reviewOf(entry);
			let kept = this.#kept.get(entry.abs);
			// The same entry and review objects: nothing to compare. Others (a re-index answers with new objects for
			// unchanged files) keep the row while their key is the same.
			if (!kept || kept.entry !== entry || kept.review !== review) {
				const key = keyOf(entry, review);
				if (kept && kept.key === key) kept = { ...kept, entry, review };
				else {
					const state = effectiveState(review, entry.hash);
					kept = { entry, review, key, row: { ...entry.summary, path: entry.rel, review: state.state, changed: state.changed, ...(state.note ? { note: state.note } : {}) } };
				}
				this.#kept.set(entry.abs, kept);
			}
			out.push(kept.row);
		}
		if (seen.size !== this.#kept.size) for (const abs of [...this.#kept.keys()]) if (!seen.has(abs)) this.#kept.delete(abs);
		return out;
	}

	/** Builds the queue from `rows` and says what changed since the last call (everything on the first, or a new shape). */
	update(rows: readonly ReportRow[], filter: QueueFilter, sort: SortKey, group: GroupBy): TreeDelta {
		const before = new Map(this.#groups.map((g) => [g.key, g.rows]));
		const shape = JSON.stringify([filter, sort, group]);
		const fresh = shape !== this.#shape;
		this.#shape = shape;
		const after = buildQueue(rows, filter, sort, group);
		const full = fresh || before.size !== after.length || after.some((g, i) => this.#groups[i]?.key !== g.key);
		this.#groups = after;
		if (full) return { full: true, groups: [], rows: [] };
		const groups: string[] = [];
		const changedRows: string[] = [];
		for (const g of after) {
			const old = before.get(g.key)!;
			if (old.length !== g.rows.length || g.rows.some((r, i) => old[i].path !== r.path)) {
				groups.push(g.key);
				continue;
			}
			g.rows.forEach((r, i) => {
				if (old[i] !== r) changedRows.push(r.path);
			});
		}
		return { full: false, groups, rows: changedRows };
	}
}
