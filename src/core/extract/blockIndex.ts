// Step 1 of extraction: every block of the dump measured once (text, links, commas, prose), with parents and order.
import { childBlocks } from '../model/blockTree';
import type { Block, DumpDocument, FencedDiv, HtmlDiv, Inline } from '../model/dumpDocument';
import type { RemovedRegion } from './article';
import { attrWords, collapse, collapsedLength, inlineText, isHidden, isHiddenSpan, isUnicodeSpace, rememberTextAt, useIndexTexts } from './inlineText';
import { BlockOrder } from './blockOrder';
import { BlockTexts, OverlayTexts } from './blockTexts';
import { SharedTexts } from './sharedTexts';
import { isScriptDataCode, isScriptDataText } from './heuristics/scriptData';
import type { PlatformProfile } from './profiles';
import * as W from './scoring';
import { CHARS_FIELD, PROSE_CHARS_FIELD, StatsColumns } from './statsColumns';
import { matchCount } from '../text/wordCount';
import { setInt32 } from '../model/int32Column';
import type { AttributeParts } from '../model/linkNodes';
import { divAttrParts } from '../model/divNodes';

export type Container = FencedDiv | HtmlDiv;

/** Text measures of a node (or of what is kept of it). */
export interface Stats {
	/** Visible characters, white space collapsed, image alt text excluded. */
	chars: number;
	/** Characters inside links (in-page `#` links weighted by `HASH_LINK_WEIGHT`). */
	linkChars: number;
	commas: number;
	/** Paragraphs with any text. */
	paragraphs: number;
	images: number;
	listItems: number;
	/** Characters in lists and in headings, for the "is this a list" and heading-density tests. */
	listChars: number;
	headingChars: number;
	/** Characters of paragraphs long enough to score that read as prose. */
	proseChars: number;
}

export function emptyStats(): Stats {
	return { chars: 0, linkChars: 0, commas: 0, paragraphs: 0, images: 0, listItems: 0, listChars: 0, headingChars: 0, proseChars: 0 };
}

export function addStats(a: Stats, b: Stats): void {
	a.chars += b.chars;
	a.linkChars += b.linkChars;
	a.commas += b.commas;
	a.paragraphs += b.paragraphs;
	a.images += b.images;
	a.listItems += b.listItems;
	a.listChars += b.listChars;
	a.headingChars += b.headingChars;
	a.proseChars += b.proseChars;
}

export function linkDensity(s: Stats): number {
	return s.chars > 0 ? Math.min(1, s.linkChars / s.chars) : 0;
}

/** Passes that can be switched off when the result is too short, strictest first (Readability's flags). */
export interface Flags {
	readonly stripUnlikely: boolean;
	readonly weightClasses: boolean;
	readonly cleanConditionally: boolean;
	/** Keep hidden containers: only for a page whose every word is hidden until a script shows it. */
	readonly keepHidden?: boolean;
	/** Keep byline paragraphs: a forum post's author and date belong to the post. */
	readonly keepBylines?: boolean;
	/**
	 * Keep inner chrome (sliders, calls to action, captions by class name): a page read whole keeps them, as its
	 * annotators do (wcxb-dev tuning: all 0.856 → 0.859, service 0.763 → 0.772, listing 0.689 → 0.699, collection
	 * 0.714 → 0.728, article 0.946 → 0.946).
	 */
	readonly keepInnerChrome?: boolean;
}

export const ALL_FLAGS: Flags = { stripUnlikely: true, weightClasses: true, cleanConditionally: true };

export function isContainer(b: Block): b is Container {
	return b.kind === 'div' || b.kind === 'htmlDiv';
}

/** Whether `b` lies inside a table (a cell's line is a specification's value, not a line of the page's own). */
export function insideTable(index: BlockIndex, b: Block): boolean {
	for (let p = index.parent.get(b); p !== undefined; p = index.parent.get(p)) if (p.kind === 'table') return true;
	return false;
}


export function blockAttrs(b: Block): AttributeParts | undefined {
	if (b.kind === 'div' || b.kind === 'htmlDiv') return divAttrParts(b);
	if (b.kind === 'heading' || b.kind === 'code') return b.attrs;
	return undefined;
}

/** Whether a link target stays on the page: such links (footnotes, tables of contents) weigh less as "links". */
export function isHashLink(href: string): boolean {
	return href.startsWith('#');
}

export function inlineStats(inlines: readonly Inline[], s: Stats, linkWeight: number): void {
	for (let i = 0; i < inlines.length; i++) {
		const n = inlines[i];
		switch (n.kind) {
			case 'link': {
				const w = isHashLink(n.href) ? W.HASH_LINK_WEIGHT : 1;
				s.linkChars += collapsedLength(inlineText(n.children)) * w;
				inlineStats(n.children, s, w);
				break;
			}
			case 'image':
				s.images++;
				break;
			case 'emphasis':
				inlineStats(n.children, s, linkWeight);
				break;
			case 'span':
				if (!isHiddenSpan(n.attrs, n.children)) inlineStats(n.children, s, linkWeight);
				break;
			default:
				break;
		}
	}
}

/** Text of a paragraph that begins like markup: a fence, an attribute block, or an HTML tag written as text. */
export const MARKUP_START_RE = /^(?::::|\{[#.]|<\/?[a-z][a-z0-9]*[\s>\/])/i;
/** An ASCII "word" this long (no spaces) is a URL, JSON, base64 or a class list, not prose. */
export const LONG_TOKEN_CHARS = 40;
/** A paragraph mostly made of such tokens is a leftover of markup. */
export const LONG_TOKEN_SHARE = 0.5;

/**
 * Whether characters in words (maximal runs of non-space, as `\S` reads space) longer than `LONG_TOKEN_CHARS` and made
 * only of printable ASCII are more than `LONG_TOKEN_SHARE` of `text`. One scan, no list of matches: the regex `\S{41,}`
 * with a test of each match was 1.1% of the pipeline's CPU over a sample of wcxb-dev (it runs on every paragraph).
 * The scan stops once the words left could no longer make the share (prose: about half way): the whole scan was 0.6%
 * of the extraction's CPU over every fourth wcxb-dev dump.
 */
function mostlyLongAsciiTokens(text: string): boolean {
	let long = 0;
	let start = 0;
	let ascii = true;
	for (let i = 0; i <= text.length; i++) {
		const c = i < text.length ? text.charCodeAt(i) : 0x20;
		if (c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0xa0 && isUnicodeSpace(c))) {
			if (ascii && i - start > LONG_TOKEN_CHARS) long += i - start;
			start = i + 1;
			ascii = true;
			// Even if every character left were in a long word, the share would not be reached.
			// (`text.length - i`: the characters from this space on, one more than are left.)
			if ((long + text.length - i) / text.length <= LONG_TOKEN_SHARE) return false;
		} else if (c < 0x21 || c > 0x7e) ascii = false;
	}
	return long / text.length > LONG_TOKEN_SHARE;
}

/**
 * Whether a paragraph is markup left as text: an attribute block too long for the parser, HTML escaped into the page,
 * a data: URI. Such text is neither scored nor kept.
 */
export function isMarkupLeftover(inlines: readonly Inline[]): boolean {
	let raw = '';
	for (let i = 0; i < inlines.length; i++) {
		const n = inlines[i];
		if (n.kind === 'text') {
			raw += n.value;
			// A folded soft break is the node after the text: the length is checked between them, as it was.
			if (n.softBreakAfter && raw.length <= 4000) raw += ' ';
		} else if (n.kind === 'softbreak' || n.kind === 'break') raw += ' ';
		else raw += ' x ';
		if (raw.length > 4000) break;
	}
	const text = raw.trim();
	if (text === '') return false;
	if (MARKUP_START_RE.test(text) || isScriptDataText(text)) return true;
	// Only ASCII runs count: Chinese and Japanese prose has no spaces at all.
	return mostlyLongAsciiTokens(text);
}

/** Sentence punctuation of many scripts: prose has some, option lists and tag clouds do not. */
export const PUNCTUATION_RE = /[.,!?;\u3001\u3002\uFF0C\uFF01\uFF1F\u060C\u061F\u0964]/g;
/** Text at least this long is judged by its punctuation... */
export const MIN_UNPUNCTUATED_CHARS = 100;
/** ...and needs a mark per this many characters to be prose: a select box of 60 countries has two commas. */
export const CHARS_PER_PUNCTUATION = 250;

/** Whether text reads like prose rather than a run of labels (language pickers, country lists, tag clouds). */
export function isProse(text: string): boolean {
	if (text.length < MIN_UNPUNCTUATED_CHARS) return true;
	// Counted only up to the marks needed, by `test` (no match array per mark): prose has a mark every few dozen
	// characters, so most of a long paragraph is not scanned. The same answer as `matchCount(PUNCTUATION_RE, text)`:
	// each match is one character, so every `test` that succeeds is one match further.
	const need = text.length / CHARS_PER_PUNCTUATION;
	let n = 0;
	PUNCTUATION_RE.lastIndex = 0;
	while (n < need && PUNCTUATION_RE.test(text)) n++;
	PUNCTUATION_RE.lastIndex = 0;
	return n >= need;
}

/** Measures inlines: text length and commas from their visible text, links and images from the tree. */
export function measureInlines(inlines: readonly Inline[], text: string = collapse(inlineText(inlines))): Stats {
	const s = emptyStats();
	s.chars = text.length;
	s.commas = matchCount(W.COMMAS_RE, text);
	inlineStats(inlines, s, 0);
	return s;
}

/**
 * The parsed dump seen by the extractor: parents and measures of every block, computed once.
 * Hidden containers measure as empty: they were not on the page.
 */
export class BlockIndex {
	/**
	 * Each block's document order (pre-order), the one map of the index: the measures below are arrays by it. A hash
	 * table of numbers read as a map (blockOrder.ts), with the blocks by their order, cut to their number once the index
	 * is built (see `constructor`).
	 */
	readonly order = new BlockOrder();
	/** Each block's parent by order, as the parent's order (NO_PARENT at the top); see `ParentOrders`. */
	readonly #parents = new ParentOrders();
	/** Each block's measures by its order (statsColumns.ts: 18 bytes a block, not an object of 96 or more). */
	readonly #stats = new StatsColumns();
	/** Each block's enclosing block (undefined at the top), read like a map. */
	readonly parent: BlockValues;
	readonly containers: Container[] = [];
	#containerWords: readonly string[] | undefined;
	/** Paragraphs' and headings' collapsed texts, for the run's text cache (inlineText.ts `collapsedText`). */
	readonly #collapsed = new BlockTexts(this.order);
	/**
	 * The visible text of each paragraph, line breaks kept (see `inlineText`); by order, as the measures are. A text
	 * that is its collapsed text is read from that table (blockTexts.ts `OverlayTexts`).
	 */
	readonly rawText = new OverlayTexts(this.#collapsed);
	/** Paragraphs that are markup the parser could not read (see `isMarkupLeftover`), and code blocks of script data (heuristics/scriptData.ts). */
	readonly leftovers = new Set<Block>();
	readonly rootStats: Stats;
	/** One string per repeated paragraph or heading text (sharedTexts.ts), while the index is built. */
	#shared: SharedTexts | undefined = new SharedTexts();

	constructor(readonly doc: DumpDocument) {
		this.rootStats = emptyStats();
		useIndexTexts(this.rawText, this.#collapsed);
		for (const b of doc.blocks) addStats(this.rootStats, this.#visit(b, NO_PARENT));
		// Workflow: 1. every block numbered and measured; 2. the columns cut to the blocks' number: an array grown by
		// `push` keeps up to half its room empty (120,001 blocks held 171,720 slots), for the whole extraction; the two
		// text tables too (blockTexts.ts `fit`: 'headings named like the preview' 0.74 MB less at the extraction's peak).
		this.#stats.fit(this.order.size);
		this.#parents.fit(this.order.size);
		this.rawText.fit();
		this.#collapsed.fit();
		// The document's list when it is the blocks by order (a page of top-level blocks only): one list, not two.
		this.order.fit(doc.blocks);
		this.parent = new BlockValues(this.order, this.order.blocks, this.#parents);
		this.#shared = undefined;
	}

	/**
	 * Each container's id, class and role words (`attrWords`), in the order of `containers`: read on first use, once.
	 * About ten passes over the containers (profiles, platforms, chrome by name) each asked `attrWords` of every one, a
	 * cache look-up per container and pass: warm, 0.7 µs a container against 0.05 µs for this array's read (54,324
	 * containers of every 8th wcxb-dev dump).
	 */
	get containerWords(): readonly string[] {
		return (this.#containerWords ??= this.containers.map((c) => attrWords(divAttrParts(c))));
	}

	/**
	 * The largest text measure (`charsOf`) of any container, 0 without one: a walk over the blocks by number, each
	 * container's measure read from its slot. Asked as `charsOf` of each of `containers`, it was a hash look-up per
	 * container (`BlockOrder.get`): those look-ups in `heuristics/countedFacets.ts`' page measure were 0.73% of a
	 * `pagedump extract` process on the bench's 20 MB dump (`--cpu-prof`; 0.01% over a third of the wcxb-dev tuning
	 * dumps, whose pages have few containers).
	 */
	get maxContainerChars(): number {
		if (this.#maxContainerChars === undefined) {
			let max = 0;
			const blocks = this.order.blocks;
			for (let at = 0; at < blocks.length; at++) if (isContainer(blocks[at])) max = Math.max(max, this.#stats.field(at, CHARS_FIELD));
			this.#maxContainerChars = max;
		}
		return this.#maxContainerChars;
	}

	#maxContainerChars: number | undefined;

	#visit(b: Block, parent: number): Stats {
		const at = this.order.size;
		this.order.set(b, at);
		this.#parents.set(at, parent);
		this.rawText.grow();
		this.#collapsed.grow();
		if (isContainer(b)) this.containers.push(b);
		let s: Stats;
		switch (b.kind) {
			case 'paragraph': {
				// `content` read once: a paragraph of one text builds its array and text node on each read (model/blockNodes.ts).
				const content = b.content;
				if (isMarkupLeftover(content)) {
					s = emptyStats();
					this.leftovers.add(b);
				} else {
					// Read once: a paragraph can be megabytes long, and its text is needed by several steps.
					// Repeated texts as one string each (sharedTexts.ts).
					const shared = this.#shared!;
					const raw = shared.share(inlineText(content));
					const text = shared.share(collapse(raw));
					// The collapsed text first: a raw text that is the same takes no slot of its own (`OverlayTexts`).
					// By number: the block was numbered `at` just above (`rememberTextAt`).
					rememberTextAt(this.#collapsed, at, b, text);
					this.rawText.setAt(at, raw);
					s = measureInlines(content, text);
					if (s.chars > 0) s.paragraphs = 1;
					if (s.chars >= W.MIN_PARAGRAPH_CHARS && linkDensity(s) < W.SIBLING_MAX_LINK_DENSITY && isProse(text)) s.proseChars = s.chars;
				}
				break;
			}
			case 'heading': {
				// As a paragraph's, a repeated heading text is one string (sharedTexts.ts).
				// Its text built here, not by `collapsedText` (which looks its number up to find it unknown, then to set it).
				const text = this.#shared!.share(collapse(inlineText(b.content)));
				rememberTextAt(this.#collapsed, at, b, text);
				s = measureInlines(b.content, text);
				s.headingChars = s.chars;
				break;
			}
			case 'code':
				s = emptyStats();
				if (!b.rawFormat && isScriptDataCode(b.text)) this.leftovers.add(b);
				else if (!b.rawFormat) {
					s.chars = collapsedLength(b.text);
					s.paragraphs = 1;
				}
				break;
			case 'table': {
				s = emptyStats();
				for (const row of b.header ? [b.header, ...b.rows] : b.rows) for (const cell of row.cells) for (const c of cell.blocks) addStats(s, this.#visit(c, at));
				break;
			}
			case 'list': {
				s = emptyStats();
				for (let i = 0; i < b.items.length; i++) {
					const children = b.items[i].children;
					for (let k = 0; k < children.length; k++) addStats(s, this.#visit(children[k], at));
					s.listItems++;
				}
				s.listChars = s.chars;
				break;
			}
			case 'div':
			case 'htmlDiv':
			case 'blockquote': {
				s = emptyStats();
				for (let i = 0; i < b.children.length; i++) addStats(s, this.#visit(b.children[i], at));
				if (b.kind !== 'blockquote' && isHidden(divAttrParts(b))) s = emptyStats();
				if (b.kind !== 'blockquote') this.#markParagraphDiv(b, s);
				break;
			}
			default:
				s = emptyStats();
		}
		this.#stats.set(at, s);
		return s;
	}

	statsOf(b: Block | undefined): Stats {
		if (b === undefined) return this.rootStats;
		const at = this.order.get(b);
		return at === undefined ? emptyStats() : this.#stats.get(at);
	}

	/** `statsOf(b).chars` without the object. */
	charsOf(b: Block | undefined): number {
		if (b === undefined) return this.rootStats.chars;
		const at = this.order.get(b);
		return at === undefined ? 0 : this.#stats.field(at, CHARS_FIELD);
	}

	/** `statsOf(b).proseChars` without the object. */
	proseCharsOf(b: Block | undefined): number {
		if (b === undefined) return this.rootStats.proseChars;
		const at = this.order.get(b);
		return at === undefined ? 0 : this.#stats.field(at, PROSE_CHARS_FIELD);
	}

	/**
	 * The nearest enclosing container (div) that is not itself just a paragraph, or undefined for the document root.
	 * A div around a single paragraph is that paragraph to Readability (DIV_TO_P), so it is never a candidate.
	 */
	containerOf(b: Block): Container | undefined {
		let p = this.parent.get(b);
		while (p !== undefined && (!isContainer(p) || this.paragraphDivs.has(p))) p = this.parent.get(p);
		return p;
	}

	/** Divs whose only content is one paragraph (or one such div) with few links. */
	readonly paragraphDivs = new Set<Block>();

	#markParagraphDiv(b: Container, s: Stats): void {
		// The one child that is not a spacer, found without a filtered copy of the children (a list per container: 1.6%
		// of the extraction's allocated bytes over every fourth wcxb-dev dump).
		let k: Block | undefined;
		const children = b.children;
		for (let i = 0; i < children.length; i++) {
			if (children[i].kind === 'spacer') continue;
			if (k !== undefined) return;
			k = children[i];
		}
		if (k === undefined) return;
		if ((k.kind === 'paragraph' || this.paragraphDivs.has(k)) && linkDensity(s) < W.SIBLING_MAX_LINK_DENSITY) this.paragraphDivs.add(b);
	}

	childrenOf(b: Block | undefined): readonly Block[] {
		return b === undefined ? this.doc.blocks : childBlocks(b);
	}

	/**
	 * Whether `ancestor` is `b` or holds it. Walked up by number (the parents' column), with `b`'s number looked up
	 * once: a walk by block looked each parent's number up again in the order's hash table (issue 13: `isInside` 0.22%
	 * -> 0.06% of a `pagedump extract` profile's samples over 296 tuning and corpus dumps, inclusive). The same walk,
	 * as each block is numbered once.
	 */
	isInside(b: Block, ancestor: Block | undefined): boolean {
		if (ancestor === undefined || b === ancestor) return true;
		const at = this.order.get(b);
		if (at === undefined) return false;
		const blocks = this.order.blocks;
		for (let p = this.#parents.get(at); p !== NO_PARENT; p = this.#parents.get(p)) if (blocks[p] === ancestor) return true;
		return false;
	}
}

/** The parent order of a top-level block. */
const NO_PARENT = -1;
/** Room for this many blocks at first; doubled when full. */
const FIRST_PARENT_CAPACITY = 256;

/**
 * Each block's parent as the parent's order, 4 bytes a block in an Int32Array, cut to the blocks' number once the
 * index is built: the parents were an array of blocks grown by `push` (8 bytes a slot, and up to half the slots
 * empty). 'headings named like the preview' (120,001 blocks): 1.37 -> 0.48 MB for the whole extraction.
 */
class ParentOrders {
	#values = new Int32Array(FIRST_PARENT_CAPACITY);

	set(at: number, parent: number): void {
		this.#values = setInt32(this.#values, at, parent);
	}

	/** The parent order of the block at `at` (NO_PARENT at the top). */
	get(at: number): number {
		return this.#values[at];
	}

	fit(count: number): void {
		if (count < this.#values.length) this.#values = this.#values.slice(0, count);
	}
}

/**
 * Each block's parent, read as a `ReadonlyMap` is (`get`, `has`, `keys`, entries in document order) but held by the
 * block's order: parents and measures were a Map each beside the order map. The index of the memory table's 5 MB
 * prose dump (31,658 blocks): 9.27 -> 8.27 MB.
 */
export class BlockValues {
	readonly #order: ReadonlyMap<Block, number>;
	readonly #blocks: readonly Block[];
	readonly #parents: ParentOrders;

	constructor(order: ReadonlyMap<Block, number>, blocks: readonly Block[], parents: ParentOrders) {
		this.#order = order;
		this.#blocks = blocks;
		this.#parents = parents;
	}

	get size(): number {
		return this.#blocks.length;
	}

	get(b: Block): Block | undefined {
		const at = this.#order.get(b);
		return at === undefined ? undefined : this.#parentAt(at);
	}

	has(b: Block): boolean {
		return this.#order.has(b);
	}

	/** The blocks in document order. */
	keys(): IterableIterator<Block> {
		return this.#blocks.values();
	}

	*[Symbol.iterator](): IterableIterator<[Block, Block | undefined]> {
		for (let i = 0; i < this.#blocks.length; i++) yield [this.#blocks[i], this.#parentAt(i)];
	}

	#parentAt(at: number): Block | undefined {
		const p = this.#parents.get(at);
		return p === NO_PARENT ? undefined : this.#blocks[p];
	}
}

/** The document root as a candidate: the article has no container of its own. */
export const ROOT = 'root' as const;
export type Candidate = Container | typeof ROOT;

/** One attempt at the article: the chosen container, the blocks kept, and what was removed. */
export interface Attempt {
	readonly region: Candidate;
	readonly regionScore: number;
	readonly blocks: Block[];
	readonly removed: RemovedRegion[];
	readonly chars: number;
	readonly profile?: PlatformProfile;
	/** The best candidates before promotion, for explanations. */
	readonly candidates?: readonly { readonly c: Candidate; readonly score: number }[];
}
