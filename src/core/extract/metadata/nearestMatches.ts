// How far up from each node of the metadata scan the nearest node whose words match a regex is, per regex, filled once per node.

/** Distances are kept up to this many levels; a node with no match within it reads as `NONE_WITHIN`. */
export const MAX_KEPT_DISTANCE = 250;
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
 * is computed from its parent's answer once: `d(n) = 0` when `n` matches, else `min(d(parent) + 1, NONE_WITHIN)`.
 * Exact: the answer depends on the nodes' words and parents alone, which no read changes, and `matches` is a pure
 * test (`MetadataScan.wordTest`).
 */
export class NearestMatches {
	readonly #columns = new Map<RegExp, Uint8Array>();
	/** The walk's nodes not yet known, reused between calls. */
	readonly #chain: ChainNode[] = [];

	/**
	 * The distance from `n` up to its nearest node (itself included) that `matches` with `re`, `NONE_WITHIN` when there
	 * is none within `MAX_KEPT_DISTANCE` levels; `size` is the scan's node count. Each node is tested once per regex:
	 * the walk stops at the first node already known, so all the walks together are linear in the nodes.
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
		while (p !== undefined && column[p.order] === 0) {
			chain.push(p);
			p = p.parent;
		}
		let d = p === undefined ? NONE_WITHIN : column[p.order] - 1;
		for (let i = chain.length - 1; i >= 0; i--) {
			const c = chain[i];
			d = matches(c, re) ? 0 : Math.min(d + 1, NONE_WITHIN);
			column[c.order] = d + 1;
		}
		chain.length = 0;
		return d;
	}
}
