// The outline of a dump: the article (named by its title, headings nested by level), its metadata, and the page's
// other regions with the headings found inside them. Shared by document symbols, the outline view and the CLI.
import type { Block, DumpDocument, Heading, SourceRange } from '../model/dumpDocument';
import type { Article, ArticleMetadata, MetadataField } from '../extract/article';
import { blockWords, collapse } from '../extract/inlineText';
import { childBlocks, contains } from './blocks';
import { articleSpan, pageRegions, REGION_LABELS, type PageRegion, type RegionCategory } from './regions';
import { articleTitle, headingName, shorten, type TitleGuess } from './title';
import { METADATA_FIELDS } from '../extract/metadataFields';

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

interface FoundHeading {
	readonly block: Heading;
	readonly name: string;
	/** End of the innermost container holding the heading: its section cannot run past it. */
	readonly containerEnd: number;
}

/** Headings in document order. `byContainer` bounds each section by the div holding it (not for the flat article). */
function collectHeadings(blocks: readonly Block[], containerEnd: number, byContainer: boolean, out: FoundHeading[], depth = 0): void {
	if (depth > 600) return;
	for (const b of blocks) {
		if (b.kind === 'heading') {
			const name = headingName(b);
			if (name) out.push({ block: b, name, containerEnd });
			continue;
		}
		const end = byContainer && (b.kind === 'div' || b.kind === 'htmlDiv') ? (b.closeRange?.start ?? b.range.end) : containerEnd;
		collectHeadings(childBlocks(b), end, byContainer, out, depth + 1);
	}
}

/** The offset just past the last non-space character before `offset` (but not before `floor`). */
function trimBack(text: string, offset: number, floor: number): number {
	let i = offset;
	while (i > floor && /\s/.test(text[i - 1])) i--;
	return i;
}

/**
 * Nests headings by level. A heading's section runs to the next heading of the same or a higher level, or to the
 * end of its container or scope; a heading is a child of the nearest earlier one with a lower level whose section
 * holds it.
 */
function nestHeadings(text: string, found: readonly FoundHeading[], scopeEnd: number): OutlineNode[] {
	interface Open {
		readonly node: { -readonly [K in keyof OutlineNode]: OutlineNode[K] } & { children: OutlineNode[] };
		readonly level: number;
	}
	const roots: OutlineNode[] = [];
	const stack: Open[] = [];
	for (let i = 0; i < found.length; i++) {
		const h = found[i];
		const level = h.block.level;
		let next = Math.min(scopeEnd, h.containerEnd);
		for (let j = i + 1; j < found.length; j++) {
			if (found[j].block.level <= level) {
				next = Math.min(next, found[j].block.range.start);
				break;
			}
		}
		const end = Math.max(h.block.range.end, trimBack(text, next, h.block.range.end));
		const range = { start: h.block.range.start, end };
		const node: Open['node'] = {
			name: h.name,
			detail: `H${level}`,
			kind: 'heading',
			range,
			selectionRange: h.block.contentRange.end > h.block.contentRange.start ? h.block.contentRange : { start: range.start, end: h.block.range.end },
			children: [],
			level,
		};
		while (stack.length > 0 && (stack[stack.length - 1].level >= level || !contains(stack[stack.length - 1].node.range, range))) stack.pop();
		if (stack.length > 0) stack[stack.length - 1].node.children.push(node);
		else roots.push(node);
		stack.push({ node, level });
	}
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
	const found: FoundHeading[] = [];
	let lastEnd = article.blocks.length > 0 ? -Infinity : extent.end;
	for (const b of article.blocks) lastEnd = Math.max(lastEnd, b.range.end);
	collectHeadings(article.blocks, lastEnd, false, found);
	const titleName = title ? collapse(title.value).toLowerCase() : undefined;
	const kept = found.filter((h) => h.block !== title?.heading && h.name.toLowerCase() !== titleName);
	const children = nestHeadings(doc.text, kept, lastEnd);
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
	const found: FoundHeading[] = [];
	collectHeadings(region.blocks, region.range.end, true, found);
	// The title is listed under metadata; pages often repeat it in a header, which would list it twice.
	const titleName = title ? collapse(title.value).toLowerCase() : undefined;
	const kept = found.filter((h) => h.block !== title?.heading && h.name.toLowerCase() !== titleName);
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
		const found: FoundHeading[] = [];
		collectHeadings(doc.blocks, doc.text.length, true, found);
		return [...metadata, ...nestHeadings(doc.text, found, doc.text.length)];
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
