// Shallow text features of a page's candidate blocks (boilerpipe-style), shared by the learned block filter and its training script.
import type { Block, DumpDocument, SourceRange } from '../model/dumpDocument';
import { childBlocks } from '../model/blockTree';
import { divAttrParts } from '../model/divNodes';
import { isContainer, linkDensity, measureInlines, addStats, emptyStats, type Stats } from './blockIndex';
import { collapsedText, isHidden } from './inlineText';
import { PAGE_KINDS, type PageKind } from './kinds/pageKind';
import { classWeight, CLASS_WEIGHT } from './scoring';

/**
 * The features, in the order `blockFeatures` writes them; the model (data/blockModel.ts) names the same list. Kohlschütter
 * et al. 2010 ("Boilerplate detection using shallow text features") read a block's words, link density and its
 * neighbours'; here the block also carries what the pipeline made of it (kept, inside the chosen region), so that a
 * model trained on its output corrects it rather than replacing it.
 */
export const FEATURE_NAMES = [
	'type:heading',
	'type:paragraph',
	'type:list',
	'type:table',
	'type:quote',
	'type:code',
	'heading:h1',
	'heading:h2-3',
	'heading:h4-6',
	'log chars',
	'log words',
	'link density',
	'all links',
	'digit share',
	'currency',
	'price',
	'punctuation share',
	'sentence end',
	'log commas',
	'position',
	'char position',
	'in region',
	'kept',
	'class weight',
	'chrome class',
	'log repeats',
	'is title',
	'before title',
	'log title distance',
	'kind:article',
	'kind:forum',
	'kind:product',
	'kind:collection',
	'kind:listing',
	'kind:documentation',
	'kind:service',
	'kept share of page',
	'kept nearby',
	'prev kept',
	'next kept',
	'prev link density',
	'next link density',
	'prev log words',
	'next log words',
	'prev heading',
	'next heading',
	'kept:forum',
	'kept:product',
	'kept:collection',
	'kept:listing',
	'kept:service',
] as const;

/** A candidate block: a content node of the page outside hidden containers, with the class weight of its containers. */
export interface Candidate {
	readonly block: Block;
	/** The sum of its containers' class weights (scoring.ts `classWeight`), in units of `CLASS_WEIGHT`. */
	readonly classWeight: number;
	/** Whether a container of it has a chrome-like class or id (a negative weight). */
	readonly chrome: boolean;
	readonly text: string;
	readonly stats: Stats;
	readonly words: number;
}

/** The page as the pipeline left it: what it kept, in which region, its kind, and where its title heading is. */
export interface PageState {
	readonly kept: readonly Block[];
	readonly region?: SourceRange;
	readonly kind: PageKind;
	/** The source of the title metadata, when it was read from the page's text. */
	readonly titleSource?: SourceRange;
}

/** Class weights of nested containers add up; past this many units a further chrome or content name says nothing new. */
const MAX_CLASS_UNITS = 3;
/** Neighbours this many candidates either side make a block's neighbourhood (`kept nearby`). */
const NEARBY = 3;

const WORD_RE = /[\p{L}\p{N}_]+/gu;
const DIGIT_RE = /\p{N}/gu;
const PUNCT_RE = /[.,;:!?()"'«»“”‘’\-–—/|•·]/g;
const CURRENCY_RE = /[$€£¥₹₽₩¢]|\b(?:usd|eur|gbp|chf|cad|aud|jpy|sek|nok|dkk|pln|inr)\b/iu;
const PRICE_RE = /(?:[$€£¥₹₽₩]\s?\d[\d.,\s]*|\d[\d.,]*\s?(?:[$€£¥₹₽₩]|usd|eur|gbp|kr|zł))/iu;
const SENTENCE_END_RE = /[.!?…:;。！？]["'”’)\]]*$/u;

function count(re: RegExp, s: string): number {
	re.lastIndex = 0;
	let n = 0;
	while (re.exec(s) !== null) n++;
	return n;
}

/** Text measures of a block and everything inside it: its leaves' inline measures added up (a stack, not recursion). */
function measure(block: Block): Stats {
	const s = emptyStats();
	const stack: Block[] = [block];
	while (stack.length > 0) {
		const b = stack.pop()!;
		if (b.kind === 'paragraph' || b.kind === 'heading') addStats(s, measureInlines(b.content, collapsedText(b)));
		else if (b.kind === 'code') s.chars += b.rawFormat ? 0 : collapsedText(b).length;
		else for (const c of childBlocks(b)) stack.push(c);
	}
	return s;
}

const CANDIDATE_KINDS: ReadonlySet<Block['kind']> = new Set<Block['kind']>(['heading', 'paragraph', 'list', 'table', 'blockquote', 'code']);

/**
 * The page's candidate blocks in document order: the content nodes under its divs, hidden divs left out, each with
 * some words. With `limit`, undefined once there are more than `limit` of them: the filter then leaves the page as the
 * pipeline read it (no real page comes near: see learnedFilter.ts `MAX_CANDIDATES`).
 */
export function candidateBlocks(doc: DumpDocument): Candidate[];
export function candidateBlocks(doc: DumpDocument, limit: number): Candidate[] | undefined;
export function candidateBlocks(doc: DumpDocument, limit = Infinity): Candidate[] | undefined {
	const out: Candidate[] = [];
	// Depth first with a stack of frames rather than recursion (the parser keeps 512 levels of divs, 50 of quotes).
	const stack: { readonly blocks: readonly Block[]; at: number; readonly weight: number; readonly chrome: boolean }[] = [{ blocks: doc.blocks, at: 0, weight: 0, chrome: false }];
	while (stack.length > 0) {
		const frame = stack[stack.length - 1];
		if (frame.at >= frame.blocks.length) {
			stack.pop();
			continue;
		}
		const b = frame.blocks[frame.at++];
		if (isContainer(b)) {
			const attrs = divAttrParts(b);
			if (isHidden(attrs)) continue;
			const w = classWeight(attrs.classes, attrs.id) / CLASS_WEIGHT;
			stack.push({ blocks: b.children, at: 0, weight: frame.weight + w, chrome: frame.chrome || w < 0 });
			continue;
		}
		if (!CANDIDATE_KINDS.has(b.kind) || (b.kind === 'code' && b.rawFormat)) continue;
		const text = collapsedText(b);
		const words = count(WORD_RE, text);
		if (words === 0) continue;
		if (out.length >= limit) return undefined;
		out.push({ block: b, classWeight: Math.max(-MAX_CLASS_UNITS, Math.min(MAX_CLASS_UNITS, frame.weight)), chrome: frame.chrome, text, stats: measure(b), words });
	}
	return out;
}

/** For each block of `blocks`, the index of the candidate whose range holds its start, or -1. */
export function candidateOf(candidates: readonly Candidate[], blocks: readonly Block[]): number[] {
	const starts = candidates.map((c) => c.block.range.start);
	return blocks.map((b) => {
		const at = b.range.start;
		let lo = 0;
		let hi = starts.length - 1;
		let found = -1;
		while (lo <= hi) {
			const mid = (lo + hi) >> 1;
			if (starts[mid] <= at) {
				found = mid;
				lo = mid + 1;
			} else hi = mid - 1;
		}
		return found >= 0 && at < candidates[found].block.range.end ? found : -1;
	});
}

const log1 = (x: number): number => Math.log(1 + x);

/** The block types with a feature of their own (`type:…`), in `FEATURE_NAMES` order. */
const BLOCK_TYPES: readonly Block['kind'][] = ['heading', 'paragraph', 'list', 'table', 'blockquote', 'code'];
/** The kinds whose `kept:…` feature (kept by the pipeline on a page of that kind) the model reads, in `FEATURE_NAMES` order. */
const KEPT_BY_KINDS: readonly PageKind[] = ['forum', 'product', 'collection', 'listing', 'service'];
const NOT_KEPT: readonly number[] = KEPT_BY_KINDS.map(() => 0);

/** 1 at the place of `value` in `of`, 0 elsewhere. */
function oneHot<T>(value: T, of: readonly T[]): number[] {
	return of.map((x) => (x === value ? 1 : 0));
}

/** The feature rows of the candidates (`FEATURE_NAMES` order) and which of them the pipeline kept. */
export function blockFeatures(candidates: readonly Candidate[], page: PageState): { rows: number[][]; kept: boolean[] } {
	const n = candidates.length;
	const kept = new Array<boolean>(n).fill(false);
	for (const i of candidateOf(candidates, page.kept)) if (i >= 0) kept[i] = true;
	const repeats = new Map<string, number>();
	for (const c of candidates) repeats.set(c.text, (repeats.get(c.text) ?? 0) + 1);
	let totalChars = 0;
	let keptChars = 0;
	for (let i = 0; i < n; i++) {
		totalChars += candidates[i].text.length;
		if (kept[i]) keptChars += candidates[i].text.length;
	}
	const ts = page.titleSource;
	let title = ts ? candidates.findIndex((c) => c.block.range.start <= ts.start && ts.start < c.block.range.end) : -1;
	if (title < 0) title = candidates.findIndex((c) => c.block.kind === 'heading' && c.block.level === 1);
	const region = page.region;
	const rows: number[][] = [];
	let before = 0;
	for (let i = 0; i < n; i++) {
		const c = candidates[i];
		const b = c.block;
		const t = c.text;
		const chars = Math.max(1, t.length);
		const level = b.kind === 'heading' ? b.level : 0;
		const ld = linkDensity(c.stats);
		let near = 0;
		let nearN = 0;
		for (let j = Math.max(0, i - NEARBY); j <= Math.min(n - 1, i + NEARBY); j++) {
			if (j === i) continue;
			nearN++;
			if (kept[j]) near++;
		}
		const prev = i > 0 ? candidates[i - 1] : undefined;
		const next = i + 1 < n ? candidates[i + 1] : undefined;
		rows.push([
			...oneHot(b.kind, BLOCK_TYPES),
			level === 1 ? 1 : 0,
			level === 2 || level === 3 ? 1 : 0,
			level >= 4 ? 1 : 0,
			log1(t.length),
			log1(c.words),
			ld,
			ld >= 0.9 ? 1 : 0,
			count(DIGIT_RE, t) / chars,
			CURRENCY_RE.test(t) ? 1 : 0,
			PRICE_RE.test(t) ? 1 : 0,
			count(PUNCT_RE, t) / chars,
			SENTENCE_END_RE.test(t) ? 1 : 0,
			log1(c.stats.commas),
			n > 1 ? i / (n - 1) : 0,
			totalChars > 0 ? before / totalChars : 0,
			region && b.range.start >= region.start && b.range.end <= region.end ? 1 : 0,
			kept[i] ? 1 : 0,
			c.classWeight,
			c.chrome ? 1 : 0,
			Math.log(repeats.get(t) ?? 1),
			i === title ? 1 : 0,
			title >= 0 && i < title ? 1 : 0,
			title >= 0 ? log1(Math.abs(i - title)) : log1(n),
			...oneHot(page.kind, PAGE_KINDS),
			totalChars > 0 ? keptChars / totalChars : 0,
			nearN > 0 ? near / nearN : 0,
			i > 0 && kept[i - 1] ? 1 : 0,
			i + 1 < n && kept[i + 1] ? 1 : 0,
			prev ? linkDensity(prev.stats) : 0,
			next ? linkDensity(next.stats) : 0,
			prev ? log1(prev.words) : 0,
			next ? log1(next.words) : 0,
			prev?.block.kind === 'heading' ? 1 : 0,
			next?.block.kind === 'heading' ? 1 : 0,
			...(kept[i] ? oneHot(page.kind, KEPT_BY_KINDS) : NOT_KEPT),
		]);
		before += t.length;
	}
	return { rows, kept };
}
