// The review state file (`.pagedump/review.json`): each dump's decision keyed by its workspace-relative path and the
// hash of the content it was made on, one dump per line so a team can commit and merge it.

export type ReviewDecision = 'approved' | 'needs-work' | 'rejected';
export type ReviewState = 'unreviewed' | ReviewDecision;

export const REVIEW_DECISIONS: readonly ReviewDecision[] = ['approved', 'needs-work', 'rejected'];
export const REVIEW_STATES: readonly ReviewState[] = ['unreviewed', ...REVIEW_DECISIONS];

/** Where the state file lives, relative to the workspace folder. */
export const REVIEW_STATE_FILE = '.pagedump/review.json';
const FORMAT_VERSION = 1;

export interface ReviewEntry {
	readonly state: ReviewDecision;
	/** The content hash (`sha256:<hex>`) of the dump when the decision was made. */
	readonly hash: string;
	/** The reviewer's note (Needs Work asks for one). */
	readonly note?: string;
	/** ISO 8601 time of the decision. */
	readonly at?: string;
}

export interface ReviewStateFile {
	readonly reviews: Readonly<Record<string, ReviewEntry>>;
}

export interface ReviewStateParse {
	readonly file: ReviewStateFile;
	/** Entries that were skipped and why (a merge gone wrong, a hand edit); the rest is kept. */
	readonly problems: readonly string[];
}

export const EMPTY_REVIEW_STATE: ReviewStateFile = { reviews: {} };

/** Reads the state file; never throws: a broken file gives an empty state and a problem, a broken entry is skipped. */
export function parseReviewState(text: string): ReviewStateParse {
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (e) {
		return { file: EMPTY_REVIEW_STATE, problems: [`not valid JSON (${(e as Error).message}); is there a merge conflict in it?`] };
	}
	const reviews = (raw as { reviews?: unknown } | null)?.reviews;
	if (typeof reviews !== 'object' || reviews === null || Array.isArray(reviews)) return { file: EMPTY_REVIEW_STATE, problems: ['no "reviews" object'] };
	const out: Record<string, ReviewEntry> = {};
	const problems: string[] = [];
	for (const [path, entry] of Object.entries(reviews as Record<string, unknown>)) {
		const e = entry as Partial<ReviewEntry> | null;
		if (!e || !REVIEW_DECISIONS.includes(e.state as ReviewDecision) || typeof e.hash !== 'string') {
			problems.push(`${path}: skipped (needs "state" of ${REVIEW_DECISIONS.join(', ')} and a "hash")`);
			continue;
		}
		out[path] = { state: e.state!, hash: e.hash, ...(typeof e.note === 'string' && e.note ? { note: e.note } : {}), ...(typeof e.at === 'string' ? { at: e.at } : {}) };
	}
	return { file: { reviews: out }, problems };
}

/** The file's text: sorted by path, one entry per line, so two reviewers' changes merge line by line. */
export function serializeReviewState(file: ReviewStateFile): string {
	const paths = Object.keys(file.reviews).sort();
	const lines = paths.map((p) => {
		const e = file.reviews[p];
		const entry: ReviewEntry = { state: e.state, hash: e.hash, ...(e.note ? { note: e.note } : {}), ...(e.at ? { at: e.at } : {}) };
		return `    ${JSON.stringify(p)}: ${JSON.stringify(entry)}`;
	});
	return `{\n  "version": ${FORMAT_VERSION},\n  "reviews": {${lines.length ? '\n' + lines.join(',\n') + '\n  ' : ''}}\n}\n`;
}

/** The state with one dump's decision set (or cleared with `undefined`). */
export function withDecision(file: ReviewStateFile, path: string, entry: ReviewEntry | undefined): ReviewStateFile {
	const reviews = { ...file.reviews };
	if (entry) reviews[path] = entry;
	else delete reviews[path];
	return { reviews };
}

/** A dump's state now: its decision, and whether the dump changed since (its hash differs), which sends it back to review. */
export interface EffectiveState {
	readonly state: ReviewState;
	readonly changed: boolean;
	readonly note?: string;
}

export function effectiveState(entry: ReviewEntry | undefined, currentHash: string | undefined): EffectiveState {
	if (!entry) return { state: 'unreviewed', changed: false };
	return { state: entry.state, changed: currentHash !== undefined && currentHash !== entry.hash, note: entry.note };
}

/** Whether a dump is still to review: never reviewed, or changed since its review. */
export function isToReview(s: EffectiveState): boolean {
	return s.state === 'unreviewed' || s.changed;
}
