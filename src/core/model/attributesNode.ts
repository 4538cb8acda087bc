// The parser's attribute blocks with their range as two numbers on the node.
import type { Attributes } from './dumpDocument';
import { RangedNode } from './rangedNode';

/*
 * Why a class (as for the blocks of blockNodes.ts and divNodes.ts): an attribute block held its range as a
 * `{ start, end }` object, 40 bytes beside a 56-byte node in Node's V8 (no pointer compression), and dumps put one on
 * most divs, links and images. Here the offsets are fields and `range` is a getter that makes the object when read:
 * 64 bytes in all. 'tracking pixels' (27,000 blocks in 2 MB) and the 5 MB prose dump (28,500) hold 0.9 MB less.
 * `toJSON` keeps the plain-object form; a node is never spread (nothing spreads attributes).
 */
export class AttributesNode extends RangedNode implements Attributes {
	/** On the prototype (undefined) unless the block has one: most blocks have none (8 bytes a block). */
	declare readonly id: string | undefined;
	readonly classes: readonly string[];
	readonly pairs: readonly (readonly [string, string])[];

	constructor(id: string | undefined, classes: readonly string[], pairs: readonly (readonly [string, string])[], start: number, end: number) {
		super(start, end);
		if (id !== undefined) (this as { id: string | undefined }).id = id;
		this.classes = classes;
		this.pairs = pairs;
	}

	/** The plain object the parser made before (an undefined `id` is dropped by JSON, as the absent one was). */
	toJSON(): Attributes {
		return { id: this.id, classes: this.classes, pairs: this.pairs, range: this.range };
	}
}
Object.defineProperty(AttributesNode.prototype, 'id', { value: undefined, enumerable: true, writable: true });
