// The result of article extraction: the kept blocks, the metadata with provenance, and why the rest was removed.
import type { Block, SourceRange } from '../model/dumpDocument';
import { arrayView } from '../model/arrayView';
import type { PageKind } from './kinds/pageKind';

/** How a metadata value was found: the rule that found it, where, and how sure it is (0..1). */
export interface MetadataField<T> {
	readonly value: T;
	/** Where in the dump the value was read; absent when it was derived (e.g. word count). */
	readonly source?: SourceRange;
	/** A short name of the rule that found it, e.g. `heading-in-article`, `class:byline`, `encoded-html:slang`. */
	readonly rule: string;
	readonly confidence: number;
}

/** Article metadata. A field that was not found is absent. Dates are ISO 8601 without an invented time zone. */
export interface ArticleMetadata {
	readonly title?: MetadataField<string>;
	readonly author?: MetadataField<string>;
	/** All authors when there are several; `author` joins them as the page wrote them ("A and B"), else with commas. */
	readonly authors?: MetadataField<string[]>;
	readonly published?: MetadataField<string>;
	readonly modified?: MetadataField<string>;
	readonly url?: MetadataField<string>;
	readonly siteName?: MetadataField<string>;
	readonly language?: MetadataField<string>;
	readonly description?: MetadataField<string>;
	readonly tags?: MetadataField<string[]>;
	readonly leadImage?: MetadataField<string>;
	readonly wordCount?: MetadataField<number>;
	/** The kind of page (article, forum, product, collection, listing, documentation, service), from its structure. */
	readonly pageType?: MetadataField<PageKind>;
}

/** Why a region of the dump was left out of the article. */
export interface RemovedRegion {
	readonly range: SourceRange;
	/** The pipeline step that removed it, e.g. `outside-article`, `boilerplate-class`, `link-density`, `empty`. */
	readonly step: string;
	/** The signal that matched: a class or id name, or a measured quantity. */
	readonly signal: string;
	/** The region's score where the step scores. */
	readonly score?: number;
}

/**
 * The extracted article. `blocks` are content nodes of the parsed dump (headings, paragraphs, lists, quotes, code,
 * tables...), unchanged and in reading order; container divs are flattened away, so no block is a `div` or `htmlDiv`.
 */
export interface Article {
	readonly metadata: ArticleMetadata;
	readonly blocks: readonly Block[];
	/** The container the article was found in, when one was chosen. */
	readonly region?: SourceRange;
	readonly removed: readonly RemovedRegion[];
	/** True when the input does not look like a page dump or holds no article text. */
	readonly empty: boolean;
	/**
	 * Why the result may disappoint (codes of warnings.ts): `tiny-content` when the page's main content is only a few
	 * words, `no-text` when the dump holds no text at all (a page drawn by scripts).
	 */
	readonly warnings?: readonly string[];
}

/*
 * Why classes: a removed region was an object literal (48 bytes in Node's V8, no pointer compression; 56 with a
 * score) holding its block's `range`, a `{ start, end }` object of its own (40 bytes) made by the block's range getter:
 * 88 to 96 bytes a region, alive while extraction runs (several attempts keep their own lists) and from its end to the
 * end of the run (outline, md, html, diagnose, json). Here the offsets are fields and `range` makes the object when
 * read, as the model's ranges do (model/rangedNode.ts): 56 bytes, 64 with a score (a class of its own, so a region
 * without one has no `score` key, as before). The steps that remove the most regions make them with `removedRegion`
 * (clean.ts, outside.ts); the others push literals. 'UTF-16' held 17,000 at its extraction peak (1.45 MB). The list
 * the article returns is columns (`compactRemoved`, below). `toJSON` keeps the plain object's form, key order included. A spread
 * copies the fields but not `range` (no step spreads a region): make one with `removedRegion`.
 */
/** A removed region as the steps make it: its range as two numbers. */
class RemovedRegionNode implements RemovedRegion {
	readonly rangeStart: number;
	readonly rangeEnd: number;
	readonly step: string;
	readonly signal: string;

	constructor(start: number, end: number, step: string, signal: string) {
		this.rangeStart = start;
		this.rangeEnd = end;
		this.step = step;
		this.signal = signal;
	}

	get range(): SourceRange {
		return { start: this.rangeStart, end: this.rangeEnd };
	}

	/** The plain object the steps made. */
	toJSON(): RemovedRegion {
		return { range: this.range, step: this.step, signal: this.signal };
	}
}

/** A removed region with the score of the step that removed it. */
class ScoredRegionNode extends RemovedRegionNode {
	readonly score: number;

	constructor(start: number, end: number, step: string, signal: string, score: number) {
		super(start, end, step, signal);
		this.score = score;
	}

	override toJSON(): RemovedRegion {
		return { range: this.range, step: this.step, signal: this.signal, score: this.score };
	}
}

/** A removed region as a compact node (see above): `range` removed by `step` for `signal`, with the step's score if any. */
export function removedRegion(range: SourceRange, step: string, signal: string, score?: number): RemovedRegion {
	return score === undefined ? new RemovedRegionNode(range.start, range.end, step, signal) : new ScoredRegionNode(range.start, range.end, step, signal, score);
}

/*
 * Session 53: a region that is a whole block, as the block and its cause. The steps that remove the most regions
 * remove whole blocks (clean.ts, heuristics/repeatedBlocks.ts), and the block is in the model, alive for the whole
 * run: a node that holds it (its range read from it) and a cause shared by the regions removed alike (a step removes
 * thousands of blocks for a few signals) is two fields, 40 bytes, not the four of `RemovedRegionNode` (56).
 * Measured (gc'd heap at the end of the clean-ups, before `compactRemoved`): 'headings named like the preview'
 * (59,997 regions) 0.96 MB less, 'UTF-16' (9,999) 0.16 MB less (see test/unit/memoryShapes.test.ts).
 */
/** Why a region was removed: a step and its signal, one object for the regions removed alike. */
class RemovalCause {
	constructor(
		readonly step: string,
		readonly signal: string,
	) {}
}

/**
 * How many recent causes `removedBlock` compares a new one with. A step removes its blocks in runs of a few signals
 * (the three repeated titles of a page, a wrapper's class words), so a few suffice; a ring keyed by what a cause is,
 * never by a document, holds at most this many small objects whatever the dump.
 */
const RECENT_CAUSES = 8;
const recentCauses: (RemovalCause | undefined)[] = new Array<RemovalCause | undefined>(RECENT_CAUSES).fill(undefined);
let nextCause = 0;

/** The cause `step` / `signal`: one of the recent ones when equal (equal strings: readers compare them by value). */
function causeOf(step: string, signal: string): RemovalCause {
	for (let k = 0; k < RECENT_CAUSES; k++) {
		const c = recentCauses[k];
		if (c !== undefined && c.step === step && c.signal === signal) return c;
	}
	const c = new RemovalCause(step, signal);
	recentCauses[nextCause] = c;
	nextCause = (nextCause + 1) % RECENT_CAUSES;
	return c;
}

/** A removed block (see above): its range is the block's, read when asked. */
class BlockRegionNode implements RemovedRegion {
	readonly #block: Block;
	readonly #cause: RemovalCause;

	constructor(block: Block, cause: RemovalCause) {
		this.#block = block;
		this.#cause = cause;
	}

	get range(): SourceRange {
		return this.#block.range;
	}

	get step(): string {
		return this.#cause.step;
	}

	get signal(): string {
		return this.#cause.signal;
	}

	/** The plain object the steps made. */
	toJSON(): RemovedRegion {
		return { range: this.range, step: this.step, signal: this.signal };
	}

	/** Whether two regions share one cause object (for the unit tests). */
	static sameCause(a: RemovedRegion, b: RemovedRegion): boolean {
		return a instanceof BlockRegionNode && b instanceof BlockRegionNode && a.#cause === b.#cause;
	}
}

/**
 * Block `b` removed by `step` for `signal`, without a score: the same region as `removedRegion(b.range, step, signal)`
 * (its range, step and signal read the same, its JSON is the same), held in fewer bytes (see above). The model is
 * immutable, so the block's range is the range it had when removed.
 */
export function removedBlock(b: Block, step: string, signal: string): RemovedRegion {
	return new BlockRegionNode(b, causeOf(step, signal));
}

/** Whether `a` and `b` are removed blocks that share one cause object (`removedBlock`). */
export function shareRemovalCause(a: RemovedRegion, b: RemovedRegion): boolean {
	return BlockRegionNode.sameCause(a, b);
}

/*
 * Why columns at the end: the nodes above still cost 56 to 64 bytes and the list's 8-byte slot each. The list the
 * article returns is held from the end of extraction to the end of the run, so `compactRemoved` stores it as columns
 * by position (offsets in two Int32Arrays, the score in a Float64Array only when one region has one) behind a
 * read-only array view (model/arrayView.ts). An element is the literal the steps made, made when read: same keys in
 * the same order, no `score` key where the region had none. 'headings named like the preview': 60,000 regions, 3.84
 * -> 1.44 MB held. The step and the signal are one number per region into the page's distinct pairs (a byte where a
 * page has at most 256 of them, as every page does: a few steps, each with a few signals), not two arrays of the
 * strings (16 bytes a region on the heap): the headings' 58,800 regions held 0.94 MB in those two arrays, 0.06 MB now.
 */
/** The removed regions as columns, by position. */
interface RemovedColumns {
	readonly starts: Int32Array;
	readonly ends: Int32Array;
	/** Per region, the number of its step and signal in `pairs`. */
	readonly pairIds: Uint8Array | Uint16Array | Int32Array;
	/** The distinct steps and signals: pair k's step at 2k, its signal at 2k + 1. */
	readonly pairs: readonly string[];
	/** Per region: 0 no `score` key, 1 a score (in `scores`), 2 a `score` key holding undefined. */
	scoreKinds?: Uint8Array;
	scores?: Float64Array;
}

function readRemoved(c: RemovedColumns, i: number): RemovedRegion {
	const range = { start: c.starts[i], end: c.ends[i] };
	const pair = 2 * c.pairIds[i];
	const kind = c.scoreKinds?.[i] ?? 0;
	if (kind === 0) return { range, step: c.pairs[pair], signal: c.pairs[pair + 1] };
	return { range, step: c.pairs[pair], signal: c.pairs[pair + 1], score: kind === 1 ? c.scores![i] : undefined };
}

/** The narrowest typed array that holds `ids` (numbers below `count`). */
function narrowIds(ids: Int32Array, count: number): Uint8Array | Uint16Array | Int32Array {
	if (count <= 0x100) return Uint8Array.from(ids);
	if (count <= 0x10000) return Uint16Array.from(ids);
	return ids;
}

/** The regions as columns (see above), in the same order, read as the literals the steps made. */
export function compactRemoved(removed: readonly RemovedRegion[]): readonly RemovedRegion[] {
	const n = removed.length;
	const ids = new Int32Array(n);
	const pairs: string[] = [];
	/** Pair numbers by step, then by signal. */
	const known = new Map<string, Map<string, number>>();
	const c = { starts: new Int32Array(n), ends: new Int32Array(n) } as { starts: Int32Array; ends: Int32Array; scoreKinds?: Uint8Array; scores?: Float64Array };
	for (let i = 0; i < n; i++) {
		const r = removed[i];
		const range = r.range;
		c.starts[i] = range.start;
		c.ends[i] = range.end;
		let bySignal = known.get(r.step);
		if (bySignal === undefined) known.set(r.step, (bySignal = new Map()));
		let id = bySignal.get(r.signal);
		if (id === undefined) {
			id = pairs.length / 2;
			bySignal.set(r.signal, id);
			pairs.push(r.step, r.signal);
		}
		ids[i] = id;
		if (!('score' in r)) continue;
		c.scoreKinds ??= new Uint8Array(n);
		c.scores ??= new Float64Array(n);
		if (typeof r.score === 'number') {
			c.scoreKinds[i] = 1;
			c.scores[i] = r.score;
		} else c.scoreKinds[i] = 2;
	}
	const columns: RemovedColumns = { ...c, pairIds: narrowIds(ids, pairs.length / 2), pairs: pairs.slice() };
	return arrayView(columns, n, readRemoved);
}
