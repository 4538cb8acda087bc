// Builds the RuleContext once per run: what is in scope, the links and text runs in it, and every id in the dump.
import { htmlIds } from '../dump/ids';
import { ownInlines, walkBlocks, walkInlines } from '../model/walk';
import type { Article } from '../extract/article';
import type { Attributes, Block, DumpDocument, Inline, SourceRange } from '../model/dumpDocument';
import { LinkRefList } from './linkRefs';
import type { IdOccurrence, ResolvedOptions, RuleContext, Scope } from './rule';
import { idRange } from './rule';

/**
 * The identifier pandoc derives from a heading's text (extension `auto_identifiers`): formatting dropped, lower
 * case, spaces to hyphens, only letters, digits, `_`, `-` and `.` kept, and nothing before the first letter.
 */
export function pandocAutoId(text: string): string {
	const kept = text.toLowerCase().replace(/\s+/g, '-').replace(/[^\p{L}\p{N}_.-]/gu, '');
	const first = kept.search(/\p{L}/u);
	return first < 0 ? 'section' : kept.slice(first);
}

function plainText(inlines: readonly Inline[]): string {
	let out = '';
	walkInlines(inlines, (n) => {
		if (n.kind === 'text' || n.kind === 'code') out += n.kind === 'text' && n.softBreakAfter ? n.value + ' ' : n.value;
		else if (n.kind === 'softbreak' || n.kind === 'break') out += ' ';
	});
	return out;
}

function sortedRanges(blocks: readonly Block[]): SourceRange[] {
	return blocks.map((b) => b.range).sort((a, b) => a.start - b.start);
}

/** Whether `r` lies inside one of `sorted` (sorted by start, possibly nested). */
function within(sorted: readonly SourceRange[], r: SourceRange): boolean {
	// Last range starting at or before r.start; kept blocks do not nest, so it is the only candidate.
	let lo = 0;
	let hi = sorted.length - 1;
	let found = -1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (sorted[mid].start <= r.start) {
			found = mid;
			lo = mid + 1;
		} else hi = mid - 1;
	}
	return found >= 0 && r.end <= sorted[found].end;
}

/** The range of the dump's first line, where findings without a place go when there is no title either. */
function firstLine(text: string): SourceRange {
	const nl = text.search(/\r|\n/);
	return { start: 0, end: nl < 0 ? text.length : nl };
}

function absoluteHttpUrl(value: string | undefined): URL | undefined {
	if (!value) return undefined;
	try {
		const url = new URL(value.trim());
		return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
	} catch {
		return undefined;
	}
}

/** Prepares what every rule reads. Linear in the size of the dump. */
export function buildContext(doc: DumpDocument, article: Article, options: ResolvedOptions): RuleContext {
	const useArticle = options.scope === 'article' && !article.empty && article.blocks.length > 0;
	const effectiveScope: Scope = useArticle ? 'article' : 'page';
	const scopeBlocks = useArticle ? article.blocks : doc.blocks;
	const keptRanges = useArticle ? sortedRanges(article.blocks) : [];
	const inScope = (r: SourceRange): boolean => !useArticle || within(keptRanges, r);

	const links = new LinkRefList();
	const textRuns = new OffsetPairs();
	const rawHtml: { html: string; range: SourceRange }[] = [];
	walkBlocks(scopeBlocks, (b) => {
		if (b.kind === 'rawHtml') rawHtml.push({ html: b.html, range: b.range });
		const inlines = ownInlines(b);
		if (inlines.length === 0) return;
		// The block's significant inlines, filtered only for a block with a link or an image (most have none).
		let significant: readonly Inline[] | undefined;
		collectRuns(doc.text, inlines, textRuns);
		walkInlines(inlines, (n, parentLink) => {
			if (n.kind === 'link' || n.kind === 'image') {
				const top = parentLink ?? n;
				significant ??= inlines.filter((x) => !(x.kind === 'softbreak' || x.kind === 'break' || (x.kind === 'text' && x.value.trim() === '')));
				links.push(n, parentLink, b, significant.length === 1 && significant[0] === top);
			} else if (n.kind === 'rawHtml') rawHtml.push({ html: n.html, range: n.range });
		});
	});

	const ids = new Map<string, IdOccurrence[]>();
	const add = (id: string, range: SourceRange, origin: IdOccurrence['origin']): void => {
		let list = ids.get(id);
		if (!list) ids.set(id, (list = []));
		list.push({ id, range, origin, inScope: inScope(range) });
	};
	const addAttrs = (attrs: Attributes | undefined, origin: IdOccurrence['origin']): void => {
		if (attrs?.id) add(attrs.id, idRange(doc.text, attrs), origin);
	};
	walkBlocks(doc.blocks, (b) => {
		if (b.kind === 'div' || b.kind === 'htmlDiv') addAttrs(b.attrs, b.kind === 'div' ? 'div' : 'html');
		else if (b.kind === 'heading') {
			if (b.attrs?.id) addAttrs(b.attrs, 'heading');
			else add(pandocAutoId(plainText(b.content)), b.contentRange, 'auto');
		} else if (b.kind === 'code') addAttrs(b.attrs, 'code');
		else if (b.kind === 'rawHtml') htmlIds(b.html, b.range.start, (id, r) => add(id, r, 'html'));
		walkInlines(ownInlines(b), (n) => {
			if (n.kind === 'span') addAttrs(n.attrs, 'span');
			else if (n.kind === 'link') addAttrs(n.attrs, 'link');
			else if (n.kind === 'image') addAttrs(n.attrs, 'image');
			else if (n.kind === 'code') addAttrs(n.attrs, 'code');
			else if (n.kind === 'rawHtml') htmlIds(n.html, n.range.start, (id, r) => add(id, r, 'html'));
		});
	});

	const title = article.metadata.title?.source;
	const metadataAnchor = title && title.end <= doc.text.length ? title : firstLine(doc.text);
	const context: RuleContext = {
		doc,
		article,
		options,
		links,
		textRuns: textRuns.done(),
		rawHtml,
		ids,
		pageUrl: absoluteHttpUrl(article.metadata.url?.value),
		metadataAnchor,
		effectiveScope,
		inScope,
	};
	return Object.freeze(context);
}

/**
 * Start and end offsets one after the other, in a typed array: 4 bytes an offset, not 8 in an array of numbers (with
 * up to half of it spare as it grows), and off the JavaScript heap ('encoded script links': 42,000 runs, 0.7 MB).
 */
class OffsetPairs {
	#data = new Int32Array(64);
	#length = 0;

	push(start: number, end: number): void {
		if (this.#length + 2 > this.#data.length) {
			const grown = new Int32Array(this.#data.length * 2);
			grown.set(this.#data);
			this.#data = grown;
		}
		this.#data[this.#length++] = start;
		this.#data[this.#length++] = end;
	}

	/** The offsets, cut to their number. */
	done(): Int32Array {
		return this.#data.slice(0, this.#length);
	}
}

/**
 * Appends the maximal runs of adjacent text and soft-break inlines (emphasis and spans are looked into), as start and
 * end offsets one after the other: two numbers a run instead of a 40-byte range object ('encoded script links':
 * 42,000 runs, 1.7 MB -> 0.7 MB, now 0.34 MB off the heap).
 */
function collectRuns(text: string, inlines: readonly Inline[], out: OffsetPairs): void {
	let start = -1;
	let end = -1;
	const flush = (): void => {
		if (start >= 0) out.push(start, end);
		start = -1;
	};
	for (const n of inlines) {
		if (n.kind === 'text' || n.kind === 'softbreak') {
			// Trailing spaces before a soft break belong to no node: a gap of white space does not end the run.
			if (start >= 0 && text.slice(end, n.range.start).trim() !== '') flush();
			if (start < 0) start = n.range.start;
			// A soft break folded into the text (one character) belongs to the run as its own node did.
			end = n.kind === 'text' && n.softBreakAfter ? n.range.end + 1 : n.range.end;
			continue;
		}
		flush();
		if (n.kind === 'emphasis' || n.kind === 'span') collectRuns(text, n.children, out);
	}
	flush();
}
