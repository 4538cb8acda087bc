// Folding ranges of a dump: fenced divs, raw HTML, lists, heading sections and more, plus the page's boilerplate regions.
import type { Block, DumpDocument } from '../model/dumpDocument';
import type { Article } from '../extract/article';
import { LineIndex } from '../text/lineIndex';
import { pageRegions, type PageRegion } from './regions';

export type FoldKind = 'div' | 'html' | 'list' | 'section' | 'code' | 'table' | 'quote' | 'region';

/** A foldable span of lines (zero-based, inclusive); the start line stays visible when folded. */
export interface DumpFoldingRange {
	readonly startLine: number;
	readonly endLine: number;
	readonly kind: FoldKind;
}

export interface DumpFolding {
	/** Properly nested, sorted by start line, at most one range per start line: what an editor accepts as is. */
	readonly ranges: readonly DumpFoldingRange[];
	/** Start lines of the ranges that cover the boilerplate regions outside the article, outermost only. */
	readonly boilerplateLines: readonly number[];
	readonly regions: readonly PageRegion[];
}

const MAX_DEPTH = 600;

/**
 * The folding ranges of a dump: every fenced div (from its opening to its closing fence), raw `<div>` pair, raw
 * HTML block, list, heading section (to the next heading of the same or a higher level in the same container),
 * code block, table and block quote that spans more than one line; plus a range per boilerplate region where one
 * nests cleanly. Without an article, the structural ranges only.
 */
export function foldingRanges(doc: DumpDocument, article?: Article, lines: LineIndex = new LineIndex(doc.text)): DumpFoldingRange[] {
	return dumpFolding(doc, article, lines).ranges as DumpFoldingRange[];
}

/** The folding ranges and, for "Fold Boilerplate", the ranges to fold so that every region outside the article is folded. */
export function dumpFolding(doc: DumpDocument, article?: Article, lines: LineIndex = new LineIndex(doc.text)): DumpFolding {
	// Where two ranges start on one line the first listed wins: containers (a region's own div is finer than the
	// region), then regions, then heading sections (a top-level section may run on through the footer).
	const blocks: DumpFoldingRange[] = [];
	const regionRanges: DumpFoldingRange[] = [];
	const sections: DumpFoldingRange[] = [];
	const add = (start: number, end: number, kind: FoldKind): void => {
		const startLine = lines.lineAt(start);
		// An end offset at a line start belongs to the line before (ranges are half-open).
		const endLine = lines.lineAt(Math.max(start, end - 1));
		if (endLine > startLine) (kind === 'section' ? sections : kind === 'region' ? regionRanges : blocks).push({ startLine, endLine, kind });
	};
	structural(doc.blocks, add, 0);
	const regions = article ? safeRegions(doc, article) : [];
	for (const r of regions) add(r.range.start, r.range.end, 'region');
	const ranges = sanitize([...blocks, ...regionRanges, ...sections]);
	return { ranges, boilerplateLines: boilerplateLines(ranges, regions, lines), regions };
}

function safeRegions(doc: DumpDocument, article: Article): PageRegion[] {
	try {
		return pageRegions(doc, article);
	} catch {
		return [];
	}
}

function structural(blocks: readonly Block[], add: (start: number, end: number, kind: FoldKind) => void, depth: number): void {
	if (depth > MAX_DEPTH) return;
	headingSections(blocks, add);
	for (const b of blocks) {
		switch (b.kind) {
			case 'div':
				add(b.range.start, b.range.end, 'div');
				structural(b.children, add, depth + 1);
				break;
			case 'htmlDiv':
				add(b.range.start, b.range.end, 'html');
				structural(b.children, add, depth + 1);
				break;
			case 'rawHtml':
				add(b.range.start, b.range.end, 'html');
				break;
			case 'list':
				add(b.range.start, b.range.end, 'list');
				for (const item of b.items) structural(item.children, add, depth + 1);
				break;
			case 'blockquote':
				add(b.range.start, b.range.end, 'quote');
				structural(b.children, add, depth + 1);
				break;
			case 'code':
				add(b.range.start, b.range.end, 'code');
				break;
			case 'table':
				add(b.range.start, b.range.end, 'table');
				break;
			default:
				break;
		}
	}
}

/** Each heading folds down to the block before the next heading of the same or a higher level among its siblings. */
function headingSections(blocks: readonly Block[], add: (start: number, end: number, kind: FoldKind) => void): void {
	for (let i = 0; i < blocks.length; i++) {
		const h = blocks[i];
		if (h.kind !== 'heading') continue;
		let last = i;
		for (let j = i + 1; j < blocks.length; j++) {
			const b = blocks[j];
			if (b.kind === 'heading' && b.level <= h.level) break;
			last = j;
		}
		if (last > i) add(h.range.start, blocks[last].range.end, 'section');
	}
}

/**
 * Makes the ranges acceptable to an editor: sorted by start line, one per start line (the first added wins), and
 * properly nested (a range that crosses an earlier one's end is dropped).
 */
function sanitize(ranges: readonly DumpFoldingRange[]): DumpFoldingRange[] {
	const sorted = ranges.map((r, i) => ({ r, i })).sort((a, b) => a.r.startLine - b.r.startLine || a.i - b.i).map((x) => x.r);
	const out: DumpFoldingRange[] = [];
	const stack: DumpFoldingRange[] = [];
	let lastStart = -1;
	for (const r of sorted) {
		if (r.startLine === lastStart) continue;
		while (stack.length > 0 && r.startLine > stack[stack.length - 1].endLine) stack.pop();
		const top = stack[stack.length - 1];
		if (top && r.endLine > top.endLine) continue;
		out.push(r);
		stack.push(r);
		lastStart = r.startLine;
	}
	return out;
}

/** For each region outside the article, the outermost ranges that lie within it: folding them hides the region. */
function boilerplateLines(ranges: readonly DumpFoldingRange[], regions: readonly PageRegion[], lines: LineIndex): number[] {
	const result = new Set<number>();
	for (const region of regions) {
		if (region.position === 'inside') continue;
		const first = lines.lineAt(region.range.start);
		const last = lines.lineAt(Math.max(region.range.start, region.range.end - 1));
		let coveredTo = -1;
		// The ranges are sorted by start line (`sanitize`): only those starting within the region are read, as a scan
		// of all of them per region was O(regions x ranges) (20,000 chrome divs: 0.76 s, and four times that per doubling).
		for (let k = firstStartingAt(ranges, first); k < ranges.length && ranges[k].startLine <= last; k++) {
			const r = ranges[k];
			if (r.endLine > last || r.startLine <= coveredTo) continue;
			result.add(r.startLine);
			coveredTo = r.endLine;
		}
	}
	return [...result].sort((a, b) => a - b);
}

/** The index of the first range starting at or after `line` in ranges sorted by start line (binary search). */
function firstStartingAt(ranges: readonly DumpFoldingRange[], line: number): number {
	let lo = 0;
	let hi = ranges.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (ranges[mid].startLine < line) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
