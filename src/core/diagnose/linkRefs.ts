// The links and images a check reads (`RuleContext.links`), held as columns; each reference is made when iterated.
import type { Block, Image, Link } from '../model/dumpDocument';
import type { LinkRef, LinkRefs } from './rule';

/*
 * Why: a reference object per link (40 bytes, and 8 for its slot) was held for the whole check beside the findings the
 * rules make from it. 'encoded script links' (42,000 links, one paragraph) held 2 MB of them at the check's peak, the
 * pipeline's peak. Here a link costs its node's slot (8 bytes) and a byte of flags; its block is kept once per run of
 * links in the same block, the link an image sits in only when there is one. The rules only iterate the links, and a
 * reference made per iteration is young garbage.
 */

/** A link or image of the scope as the rules read it; `parentLink` only set when there is one. */
class LinkRefNode implements LinkRef {
	declare readonly parentLink?: Link;
	declare readonly aloneInBlock: boolean;

	constructor(
		readonly node: Link | Image,
		readonly block: Block,
	) {}
}
Object.defineProperty(LinkRefNode.prototype, 'parentLink', { value: undefined, enumerable: true, writable: true });
Object.defineProperty(LinkRefNode.prototype, 'aloneInBlock', { value: false, enumerable: true });

/** A reference whose node (or the link around it) is the block's only content. */
class LoneLinkRefNode extends LinkRefNode {}
Object.defineProperty(LoneLinkRefNode.prototype, 'aloneInBlock', { value: true, enumerable: true });

function linkRef(node: Link | Image, parentLink: Link | undefined, block: Block, aloneInBlock: boolean): LinkRef {
	const ref = aloneInBlock ? new LoneLinkRefNode(node, block) : new LinkRefNode(node, block);
	if (parentLink) (ref as { parentLink?: Link }).parentLink = parentLink;
	return ref;
}

/** Links and images in source order, appended while the context is built. */
export class LinkRefList implements LinkRefs {
	readonly #nodes: (Link | Image)[] = [];
	/** Runs of links in the same block: the index of each run's first link, and the block. */
	readonly #runStarts: number[] = [];
	readonly #runBlocks: Block[] = [];
	/** 1 where the link is alone in its block. */
	#alone = new Uint8Array(64);
	/** The link an image sits in, by the image's index. */
	readonly #parents = new Map<number, Link>();

	get length(): number {
		return this.#nodes.length;
	}

	push(node: Link | Image, parentLink: Link | undefined, block: Block, aloneInBlock: boolean): void {
		const at = this.#nodes.length;
		this.#nodes.push(node);
		if (this.#runBlocks.length === 0 || this.#runBlocks[this.#runBlocks.length - 1] !== block) {
			this.#runStarts.push(at);
			this.#runBlocks.push(block);
		}
		if (aloneInBlock) {
			if (at >= this.#alone.length) {
				const grown = new Uint8Array(this.#alone.length * 2);
				grown.set(this.#alone);
				this.#alone = grown;
			}
			this.#alone[at] = 1;
		}
		if (parentLink) this.#parents.set(at, parentLink);
	}

	*[Symbol.iterator](): IterableIterator<LinkRef> {
		const nodes = this.#nodes;
		const starts = this.#runStarts;
		const alone = this.#alone;
		const parents = this.#parents;
		let run = -1;
		let nextRun = 0;
		for (let i = 0; i < nodes.length; i++) {
			while (nextRun < starts.length && starts[nextRun] <= i) run = nextRun++;
			yield linkRef(nodes[i], parents.size > 0 ? parents.get(i) : undefined, this.#runBlocks[run], i < alone.length && alone[i] === 1);
		}
	}
}
