// The outline of a dump: the article (named by its title, headings nested by level), its metadata, and the page's
// other regions with the headings found inside them. Shared by document symbols, the outline view and the CLI.
import type { Block, DumpDocument, Heading, SourceRange } from '../model/dumpDocument';
import type { Article, ArticleMetadata, MetadataField } from '../extract/article';
import { blockWords, collapse } from '../extract/inlineText';
import { childBlocks, contains } from './blocks';
import { articleSpan, pageRegions, REGION_LABELS, type PageRegion, type RegionCategory } from './regions';
import { articleTitle, headingName, shorten, type TitleGuess } from './title';
import { METADATA_FIELDS } from '../extract/metadataFields';
import { SharedTexts } from '../extract/sharedTexts';

export type OutlineKind = 'article' | 'heading' | 'metadata' | 'region';

/** One node of the outline. Ranges are UTF-16 offsets into the dump; `selectionRange` lies within `range`. */
export interface OutlineNode {
	/** Clean text: no Markdown, attributes or escapes. */
	readonly name: string;
	/** A short qualifier shown after the name: `H2`, a metadata rule, a region's signal. */
	readonly detail: string;
	readonly kind: OutlineKind;
	/** The whole node: a heading's section, a region's blocks, a metadata value's source. */
	readonly range: SourceRange;
	/** What to select when the node is chosen: a heading's text, the title. */
	readonly selectionRange: SourceRange;
	readonly children: readonly OutlineNode[];
	/** Heading level 1-6 (headings only). */
	readonly level?: number;
	/** The metadata field (`title`, `author`...; metadata only). */
	readonly field?: keyof ArticleMetadata;
	/** The region's category and the region itself (regions only). */
	readonly category?: RegionCategory;
	readonly region?: PageRegion;
}

/** Metadata fields in the order a reader looks for them, with their labels. */
// The outline's metadata nodes, in the one table's order.
const OUTLINE_FIELDS: readonly (readonly [keyof ArticleMetadata, string])[] = METADATA_FIELDS.filter((f) => f.outline).map((f) => [f.key, f.label]);

/*
 * Why headings are made as a class, once: every heading of the outline was a FoundHeading (48 bytes and its list's
 * slot) while the outline was built, then an object literal (80 bytes) with a `range` object (40), a `selectionRange`
 * object made by the block's `contentRange` getter (40), an empty `children` array (32) and its `H2` detail string
 * (24): about 270 bytes a heading, 16 MB on the 60,000 headings of 'headings named like the preview', at the same
 * time as the model, the article and its removed regions. Here a heading found is its node at once (56 bytes: its
 * name, block, section end and children; a childless node shares one empty list), in one list that nesting turns into
 * the roots in place, and a name the page repeats is one string (extract/sharedTexts.ts): session 24 kept three
 * columns beside the nodes (block, name, container end: 1.4 MB) and a string per name (58,803 names, 1.35 MB, of three
 * distinct texts). `range`, `selectionRange`, `detail`, `kind` and `level` are getters that read the block, as the
 * model's ranges are made when read. Readers are unchanged but a spread (it copies own fields only, so it drops the
 * getters) or `postMessage`: `plainOutlineNode` makes the literal for them.
 */
/**
 * Headings in document order, those `keep` accepts, each as its node whose end is, until nesting sets the section's,
 * the end of the innermost container holding it (its section cannot run past it). `byContainer` bounds each section
 * by the div holding it (not for the flat article).
 */
function collectHeadings(blocks: readonly Block[], containerEnd: number, byContainer: boolean, keep: (block: Heading, name: string) => boolean, names: SharedTexts = new SharedTexts(), out: HeadingNode[] = [], depth = 0): HeadingNode[] {
	if (depth > 600) return out;
	for (const b of blocks) {
		if (b.kind === 'heading') {
			const name = headingName(b);
			if (name && keep(b, name)) out.push(new HeadingNode(names.share(name), b, containerEnd));
			continue;
		}
		const end = byContainer && (b.kind === 'div' || b.kind === 'htmlDiv') ? (b.closeRange?.start ?? b.range.end) : containerEnd;
		collectHeadings(childBlocks(b), end, byContainer, keep, names, out, depth + 1);
	}
	return out;
}

const KEEP_ALL = (): boolean => true;

/** Keeps every heading but the title's (its block, or its text): the title names the article or is listed as metadata. */
function notTitle(title: TitleGuess | undefined): (block: Heading, name: string) => boolean {
	if (!title) return KEEP_ALL;
	const titleName = collapse(title.value).toLowerCase();
	return (block, name) => block !== title.heading && name.toLowerCase() !== titleName;
}

/** The offset just past the last non-space character before `offset` (but not before `floor`). */
function trimBack(text: string, offset: number, floor: number): number {
	let i = offset;
	while (i > floor && /\s/.test(text[i - 1])) i--;
	return i;
}

const NO_CHILDREN: readonly OutlineNode[] = Object.freeze([]);
const HEADING_DETAILS: readonly string[] = ['H0', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6'];

/** A heading's node (see above): its section ends at `end`; the rest is read from its block. */
class HeadingNode implements OutlineNode {
	readonly name: string;
	children: readonly OutlineNode[] = NO_CHILDREN;
	readonly #block: Heading;
	/** The section's end once nested; before, the end of the container holding the heading. */
	#end: number;

	constructor(name: string, block: Heading, end: number) {
		this.name = name;
		this.#block = block;
		this.#end = end;
	}

	get kind(): OutlineKind {
		return 'heading';
	}

	get level(): number {
		return this.#block.level;
	}

	get detail(): string {
		return HEADING_DETAILS[this.#block.level] ?? `H${this.#block.level}`;
	}

	/** The heading's block (for nesting). */
	get block(): Heading {
		return this.#block;
	}

	get start(): number {
		return this.#block.range.start;
	}

	get end(): number {
		return this.#end;
	}

	get range(): SourceRange {
		return { start: this.#block.range.start, end: this.#end };
	}

	/** The heading's text, or its whole line when the text is empty. */
	get selectionRange(): SourceRange {
		const content = this.#block.contentRange;
		return content.end > content.start ? content : this.#block.range;
	}

	/** Sets the section's end (nesting, once the headings after it are known). */
	endAt(end: number): void {
		this.#end = end;
	}

	addChild(node: OutlineNode): void {
		if (this.children === NO_CHILDREN) this.children = [node];
		else (this.children as OutlineNode[]).push(node);
	}
}

/**
 * An outline node as an object literal of its own fields, in the order the outline's literals have them: for a spread
 * or `postMessage`, which drop a heading node's getters. Its children are kept as they are.
 */
export function plainOutlineNode(node: OutlineNode): OutlineNode {
	if (!(node instanceof HeadingNode)) return node;
	return { name: node.name, detail: node.detail, kind: node.kind, range: node.range, selectionRange: node.selectionRange, children: node.children, level: node.level };
}

/**
 * Nests headings by level. A heading's section runs to the next heading of the same or a higher level, or to the
 * end of its container or scope; a heading is a child of the nearest earlier one with a lower level whose section
 * holds it. `found` (see collectHeadings) becomes the roots: a root is written back in the list at or before its own
 * place, which was read already, so no second list of them is made.
 */
function nestHeadings(text: string, found: HeadingNode[], scopeEnd: number): OutlineNode[] {
	const roots: OutlineNode[] = found;
	let rootCount = 0;
	const stack: HeadingNode[] = [];
	for (let i = 0; i < found.length; i++) {
		const node = found[i];
		const block = node.block;
		const level = block.level;
		const blockRange = block.range;
		let next = Math.min(scopeEnd, node.end);
		for (let j = i + 1; j < found.length; j++) {
			const later = found[j].block;
			if (later.level <= level) {
				next = Math.min(next, later.range.start);
				break;
			}
		}
		const end = Math.max(blockRange.end, trimBack(text, next, blockRange.end));
		node.endAt(end);
		const start = blockRange.start;
		while (stack.length > 0) {
			const top = stack[stack.length - 1];
			if (top.level < level && top.start <= start && end <= top.end) break;
			stack.pop();
		}
		if (stack.length > 0) stack[stack.length - 1].addChild(node);
		else roots[rootCount++] = node;
		stack.push(node);
	}
	roots.length = rootCount;
	return roots;
}

function fieldText(field: MetadataField<unknown>): string {
	const v = field.value;
	if (Array.isArray(v)) return v.join(', ');
	return String(v);
}

function metadataNodes(metadata: ArticleMetadata, title: TitleGuess | undefined, guessTitle: boolean): OutlineNode[] {
	const nodes: OutlineNode[] = [];
	const seen = new Set<string>();
	for (const [key, label] of OUTLINE_FIELDS) {
		let field = metadata[key] as MetadataField<unknown> | undefined;
		// Without a metadata title, the outline's own guess stands in, so the title is always one click away.
		if (key === 'title' && !field && guessTitle && title?.source) field = { value: title.value, source: title.source, rule: title.rule, confidence: 0.5 };
		if (!field?.source) continue;
		const value = collapse(fieldText(field));
		if (!value) continue;
		// `authors` repeats `author` when there is one author.
		const dedupe = `${field.source.start}:${field.source.end}:${value}`;
		if (seen.has(dedupe)) continue;
		seen.add(dedupe);
		nodes.push({
			name: shorten(`${label}: ${value}`),
			detail: field.rule,
			kind: 'metadata',
			range: field.source,
			selectionRange: field.source,
			children: [],
			field: key,
		});
	}
	return nodes;
}

function articleNode(doc: DumpDocument, article: Article, title: TitleGuess | undefined, extent: SourceRange): OutlineNode {
	let lastEnd = article.blocks.length > 0 ? -Infinity : extent.end;
	for (const b of article.blocks) lastEnd = Math.max(lastEnd, b.range.end);
	const children = nestHeadings(doc.text, collectHeadings(article.blocks, lastEnd, false, notTitle(title)), lastEnd);
	const first = article.blocks.length > 0 ? article.blocks.reduce((a, b) => (b.range.start < a.range.start ? b : a)) : undefined;
	const titleInside = title?.source && contains(extent, title.source) ? title.source : undefined;
	const selectionRange = titleInside ?? (first ? { start: first.range.start, end: Math.min(first.range.end, lineEnd(doc.text, first.range.start)) } : { start: extent.start, end: lineEnd(doc.text, extent.start) });
	const words = article.metadata.wordCount?.value ?? blockWords(article.blocks);
	return {
		name: title?.value || 'Article',
		// The page kind names the node's detail (`forum, 812 words`); an article stays `article, ... words`.
		detail: `${article.metadata.pageType?.value ?? 'article'}, ${words.toLocaleString('en-US')} words`,
		kind: 'article',
		range: extent,
		selectionRange: contains(extent, selectionRange) ? selectionRange : { start: extent.start, end: extent.start },
		children,
	};
}

function lineEnd(text: string, offset: number): number {
	const nl = text.slice(offset, offset + 10_000).search(/[\r\n]/);
	return nl < 0 ? Math.min(text.length, offset + 10_000) : offset + nl;
}

function regionNode(doc: DumpDocument, region: PageRegion, title: TitleGuess | undefined): OutlineNode {
	// The title is listed under metadata; pages often repeat it in a header, which would list it twice.
	const kept = collectHeadings(region.blocks, region.range.end, true, notTitle(title));
	const first = region.blocks[0];
	const firstLine = first && (first.kind === 'div' || first.kind === 'htmlDiv') ? first.openRange : { start: region.range.start, end: Math.min(region.range.end, lineEnd(doc.text, region.range.start)) };
	return {
		name: REGION_LABELS[region.category],
		detail: region.signal ? shorten(region.signal) : region.position === 'inside' ? 'removed from the article' : `${region.position} the article`,
		kind: 'region',
		range: region.range,
		selectionRange: contains(region.range, firstLine) ? firstLine : { start: region.range.start, end: region.range.start },
		children: nestHeadings(doc.text, kept, region.range.end),
		category: region.category,
		region,
	};
}

/**
 * Builds the outline of a dump: first the article (named by its title, its headings nested by level), then each
 * metadata value that has a source, then the page's other regions (header and navigation, sidebar, comments,
 * footer, other boilerplate), each holding the headings found inside it. Menu headings belong to their region,
 * never to the article.
 *
 * When the article is empty (not a dump, or no article text), the outline is every heading of the dump, nested by
 * level, after any metadata. Never throws on a well-formed DumpDocument.
 */
export function buildOutline(doc: DumpDocument, article: Article): OutlineNode[] {
	const title = articleTitle(doc, article);
	const extent = articleSpan(doc, article, title ?? null);
	// A guessed title names the article; with no article there is nothing to name.
	const metadata = metadataNodes(article.metadata, title, extent !== undefined);
	if (!extent) {
		return [...metadata, ...nestHeadings(doc.text, collectHeadings(doc.blocks, doc.text.length, true, KEEP_ALL), doc.text.length)];
	}
	const regions = pageRegions(doc, article, extent).map((r) => regionNode(doc, r, title));
	return [articleNode(doc, article, title, extent), ...metadata, ...regions];
}

/** Depth-first, parents before children: for searching and flattening. */
export function* walkOutline(nodes: readonly OutlineNode[]): Generator<OutlineNode> {
	for (const n of nodes) {
		yield n;
		yield* walkOutline(n.children);
	}
}
