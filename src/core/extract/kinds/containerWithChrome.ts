// A listing's container that also holds the site's chrome (menus, sidebars, footer in the same wrapper): the container, less the chrome the whole-page read names.
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { type Attempt, ROOT } from '../blockIndex';
import { collapsedChars } from '../inlineText';
import { withChildren } from '../../model/divNodes';
import { withItemChildren } from '../../model/listItemNode';

/**
 * The container less its named chrome replaces it only when it keeps at least this share of the container's text: a
 * listing whose items sit in a block the page names like chrome (a "related" or "sidebar" wrapper around the only
 * cards) would otherwise lose its items, and the container is kept whole. Measured on the tuning part of wcxb-dev
 * (the 58 pages detected as listings, word F1): two pages up (0.48 → 0.78, 0.70 → 0.92), none down; at 0.5
 * three listings whose cards sit in such a wrapper (0.85, 0.95, 0.96) keep them. `eval --only wcxb --part tune`:
 * listing 0.720 → 0.724, all 0.872 → 0.872, no page down; readability corpus 0.945 → 0.945.
 */
export const MIN_KEPT_SHARE = 0.5;

/** The steps of the whole-page read that name chrome: containers pruned by their class, id or role, and hidden ones. */
const CHROME_STEPS: ReadonlySet<string> = new Set(['unlikely']);

/**
 * The chrome regions indexed for the two questions `cutChrome` asks of each block: the first region in list order that
 * contains the block (its name is the one recorded), and whether any region lies inside the block. Asking every region
 * for every block was O(blocks x regions): a listing container holding 20,000 chrome divs between 20,000 cards spent
 * 17.7 s in the cut (0.3 s indexed; 2 loaded cores), growing 4-5x per doubling (issue 11; pathologicalKindCases.ts).
 *
 * Workflow:
 * 1. Positions in the list sorted by start; the least end over each suffix of that order answers "a region inside
 *    [start, end]": the first region starting at or after `start` by binary search, then the least end from there.
 * 2. "The first region containing [start, end]": regions starting at or before `start` are added, in order of start, to a
 *    Fenwick tree over their ends (largest first) that keeps the least list position; the least position among those
 *    ending at or after `end` is a prefix of it. Blocks are asked in document order (starts never decrease), so each region
 *    is added once; a block asked before the last one's start starts the adding over (never seen; the answer stays exact).
 */
class ChromeIndex {
	private readonly chrome: readonly RemovedRegion[];
	/** Region starts in ascending order, and the list position of each. */
	private readonly starts: number[];
	private readonly order: number[];
	/** Each region's end, by list position. */
	private readonly endsOf: number[];
	/** The least end over `order[k..]`. */
	private readonly minEndFrom: number[];
	/** The distinct region ends, largest first: a region's Fenwick slot is its end's rank here, from 1. */
	private readonly ends: number[];
	/** Fenwick tree (1-based slots over `ends`): the least list position among the regions added. */
	private readonly tree: Int32Array;
	/** How many regions, in order of start, are in the tree; the start of the block asked last. */
	private added = 0;
	private lastStart = -Infinity;

	constructor(chrome: readonly RemovedRegion[]) {
		this.chrome = chrome;
		const n = chrome.length;
		const starts = chrome.map((c) => c.range.start);
		const endsOf = chrome.map((c) => c.range.end);
		this.order = Array.from({ length: n }, (_, k) => k).sort((a, b) => starts[a] - starts[b] || a - b);
		this.starts = this.order.map((k) => starts[k]);
		this.minEndFrom = new Array<number>(n);
		for (let k = n - 1, least = Infinity; k >= 0; k--) this.minEndFrom[k] = least = Math.min(least, endsOf[this.order[k]]);
		this.ends = [...new Set(endsOf)].sort((a, b) => b - a);
		this.tree = new Int32Array(this.ends.length + 1).fill(n);
		this.endsOf = endsOf;
	}

	/** The first region in list order with `start` at or before the block's and `end` at or after its (`chrome.find`). */
	containing(start: number, end: number): RemovedRegion | undefined {
		const n = this.chrome.length;
		if (start < this.lastStart) {
			this.tree.fill(n);
			this.added = 0;
		}
		this.lastStart = start;
		for (; this.added < n && this.starts[this.added] <= start; this.added++) {
			const k = this.order[this.added];
			for (let slot = rankDescending(this.ends, this.endsOf[k]) + 1; slot < this.tree.length; slot += slot & -slot) if (k < this.tree[slot]) this.tree[slot] = k;
		}
		let least = n;
		// Ends at or after `end` are the first `count` of the descending list.
		for (let slot = countAtLeast(this.ends, end); slot > 0; slot -= slot & -slot) if (this.tree[slot] < least) least = this.tree[slot];
		return least < n ? this.chrome[least] : undefined;
	}

	/** Whether a region lies inside `start`..`end` (`chrome.some` with the block's range around it). */
	holdsAny(start: number, end: number): boolean {
		let lo = 0;
		let hi = this.starts.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (this.starts[mid] < start) lo = mid + 1;
			else hi = mid;
		}
		return lo < this.starts.length && this.minEndFrom[lo] <= end;
	}
}

/** How many of `desc` (descending) are at least `x`. */
function countAtLeast(desc: readonly number[], x: number): number {
	let lo = 0;
	let hi = desc.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (desc[mid] >= x) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** The index of `x` in `desc` (descending, distinct, holding it). */
function rankDescending(desc: readonly number[], x: number): number {
	return countAtLeast(desc, x) - 1;
}

/** The blocks less those inside a chrome region (recorded in `removed`); containers and lists are cut inside. */
function cutChrome(blocks: readonly Block[], chrome: ChromeIndex, removed: RemovedRegion[]): Block[] {
	const out: Block[] = [];
	for (const b of blocks) {
		const range = b.range;
		const r = chrome.containing(range.start, range.end);
		if (r) {
			removed.push({ range, step: 'unlikely', signal: r.signal });
			continue;
		}
		const holds = chrome.holdsAny(range.start, range.end);
		if (!holds) out.push(b);
		else if (b.kind === 'div' || b.kind === 'htmlDiv' || b.kind === 'blockquote') out.push(withChildren(b, cutChrome(b.children, chrome, removed)));
		else if (b.kind === 'list') {
			const items = b.items.map((it) => withItemChildren(it, cutChrome(it.children, chrome, removed))).filter((it) => it.children.length > 0);
			if (items.length > 0) out.push({ ...b, items });
		} else out.push(b);
	}
	return out;
}

/**
 * The article pipeline's container without the chrome the whole-page read pruned inside it. When the pipeline's strict
 * pass keeps too little, its later passes stop pruning by name, and on a listing (short, linked cards) the container
 * they find is often the page's layout wrapper, with the site menu, the tag cloud, the sponsor box and the footer
 * beside the feed. Undefined when the container is the page or a profile's, holds no such chrome, or keeps less than
 * `MIN_KEPT_SHARE` of its text without it.
 */
export function containerWithoutChrome(article: Attempt, whole: Attempt): Attempt | undefined {
	if (article.profile || article.region === ROOT || article.chars === 0) return undefined;
	const { start, end } = article.region.range;
	const chrome = whole.removed.filter((r) => CHROME_STEPS.has(r.step) && r.range.start >= start && r.range.end <= end);
	if (chrome.length === 0) return undefined;
	const removed: RemovedRegion[] = [];
	const blocks = cutChrome(article.blocks, new ChromeIndex(chrome), removed);
	if (removed.length === 0) return undefined;
	const before = collapsedChars(article.blocks);
	const after = collapsedChars(blocks);
	if (after < before * MIN_KEPT_SHARE) return undefined;
	return { ...article, blocks, removed: [...article.removed, ...removed], chars: Math.round((article.chars * after) / Math.max(1, before)) };
}
