// The review commands: Next Dump to Review, Approve, Needs Work, Reject (keys and preview title-bar buttons), and the
// Page Dumps view's filter, sort and grouping.
import * as vscode from 'vscode';
import { type GroupBy, type QueueFilter, type ReportRow, REVIEW_STATES, type ReviewDecision, type ReviewState, SEVERITIES, type Severity, type SortKey } from '../../core/index';
import type { DumpsNode, DumpsView } from './dumpsView';
import type { ReviewStore } from './reviewStore';

const PREVIEW_VIEW_TYPE = 'pageDump.preview';

/** What a decision command acts on: a row of the view, a URI, or the dump in the active editor or preview. */
function targetOf(arg: unknown): vscode.Uri | undefined {
	if (arg instanceof vscode.Uri) return arg;
	if (typeof arg === 'string') return vscode.Uri.parse(arg);
	if (arg && typeof arg === 'object' && (arg as DumpsNode).kind === 'dump') return (arg as Extract<DumpsNode, { kind: 'dump' }>).uri;
	const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
	if (input instanceof vscode.TabInputCustom || input instanceof vscode.TabInputText) return input.uri;
	return vscode.window.activeTextEditor?.document.uri;
}

/** Options a decision command takes from tests or keybinding args. */
interface DecisionOptions {
	readonly note?: string;
	/** Open the next dump to review afterwards (default: the `pageDump.review.advanceAfterDecision` setting). */
	readonly advance?: boolean;
}

const DECISION_LABELS: Record<ReviewDecision, string> = { approved: 'Approved', 'needs-work': 'Needs work', rejected: 'Rejected' };

export class ReviewCommands {
	static register(view: DumpsView, store: ReviewStore): vscode.Disposable {
		const open = async (uri: vscode.Uri): Promise<void> => {
			await vscode.commands.executeCommand('vscode.openWith', uri, PREVIEW_VIEW_TYPE);
			await view.reveal(uri);
		};

		const next = async (arg?: unknown): Promise<string | undefined> => {
			await view.whenIndexed();
			const found = view.next(arg === undefined ? targetOf(undefined) : targetOf(arg));
			if (!found) {
				void vscode.window.showInformationMessage('Nothing left to review in the Page Dumps view (with its current filter).');
				return undefined;
			}
			await open(found.uri);
			return found.uri.toString();
		};

		const decide = async (decision: ReviewDecision, arg?: unknown, options: DecisionOptions = {}): Promise<ReviewState | undefined> => {
			// A keybinding passes its args object as the first argument.
			const argIsOptions = !!arg && typeof arg === 'object' && !(arg instanceof vscode.Uri) && (arg as DumpsNode).kind === undefined;
			const opts = argIsOptions ? (arg as DecisionOptions) : options;
			const uri = targetOf(argIsOptions ? undefined : arg);
			if (!uri) {
				void vscode.window.showInformationMessage('Open a page dump (or pick one in the Page Dumps view) to review it.');
				return undefined;
			}
			let note = opts.note;
			if (decision === 'needs-work' && note === undefined) {
				note = await vscode.window.showInputBox({ title: 'Needs work', prompt: 'What needs work? (optional; Enter to skip)', placeHolder: 'e.g. the comments section is kept' });
				if (note === undefined) return undefined;
			}
			await store.decide(uri, decision, note?.trim() || undefined);
			vscode.window.setStatusBarMessage(`${DECISION_LABELS[decision]}: ${vscode.workspace.asRelativePath(uri)}`, 3000);
			const advance = opts.advance ?? vscode.workspace.getConfiguration('pageDump.review').get<boolean>('advanceAfterDecision', false);
			if (advance) await next(uri);
			return decision;
		};

		return vscode.Disposable.from(
			vscode.commands.registerCommand('pageDump.review.open', (arg?: unknown) => {
				const uri = targetOf(arg);
				return uri ? open(uri) : undefined;
			}),
			vscode.commands.registerCommand('pageDump.review.next', (arg?: unknown) => next(arg)),
			vscode.commands.registerCommand('pageDump.review.approve', (arg?: unknown, o?: DecisionOptions) => decide('approved', arg, o)),
			vscode.commands.registerCommand('pageDump.review.needsWork', (arg?: unknown, o?: DecisionOptions) => decide('needs-work', arg, o)),
			vscode.commands.registerCommand('pageDump.review.reject', (arg?: unknown, o?: DecisionOptions) => decide('rejected', arg, o)),
			vscode.commands.registerCommand('pageDump.review.clearDecision', async (arg?: unknown) => {
				const uri = targetOf(arg);
				if (uri) await store.decide(uri, undefined);
			}),
			vscode.commands.registerCommand('pageDump.review.filter', async (filter?: QueueFilter) => view.setFilter(filter ?? (await pickFilter(view.dumpRows(), view.filter)) ?? view.filter)),
			vscode.commands.registerCommand('pageDump.review.clearFilter', () => view.setFilter({})),
			vscode.commands.registerCommand('pageDump.review.sort', async (sort?: SortKey) => {
				const picked = sort ?? (await pickOne<SortKey>('Sort page dumps by', [['path', 'Path'], ['title', 'Title'], ['site', 'Site'], ['kind', 'Page kind'], ['words', 'Words (most first)'], ['problems', 'Problems (most first)'], ['state', 'Review state (to review first)']], view.sort));
				if (picked) view.setSort(picked);
			}),
			vscode.commands.registerCommand('pageDump.review.groupBy', async (group?: GroupBy) => {
				const picked = group ?? (await pickOne<GroupBy>('Group page dumps by', [['site', 'Site'], ['folder', 'Folder'], ['none', 'No grouping']], view.group));
				if (picked) view.setGroup(picked);
			}),
			vscode.commands.registerCommand('pageDump.review.refresh', () => view.reindex()),
			// Test hooks: what the view lists, and a reload of the review state from disk.
			vscode.commands.registerCommand('pageDump.review._state', async () => {
				await view.whenIndexed();
				return { rows: view.dumpRows(), groups: view.groups().map((g) => ({ key: g.key, paths: g.rows.map((r) => r.path) })), badge: view.view.badge?.value ?? 0, filter: view.filter };
			}),
			vscode.commands.registerCommand('pageDump.review._reload', () => store.reload()),
		);
	}
}

async function pickOne<T extends string>(title: string, choices: readonly (readonly [T, string])[], current: T): Promise<T | undefined> {
	const picked = await vscode.window.showQuickPick(choices.map(([value, label]) => ({ label, value, description: value === current ? 'current' : undefined })), { title });
	return picked?.value;
}

type FilterItem = vscode.QuickPickItem & { readonly patch?: QueueFilter; readonly clear?: boolean };

/** A quick pick of filters with the values present in the rows and their counts; picking one adds it to the filter. */
async function pickFilter(rows: readonly ReportRow[], current: QueueFilter): Promise<QueueFilter | undefined> {
	const count = <K extends string>(values: Iterable<K>): [K, number][] => {
		const m = new Map<K, number>();
		for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
		return [...m].sort((a, b) => b[1] - a[1]);
	};
	const items: FilterItem[] = [
		{ label: 'Clear the filter', clear: true },
		{ label: 'To review', description: 'unreviewed or changed since review', patch: { toReview: true } },
		{ label: 'Review state', kind: vscode.QuickPickItemKind.Separator },
		...REVIEW_STATES.map((s) => ({ label: s, description: `${rows.filter((r) => r.review === s).length}`, patch: { states: [s] } })),
		{ label: 'Severity', kind: vscode.QuickPickItemKind.Separator },
		...SEVERITIES.map((s: Severity) => ({ label: `with ${s}`, description: `${rows.filter((r) => r.problems[s] > 0).length}`, patch: { severity: s } })),
		{ label: 'Rule', kind: vscode.QuickPickItemKind.Separator },
		...count(rows.flatMap((r) => Object.keys(r.rules))).map(([code, n]) => ({ label: code, description: `${n}`, patch: { rule: code } })),
		{ label: 'Page kind', kind: vscode.QuickPickItemKind.Separator },
		...count(rows.map((r) => r.kind)).map(([kind, n]) => ({ label: kind, description: `${n}`, patch: { kind } })),
		{ label: 'Site', kind: vscode.QuickPickItemKind.Separator },
		...count(rows.map((r) => r.site ?? '(no URL)')).map(([site, n]) => ({ label: site, description: `${n}`, patch: { site } })),
	];
	const picked = await vscode.window.showQuickPick(items, { title: 'Filter page dumps', placeHolder: 'Pick a filter (it adds to the current one)', matchOnDescription: true });
	if (!picked) return undefined;
	return picked.clear ? {} : { ...current, ...picked.patch };
}
