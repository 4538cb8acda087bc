// Per metadata scan, each node's start offset and its paragraph's or heading's word count, read once for the rules that walk the nodes between two others.
import { countWordMatches } from '../../text/wordCount';
import type { MetadataScan } from './scan';

/** A slot not read yet (offsets and counts are never negative). */
const UNREAD = -1;

/**
 * Why: `wordsBetween` (kindPolicy.ts) walks the nodes from the title to a candidate, and `pastTheBody` asks it of
 * every date candidate near the title, so the same nodes were read again and again: a node's `range` is an object
 * made when read (the block's getter), and a paragraph's words were counted anew each time. In a profile of every
 * fifth wcxb-dev dump (both builds in one process) this walk, its range objects and word counts were the largest
 * cost the session-16 rules added to the extraction. Both are fixed once the scan is built (its nodes, their ranges
 * and `textOf` never change), so reading them once gives the same numbers.
 */
export class NodeMeasures {
	readonly #s: MetadataScan;
	// 32-bit slots (a dump's offsets and word counts are below 2^31, the longest string V8 makes being 2^29
	// characters), the word counts made when first asked: 16 bytes a node were 1.9 MB of 'headings named like the
	// preview' (117,600 nodes).
	readonly #starts: Int32Array;
	#words: Int32Array | undefined;

	constructor(s: MetadataScan) {
		this.#s = s;
		this.#starts = new Int32Array(s.nodes.length).fill(UNREAD);
	}

	/** `s.nodes[i].range.start`. */
	start(i: number): number {
		let v = this.#starts[i];
		if (v === UNREAD) this.#starts[i] = v = this.#s.nodes[i].range.start;
		return v;
	}

	/** The words (`countWordMatches`) of `s.nodes[i]`'s text when it is a paragraph or a heading, else 0. */
	textWords(i: number): number {
		const words = (this.#words ??= new Int32Array(this.#s.nodes.length).fill(UNREAD));
		let v = words[i];
		if (v === UNREAD) {
			const n = this.#s.nodes[i];
			const k = n.block?.kind;
			words[i] = v = k === 'paragraph' || k === 'heading' ? countWordMatches(this.#s.textOf(n)) : 0;
		}
		return v;
	}
}

const measures = new WeakMap<MetadataScan, NodeMeasures>();

/** The scan's measures, made on first use. */
export function nodeMeasures(s: MetadataScan): NodeMeasures {
	let m = measures.get(s);
	if (m === undefined) measures.set(s, (m = new NodeMeasures(s)));
	return m;
}
