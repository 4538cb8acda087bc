// How far up from each node of the metadata scan the nearest node whose words match a regex is, per regex, filled once per node.

/**
 * Distances are kept up to this many levels (the deepest ancestor test a metadata rule asks: `dialogHeadings.ts`,
 * `scheduleDates.ts`); a node with no match within it reads as `NONE_WITHIN`. A walk reads at most this many levels
 * above the node asked about, as the rules' own walks did.
 */
export const MAX_KEPT_DISTANCE = 8;
/** The distance read for a node with no matching node within `MAX_KEPT_DISTANCE` levels above it (itself included). */
export const NONE_WITHIN = MAX_KEPT_DISTANCE + 1;

/** What the columns need of a node: its number among the scan's nodes and its parent node. */
export interface ChainNode {
	readonly order: number;
	readonly parent: ChainNode | undefined;
}

/**
 * Per regex, a column by node order of the distance from the node to its nearest matching ancestor-or-self (0 when the
 * node itself matches), plus one, so 0 means not yet known: one byte a node, made when the regex is first asked about.
 * `MetadataScan.profileMatch` and `vocab` asked the node and each of its near ancestors again for every node, and the
 * date rules ask `profileMatch` of every node twice (published, modified): on the bench's 20 MB dump `profileMatch`
 * was 2.9% of a `pagedump extract` process (0.4% over a third of the wcxb-dev tuning dumps). With the column, a node
 * asked after its parent follows from the parent's answer: `d(n) = 0` when `n` matches, else
 * `min(d(parent) + 1, NONE_WITHIN)`. Exact: the answer depends on the nodes' words and parents alone, which no read
 * changes, and `matches` is a pure test (`MetadataScan.wordTest`).
 */
export class NearestMatches {
	readonly #columns = new Map<RegExp, Uint8Array>();
	/** The walk's nodes not yet known, reused between calls. */
	readonly #chain: ChainNode[] = [];

	/**
	 * The distance from `n` up to its nearest node (itself included) that `matches` with `re`, `NONE_WITHIN` when there
	 * is none within `MAX_KEPT_DISTANCE` levels; `size` is the scan's node count. The walk reads `n` and at most
	 * `MAX_KEPT_DISTANCE` levels above it, and stops at the first node already known. Every node it read whose own
	 * window (itself and `MAX_KEPT_DISTANCE` levels up) the walk settles is kept: a node with a match read below the
	 * walk's top, or with none within its window. So a node is tested once per regex when every node is asked (a node's
	 * answer follows from its parent's), and never more than `MAX_KEPT_DISTANCE + 1` tests a call otherwise.
	 */
	distance(n: ChainNode, re: RegExp, size: number, matches: (n: ChainNode, re: RegExp) => boolean): number {
		let column = this.#columns.get(re);
		if (column === undefined) {
			column = new Uint8Array(size);
			this.#columns.set(re, column);
		}
		const known = column[n.order];
		if (known !== 0) return known - 1;
		const chain = this.#chain;
		chain.length = 0;
		let p: ChainNode | undefined = n;
		while (p !== undefined && column[p.order] === 0 && chain.length <= MAX_KEPT_DISTANCE) {
			chain.push(p);
			p = p.parent;
		}
		// `d`: the distance of the node above the chain's current top; `exact` false while it is only a lower bound (the
		// walk stopped at a node not yet known, at least 0 away from its nearest match).
		let d = p === undefined ? NONE_WITHIN : column[p.order] - 1;
		let exact = p === undefined || column[p.order] !== 0;
		if (!exact) d = 0;
		for (let i = chain.length - 1; i >= 0; i--) {
			const c = chain[i];
			if (matches(c, re)) {
				d = 0;
				exact = true;
			} else {
				d = Math.min(d + 1, NONE_WITHIN);
				if (d === NONE_WITHIN) exact = true;
			}
			if (exact) column[c.order] = d + 1;
		}
		chain.length = 0;
		// `n` is settled: the walk stopped at the top, at a known node, or after reading its whole window.
		return d;
	}
}
