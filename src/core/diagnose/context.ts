// Builds the RuleContext once per run: what is in scope, the links and text runs in it, and every id in the dump.
import { htmlIds } from '../dump/ids';
import { ownInlines, walkBlocks, walkInlines } from '../model/walk';
import type { Article } from '../extract/article';
import type { Attributes, Block, DumpDocument, Heading, Inline, SourceRange } from '../model/dumpDocument';
import { isUnicodeSpace } from '../extract/inlineText';
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

/**
 * The kept blocks' ranges sorted by start, as two typed arrays of starts and ends: 8 bytes a block, off the heap,
 * instead of a range object a block (a block's `range` is made when read) and the array of them ('headings named like
 * the preview': 60,003 kept blocks, 2.7 MB on the heap at diagnose's peak).
 */
class SortedRanges {
	readonly starts: Int32Array;
	readonly ends: Int32Array;

	constructor(blocks: readonly Block[]) {
		const n = blocks.length;
		let starts = new Int32Array(n);
		let ends = new Int32Array(n);
		let sorted = true;
		for (let i = 0; i < n; i++) {
			const r = blocks[i].range;
			starts[i] = r.start;
			ends[i] = r.end;
			if (i > 0 && starts[i] < starts[i - 1]) sorted = false;
		}
		if (!sorted) {
			// Stable, as the array sort of the ranges was: equal starts keep the blocks' order.
			const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => starts[a] - starts[b]);
			const s2 = new Int32Array(n);
			const e2 = new Int32Array(n);
			for (let i = 0; i < n; i++) {
				s2[i] = starts[order[i]];
				e2[i] = ends[order[i]];
			}
			starts = s2;
			ends = e2;
		}
		this.starts = starts;
		this.ends = ends;
	}

	/** Whether `r` lies inside one of the ranges (possibly nested). */
	within(r: SourceRange): boolean {
		// Last range starting at or before r.start; kept blocks do not nest, so it is the only candidate.
		const starts = this.starts;
		let lo = 0;
		let hi = starts.length - 1;
		let found = -1;
		while (lo <= hi) {
			const mid = (lo + hi) >> 1;
			if (starts[mid] <= r.start) {
				found = mid;
				lo = mid + 1;
			} else hi = mid - 1;
		}
		return found >= 0 && r.end <= this.ends[found];
	}
}

/**
 * The class of the ids pandoc would give headings without one, for a run whose scope is `inScope`: an occurrence is
 * one field, its heading; its id, range (the heading's content) and whether it is in scope are worked out when read,
 * not held ('headings named like the preview': 58,801 headings of three ids; each occurrence was an object of four
 * fields, a range object and an id string, 125 bytes, 7.2 MB; 32 bytes now, 1.9 MB).
 */
function autoIdClass(inScope: (r: SourceRange) => boolean): new (heading: Heading) => IdOccurrence {
	return class AutoIdOccurrence implements IdOccurrence {
		readonly #heading: Heading;

		constructor(heading: Heading) {
			this.#heading = heading;
		}

		get id(): string {
			return pandocAutoId(plainText(this.#heading.content));
		}

		get origin(): 'auto' {
			return 'auto';
		}

		get range(): SourceRange {
			return this.#heading.contentRange;
		}

		get inScope(): boolean {
			return inScope(this.#heading.contentRange);
		}
	};
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
	const keptRanges = useArticle ? new SortedRanges(article.blocks) : undefined;
	const inScope = (r: SourceRange): boolean => !keptRanges || keptRanges.within(r);

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
	// A declared id seen before is the list's first string, not the one just made.
	const listOf = (id: string): IdOccurrence[] => {
		let list = ids.get(id);
		if (!list) ids.set(id, (list = []));
		return list;
	};
	const add = (id: string, range: SourceRange, origin: IdOccurrence['origin']): void => {
		const list = listOf(id);
		list.push({ id: list.length > 0 ? list[0].id : id, range, origin, inScope: inScope(range) });
	};
	const AutoId = autoIdClass(inScope);
	const addAuto = (heading: Heading): void => void listOf(pandocAutoId(plainText(heading.content))).push(new AutoId(heading));
	const addAttrs = (attrs: Attributes | undefined, origin: IdOccurrence['origin']): void => {
		if (attrs?.id) add(attrs.id, idRange(doc.text, attrs), origin);
	};
	const addHtml = (id: string, r: SourceRange): void => add(id, r, 'html');
	// One visitor for every block's inlines, not a closure made per block.
	const visitInline = (n: Inline): void => {
		if (n.kind === 'span') addAttrs(n.attrs, 'span');
		else if (n.kind === 'link') addAttrs(n.attrs, 'link');
		else if (n.kind === 'image') addAttrs(n.attrs, 'image');
		else if (n.kind === 'code') addAttrs(n.attrs, 'code');
		else if (n.kind === 'rawHtml') htmlIds(n.html, n.range.start, addHtml);
	};
	walkBlocks(doc.blocks, (b) => {
		if (b.kind === 'div' || b.kind === 'htmlDiv') addAttrs(b.attrs, b.kind === 'div' ? 'div' : 'html');
		else if (b.kind === 'heading') {
			if (b.attrs?.id) addAttrs(b.attrs, 'heading');
			else addAuto(b);
		} else if (b.kind === 'code') addAttrs(b.attrs, 'code');
		else if (b.kind === 'rawHtml') htmlIds(b.html, b.range.start, addHtml);
		walkInlines(ownInlines(b), visitInline);
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

/** Whether `text.slice(from, to).trim() === ''`: only what `trim` strips (white space and line ends) in between. */
function isBlank(text: string, from: number, to: number): boolean {
	for (let i = from; i < to; i++) {
		const c = text.charCodeAt(i);
		if (!(c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0xa0 && isUnicodeSpace(c)))) return false;
	}
	return true;
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
	// Indexed, the range read once a node (each read makes an object), and the gap tested without slicing it.
	for (let i = 0; i < inlines.length; i++) {
		const n = inlines[i];
		if (n.kind === 'text' || n.kind === 'softbreak') {
			const range = n.range;
			// Trailing spaces before a soft break belong to no node: a gap of white space does not end the run.
			if (start >= 0 && !isBlank(text, end, range.start)) flush();
			if (start < 0) start = range.start;
			// A soft break folded into the text (one character) belongs to the run as its own node did.
			end = n.kind === 'text' && n.softBreakAfter ? range.end + 1 : range.end;
			continue;
		}
		flush();
		if (n.kind === 'emphasis' || n.kind === 'span') collectRuns(text, n.children, out);
	}
	flush();
}
