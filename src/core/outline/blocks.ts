// Small helpers over the dump's block tree and source ranges, shared by the outline modules.
import { childBlocks } from '../model/blockTree';
import type { SourceRange } from '../model/dumpDocument';
import type { Article } from '../extract/article';

export { childBlocks };

export function contains(outer: SourceRange, inner: SourceRange): boolean {
	return outer.start <= inner.start && inner.end <= outer.end;
}

export function overlaps(a: SourceRange, b: SourceRange): boolean {
	return a.start < b.end && b.start < a.end;
}

/** The extent of the article body in the dump: its container, or the span of its blocks. Undefined when it has none. */
export function articleExtent(article: Article): SourceRange | undefined {
	if (article.empty) return undefined;
	if (article.region) return article.region;
	if (article.blocks.length === 0) return undefined;
	let start = Infinity;
	let end = -Infinity;
	for (const b of article.blocks) {
		start = Math.min(start, b.range.start);
		end = Math.max(end, b.range.end);
	}
	return { start, end };
}
