// The page's regions outside the article (header and navigation, sidebar, comments, footer, other boilerplate),
// classified by the site's class/id vocabulary, their headings and the extractor's removal reasons.
import type { Attributes, Block, DumpDocument, SourceRange } from '../model/dumpDocument';
import type { Article, RemovedRegion } from '../extract/article';
import { attrValue, blockText, collapse, hasBlockText, inlineText } from '../extract/inlineText';
import { articleExtent, childBlocks, contains } from './blocks';
import { articleTitle, type TitleGuess } from './title';
import { pushAll } from '../model/pushAll';

export type RegionCategory = 'header' | 'sidebar' | 'comments' | 'footer' | 'other';

/** What each category is called in the outline, hovers and the preview. */
export const REGION_LABELS: Readonly<Record<RegionCategory, string>> = {
	header: 'Header and navigation',
	sidebar: 'Sidebar',
	comments: 'Comments',
	footer: 'Footer',
	other: 'Other boilerplate',
};

/** A region of the page that is not the article. */
export interface PageRegion {
	readonly category: RegionCategory;
	/** From the first block's start to the last block's end. */
	readonly range: SourceRange;
	/** The blocks the region is made of, in document order (siblings of the article's containers). */
	readonly blocks: readonly Block[];
	/** Before or after the article, or inside its container (a widget the extractor cleaned out). */
	readonly position: 'before' | 'after' | 'inside';
	/** Why it got its category, as a sentence fragment: `class "site-footer" names a footer`. */
	readonly reason: string;
	/** The class, id, role or heading text that decided the category, when one did. */
	readonly signal?: string;
	/** The extractor's own records for the region's blocks: why each was left out of the article. */
	readonly removed: readonly RemovedRegion[];
}

/**
 * Vocabularies, tested on each id/class/role word, most specific first: a `comment-footer` is part of the comments,
 * a `footer-nav` part of the footer. Tied to general page furniture, not to one site.
 */
const VOCABULARY: readonly (readonly [RegionCategory, RegExp, string])[] = [
	['comments', /comment|disqus|(^|[-_])repl(y|ies)([-_]|$)|responses|respond|discussion|talkback/i, 'comments'],
	['footer', /footer|contentinfo|colophon|copyright|site-info|(^|[-_])bottom([-_]|$)/i, 'a footer'],
	['sidebar', /sidebar|side-bar|sidecol|(^|[-_])aside([-_]|$)|(^|[-_])(right|left)?-?rail([-_]|$)|complementary|widget-area|column-right|right-column|col-right|rightcol/i, 'a sidebar'],
	['header', /header|masthead|navbar|navigation|menu|breadcrumb|topbar|top-bar|skip-?link|^banner$|(^|[-_])nav([-_\d]|$)/i, 'a header or navigation'],
	// camelCase `mainNav`, `globalNavigation`: case matters here, or `unavailable` would be navigation.
	['header', /[a-z](Nav|NAV)([A-Z\d_-]|$)/, 'a header or navigation'],
	['other', /related|recommend|popular|trending|most-?read|share|sharing|social|newsletter|subscribe|sign-?up|log-?in|sign-?in|cookie|consent|gdpr|promo|sponsor|advert|(^|[-_])ads?([-_]|$)|outbrain|taboola|modal|popup|overlay|paywall/i, 'page furniture'],
];
/** The header vocabulary also matches the article's own header (`article-header`, `entry-header`): that is not chrome. */
const OWN_HEADER_RE = /article|post|entry|story|content|title|subject|headline/i;
/** Heading texts that name a region when its markup does not. */
const HEADING_VOCABULARY: readonly (readonly [RegionCategory, RegExp])[] = [
	['comments', /^(\d+\s+)?(comments?|responses?|replies|discussion|leave a (reply|comment)|join the (conversation|discussion))\b/i],
	['other', /^(related|recommended|popular|trending|most (read|popular|viewed|active)|more (from|stories|in|on)|read (more|next)|you (may|might) also|share( this)?|follow us|newsletter|subscribe)\b/i],
];
/** Containers below a region's top block looked at for a name: a bare `<div>` wrapper often holds `.site-nav`. */
const MAX_DESCENDANTS = 30;
/** Extractor steps inside the article container that remove page furniture (titles and bylines are metadata). */
const INNER_STEPS: ReadonlySet<string> = new Set(['unlikely', 'share', 'conditional', 'hidden', 'header-class']);

interface Naming {
	readonly category: RegionCategory;
	readonly reason: string;
	readonly signal?: string;
}

interface Chunk {
	readonly block: Block;
	readonly side: 'before' | 'after';
}

interface NamedChunk extends Chunk {
	readonly naming?: Naming;
}

function isContainer(b: Block): b is Extract<Block, { kind: 'div' | 'htmlDiv' }> {
	return b.kind === 'div' || b.kind === 'htmlDiv';
}

/** Names a block by one of its attribute words, or undefined. */
function nameByAttributes(attrs: Attributes | undefined): Naming | undefined {
	if (!attrs) return undefined;
	const words: (readonly [string, string])[] = [];
	if (attrs.id) words.push(['id', attrs.id]);
	for (const c of attrs.classes) words.push(['class', c]);
	for (const key of ['role', 'itemprop', 'aria-label', 'data-component']) {
		const v = attrValue(attrs, key);
		if (v) words.push([key, v]);
	}
	for (const [category, re, what] of VOCABULARY) {
		for (const [key, word] of words) {
			if (!re.test(word)) continue;
			if (category === 'header' && OWN_HEADER_RE.test(word)) continue;
			return { category, reason: `${key} "${word}" names ${what}`, signal: word };
		}
	}
	return undefined;
}

/** The first heading inside a block (depth-first), for naming a region by its heading. */
function firstHeadingText(b: Block, budget = { n: 200 }): string | undefined {
	if (--budget.n < 0) return undefined;
	if (b.kind === 'heading') return collapse(inlineText(b.content));
	for (const c of childBlocks(b)) {
		const t = firstHeadingText(c, budget);
		if (t !== undefined) return t;
	}
	return undefined;
}

/** Names a chunk: its own attributes, then its heading, then the attributes of containers inside it. */
function nameChunk(b: Block): Naming | undefined {
	if (b.kind === 'encodedHtml') return { category: 'other', reason: 'it is the URL-encoded original HTML the site left in the page' };
	const own = isContainer(b) ? nameByAttributes(b.attrs) : b.kind === 'heading' ? nameByAttributes(b.attrs) : undefined;
	if (own) return own;
	const heading = firstHeadingText(b);
	if (heading) {
		for (const [category, re] of HEADING_VOCABULARY) {
			if (re.test(heading)) return { category, reason: `its heading "${heading}" names ${category === 'comments' ? 'comments' : 'page furniture'}`, signal: heading };
		}
	}
	// Breadth-first through nested containers: the first one that names itself names the wrapper.
	const queue: Block[] = [...childBlocks(b)];
	for (let seen = 0; queue.length > 0 && seen < MAX_DESCENDANTS; seen++) {
		const c = queue.shift()!;
		if (!isContainer(c)) continue;
		const inner = nameByAttributes(c.attrs);
		if (inner) return { ...inner, reason: `it holds a container whose ${inner.reason}` };
		pushAll(queue, c.children);
	}
	return undefined;
}

/** Blocks with nothing to show (spacers, rules, empty containers) start no region of their own. */
function isTrivial(b: Block): boolean {
	if (b.kind === 'spacer' || b.kind === 'hr' || b.kind === 'linkDefinition') return true;
	if (b.kind === 'encodedHtml' || b.kind === 'rawHtml' || b.kind === 'code') return false;
	return !hasBlockText(b, { images: true }) && !hasImageOrHeading(b);
}

function hasImageOrHeading(b: Block): boolean {
	if (b.kind === 'heading') return true;
	if (b.kind === 'paragraph') return b.content.some((n) => n.kind === 'image' || n.kind === 'link');
	return childBlocks(b).some(hasImageOrHeading);
}

/**
 * Collects the blocks outside the article: walking down from the top, blocks that do not overlap the article are
 * chunks; blocks that hold it are opened, so siblings of the article's containers become chunks too.
 */
function outsideChunks(blocks: readonly Block[], extent: SourceRange, out: Chunk[]): void {
	for (const b of blocks) {
		if (b.range.end <= extent.start || b.range.start >= extent.end) {
			if (!isTrivial(b)) out.push({ block: b, side: b.range.end <= extent.start ? 'before' : 'after' });
		} else if (contains(b.range, extent) && !(b.range.start === extent.start && b.range.end === extent.end)) {
			outsideChunks(childBlocks(b), extent, out);
		}
		// Otherwise the block is the article's container or inside it.
	}
}

/**
 * Groups chunks into regions: neighbours with the same category merge; a chunk nothing names joins the region
 * before it on the same side of the article (else the one after it), as page furniture comes in runs.
 */
function groupChunks(chunks: readonly NamedChunk[], removed: readonly RemovedRegion[]): PageRegion[] {
	interface Group {
		readonly category: RegionCategory;
		readonly side: 'before' | 'after';
		readonly blocks: Block[];
		readonly reason: string;
		readonly signal?: string;
	}
	const groups: Group[] = [];
	// Unnamed chunks with no region before them on their side: they wait for the next named one.
	let pending: NamedChunk[] = [];
	const flushPending = (): void => {
		if (pending.length === 0) return;
		const side = pending[0].side;
		groups.push({ category: 'other', side, blocks: pending.map((c) => c.block), reason: `it lies ${side} the article and no class, id or heading names it` });
		pending = [];
	};
	for (const chunk of chunks) {
		const last = groups[groups.length - 1];
		if (pending.length > 0 && pending[0].side !== chunk.side) flushPending();
		if (!chunk.naming) {
			if (pending.length === 0 && last && last.side === chunk.side) last.blocks.push(chunk.block);
			else pending.push(chunk);
			continue;
		}
		const held = pending.map((c) => c.block);
		pending = [];
		if (held.length === 0 && last && last.side === chunk.side && last.category === chunk.naming.category) {
			last.blocks.push(chunk.block);
			continue;
		}
		groups.push({ category: chunk.naming.category, side: chunk.side, blocks: [...held, chunk.block], reason: chunk.naming.reason, signal: chunk.naming.signal });
	}
	flushPending();

	const ranges = groups.map((g): SourceRange => ({ start: g.blocks[0].range.start, end: g.blocks[g.blocks.length - 1].range.end }));
	const removedEach = overlappingEach(removed, ranges);
	return groups.map((g, k): PageRegion => {
		const range = ranges[k];
		return {
			category: g.category,
			range,
			blocks: g.blocks,
			position: g.side,
			reason: g.reason,
			...(g.signal !== undefined ? { signal: g.signal } : {}),
			removed: removedEach[k],
		};
	});
}

/**
 * The removed regions overlapping each of `ranges`, each list in the removed list's order. A sweep, as a scan of every
 * removed region per range was O(ranges x regions): 10,000 alternating named chrome divs beside a short article took
 * 6.0 s in `pagedump outline`, 20,000 took 15.3 s.
 * Workflow:
 * 1. Read the list once by iteration (it may be a columns view) into offsets, and sort the positions by start.
 * 2. Take the ranges by start (the groups are disjoint, in document order, so this keeps their order).
 * 3. For each range, move the regions starting before its end into an active list, and drop from that list the ones
 *    ending at or before its start: no later range (starting no earlier) overlaps them.
 * 4. The active regions that overlap the range are its list, put back in the removed list's order.
 * Linear but for the sorts and the output (a region overlapping several ranges is listed in each, as before).
 */
function overlappingEach(removed: readonly RemovedRegion[], ranges: readonly SourceRange[]): RemovedRegion[][] {
	const out: RemovedRegion[][] = ranges.map(() => []);
	if (ranges.length === 0) return out;
	// 1. Offsets by position.
	const starts: number[] = [];
	const ends: number[] = [];
	for (const r of removed) {
		const range = r.range;
		starts.push(range.start);
		ends.push(range.end);
	}
	const n = starts.length;
	if (n === 0) return out;
	const byStart = Array.from({ length: n }, (_, i) => i).sort((a, b) => starts[a] - starts[b] || a - b);
	// 2. Ranges by start (a stable sort: ties keep their order).
	const rangeOrder = Array.from({ length: ranges.length }, (_, k) => k).sort((a, b) => ranges[a].start - ranges[b].start || a - b);
	let next = 0;
	let active: number[] = [];
	for (const k of rangeOrder) {
		const range = ranges[k];
		// 3. Enter the regions starting before the range's end; drop the expired ones.
		while (next < n && starts[byStart[next]] < range.end) active.push(byStart[next++]);
		active = active.filter((i) => ends[i] > range.start);
		// 4. The overlapping ones, in the list's order.
		const hits = active.filter((i) => starts[i] < range.end && range.start < ends[i]);
		if (hits.length === 0) continue;
		if (hits.length > 1) hits.sort((a, b) => a - b);
		const list = out[k];
		for (const i of hits) list.push(removed[i]);
	}
	return out;
}

/** Nesting levels looked through for a removed region's block, as the recursive search this replaced did. */
const MAX_BLOCK_DEPTH = 600;

/**
 * The blocks of the dump with exactly these ranges (the extractor records removals by block range), keyed
 * `start:end`: for each, the first in document order, outer before inner, as a search from the top finds it. One walk
 * of the tree for all the ranges: a search from the top per range was O(ranges x blocks before them) (10,000 share
 * widgets inside an article after 10,000 chrome divs). Iterative, as the tree can be 100,000 levels deep.
 */
function blocksAt(blocks: readonly Block[], ranges: readonly SourceRange[]): Map<string, Block> {
	const wanted = new Set(ranges.map((r) => `${r.start}:${r.end}`));
	const found = new Map<string, Block>();
	if (wanted.size === 0) return found;
	// Preorder, children in order: a stack of (list, next index, level).
	const stack: { readonly list: readonly Block[]; i: number; readonly level: number }[] = [{ list: blocks, i: 0, level: 0 }];
	while (stack.length > 0 && found.size < wanted.size) {
		const top = stack[stack.length - 1];
		if (top.i >= top.list.length) {
			stack.pop();
			continue;
		}
		const b = top.list[top.i++];
		const range = b.range;
		const key = `${range.start}:${range.end}`;
		if (wanted.has(key) && !found.has(key)) found.set(key, b);
		if (top.level < MAX_BLOCK_DEPTH) {
			const children = childBlocks(b);
			if (children.length > 0) stack.push({ list: children, i: 0, level: top.level + 1 });
		}
	}
	return found;
}

/** Widgets the extractor removed from inside the article container (share bars, related posts...). */
function innerRegions(doc: DumpDocument, article: Article, extent: SourceRange): PageRegion[] {
	const inner: RemovedRegion[] = [];
	for (const r of article.removed) if (INNER_STEPS.has(r.step) && contains(extent, r.range) && !(r.range.start === extent.start && r.range.end === extent.end)) inner.push(r);
	const candidates = inner.sort((a, b) => a.range.start - b.range.start || b.range.end - a.range.end);
	// Keep the outermost removal only: its inner ones are part of it.
	const outermost: RemovedRegion[] = [];
	let lastEnd = -1;
	for (const r of candidates) {
		if (r.range.start < lastEnd) continue;
		lastEnd = r.range.end;
		outermost.push(r);
	}
	const blocks = blocksAt(doc.blocks, outermost.map((r) => r.range));
	const regions: PageRegion[] = [];
	for (const r of outermost) {
		const block = blocks.get(`${r.range.start}:${r.range.end}`);
		const naming = block ? nameChunk(block) : undefined;
		regions.push({
			category: naming?.category ?? 'other',
			range: r.range,
			blocks: block ? [block] : [],
			position: 'inside',
			reason: naming?.reason ?? `the extractor removed it from the article (${r.step}: ${r.signal})`,
			...(naming?.signal !== undefined ? { signal: naming.signal } : {}),
			removed: [r],
		});
	}
	return regions;
}

/** Text before the article body that can still be its head (title, byline, date, dek): a few lines at most. */
const MAX_ARTICLE_HEAD_CHARS = 600;
/** Categories that end an article head: a menu between the title and the body means the title is part of the chrome. */
const CHROME: ReadonlySet<RegionCategory> = new Set(['header', 'sidebar', 'comments', 'footer']);

/**
 * The article as a reader sees it: the body's container (or blocks) extended up to the title heading when the title
 * sits just above the body with only a short head between them (byline, date), as on most news and blog pages.
 * Undefined when the article is empty.
 */
export function articleSpan(doc: DumpDocument, article: Article, knownTitle?: TitleGuess | null): SourceRange | undefined {
	const extent = articleExtent(article);
	if (!extent) return undefined;
	// The caller may know the title already (`null`: known to be none): finding it again walks every heading.
	const title = knownTitle === undefined ? articleTitle(doc, article) : (knownTitle ?? undefined);
	const source = title?.heading?.range ?? title?.source;
	if (!source || source.start >= extent.start) return extent;
	const chunks: Chunk[] = [];
	outsideChunks(doc.blocks, extent, chunks);
	const before = chunks.filter((c) => c.side === 'before');
	const i = before.findIndex((c) => contains(c.block.range, source));
	if (i < 0) return extent;
	const head = before.slice(i);
	let chars = 0;
	for (const c of head) {
		chars += collapse(blockText(c.block)).length;
		if (chars > MAX_ARTICLE_HEAD_CHARS) return extent;
		const naming = nameChunk(c.block);
		if (naming && CHROME.has(naming.category)) return extent;
	}
	return { start: head[0].block.range.start, end: extent.end };
}

/**
 * The page's regions outside the article, in document order: runs of blocks before and after the article (see
 * `articleSpan`), classified by class/id vocabulary, heading text and position, plus the widgets the extractor removed
 * from inside the article container. Empty when the article is empty (then nothing tells chrome from content).
 * Never throws on a well-formed DumpDocument.
 */
export function pageRegions(doc: DumpDocument, article: Article, knownSpan?: SourceRange | null): PageRegion[] {
	// The caller may know the span already (`null`: known to be none): `buildOutline` computes it first.
	const span = knownSpan === undefined ? articleSpan(doc, article) : (knownSpan ?? undefined);
	if (!span) return [];
	const chunks: Chunk[] = [];
	outsideChunks(doc.blocks, span, chunks);
	const outside = groupChunks(chunks.map((c) => ({ ...c, naming: nameChunk(c.block) })), article.removed);
	const inside = innerRegions(doc, article, span);
	return [...outside, ...inside].sort((a, b) => a.range.start - b.range.start);
}
