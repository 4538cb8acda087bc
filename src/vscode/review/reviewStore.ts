// The review state of each workspace folder, in `.pagedump/review.json`: read at start, re-read when the file changes
// (a pull, a merge), written on every decision.
import { createHash } from 'node:crypto';
import * as vscode from 'vscode';
import { EMPTY_REVIEW_STATE, parseReviewState, REVIEW_STATE_FILE, type ReviewDecision, type ReviewEntry, type ReviewStateFile, serializeReviewState, withDecision } from '../../core/index';

/** The hash a decision is keyed by: of the file's bytes, as `pagedump report` computes it. */
export function hashBytes(bytes: Uint8Array): string {
	return 'sha256:' + createHash('sha256').update(bytes).digest('hex');
}

/** A dump's key in its folder's state file: the path relative to the workspace folder, with `/`. */
export function reviewKey(uri: vscode.Uri): { folder: vscode.WorkspaceFolder; path: string } | undefined {
	const folder = vscode.workspace.getWorkspaceFolder(uri);
	if (!folder) return undefined;
	const root = folder.uri.path.replace(/\/+$/, '');
	return { folder, path: uri.path.slice(root.length + 1) };
}

export class ReviewStore implements vscode.Disposable {
	readonly #states = new Map<string, ReviewStateFile>();
	readonly #changed = new vscode.EventEmitter<void>();
	readonly #disposables: vscode.Disposable[] = [];
	/** Our own writes, so the watcher's echo of them does not reload. */
	#writing = 0;

	readonly onDidChange = this.#changed.event;

	constructor() {
		const watcher = vscode.workspace.createFileSystemWatcher(`**/${REVIEW_STATE_FILE}`);
		const reload = (): void => {
			if (this.#writing === 0) void this.reload();
		};
		this.#disposables.push(watcher, watcher.onDidChange(reload), watcher.onDidCreate(reload), watcher.onDidDelete(reload), this.#changed);
	}

	dispose(): void {
		this.#disposables.forEach((d) => d.dispose());
	}

	#fileOf(folder: vscode.WorkspaceFolder): vscode.Uri {
		return vscode.Uri.joinPath(folder.uri, REVIEW_STATE_FILE);
	}

	/** Forgets what is in memory and reads every folder's state file from disk. */
	async reload(): Promise<void> {
		this.#states.clear();
		for (const folder of vscode.workspace.workspaceFolders ?? []) {
			try {
				const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(this.#fileOf(folder)));
				const { file, problems } = parseReviewState(text);
				if (problems.length) console.warn(`pageDump: ${REVIEW_STATE_FILE} in ${folder.name}: ${problems.join('; ')}`);
				this.#states.set(folder.uri.toString(), file);
			} catch {
				this.#states.set(folder.uri.toString(), EMPTY_REVIEW_STATE);
			}
		}
		this.#changed.fire();
	}

	entry(uri: vscode.Uri): ReviewEntry | undefined {
		const key = reviewKey(uri);
		return key && this.#states.get(key.folder.uri.toString())?.reviews[key.path];
	}

	/** Records a decision on the dump's current content on disk (or clears it with `undefined`). */
	async decide(uri: vscode.Uri, decision: ReviewDecision | undefined, note?: string): Promise<ReviewEntry | undefined> {
		const key = reviewKey(uri);
		if (!key) throw new Error('Only dumps inside a workspace folder can be reviewed: the state file lives there.');
		const hash = hashBytes(await vscode.workspace.fs.readFile(uri));
		const entry: ReviewEntry | undefined = decision && { state: decision, hash, ...(note ? { note } : {}), at: new Date().toISOString() };
		const current = this.#states.get(key.folder.uri.toString()) ?? EMPTY_REVIEW_STATE;
		const next = withDecision(current, key.path, entry);
		this.#states.set(key.folder.uri.toString(), next);
		const file = this.#fileOf(key.folder);
		this.#writing++;
		try {
			await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(file, '..'));
			await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(serializeReviewState(next)));
		} finally {
			// The watcher reports our write a moment later.
			setTimeout(() => this.#writing--, 500);
		}
		this.#changed.fire();
		return entry;
	}
}
