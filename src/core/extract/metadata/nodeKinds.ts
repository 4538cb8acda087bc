// The metadata scan's nodes' kinds and whether they have words, a byte a node: the rules' loops skip nodes without reading them.

/** The kinds a scan node stands for: every block's, and the span, link or image among inlines. */
const NODE_KINDS = ['div', 'htmlDiv', 'heading', 'paragraph', 'list', 'blockquote', 'code', 'rawHtml', 'hr', 'table', 'encodedHtml', 'linkDefinition', 'spacer', 'span', 'link', 'image'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

const CODES: ReadonlyMap<string, number> = new Map(NODE_KINDS.map((k, i) => [k, i]));
/** The code of a kind not in `NODE_KINDS` (none in the model today): `kindAt` answers undefined, and the caller reads the node. */
const OTHER = 0x7f;
/** The bit of a node whose word list is not empty (`MNode.wordsId` > 0). */
const HAS_WORDS = 0x80;
/** Room for this many nodes at first when the scan does not know its size; doubled when full. */
const FIRST_NODES = 256;

/**
 * Per node (by order), its kind's code and a bit for words, in a Uint8Array. Why: the metadata rules loop over every
 * node of the page (about 25 loops a read), each asking `n.block?.kind ?? n.inline?.kind` or `n.words` first to skip
 * most nodes; a node's block is read through the scan's table (`NodeTable` in scan.ts) and its words through its tags,
 * so every skipped node cost a few dependent reads of objects spread over the heap, most of them cache misses on the
 * first loops of a read (perf34: about 150 ns a visit cold). One byte a node ('headings named like the preview',
 * 120,001 nodes: 0.12 MB).
 */
export class NodeKinds {
	#codes: Uint8Array<ArrayBuffer>;

	constructor(capacity: number) {
		this.#codes = new Uint8Array(Math.max(capacity, FIRST_NODES));
	}

	/** Records the node at `at`: nodes are made in order, each recorded once. */
	set(at: number, kind: string, hasWords: boolean): void {
		if (at >= this.#codes.length) {
			const grown = new Uint8Array(Math.max(this.#codes.length * 2, at + 1));
			grown.set(this.#codes);
			this.#codes = grown;
		}
		this.#codes[at] = (CODES.get(kind) ?? OTHER) | (hasWords ? HAS_WORDS : 0);
	}

	/** The kind of the node at `at` (`n.block?.kind ?? n.inline?.kind`), undefined for a kind the table does not know. */
	kindAt(at: number): NodeKind | undefined {
		return NODE_KINDS[this.#codes[at] & OTHER];
	}

	/** Whether the node at `at` has words (`n.words !== ''`). */
	hasWordsAt(at: number): boolean {
		return (this.#codes[at] & HAS_WORDS) !== 0;
	}

	/** Cuts the table to the nodes' number once the scan is done. */
	fit(count: number): void {
		if (count < this.#codes.length) this.#codes = this.#codes.slice(0, count);
	}
}
