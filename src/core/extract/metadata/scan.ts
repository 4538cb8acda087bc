// Step 1 of metadata reading: every block, span, link and image of the dump as a node with its vocabulary words, and the helpers every field's rules share.
import type { Attributes, Block, DumpDocument, Inline, Link, SourceRange } from '../../model/dumpDocument';
import { divAttrParts } from '../../model/divNodes';
import { type AttributeParts, ImageNode, LinkNode } from '../../model/linkNodes';
import { RangedNode } from '../../model/rangedNode';
import type { MetadataField } from '../article';
import type { BlockTexts } from '../blockTexts';
import { attrValue, blockText, collapse, inlineText, isHidden, runIndexTexts } from '../inlineText';
import { FAR_FROM_TITLE_CHARS, FOREIGN_RE, METADATA_PROFILES, NEAR_TITLE_CHARS, WEIGHT, type MetadataProfile } from '../metadataRules';
import { keptChars, smartInlineText, smartTextLongerThan } from '../smartText';
import { anyOf, mayMatchAny } from '../../text/anyOf';
import { CompactOffsets } from './compactOffsets';
import { withoutOwnSlug } from './headingSlugId';
import { withCamelParts } from './camelWords';
import { nodeWords } from './nodeWords';
import { visibleValuesMatch } from './visibleWords';
import { isPageFooter } from './pageFooter';
import { setInt32 } from '../../model/int32Column';
import { BlockOrder } from '../blockOrder';
import { NodeKinds, type NodeKind } from './nodeKinds';
import { HOLDS_NONE, HoldTests, MAY_HOLD, UNTESTED } from './holdTests';

/** What the body extractor knows when metadata is read: the chosen article container, if any. */
export interface ArticleContext {
	readonly region?: SourceRange;
	/** The article's blocks, when already chosen: the word count is taken from them instead of the region. */
	readonly blocks?: readonly Block[];
	/** The page's kind when the body extractor has told it (`article`, `forum`, `product`...): some kinds have no author. */
	readonly pageKind?: string;
	/** Receives every field's scored candidates, for tuning the rules (scripts/evalMetadata.ts). */
	readonly trace?: (field: string, candidates: readonly { readonly value: unknown; readonly rule: string; readonly score: number }[]) => void;
}

/** How many ancestors of a node are searched for a vocabulary class ("inside a byline container"). */
export const ANCESTOR_DEPTH = 3;
/** Confidence is a score mapped onto 0..1; a candidate scoring this much is near-certain. */
export const SURE_SCORE = 100;
/** Below this score a candidate is noise (a stray date in a footer, a heading in a menu). */
export const MIN_SCORE = 10;

/**
 * Characters of markup that may sit between two letters of one word of a node's text (emphasis, spans and links,
 * code, raw HTML, escapes, character references, table rules): without them, the text's words are the source's.
 */
const IN_WORD_MARKUP_RE = /[*_~^[\]`\\<&|+]/;

/** Matches where one of the metadata profiles' `detect` does (`anyOf`): most class lists name none. */
const ANY_METADATA_PROFILE = anyOf(METADATA_PROFILES.map((p) => p.detect));

/**
 * The profiles with every field, absent ones undefined: one object shape, so the readers of `s.profile?.published`
 * (`chooseDates`, `chooseTitle`, `profileMatch`) see one shape, not the five the profiles' literals make, and are not
 * thrown away and compiled again when a batch meets a second platform (issue 13). Values and order are unchanged.
 */
const SCAN_PROFILES: readonly MetadataProfile[] = METADATA_PROFILES.map((p) => ({ name: p.name, reason: p.reason, detect: p.detect, title: p.title, author: p.author, published: p.published, modified: p.modified, tags: p.tags, description: p.description }));

/** Layout containers that hold the article next to a sidebar ("two-col-sidebar-right", "main-with-rail"): not foreign themselves. */
const LAYOUT_RE = /article|body|content|main|column|col-|layout|wrapper|container|page|grid/i;

/**
 * What a node's attributes say, shared by every node that says the same: pages repeat the same few classes on
 * thousands of nodes, and most nodes have none.
 */
class NodeTags {
	constructor(
		readonly words: string,
		readonly wordsId: number,
		readonly hidden: boolean,
		readonly itemprop: string,
		/** The scan's nodes, where a node finds its parent (`MNode.parent`). */
		readonly table: NodeTable,
	) {}
}

/** The parent order of a top-level node. */
const NO_PARENT = -1;
/** Room for this many parents at first when the scan does not know its size; doubled when full. */
const FIRST_PARENTS = 256;
/** In `NodeTable`'s block numbers: the node of a span, link or image. */
const NOT_A_BLOCK = -1;
/** In `NodeTable`'s block numbers: a block the block index does not number, held by the table itself. */
const OWN_BLOCK = -2;

/**
 * The scan's nodes, and each node's parent as the parent's order in an Int32Array (4 bytes a node, outside the object
 * heap) instead of a field of the node (8 bytes): a node is three fields, 48 bytes, not four, 56. 'headings named like
 * the preview' (120,001 nodes): 0.96 MB less at the extraction's peak, the metadata scan.
 *
 * Also each block node's block, as the block index's number of it in an Int32Array (`BlockOrder`, whose list of blocks
 * by number the extraction holds anyway) instead of a field of the node: a block's node is two fields, 40 bytes. A
 * block the index does not number (no extraction running, a block it never walked) is held by the table, by order.
 * 'headings named like the preview' (120,001 block nodes): 0.96 MB less again at the extraction's peak.
 */
class NodeTable {
	/** The scan's `nodes` (the same list). */
	nodes: MNode[] = [];
	#parents: Int32Array<ArrayBuffer>;
	/** Per node, its block's number in `#index`, else NOT_A_BLOCK or OWN_BLOCK. */
	#blockNumbers: Int32Array<ArrayBuffer>;
	/** The block index's numbers, and its blocks by number (read through it: its list may be replaced by a fitted copy). */
	readonly #index: BlockOrder | undefined;
	/** The blocks `#index` does not number, by order: every node's slot (undefined for an inline's) when there is no index. */
	readonly #ownList: (Block | undefined)[] | undefined;
	#ownMap: Map<number, Block> | undefined;
	/** The index's number after the last block `setBlock` found (`#numberOf`). */
	#next = 0;
	/** Per node, its kind and whether it has words (`MetadataScan.kindAt`, `hasWordsAt`). */
	readonly kinds: NodeKinds;

	constructor(capacity: number, index: BlockOrder | undefined) {
		this.kinds = new NodeKinds(capacity);
		this.#parents = new Int32Array(Math.max(capacity, FIRST_PARENTS));
		this.#blockNumbers = new Int32Array(Math.max(capacity, FIRST_PARENTS));
		this.#index = index;
		this.#ownList = index ? undefined : [];
	}

	setParent(at: number, parent: number): void {
		this.#parents = setInt32(this.#parents, at, parent);
	}

	parentOf(at: number): MNode | undefined {
		const p = this.#parents[at];
		return p === NO_PARENT ? undefined : this.nodes[p];
	}

	/** Records the block of the node at `at` (undefined for an inline's node): nodes are made in order, each recorded once. */
	setBlock(at: number, b: Block | undefined): void {
		const own = this.#ownList;
		if (own) {
			own.push(b);
			this.#blockNumbers = setInt32(this.#blockNumbers, at, b === undefined ? NOT_A_BLOCK : OWN_BLOCK);
			return;
		}
		const k = b === undefined ? NOT_A_BLOCK : (this.#numberOf(b) ?? OWN_BLOCK);
		if (k === OWN_BLOCK) (this.#ownMap ??= new Map()).set(at, b!);
		this.#blockNumbers = setInt32(this.#blockNumbers, at, k);
	}

	/**
	 * The index's number of `b`: the scan walks the blocks in the index's pre-order, so the block after the last one
	 * found is tried first, by identity, before the index's hash look-up (each block is numbered once: the blocks are a
	 * tree). On the 20 MB bench dump the look-ups here were 1.4% of a `pagedump extract` process (a probe into a table
	 * of millions of slots each).
	 */
	#numberOf(b: Block): number | undefined {
		const index = this.#index!;
		const next = this.#next;
		const k = next < index.size && index.blocks[next] === b ? next : index.get(b);
		if (k !== undefined) this.#next = k + 1;
		return k;
	}

	/** The index's number of the block node at `at`, undefined for an inline's node or a block the index does not number. */
	numberAt(at: number): number | undefined {
		const k = this.#blockNumbers[at];
		return k >= 0 ? k : undefined;
	}

	/** The block of the block node at `at`. */
	blockAt(at: number): Block {
		const k = this.#blockNumbers[at];
		if (k >= 0) return this.#index!.blocks[k];
		return this.#ownList ? this.#ownList[at]! : this.#ownMap!.get(at)!;
	}

	/** Cuts the parents to the nodes' number once the scan is done. */
	fit(count: number): void {
		if (count < this.#parents.length) this.#parents = this.#parents.slice(0, count);
		if (count < this.#blockNumbers.length) this.#blockNumbers = this.#blockNumbers.slice(0, count);
		this.kinds.fit(count);
	}
}

/**
 * A block, span, link or image of the dump with the words that describe it. Three fields: the item, the order, and
 * the node's tags (words, hidden, itemprop, and the scan's table where its parent is found, `NodeTable`), shared among
 * the nodes whose tags are the same; its
 * attributes, range and kind are read from the block or inline it stands for. As an object of ten fields, with the
 * range of a link copied out of it and an entry `{ node, link }` per link, the scan held 184 bytes a link at the
 * extraction's peak ('encoded script links', 42,000 links: 7.7 MB, 3.9x its input); with the tags as three own
 * fields, 80 (72 and the node's slot in `nodes`); then 64: 'tracking pixels' (40,500 nodes) and 'encoded script
 * links' (42,000) hold 0.65 MB less; then 56 with the parent out of the node (`NodeTable`); a block's node now 48 with
 * its block out of it too: 40, two fields (the order and the tags; the table keeps the block as the block index's number).
 *
 * A block's node and an inline's are of two subclasses, so `block` and `inline` are answered by the node's class: the
 * rules ask them of every node, and reading the item's `kind` (blocks and inlines of a dozen classes) to answer was
 * about 2% of the pipeline's CPU in a profile without inlining (every 20th wcxb-dev dump and the readability corpus);
 * the metadata stage's CPU, interleaved run over the same dumps: 1.00 -> 0.965.
 */
export abstract class MNode {
	readonly order: number;
	readonly #tags: NodeTags;

	constructor(order: number, tags: NodeTags) {
		this.order = order;
		this.#tags = tags;
	}

	/** The block (kept by the scan's `NodeTable`), or the span, link or image (a field of the node). */
	abstract get item(): Block | Inline;

	/** The scan's table, where a block node's block is kept. */
	protected get table(): NodeTable {
		return this.#tags.table;
	}

	/** The node of the enclosing block or span, undefined at the top (kept by order in the scan's `NodeTable`). */
	get parent(): MNode | undefined {
		return this.#tags.table.parentOf(this.order);
	}

	/** Lower-cased id, classes, itemprop, rel, role, property and itemtype. */
	get words(): string {
		return this.#tags.words;
	}

	get hidden(): boolean {
		return this.#tags.hidden;
	}

	/** Index of `words` among the page's distinct word lists (`MetadataScan.wordTest`); 0 for ''. */
	get wordsId(): number {
		return this.#tags.wordsId;
	}

	/** Lower-cased itemprop, '' when none: asked of every node by several fields. */
	get itemprop(): string {
		return this.#tags.itemprop;
	}

	/** The block the node stands for, undefined for a span, link or image. */
	abstract get block(): Block | undefined;

	/** The span, link or image the node stands for, undefined for a block. */
	abstract get inline(): Inline | undefined;

	get attrs(): Attributes | undefined {
		return (this.item as { readonly attrs?: Attributes }).attrs;
	}

	/** The id, classes and pairs of `attrs`, with no attribute object made for a div (`divAttrParts`). */
	get attrParts(): AttributeParts | undefined {
		const item = this.item;
		return item.kind === 'div' || item.kind === 'htmlDiv' ? divAttrParts(item) : (item as { readonly attrs?: Attributes }).attrs;
	}

	get range(): SourceRange {
		return this.item.range;
	}

	/** `range.start`, without making the range object where the item keeps its offsets as numbers (see `FieldBlockMNode`). */
	get start(): number {
		return this.item.range.start;
	}

	/** `range.end`, as `start`. */
	get end(): number {
		return this.item.range.end;
	}
}

/** The node of a block whose range is a stored object (lists, tables, code, quotes); its block is kept by the table (`NodeTable`). */
class BlockMNode extends MNode {
	get item(): Block {
		return this.table.blockAt(this.order);
	}

	get block(): Block {
		return this.item;
	}

	get inline(): undefined {
		return undefined;
	}
}

/**
 * The node of a block that keeps its offsets as two numbers (`RangedNode`: paragraphs, headings, divs), whose `range`
 * makes a new object on each read. The rules read every node's start and end many times (the distance to the title,
 * the source length before a text is built): those objects were 12% of the extraction's allocated bytes on a small
 * news dump (sampled allocation profile, objects collected by GC included), the most of any one site. Which class a
 * node is of is settled once, when the scan makes it; each getter site sees at most four classes.
 */
class FieldBlockMNode extends BlockMNode {
	override get start(): number {
		return (this.item as unknown as RangedNode).start;
	}

	override get end(): number {
		return (this.item as unknown as RangedNode).end;
	}
}

/** The node of a span (its range a stored object). */
class InlineMNode extends MNode {
	readonly #inline: Inline;

	constructor(inline: Inline, order: number, tags: NodeTags) {
		super(order, tags);
		this.#inline = inline;
	}

	get item(): Inline {
		return this.#inline;
	}

	get block(): undefined {
		return undefined;
	}

	get inline(): Inline {
		return this.#inline;
	}
}

/** The node of a link or an image, whose offsets are numbers (`LinkNode`, `ImageNode`), as `FieldBlockMNode`. */
class FieldInlineMNode extends InlineMNode {
	override get start(): number {
		return (this.item as unknown as LinkNode | ImageNode).start;
	}

	override get end(): number {
		return (this.item as unknown as LinkNode | ImageNode).end;
	}
}

/** The node of an item: of a class whose offsets are fields when the item keeps them so. */
function nodeOf(item: Block | Inline, order: number, tags: NodeTags): MNode {
	if (item.kind === 'span' || item.kind === 'link' || item.kind === 'image') return item instanceof LinkNode || item instanceof ImageNode ? new FieldInlineMNode(item, order, tags) : new InlineMNode(item, order, tags);
	return item instanceof RangedNode ? new FieldBlockMNode(order, tags) : new BlockMNode(order, tags);
}

/** The link a node of `MetadataScan.links` stands for. */
export function linkOf(node: MNode): Link {
	return node.item as Link;
}

/** A value one rule found for a field, with its score (confidence is the score over SURE_SCORE). */
export interface Candidate<T> {
	readonly value: T;
	readonly source?: SourceRange;
	rule: string;
	score: number;
	/** The node the value was read from, when it was one. */
	readonly node?: MNode;
}

/** A value read outside the dump's markup (encoded original HTML, share links) that confirms or supplies a field. */
export interface Witness {
	readonly value: string;
	readonly source: SourceRange;
	readonly rule: string;
}

/** A candidate as a metadata field: its score mapped onto a confidence in 0.05..0.99. */
export function field<T>(c: Candidate<T> | undefined): MetadataField<T> | undefined {
	if (!c) return undefined;
	const confidence = Math.round(Math.max(0.05, Math.min(0.99, c.score / SURE_SCORE)) * 100) / 100;
	return c.source ? { value: c.value, source: c.source, rule: c.rule, confidence } : { value: c.value, rule: c.rule, confidence };
}

/** The highest-scoring candidate above the noise floor. */
export function best<T>(cs: readonly Candidate<T>[]): Candidate<T> | undefined {
	let top: Candidate<T> | undefined;
	// Ties keep the earliest candidate: the first byline or date of a page is the article's.
	for (const c of cs) if (c.score >= MIN_SCORE && (!top || c.score > top.score)) top = c;
	return top;
}

export function uniq(xs: readonly string[]): string[] {
	return [...new Set(xs)];
}

/** What the scan reads of an attribute block: its words (`nodeWords`), whether it hides its element, its itemprop; with the parts it was read from. */
class AttrReading {
	readonly id: string | undefined;
	readonly classes: readonly string[] | undefined;
	readonly pairs: Attributes['pairs'] | undefined;

	constructor(
		attrs: AttributeParts | undefined,
		readonly words: string,
		readonly hidden: boolean,
		readonly itemprop: string,
	) {
		this.id = attrs?.id;
		this.classes = attrs?.classes;
		this.pairs = attrs?.pairs;
	}
}

/** The reading of no attributes. */
const NO_READING = new AttrReading(undefined, '', false, '');

/** The dump as nodes, with memoised texts; built once per extraction and read by every field's rules. */
export class MetadataScan {
	readonly doc: DumpDocument;
	readonly context: ArticleContext;
	readonly nodes: MNode[];
	/** The nodes of links, in order (`node.inline` is the link). */
	readonly links: MNode[];
	readonly profile: MetadataProfile | undefined;
	/** The title's heading once chosen: bylines and dates are looked for near it. */
	titleNode: MNode | undefined;
	/** The texts of span, link and image nodes (a block node's text is its block's). */
	readonly #text: Map<MNode, string>;
	/**
	 * Blocks' texts (`#collapsedBlockText`), in slots by the block index's order during an extraction (`#byOrder`),
	 * else in `#blockTexts`. A paragraph's or heading's text is the index's string when it is the same (no punctuation
	 * to make smart, `smartText.ts`): a copy of each, a map entry each and one more per block node were 1.9 MB of
	 * 'tracking pixels' (13,500 paragraphs) at the extraction's peak, in the metadata read.
	 */
	readonly #blockTexts: Map<Block, string>;
	/**
	 * The texts by order that differ from the index's (`#indexTexts`), made when the first one is set (in a holder, so
	 * a scan made `from` this one shares it even when made first): a table of a slot
	 * per block ('headings named like the preview': 120,001 slots, 0.96 MB at the extraction's peak, made up front and
	 * never filled, since every paragraph's and heading's text there is the index's).
	 */
	readonly #byOrder: { table: BlockTexts | undefined };
	/** Per block order, 1 when the block's text is the index's text (read from `#indexTexts`, no slot of its own). */
	readonly #sameAsIndex: Uint8Array | undefined;
	/** The index's collapsed texts (`collapsedText` in inlineText.ts), during an extraction. */
	readonly #indexTexts: BlockTexts | undefined;
	readonly #compact: CompactOffsets;
	/** Distinct word lists by id ('' is 0), and their ids. */
	readonly #wordList: string[];
	readonly #wordIds: Map<string, number>;
	/** Per word list id, the tags of the first node that has it; the other tags of that list (hidden, another itemprop) by key. */
	readonly #tagsByWords: NodeTags[];
	readonly #otherTags: Map<string, NodeTags>;
	/** Per vocabulary regex, per word list id: 0 not yet tested, 1 no match, 2 match. */
	readonly #wordTests: Map<RegExp, Uint8Array>;
	/** Per word list id, whether it names a foreign container (`isForeign`): 0 not yet known, 1 no, 2 yes. */
	#foreignWords: Uint8Array | undefined;
	/** Per pre-test regex, per node order, `mayHoldChar`'s and `mayHoldWord`'s answers (`HoldTests`). */
	readonly #holds: { readonly char: HoldTests; readonly word: HoldTests };
	#regionBlocksCache: readonly Block[] | undefined;
	/** What the scan read of each attribute block's shared parts (`#reading`). */
	readonly #readings: Map<object, AttrReading>;
	/** The readings of blocks of an id and a class, by their words; of a lone id or class, by it as written. */
	readonly #plainReadings: Map<string, AttrReading>;
	readonly #oneWordReadings: Map<string, AttrReading>;
	/** Nodes made so far while scanning (`nodes` has room for more). */
	#count = 0;
	/** The nodes and their parents (shared with a scan made `from` this one, as the nodes are). */
	readonly #table: NodeTable;

	/**
	 * The scan of `doc` for `context`. With `from` (an earlier scan of the same document in the same extraction), its
	 * nodes, texts, word lists and their tests are shared, and only what depends on the context (the region, the
	 * title) is new: none of them reads the context. The second metadata read of an extraction, over another region
	 * (extractArticle.ts), scanned the page again: in a CPU profile of every ninth wcxb-dev dump, the scan, the texts
	 * and the word tests of those second reads were about 3% of the extraction's CPU.
	 */
	constructor(doc: DumpDocument, context: ArticleContext, from?: MetadataScan) {
		this.doc = doc;
		this.context = context;
		if (from && from.doc === doc) {
			this.nodes = from.nodes;
			this.#table = from.#table;
			this.links = from.links;
			this.profile = from.profile;
			this.#text = from.#text;
			this.#blockTexts = from.#blockTexts;
			this.#byOrder = from.#byOrder;
			this.#sameAsIndex = from.#sameAsIndex;
			this.#indexTexts = from.#indexTexts;
			this.#compact = from.#compact;
			this.#wordList = from.#wordList;
			this.#wordIds = from.#wordIds;
			this.#tagsByWords = from.#tagsByWords;
			this.#otherTags = from.#otherTags;
			this.#wordTests = from.#wordTests;
			this.#foreignWords = from.#foreignWords;
			this.#holds = from.#holds;
			this.#readings = from.#readings;
			this.#plainReadings = from.#plainReadings;
			this.#oneWordReadings = from.#oneWordReadings;
			return;
		}
		this.nodes = [];
		this.links = [];
		this.#text = new Map();
		this.#blockTexts = new Map();
		this.#byOrder = { table: undefined };
		this.#compact = new CompactOffsets();
		this.#wordList = [''];
		this.#wordIds = new Map([['', 0]]);
		this.#tagsByWords = [];
		this.#otherTags = new Map();
		this.#wordTests = new Map();
		this.#holds = { char: new HoldTests(), word: new HoldTests() };
		this.#readings = new Map();
		this.#plainReadings = new Map();
		this.#oneWordReadings = new Map();
		this.#indexTexts = runIndexTexts();
		this.#sameAsIndex = this.#indexTexts ? new Uint8Array(this.#indexTexts.size) : undefined;
		// Room for a node per block the index numbers, set in place: the scan makes one for each and more for spans, links
		// and images. Grown by `push` and cut to its length after, the list was its slots twice while copied
		// ('headings named like the preview': 120,001 nodes, 171,720 slots and then 120,001, 2.3 MB at the extraction's peak).
		if (this.#indexTexts) this.nodes = new Array<MNode>(this.#indexTexts.size);
		const index = this.#indexTexts?.order;
		this.#table = new NodeTable(this.nodes.length, index instanceof BlockOrder ? index : undefined);
		this.#table.nodes = this.nodes;
		this.#count = 0;
		this.#scanBlocks(doc.blocks, undefined, false);
		// The node lists cut to their length: an array grown by `push` keeps up to half its room empty, here for the
		// whole metadata read; a list that had room for every node is cut in place (no copy).
		if (this.#count < this.nodes.length) this.nodes.length = this.#count;
		else if (this.#count > (this.#indexTexts?.size ?? 0)) this.nodes = this.nodes.slice();
		this.#table.nodes = this.nodes;
		this.#table.fit(this.#count);
		this.links = this.links.slice();
		// Each distinct word list is tested once: pages repeat the same few classes on thousands of nodes.
		const words = this.#wordList.slice(1);
		this.profile = words.some((w) => mayMatchAny(ANY_METADATA_PROFILE, w)) ? SCAN_PROFILES.find((p) => words.some((w) => p.detect.test(w))) : undefined;
	}

	#add(item: Block | Inline, words: string, itemprop: string, parent: MNode | undefined, hidden: boolean): MNode {
		let wordsId = this.#wordIds.get(words);
		if (wordsId === undefined) {
			wordsId = this.#wordList.length;
			this.#wordList.push(words);
			this.#wordIds.set(words, wordsId);
		}
		// The list's own copy: pages repeat the same few classes on thousands of nodes, each lower-cased anew.
		// The scan makes nodes of spans, links and images among inlines; every other kind is a block's.
		const at = this.#count++;
		const inline = item.kind === 'span' || item.kind === 'link' || item.kind === 'image';
		this.#table.setBlock(at, inline ? undefined : (item as Block));
		this.#table.kinds.set(at, item.kind, wordsId !== 0);
		const n = nodeOf(item, at, this.#tags(wordsId, hidden, itemprop));
		this.#table.setParent(at, parent === undefined ? NO_PARENT : parent.order);
		if (at < this.nodes.length) this.nodes[at] = n;
		else this.nodes.push(n);
		return n;
	}

	/**
	 * What the scan reads of an attribute block (`AttrReading`), read once for all the blocks that share its parts: the
	 * parser shares the id, classes and pairs of short blocks of the same text (`dump/attributes.ts`), and pages repeat
	 * the same block on thousands of nodes. Keyed by the pairs (or the classes when there are none) and checked against
	 * all three parts, so a block that only shares a list is read afresh. Blocks of an id and at most one class (no pairs:
	 * neither hidden nor an itemprop) are kept by their words alone.
	 */
	#reading(attrs: AttributeParts | undefined): AttrReading {
		if (!attrs) return NO_READING;
		const pairs = attrs.pairs;
		const classes = attrs.classes;
		if (pairs.length === 0 && classes.length <= 1) {
			// Neither hidden nor an itemprop: the words say it all. A lone id or class is its words lower-cased and trimmed.
			const one = classes.length === 0 ? (attrs.id ?? '') : attrs.id ? undefined : classes[0];
			const table = one === undefined ? this.#plainReadings : this.#oneWordReadings;
			const key = one ?? nodeWords(attrs);
			let plain = table.get(key);
			if (plain === undefined) table.set(key, (plain = new AttrReading(undefined, one === undefined ? key : withCamelParts(one, classes).toLowerCase().trim(), false, '')));
			return plain;
		}
		const key = pairs.length > 0 ? pairs : classes;
		// Only the parser's shared parts are frozen: a block of its own is read without an entry (a page of 42,000
		// links with long attribute blocks would keep one each).
		if (!Object.isFrozen(key)) return new AttrReading(attrs, nodeWords(attrs), isHidden(attrs), (attrValue(attrs, 'itemprop') ?? '').toLowerCase());
		let r = this.#readings.get(key);
		if (r === undefined || r.id !== attrs.id || r.classes !== classes || r.pairs !== pairs) {
			r = new AttrReading(attrs, nodeWords(attrs), isHidden(attrs), (attrValue(attrs, 'itemprop') ?? '').toLowerCase());
			this.#readings.set(key, r);
		}
		return r;
	}

	/** The shared tags of a word list (by id), hidden or not, with an itemprop. */
	#tags(wordsId: number, hidden: boolean, itemprop: string): NodeTags {
		const first = this.#tagsByWords[wordsId];
		if (first === undefined) return (this.#tagsByWords[wordsId] = new NodeTags(this.#wordList[wordsId], wordsId, hidden, itemprop, this.#table));
		if (first.hidden === hidden && first.itemprop === itemprop) return first;
		const key = `${wordsId} ${hidden ? 1 : 0} ${itemprop}`;
		let t = this.#otherTags.get(key);
		if (t === undefined) this.#otherTags.set(key, (t = new NodeTags(this.#wordList[wordsId], wordsId, hidden, itemprop, this.#table)));
		return t;
	}

	#scanBlocks(blocks: readonly Block[], parent: MNode | undefined, hidden: boolean): void {
		// Indexed, not for-of: unoptimized code allocates an iterator result per item (issue 13).
		for (let i = 0; i < blocks.length; i++) {
			const b = blocks[i];
			const attrs = b.kind === 'div' || b.kind === 'htmlDiv' ? divAttrParts(b) : b.kind === 'heading' || b.kind === 'code' ? b.attrs : undefined;
			const r = this.#reading(attrs);
			const h = hidden || r.hidden;
			const words = b.kind === 'heading' && b.attrs?.id ? withoutOwnSlug(r.words, b.attrs.id, inlineText(b.content)) : r.words;
			const node = this.#add(b, words, r.itemprop, parent, h);
			switch (b.kind) {
				case 'div':
				case 'htmlDiv':
				case 'blockquote':
					this.#scanBlocks(b.children, node, h);
					break;
				case 'list':
					for (const it of b.items) this.#scanBlocks(it.children, node, h);
					break;
				case 'table':
					for (const row of b.header ? [b.header, ...b.rows] : b.rows) for (const cell of row.cells) this.#scanBlocks(cell.blocks, node, h);
					break;
				case 'paragraph':
				case 'heading':
					this.#scanInlines(b.content, node, h);
					break;
				default:
					break;
			}
		}
	}

	#scanInlines(inlines: readonly Inline[], parent: MNode, hidden: boolean): void {
		// Indexed, as `#scanBlocks`.
		for (let i = 0; i < inlines.length; i++) {
			const n = inlines[i];
			switch (n.kind) {
				case 'span': {
					const r = this.#reading(n.attrs);
					const h = hidden || r.hidden;
					const node = this.#add(n, r.words, r.itemprop, parent, h);
					this.#scanInlines(n.children, node, h);
					break;
				}
				case 'link': {
					// A link's or image's own attributes never hide it here (only a hidden container does).
					const r = this.#reading(n.attrs);
					const node = this.#add(n, r.words, r.itemprop, parent, hidden);
					this.links.push(node);
					this.#scanInlines(n.children, node, hidden);
					break;
				}
				case 'image': {
					const r = this.#reading(n.attrs);
					this.#add(n, r.words, r.itemprop, parent, hidden);
					if (n.src.startsWith('data:')) this.#compact.add(n.srcRange.start, n.srcRange.end);
					break;
				}
				case 'emphasis':
					this.#scanInlines(n.children, parent, hidden);
					break;
				default:
					break;
			}
		}
	}

	/** The visible text of a node, white space collapsed. */
	textOf(n: MNode): string {
		const b = n.block;
		if (b) return this.#collapsedBlockText(b, this.#orderOfNode(n, b));
		let t = this.#text.get(n);
		if (t === undefined) {
			if (n.inline?.kind === 'span' || n.inline?.kind === 'link') t = collapse(smartInlineText(n.inline.children, this.doc.text));
			else if (n.inline?.kind === 'image') t = collapse(inlineText(n.inline.alt));
			else t = '';
			this.#text.set(n, t);
		}
		return t;
	}

	/**
	 * A block's visible text with the page's punctuation (see smartText.ts), white space collapsed; memoised per block.
	 * Built from the children's collapsed texts: collapsing parts joined by new lines is joining their non-empty
	 * collapsed texts by spaces, so nested containers never re-read their subtrees.
	 */
	#collapsedBlockText(b: Block, at = this.#indexTexts?.orderOf(b)): string {
		let t = this.#knownBlockText(b, at);
		if (t !== undefined) return t;
		switch (b.kind) {
			case 'paragraph':
			case 'heading': {
				t = collapse(smartInlineText(b.content, this.doc.text));
				// A text the index holds is a numbered block's (`at`).
				const plain = at === undefined ? undefined : this.#indexTexts!.getAt(at);
				if (plain === t) {
					this.#sameAsIndex![at!] = 1;
					return plain;
				}
				break;
			}
			case 'div':
			case 'htmlDiv':
				t = isHidden(b.attrs) ? '' : this.#joinTexts(b.children, '');
				break;
			case 'blockquote':
				t = this.#joinTexts(b.children, '');
				break;
			case 'list': {
				t = '';
				for (const it of b.items) t = this.#joinTexts(it.children, t);
				break;
			}
			default:
				t = collapse(blockText(b));
				break;
		}
		if (at !== undefined) (this.#byOrder.table ??= this.#indexTexts!.sibling()).setAt(at, t);
		else this.#blockTexts.set(b, t);
		return t;
	}

	/**
	 * `b`'s text if already built. `at`: the index's number of `b` (`orderOf`), given by a caller that knows it: the
	 * texts are read by number, the block looked up once (it was looked up two or three times: 0.2% of a `pagedump
	 * extract` process over a third of the wcxb-dev tuning part, 0.6% over the 20 MB bench dump).
	 */
	#knownBlockText(b: Block, at = this.#indexTexts?.orderOf(b)): string | undefined {
		const index = this.#indexTexts;
		if (index && at !== undefined) return this.#sameAsIndex![at] === 1 ? index.getAt(at) : this.#byOrder.table?.getAt(at);
		return this.#blockTexts.get(b);
	}

	/** The index's number of a block node's block (`orderOf`): the one the scan's table holds, else looked up. */
	#orderOfNode(n: MNode, b: Block): number | undefined {
		return this.#indexTexts ? (this.#table.numberAt(n.order) ?? this.#indexTexts.orderOf(b)) : undefined;
	}

	/** `into` followed by the non-empty collapsed texts of `blocks`, space-separated. */
	#joinTexts(blocks: readonly Block[], into: string): string {
		let out = into;
		for (const c of blocks) {
			const ct = this.#collapsedBlockText(c);
			if (ct === '') continue;
			out = out === '' ? ct : `${out} ${ct}`;
		}
		return out;
	}

	/**
	 * Whether a node's words match `re` (a vocabulary regex, neither global nor sticky), each distinct word list tested
	 * once per page: the rules ask it of every node and of its ancestors again for each descendant, and pages repeat the
	 * same few word lists on thousands of nodes.
	 */
	wordTest(n: MNode, re: RegExp): boolean {
		if (n.wordsId === 0) return false;
		let memo = this.#wordTests.get(re);
		if (memo === undefined) {
			memo = new Uint8Array(this.#wordList.length);
			this.#wordTests.set(re, memo);
		}
		let v = memo[n.wordsId];
		if (v === 0) {
			v = re.test(n.words) ? 2 : 1;
			memo[n.wordsId] = v;
		}
		return v === 2;
	}

	/** Whether a node, or one of its near ancestors, has words matching `re`; 2 for the node itself, 1 for an ancestor, 0 for neither. */
	vocab(n: MNode, re: RegExp, depth = ANCESTOR_DEPTH): 0 | 1 | 2 {
		if (this.wordTest(n, re)) return 2;
		let p = n.parent;
		for (let i = 0; i < depth && p; i++, p = p.parent) if (this.wordTest(p, re)) return 1;
		return 0;
	}

	/** Whether a node's words name a foreign container (comments, related stories, a sidebar, a footer) and not a layout one. */
	#foreignOwn(p: MNode): boolean {
		if (p.wordsId === 0) return false;
		this.#foreignWords ??= new Uint8Array(this.#wordList.length);
		let v = this.#foreignWords[p.wordsId];
		if (v === 0) {
			v = !FOREIGN_RE.test(p.words) || (LAYOUT_RE.test(p.words) && !isPageFooter(p.words)) ? 1 : 2;
			this.#foreignWords[p.wordsId] = v;
		}
		return v === 2;
	}

	/** Whether any ancestor (at any depth) names comments, related stories, sidebars or footers. */
	isForeign(n: MNode): boolean {
		const t = this.titleNode;
		for (let p: MNode | undefined = n; p; p = p.parent) {
			if (!this.#foreignOwn(p)) continue;
			// A container that holds the page's title is the page's column, whatever its name (`core-rail`, `main-rail`).
			if (t && p !== t && p.start <= t.start && p.end >= t.end) continue;
			return true;
		}
		return false;
	}

	profileMatch(n: MNode, key: 'title' | 'author' | 'published' | 'modified' | 'tags' | 'description'): boolean {
		const re = this.profile?.[key];
		if (!re) return false;
		for (let p: MNode | undefined = n, i = 0; p && i <= ANCESTOR_DEPTH; p = p.parent, i++) if (this.wordTest(p, re)) return true;
		return false;
	}

	itemprop(n: MNode): string {
		return n.itemprop;
	}

	/** How far `to` is after `from` in the dump, inline data URIs not counted (`compactOffsets.ts`); negative when before. */
	gap(from: number, to: number): number {
		return this.#compact.at(to) - this.#compact.at(from);
	}

	/** Where the article is: the title heading, else the region's start. */
	anchor(): number | undefined {
		return this.titleNode?.start ?? this.context.region?.start;
	}

	/**
	 * Score for being where bylines and dates are: just after the title (or the region's start), not in comments or far
	 * away. `farOk`: the value carries its own evidence ("Written by …") and is not marked down for being far.
	 */
	positionScore(n: MNode, farOk = false): number {
		let s = 0;
		const a = this.anchor();
		if (a !== undefined) {
			const d = this.gap(a, n.start);
			if (d >= -NEAR_TITLE_CHARS / 2 && d <= NEAR_TITLE_CHARS) s += WEIGHT.nearTitle;
			else if (Math.abs(d) > FAR_FROM_TITLE_CHARS && !farOk) s -= WEIGHT.nearTitle;
		}
		const r = this.context.region;
		if (r && n.start >= r.start && n.end <= r.end) s += 5;
		if (this.isForeign(n)) s += WEIGHT.foreign;
		if (n.hidden) s += WEIGHT.hidden;
		return s;
	}

	/**
	 * Whether a node's text (`textOf`) is certainly longer than `chars`, without building it when not yet read: a
	 * paragraph's, heading's or span's, or a container's (its paragraphs and headings counted; false means "not known").
	 */
	textLongerThan(n: MNode, chars: number): boolean {
		const b = n.block;
		if (b) {
			const bt = this.#knownBlockText(b, this.#orderOfNode(n, b));
			if (bt !== undefined) return bt.length > chars;
			return keptBlockChars(b, chars + 1) > chars;
		}
		const t = this.#text.get(n);
		if (t !== undefined) return t.length > chars;
		return n.inline?.kind === 'span' && smartTextLongerThan(n.inline.children, chars);
	}

	/**
	 * Whether a node's text (`textOf`) may hold a character `re` matches: false when its source holds none, since its
	 * visible text is pieces of its source. `re` matches single characters that collapsing and smart punctuation leave
	 * alone (not white space, quotes, dashes or dots): a backslash escape keeps its character, and a character
	 * reference, the one way to write a character the source does not hold, makes it "may". A cheap pre-test before
	 * building the text.
	 */
	mayHoldChar(n: MNode, re: RegExp): boolean {
		const memo = this.#holds.char.of(re, this.nodes.length);
		const known = memo[n.order];
		if (known !== UNTESTED) return known === MAY_HOLD;
		const src = this.doc.text.slice(n.start, n.end);
		const may = re.test(src) || src.includes('&');
		memo[n.order] = may ? MAY_HOLD : HOLDS_NONE;
		return may;
	}

	/**
	 * Whether a node's text (`textOf`) may hold a word `re` matches (`re` matches runs of letters or digits only, and looks at nothing around them): false
	 * when neither its source nor, where markup may sit inside a word (`[B]{.dropcap}y`, `**B**y`, `b&#121;`), the
	 * values of its visible text nodes hold one. Collapsing, smart punctuation and the separators between pieces never
	 * join letters, so a word in the text is a word of those values. A cheap pre-test before building the text.
	 */
	mayHoldWord(n: MNode, re: RegExp): boolean {
		const memo = this.#holds.word.of(re, this.nodes.length);
		const known = memo[n.order];
		if (known !== UNTESTED) return known === MAY_HOLD;
		const may = this.#mayHoldWord(n, re);
		memo[n.order] = may ? MAY_HOLD : HOLDS_NONE;
		return may;
	}

	#mayHoldWord(n: MNode, re: RegExp): boolean {
		const src = this.doc.text.slice(n.start, n.end);
		if (re.test(src)) return true;
		if (!IN_WORD_MARKUP_RE.test(src)) return false;
		const inlines = n.block?.kind === 'paragraph' || n.block?.kind === 'heading' ? n.block.content : n.inline?.kind === 'span' || n.inline?.kind === 'link' ? n.inline.children : undefined;
		if (!inlines) return true;
		// `re` is tested on the visible values piece by piece, not on their join (`visibleWords.ts`).
		return visibleValuesMatch(inlines, re);
	}

	/** The kind of the node of order `at` (`n.block?.kind ?? n.inline?.kind`) without reading the node (`nodeKinds.ts`). */
	kindAt(at: number): NodeKind | undefined {
		return this.#table.kinds.kindAt(at);
	}

	/** Whether the node of order `at` has words (`n.words !== ''`) without reading the node. */
	hasWordsAt(at: number): boolean {
		return this.#table.kinds.hasWordsAt(at);
	}

	/** Whether a node's text is already known (cheap pre-tests may skip nodes whose text is not yet known). */
	hasText(n: MNode): boolean {
		const b = n.block;
		return b ? this.#knownBlockText(b, this.#orderOfNode(n, b)) !== undefined : this.#text.has(n);
	}

	/** Every node inside `n`, in document order. */
	descendants(n: MNode): MNode[] {
		const out: MNode[] = [];
		for (let i = n.order + 1; i < this.nodes.length; i++) {
			const d = this.nodes[i];
			if (d.start >= n.end) break;
			let p = d.parent;
			while (p && p !== n) p = p.parent;
			if (p === n) out.push(d);
		}
		return out;
	}

	/** The first link of a node or inside it. */
	firstLinkIn(n: MNode): Link | undefined {
		if (n.inline?.kind === 'link') return n.inline;
		for (const d of this.descendants(n)) if (d.inline?.kind === 'link') return d.inline;
		return undefined;
	}

	/** The article's blocks (its blocks, else its region's, else the whole dump's): read by the language guess and the word count. */
	regionBlocks(): readonly Block[] {
		if (this.#regionBlocksCache === undefined) {
			const r = this.context.region;
			this.#regionBlocksCache = this.context.blocks ?? (r ? blocksAt(this.nodes, r) : this.doc.blocks);
		}
		return this.#regionBlocksCache;
	}

	/**
	 * The first `chars` characters of the article's text (its blocks' texts joined by new lines), read by the language
	 * guess. Only as many blocks as it takes are read: the whole text, kept for the run, was 1.7 MB of 'headings named
	 * like the preview' (1.96 MB) at the extraction's peak, and the word count reads it block by block.
	 */
	regionTextStart(chars: number): string {
		let out = '';
		const blocks = this.regionBlocks();
		for (let i = 0; i < blocks.length && out.length < chars; i++) out = i === 0 ? blockText(blocks[i]) : `${out}\n${blockText(blocks[i])}`;
		return out.slice(0, chars);
	}
}

/** The blocks whose range is `r`, in order: each node's range read once (a block's range is an object made when read). */
function blocksAt(nodes: readonly MNode[], r: SourceRange): Block[] {
	const found: Block[] = [];
	for (const n of nodes) {
		const b = n.block;
		if (!b) continue;
		const nr = b.range;
		if (nr.start === r.start && nr.end === r.end) found.push(b);
	}
	return found;
}

/**
 * A lower bound of the length of a block's collapsed text as `MetadataScan` builds it (`#collapsedBlockText`): the kept
 * characters (`keptChars`) of its paragraphs and headings, a hidden container's none; other blocks count 0. Stops at `limit`.
 */
function keptBlockChars(b: Block, limit: number): number {
	switch (b.kind) {
		case 'paragraph':
		case 'heading':
			return keptChars(b.content, limit);
		case 'div':
		case 'htmlDiv':
			return isHidden(b.attrs) ? 0 : keptChildrenChars(b.children, limit);
		case 'blockquote':
			return keptChildrenChars(b.children, limit);
		case 'list': {
			let n = 0;
			for (let i = 0; i < b.items.length && n < limit; i++) n += keptChildrenChars(b.items[i].children, limit - n);
			return n;
		}
		default:
			return 0;
	}
}

function keptChildrenChars(blocks: readonly Block[], limit: number): number {
	let n = 0;
	for (let i = 0; i < blocks.length && n < limit; i++) n += keptBlockChars(blocks[i], limit - n);
	return n;
}
