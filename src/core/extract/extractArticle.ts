// Article body extraction: finds the container holding the article in a parsed dump and cleans the chrome out of it.
import { childBlocks } from '../model/blockTree';
import type { Attributes, Block, DumpDocument, FencedDiv, HtmlDiv, Inline, SourceRange } from '../model/dumpDocument';
import type { Article, ArticleMetadata, RemovedRegion } from './article';
import { attrValue, attrWords, blockText, collapse, inlineText, isHidden } from './inlineText';
import { extractMetadata } from './metadata';
import { PROFILES, type PlatformProfile } from './profiles';
import * as W from './scoring';

type Container = FencedDiv | HtmlDiv;

/** Text measures of a node (or of what is kept of it). */
interface Stats {
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

function emptyStats(): Stats {
	return { chars: 0, linkChars: 0, commas: 0, paragraphs: 0, images: 0, listItems: 0, listChars: 0, headingChars: 0, proseChars: 0 };
}

function addStats(a: Stats, b: Stats): void {
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

function linkDensity(s: Stats): number {
	return s.chars > 0 ? Math.min(1, s.linkChars / s.chars) : 0;
}

/** Passes that can be switched off when the result is too short, strictest first (Readability's flags). */
interface Flags {
	readonly stripUnlikely: boolean;
	readonly weightClasses: boolean;
	readonly cleanConditionally: boolean;
}

const ALL_FLAGS: Flags = { stripUnlikely: true, weightClasses: true, cleanConditionally: true };

function isContainer(b: Block): b is Container {
	return b.kind === 'div' || b.kind === 'htmlDiv';
}


function blockAttrs(b: Block): Attributes | undefined {
	if (b.kind === 'div' || b.kind === 'htmlDiv') return b.attrs;
	if (b.kind === 'heading' || b.kind === 'code') return b.attrs;
	return undefined;
}

/** Whether a link target stays on the page: such links (footnotes, tables of contents) weigh less as "links". */
function isHashLink(href: string): boolean {
	return href.startsWith('#');
}

function inlineStats(inlines: readonly Inline[], s: Stats, linkWeight: number): void {
	for (const n of inlines) {
		switch (n.kind) {
			case 'link': {
				const w = isHashLink(n.href) ? W.HASH_LINK_WEIGHT : 1;
				s.linkChars += collapse(inlineText(n.children)).length * w;
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
				if (!isHidden(n.attrs)) inlineStats(n.children, s, linkWeight);
				break;
			default:
				break;
		}
	}
}

/** Text of a paragraph that begins like markup: a fence, an attribute block, or an HTML tag written as text. */
const MARKUP_START_RE = /^(?::::|\{[#.]|<\/?[a-z][a-z0-9]*[\s>\/])/i;
/** An ASCII "word" this long (no spaces) is a URL, JSON, base64 or a class list, not prose. */
const LONG_TOKEN_CHARS = 40;
/** A paragraph mostly made of such tokens is a leftover of markup. */
const LONG_TOKEN_SHARE = 0.5;

/**
 * Whether a paragraph is markup left as text: an attribute block too long for the parser, HTML escaped into the page,
 * a data: URI. Such text is neither scored nor kept.
 */
function isMarkupLeftover(inlines: readonly Inline[]): boolean {
	let raw = '';
	for (const n of inlines) {
		if (n.kind === 'text') raw += n.value;
		else if (n.kind === 'softbreak' || n.kind === 'break') raw += ' ';
		else raw += ' x ';
		if (raw.length > 4000) break;
	}
	const text = raw.trim();
	if (text === '') return false;
	if (MARKUP_START_RE.test(text)) return true;
	let long = 0;
	// Only ASCII runs count: Chinese and Japanese prose has no spaces at all.
	for (const w of text.split(/\s+/)) if (w.length > LONG_TOKEN_CHARS && /^[\x21-\x7e]+$/.test(w)) long += w.length;
	return long / text.length > LONG_TOKEN_SHARE;
}

/** Sentence punctuation of many scripts: prose has some, option lists and tag clouds do not. */
const PUNCTUATION_RE = /[.,!?;\u3001\u3002\uFF0C\uFF01\uFF1F\u060C\u061F\u0964]/g;
/** Text at least this long is judged by its punctuation... */
const MIN_UNPUNCTUATED_CHARS = 100;
/** ...and needs a mark per this many characters to be prose: a select box of 60 countries has two commas. */
const CHARS_PER_PUNCTUATION = 250;

/** Whether text reads like prose rather than a run of labels (language pickers, country lists, tag clouds). */
function isProse(text: string): boolean {
	if (text.length < MIN_UNPUNCTUATED_CHARS) return true;
	return (text.match(PUNCTUATION_RE)?.length ?? 0) >= text.length / CHARS_PER_PUNCTUATION;
}

/** Measures inlines: text length and commas from their visible text, links and images from the tree. */
function measureInlines(inlines: readonly Inline[], text: string = collapse(inlineText(inlines))): Stats {
	const s = emptyStats();
	s.chars = text.length;
	s.commas = text.match(W.COMMAS_RE)?.length ?? 0;
	inlineStats(inlines, s, 0);
	return s;
}

/**
 * The parsed dump seen by the extractor: parents and measures of every block, computed once.
 * Hidden containers measure as empty: they were not on the page.
 */
class BlockIndex {
	readonly parent = new Map<Block, Block | undefined>();
	readonly stats = new Map<Block, Stats>();
	readonly order = new Map<Block, number>();
	readonly containers: Container[] = [];
	/** The visible text of each paragraph, line breaks kept (see `inlineText`). */
	readonly rawText = new Map<Block, string>();
	/** Paragraphs that are markup the parser could not read (see `isMarkupLeftover`). */
	readonly leftovers = new Set<Block>();
	readonly rootStats: Stats;

	constructor(readonly doc: DumpDocument) {
		this.rootStats = emptyStats();
		for (const b of doc.blocks) addStats(this.rootStats, this.#visit(b, undefined));
	}

	#visit(b: Block, parent: Block | undefined): Stats {
		this.parent.set(b, parent);
		this.order.set(b, this.order.size);
		if (isContainer(b)) this.containers.push(b);
		let s: Stats;
		switch (b.kind) {
			case 'paragraph':
				if (isMarkupLeftover(b.content)) {
					s = emptyStats();
					this.leftovers.add(b);
				} else {
					// Read once: a paragraph can be megabytes long, and its text is needed by several steps.
					const raw = inlineText(b.content);
					this.rawText.set(b, raw);
					const text = collapse(raw);
					s = measureInlines(b.content, text);
					if (s.chars > 0) s.paragraphs = 1;
					if (s.chars >= W.MIN_PARAGRAPH_CHARS && linkDensity(s) < W.SIBLING_MAX_LINK_DENSITY && isProse(text)) s.proseChars = s.chars;
				}
				break;
			case 'heading':
				s = measureInlines(b.content);
				s.headingChars = s.chars;
				break;
			case 'code':
				s = emptyStats();
				if (!b.rawFormat) {
					s.chars = collapse(b.text).length;
					s.paragraphs = 1;
				}
				break;
			case 'table': {
				s = emptyStats();
				for (const row of b.header ? [b.header, ...b.rows] : b.rows) for (const cell of row.cells) for (const c of cell.blocks) addStats(s, this.#visit(c, b));
				break;
			}
			case 'list': {
				s = emptyStats();
				for (const item of b.items) {
					for (const c of item.children) addStats(s, this.#visit(c, b));
					s.listItems++;
				}
				s.listChars = s.chars;
				break;
			}
			case 'div':
			case 'htmlDiv':
			case 'blockquote': {
				s = emptyStats();
				for (const c of b.children) addStats(s, this.#visit(c, b));
				if (b.kind !== 'blockquote' && isHidden(b.attrs)) s = emptyStats();
				if (b.kind !== 'blockquote') this.#markParagraphDiv(b, s);
				break;
			}
			default:
				s = emptyStats();
		}
		this.stats.set(b, s);
		return s;
	}

	statsOf(b: Block | undefined): Stats {
		return b === undefined ? this.rootStats : (this.stats.get(b) ?? emptyStats());
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
		const kids = b.children.filter((k) => k.kind !== 'spacer');
		if (kids.length !== 1) return;
		const k = kids[0];
		if ((k.kind === 'paragraph' || this.paragraphDivs.has(k)) && linkDensity(s) < W.SIBLING_MAX_LINK_DENSITY) this.paragraphDivs.add(b);
	}

	childrenOf(b: Block | undefined): readonly Block[] {
		return b === undefined ? this.doc.blocks : childBlocks(b);
	}

	isInside(b: Block, ancestor: Block | undefined): boolean {
		if (ancestor === undefined) return true;
		for (let p: Block | undefined = b; p !== undefined; p = this.parent.get(p)) if (p === ancestor) return true;
		return false;
	}
}

/** The document root as a candidate: the article has no container of its own. */
const ROOT = 'root' as const;
type Candidate = Container | typeof ROOT;

/** One attempt at the article: the chosen container, the blocks kept, and what was removed. */
interface Attempt {
	readonly region: Candidate;
	readonly regionScore: number;
	readonly blocks: Block[];
	readonly removed: RemovedRegion[];
	readonly chars: number;
	readonly profile?: PlatformProfile;
	/** The best candidates before promotion, for explanations. */
	readonly candidates?: readonly { readonly c: Candidate; readonly score: number }[];
}

/**
 * Extracts the article body of a parsed dump. Never throws: a dump with no article text (or input that is not a
 * dump) gives `empty: true`.
 *
 * Workflow:
 * 1. Index: measure every block once (visible text, link text, commas, paragraphs, images, list items); hidden
 *    containers (`display:none`, `aria-hidden`) measure as empty.
 * 2. Profile: when a platform profile (profiles.ts) recognises the dump and its body container holds enough text,
 *    that container is the article; go to 6.
 * 3. Prune: containers whose class, id or role name chrome (navigation, menus, headers, footers, comments, social,
 *    related...) are set aside, unless they also name content or hold the article-body container.
 * 4. Score: every paragraph-like block of enough text scores 1 + commas + a length bonus, added to its container,
 *    half to the grandparent, and less further up; containers start from their class weight. A candidate's final
 *    score is discounted by its link density.
 * 5. Pick: the best candidate, promoted to a common ancestor when several good candidates share one, or to a
 *    parent that scores nearly as well; then its siblings (paragraphs or well-scored containers) join it.
 * 6. Clean inside, bottom-up: drop hidden and pruned containers, share widgets, link-dense or content-poor
 *    containers, lists and tables (conditional cleaning), headings with chrome classes, bylines, raw HTML, empty
 *    paragraphs and spacers. Every removal is recorded with its step, signal and score.
 * 7. Sieve: if the result is shorter than `CHAR_THRESHOLD`, retry with one pass fewer (pruning, class weights,
 *    conditional cleaning) and keep the longest attempt.
 * 8. Metadata: `extractMetadata(doc, { region })`; the title heading and leading byline/date blocks that repeat
 *    metadata are removed from the body.
 */
export function extractArticle(doc: DumpDocument): Article {
	try {
		return extract(doc);
	} catch {
		// A bug here must not take the editor down: an empty article is a safe answer.
		return { metadata: safeMetadata(doc, undefined), blocks: [], removed: [], empty: true };
	}
}

/** Control characters (other than tab and line breaks) in this share of the first `BINARY_SAMPLE` characters mean binary data, not a dump. */
const BINARY_SHARE = 0.01;
const BINARY_SAMPLE = 65536;

function looksBinary(text: string): boolean {
	const sample = text.slice(0, BINARY_SAMPLE);
	if (sample.includes('\u0000')) return true;
	const controls = sample.match(/[\u0001-\u0008\u000e-\u001f]/g)?.length ?? 0;
	return controls > sample.length * BINARY_SHARE;
}

function safeMetadata(doc: DumpDocument, region: SourceRange | undefined): ArticleMetadata {
	try {
		return extractMetadata(doc, { region });
	} catch {
		return {};
	}
}

function extract(doc: DumpDocument): Article {
	if (!doc || !Array.isArray(doc.blocks) || doc.blocks.length === 0 || looksBinary(doc.text)) {
		return { metadata: {}, blocks: [], removed: [], empty: true };
	}
	const index = new BlockIndex(doc);

	// 2-7: the profile first, then the sieve of flags.
	// A profile's body container is trusted even when short: the platform says where the article is.
	let best: Attempt | undefined = byProfile(index);
	if (!best || best.chars < (best.profile?.minChars ?? W.CHAR_THRESHOLD)) {
		const sieve: Flags[] = [
			ALL_FLAGS,
			{ ...ALL_FLAGS, stripUnlikely: false },
			{ stripUnlikely: false, weightClasses: false, cleanConditionally: true },
			{ stripUnlikely: false, weightClasses: false, cleanConditionally: false },
		];
		for (const flags of sieve) {
			const attempt = grab(index, flags);
			if (!best || attempt.chars > best.chars) best = attempt;
			if (attempt.chars >= W.CHAR_THRESHOLD) {
				best = attempt;
				break;
			}
		}
	}
	const attempt = best!;
	const region = attempt.region === ROOT ? undefined : attempt.region.range;

	// 8: metadata, then the blocks that repeat it.
	const metadata = safeMetadata(doc, region);
	const removed = [...attempt.removed];
	const blocks = dropRepeatedMetadata(index, attempt.blocks, metadata, removed);
	removed.sort((a, b) => a.range.start - b.range.start);
	const hasText = blocks.some((b) => collapse(blockText(b, { images: true })).length > 0);
	return { metadata, blocks, region, removed, empty: !hasText };
}

/** Step 2: the body container named by a platform profile, when it holds enough text. */
function byProfile(index: BlockIndex): Attempt | undefined {
	for (const profile of PROFILES) {
		if (!index.containers.some((c) => profile.detect.test(attrWords(c.attrs)))) continue;
		const body = index.containers.find((c) => profile.body.test(attrWords(c.attrs)) && index.statsOf(c).chars >= W.MIN_PARAGRAPH_CHARS);
		if (!body) continue;
		const removed: RemovedRegion[] = [];
		const kept = cleanBlock(index, body, ALL_FLAGS, removed, profile, true, prunedContainers(index, ALL_FLAGS));
		recordOutside(index, [body], removed);
		return { region: body, regionScore: 0, blocks: kept.blocks, removed, chars: kept.stats.chars, profile };
	}
	return undefined;
}

/** Step 3: whether a container is chrome by its class, id or role. */
function isUnlikely(index: BlockIndex, c: Container): string | undefined {
	const role = attrValue(c.attrs, 'role');
	if (role && W.UNLIKELY_ROLES.has(role.toLowerCase())) return `role=${role}`;
	// The page's own word for its main content outranks any class name.
	if (role && /^(main|article)$/i.test(role)) return undefined;
	if (/articleBody/i.test(attrValue(c.attrs, 'itemprop') ?? '')) return undefined;
	const words = [c.attrs.id ?? '', ...c.attrs.classes].join(' ');
	if (!words) return undefined;
	const ad = [c.attrs.id ?? '', ...c.attrs.classes].find((t) => W.AD_TOKEN_RE.test(t));
	if (ad && !containsArticleBody(index, c)) return ad;
	const strong = W.STRONG_UNLIKELY_RE.exec(words);
	const m = strong ?? W.UNLIKELY_RE.exec(words);
	if (!m || (!strong && W.MAYBE_CANDIDATE_RE.test(words))) return undefined;
	// A wrapper named "header" or "extra" that holds the article body container, or most of the prose, is not chrome.
	if (containsArticleBody(index, c)) return undefined;
	if (W.MAYBE_CANDIDATE_RE.test(words) && index.rootStats.proseChars > 0 && index.statsOf(c).proseChars >= index.rootStats.proseChars * W.MAIN_PROSE_SHARE) return undefined;
	return m[0];
}

function containsArticleBody(index: BlockIndex, c: Container): boolean {
	// Blocks nest by source range, so "inside c" is "starts within c": a binary search over the body containers
	// sorted by start, instead of walking every one's ancestors for every container (quadratic on big dumps).
	const list = articleBodyContainers(index);
	let lo = 0;
	let hi = list.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (list[mid].range.start < c.range.start) lo = mid + 1;
		else hi = mid;
	}
	for (let k = lo; k < list.length && list[k].range.start < c.range.end; k++) {
		if (list[k] !== c && index.isInside(list[k], c)) return true;
	}
	return false;
}

// Per index, the containers named as an article body that hold enough text. Computed once: `isUnlikely` asks
// `containsArticleBody` for every container, and scanning all containers each time was quadratic on big dumps.
const bodyContainers = new WeakMap<BlockIndex, Container[]>();

function articleBodyContainers(index: BlockIndex): Container[] {
	let list = bodyContainers.get(index);
	if (!list) {
		list = index.containers.filter((d) => W.ARTICLE_BODY_RE.test(attrWords(d.attrs)) && index.statsOf(d).chars >= W.CHAR_THRESHOLD);
		list.sort((a, b) => a.range.start - b.range.start);
		bodyContainers.set(index, list);
	}
	return list;
}

/** Step 3: hidden containers, and with `stripUnlikely` the containers whose names say chrome, with the reason. */
function prunedContainers(index: BlockIndex, flags: Flags): Map<Block, string> {
	const pruned = new Map<Block, string>();
	for (const c of index.containers) {
		if (isHidden(c.attrs)) pruned.set(c, 'hidden');
		else if (flags.stripUnlikely) {
			const why = isUnlikely(index, c);
			if (why) pruned.set(c, why);
		}
	}
	return pruned;
}

/** Steps 3-6 with the given flags. */
function grab(index: BlockIndex, flags: Flags): Attempt {
	// 3: prune.
	const pruned = prunedContainers(index, flags);

	// 4: score paragraphs into their ancestors.
	const scores = new Map<Candidate, number>();
	const initial = new Map<Candidate, number>();
	const initScore = (c: Candidate): number => {
		let s = scores.get(c);
		if (s === undefined) {
			s = c === ROOT ? W.INITIAL_SCORE.root : W.INITIAL_SCORE.div + (flags.weightClasses ? containerWeight(c) : 0);
			scores.set(c, s);
			initial.set(c, s);
		}
		return s;
	};
	const ancestorsOf = (b: Block): Candidate[] => {
		const out: Candidate[] = [];
		let c = index.containerOf(b);
		while (out.length < W.MAX_SCORE_ANCESTORS) {
			out.push(c ?? ROOT);
			if (c === undefined) break;
			c = index.containerOf(c);
		}
		return out;
	};
	// The undivided sum of all paragraph scores below a container, however deep: for siblings that repeat the body's class.
	const deepScores = new Map<Block, number>();
	const addScore = (b: Block, score: number): void => {
		ancestorsOf(b).forEach((a, level) => {
			const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
			scores.set(a, initScore(a) + score / divider);
		});
		for (let c = index.containerOf(b); c !== undefined; c = index.containerOf(c)) deepScores.set(c, (deepScores.get(c) ?? 0) + score);
	};
	const paragraphScore = (s: Stats): number =>
		1 + s.commas + Math.min(Math.floor(s.chars / W.CHARS_PER_LENGTH_POINT), W.MAX_LENGTH_POINTS);
	const visit = (b: Block): void => {
		// `visit` only descends into unpruned blocks, so no ancestor of `b` is pruned: walking up every time was quadratic.
		if (pruned.has(b)) return;
		switch (b.kind) {
			case 'div':
			case 'htmlDiv':
			case 'blockquote':
				for (const c of b.children) visit(c);
				return;
			case 'paragraph': {
				if (index.leftovers.has(b)) return;
				// Double line breaks split a paragraph the way <br><br> does for Readability.
				for (const seg of (index.rawText.get(b) ?? inlineText(b.content)).split(/\n[ \t\u00a0]*\n/)) {
					const text = collapse(seg);
					if (text.length < W.MIN_PARAGRAPH_CHARS) continue;
					if (!isProse(text)) continue;
					const st = emptyStats();
					st.chars = text.length;
					st.commas = text.match(W.COMMAS_RE)?.length ?? 0;
					addScore(b, paragraphScore(st));
				}
				return;
			}
			case 'code':
			case 'table': {
				const s = index.statsOf(b);
				if (s.chars >= W.MIN_PARAGRAPH_CHARS) addScore(b, paragraphScore(s));
				return;
			}
			case 'heading': {
				const s = index.statsOf(b);
				if (b.level > 1 && s.chars >= W.MIN_PARAGRAPH_CHARS) addScore(b, paragraphScore(s));
				return;
			}
			case 'list':
				for (const item of b.items) {
					const s = emptyStats();
					for (const c of item.children) addStats(s, index.statsOf(c));
					// Only items that hold real prose count: menus, link lists and teasers are lists too.
					if (s.chars >= W.MIN_LIST_ITEM_CHARS && s.proseChars >= s.chars / 2) addScore(b, W.LIST_ITEM_WEIGHT * paragraphScore(s));
				}
				return;
			default:
				return;
		}
	};
	for (const b of index.doc.blocks) visit(b);

	// The class weight counts in full only once the container holds a few paragraphs: a name alone must not win.
	const finalScore = (c: Candidate): number => {
		const init = initial.get(c) ?? 0;
		const content = (scores.get(c) ?? 0) - init;
		const weighted = content + init * Math.min(1, content / W.WEIGHT_FULL_CONTENT);
		return weighted * (1 - linkDensity(index.statsOf(c === ROOT ? undefined : c)));
	};
	// Siblings are judged as Readability judges them: class weight in full.
	const fullScore = (c: Candidate): number => (scores.get(c) ?? 0) * (1 - linkDensity(index.statsOf(c === ROOT ? undefined : c)));
	// Climbing compares paragraphs only: a wrapper named "content" must not outrank the body it wraps by its name.
	const contentScore = (c: Candidate): number => ((scores.get(c) ?? 0) - (initial.get(c) ?? 0)) * (1 - linkDensity(index.statsOf(c === ROOT ? undefined : c)));
	const ranked = [...scores.keys()].map((c) => ({ c, score: finalScore(c) })).sort((a, b) => b.score - a.score);

	// 5: pick the top candidate and promote it.
	let top: Candidate = ranked.length > 0 ? ranked[0].c : ROOT;
	let topScore = ranked.length > 0 ? ranked[0].score : 0;
	if (top !== ROOT) {
		top = promote(index, top, topScore, ranked.slice(1, W.TOP_CANDIDATES), contentScore, scores);
		// 5a: when the best candidate is weak, an ancestor holding much more prose, however deep, is the article
		// (pages of many small sections score each section alone).
		if (top !== ROOT && topScore < W.DEEP_CLIMB_MAX_SCORE && !W.ARTICLE_BODY_RE.test(attrWords(top.attrs))) {
			// Prose in lists counts here: a weak page is often a feature list with a sentence per item.
			const deep = (c: Container): number => index.statsOf(c).proseChars;
			const own = deep(top);
			let level = 0;
			for (let p = index.containerOf(top); p !== undefined && level < W.DEEP_CLIMB_LEVELS; p = index.containerOf(p), level++) {
				if (pruned.has(p)) break;
				if (deep(p) >= own * W.DEEP_CLIMB_RATIO) top = p;
			}
		}
		topScore = Math.max(topScore, top === ROOT ? 0 : finalScore(top));
	}

	// 5b: siblings of the top candidate that belong to the article.
	const removed: RemovedRegion[] = [];
	const members: Block[] = [];
	if (top === ROOT) {
		members.push(...index.doc.blocks);
	} else {
		const parent = index.containerOf(top);
		const siblings = index.childrenOf(parent ?? undefined);
		const threshold = Math.max(W.SIBLING_MIN_SCORE, topScore * W.SIBLING_SCORE_RATIO);
		const topClass = top.attrs.classes.join(' ');
		for (const s of siblings) {
			if (s === top) {
				members.push(s);
				continue;
			}
			if (isContainer(s) && pruned.has(s)) continue;
			let bonus = 0;
			let sScore = isContainer(s) && scores.has(s) ? fullScore(s) : undefined;
			if (isContainer(s) && topClass !== '' && s.attrs.classes.join(' ') === topClass) {
				bonus += topScore * W.SIBLING_SCORE_RATIO;
				// A body split into same-class parts may nest its paragraphs deeper than scores reach.
				const deep = (deepScores.get(s) ?? 0) * (1 - linkDensity(index.statsOf(s)));
				if (deep > 0) sScore = Math.max(sScore ?? 0, deep);
			}
			if (sScore !== undefined && sScore + bonus >= threshold) {
				members.push(s);
				continue;
			}
			if (s.kind === 'paragraph' || index.paragraphDivs.has(s)) {
				const st = index.statsOf(s);
				const ld = linkDensity(st);
				// The text is read only for short link-free siblings: reading every sibling's subtree was the cost.
				if ((st.chars > W.SIBLING_PARAGRAPH_CHARS && ld < W.SIBLING_MAX_LINK_DENSITY) || (st.chars > 0 && st.chars <= W.SIBLING_PARAGRAPH_CHARS && ld === 0 && /\.( |$)/.test(collapse(blockText(s))))) {
					members.push(s);
				}
			}
		}
	}

	// 5c: parts of a body split by the page (ads, "related" boxes) into containers that share its class.
	if (top !== ROOT) {
		// Sharing the body's class earns the same-class bonus, so a part needs only a few paragraphs of its own.
		const parts = splitParts(index, top, members, pruned, deepScores, W.SIBLING_MIN_SCORE);
		if (parts.length > 0) {
			members.push(...parts);
			members.sort((a, b) => (index.order.get(a) ?? 0) - (index.order.get(b) ?? 0));
		}
	}

	// 6: clean inside the members.
	const blocks: Block[] = [];
	let chars = 0;
	for (const m of members) {
		const kept = cleanBlock(index, m, flags, removed, undefined, m === top, pruned);
		blocks.push(...kept.blocks);
		chars += kept.stats.chars;
	}
	if (top !== ROOT) recordOutside(index, members, removed, scores);
	return { region: top, regionScore: topScore, blocks, removed, chars, candidates: ranked.slice(0, EXPLAIN_CANDIDATES) };
}

/** How many candidates an explanation lists. */
const EXPLAIN_CANDIDATES = 8;

/** Why the extractor chose its region: the top candidates of the strictest pass and the region finally used. */
export interface ExtractionExplanation {
	readonly profile?: string;
	readonly candidates: readonly { readonly range?: SourceRange; readonly words: string; readonly score: number }[];
	readonly region?: SourceRange;
	readonly regionScore: number;
}

/** Explains the choice of article region (for the eval and for debugging); never throws. */
export function explainExtraction(doc: DumpDocument): ExtractionExplanation {
	try {
		const index = new BlockIndex(doc);
		const profiled = byProfile(index);
		const attempt = grab(index, ALL_FLAGS);
		return {
			profile: profiled?.profile?.name,
			candidates: (attempt.candidates ?? []).map(({ c, score }) => ({
				range: c === ROOT ? undefined : c.range,
				words: c === ROOT ? '(root)' : attrWords(c.attrs),
				score,
			})),
			region: attempt.region === ROOT ? undefined : attempt.region.range,
			regionScore: attempt.regionScore,
		};
	} catch {
		return { candidates: [], regionScore: 0 };
	}
}

/** How far above the article a split part of it may sit: the parts share a grandparent at most. */
const SPLIT_PART_LEVELS = 2;

/**
 * Step 5c: containers near the article that carry one of its content class names (`story-body`, `article-text`...)
 * and enough prose of their own: the page split the body around an ad or a box. Outermost parts only.
 */
function splitParts(
	index: BlockIndex,
	top: Container,
	members: readonly Block[],
	pruned: ReadonlyMap<Block, string>,
	deepScores: ReadonlyMap<Block, number>,
	threshold: number,
): Container[] {
	const tokens = new Set(top.attrs.classes.filter((c) => W.POSITIVE_RE.test(c) && !W.NEGATIVE_RE.test(c)));
	if (tokens.size === 0) return [];
	let scope: Container | undefined = top;
	for (let i = 0; i < SPLIT_PART_LEVELS && scope !== undefined; i++) scope = index.containerOf(scope);
	if (scope === undefined) return [];
	const isPrunedOrInside = (c: Block): boolean => {
		for (let p: Block | undefined = c; p !== undefined; p = index.parent.get(p)) if (pruned.has(p)) return true;
		return false;
	};
	const out: Container[] = [];
	for (const c of index.containers) {
		if (c === top || !index.isInside(c, scope) || index.isInside(c, top) || index.isInside(top, c)) continue;
		if (members.some((m) => index.isInside(c, m)) || out.some((o) => index.isInside(c, o))) continue;
		if (!c.attrs.classes.some((k) => tokens.has(k)) || isPrunedOrInside(c)) continue;
		const deep = (deepScores.get(c) ?? 0) * (1 - linkDensity(index.statsOf(c)));
		if (deep >= threshold) out.push(c);
	}
	return out;
}

/** A container's class weight plus the bonus for names that only article bodies use. */
function containerWeight(c: Container): number {
	let w = W.classWeight(c.attrs.classes, c.attrs.id);
	if (W.ARTICLE_BODY_RE.test(attrWords(c.attrs))) w += W.ARTICLE_BODY_BONUS;
	return w;
}

/** Step 5: moves the top candidate up to a common ancestor of other good candidates, or to a parent that scores as well. */
function promote(
	index: BlockIndex,
	top: Container,
	topScore: number,
	others: readonly { c: Candidate; score: number }[],
	finalScore: (c: Candidate) => number,
	scores: Map<Candidate, number>,
): Candidate {
	// Several near-best candidates under one ancestor: the body was split into sibling blocks.
	const good = others.filter((o) => o.c !== ROOT && o.score / Math.max(topScore, 1e-9) >= W.ALTERNATIVE_ANCESTOR_RATIO).map((o) => o.c as Container);
	if (good.length >= W.MIN_ALTERNATIVE_VOTES) {
		for (let p = index.containerOf(top); p !== undefined; p = index.containerOf(p)) {
			const votes = good.filter((g) => index.isInside(g, p)).length;
			if (votes >= W.MIN_ALTERNATIVE_VOTES) {
				return climb(index, p, finalScore, scores);
			}
		}
	}
	return climb(index, top, finalScore, scores);
}

/** Climbs while the parent scores better, then past parents that have the candidate as their only child. */
function climb(index: BlockIndex, start: Container, finalScore: (c: Candidate) => number, scores: Map<Candidate, number>): Candidate {
	let top: Container = start;
	let lastScore = finalScore(top);
	const threshold = lastScore * W.PARENT_SCORE_RATIO;
	for (let p = index.containerOf(top); p !== undefined; p = index.containerOf(p)) {
		if (!scores.has(p)) continue;
		const ps = finalScore(p);
		if (ps < threshold) break;
		if (ps > lastScore) {
			top = p;
			break;
		}
		lastScore = ps;
	}
	for (let p = index.containerOf(top); p !== undefined; p = index.containerOf(p)) {
		const kids = p.children.filter((k) => k.kind !== 'spacer');
		if (kids.length !== 1) break;
		top = p;
	}
	return top;
}

/** Records the blocks outside the article members: for each ancestor level, the siblings not kept. */
function recordOutside(index: BlockIndex, members: readonly Block[], removed: RemovedRegion[], scores?: Map<Candidate, number>): void {
	const keep = new Set<Block>(members);
	const ancestors = new Set<Block>();
	for (const m of members) for (let p = index.parent.get(m); p !== undefined; p = index.parent.get(p)) ancestors.add(p);
	const walk = (blocks: readonly Block[]): void => {
		for (const b of blocks) {
			if (keep.has(b)) continue;
			if (ancestors.has(b)) {
				walk(childBlocks(b));
				continue;
			}
			if (b.kind === 'spacer') continue;
			const attrs = blockAttrs(b);
			const score = isContainer(b) ? scores?.get(b) : undefined;
			removed.push({ range: b.range, step: 'outside-article', signal: attrs ? attrWords(attrs) || b.kind : b.kind, ...(score !== undefined ? { score } : {}) });
		}
	};
	walk(index.doc.blocks);
}

interface Kept {
	readonly blocks: Block[];
	readonly stats: Stats;
}

const NOTHING: Kept = { blocks: [], stats: emptyStats() };

/**
 * Step 6: cleans a block bottom-up and returns the content blocks kept from it. Containers are judged on what is
 * left of them once their own children are cleaned, as Readability removes nested nodes innermost first.
 */
function cleanBlock(
	index: BlockIndex,
	b: Block,
	flags: Flags,
	removed: RemovedRegion[],
	profile: PlatformProfile | undefined,
	isRegion: boolean,
	pruned?: ReadonlyMap<Block, string>,
): Kept {
	const drop = (step: string, signal: string, score?: number): Kept => {
		removed.push({ range: b.range, step, signal, ...(score !== undefined ? { score } : {}) });
		return NOTHING;
	};
	switch (b.kind) {
		case 'div':
		case 'htmlDiv': {
			const words = attrWords(b.attrs);
			if (isHidden(b.attrs)) return drop('hidden', 'hidden');
			if (!isRegion) {
				const why = pruned?.get(b);
				if (why) return drop('unlikely', why);
				if (profile?.drop?.test(words)) return drop(`profile:${profile.name}`, words);
			}
			const blocks: Block[] = [];
			const stats = emptyStats();
			for (const c of b.children) {
				const k = cleanBlock(index, c, flags, removed, profile, false, pruned);
				blocks.push(...k.blocks);
				addStats(stats, k.stats);
			}
			if (isRegion) return { blocks, stats };
			if (W.SHARE_RE.test(words) && stats.chars < W.SHARE_MAX_CHARS) return drop('share', words);
			if (blocks.length === 0) {
				if (b.children.length > 0 && b.children.some((c) => c.kind !== 'spacer')) return NOTHING;
				return drop('empty', words || b.kind);
			}
			// A div around one paragraph is a paragraph to Readability, which never cleans those conditionally.
			const onlyParagraph = blocks.length === 1 && blocks[0].kind === 'paragraph' && linkDensity(stats) < W.SIBLING_MAX_LINK_DENSITY;
			if (flags.cleanConditionally && !onlyParagraph) {
				const why = conditionalClean(stats, flags.weightClasses ? W.classWeight(b.attrs.classes, b.attrs.id) : 0, false);
				if (why) return drop('conditional', `${why}${words ? ` (${words})` : ''}`);
			}
			return { blocks, stats };
		}
		case 'list': {
			const stats = index.statsOf(b);
			const share = shareSignal(b.items.flatMap((it) => it.children));
			if (share) return drop('share', share);
			if (flags.cleanConditionally) {
				const why = conditionalClean(stats, 0, true);
				if (why) return drop('conditional', `list: ${why}`);
			}
			return { blocks: [b], stats };
		}
		case 'table': {
			const stats = index.statsOf(b);
			if (flags.cleanConditionally && !isDataTable(b)) {
				const why = conditionalClean(stats, 0, false);
				if (why) return drop('conditional', `table: ${why}`);
			}
			return { blocks: [b], stats };
		}
		case 'heading': {
			const stats = index.statsOf(b);
			const hasImage = stats.images > 0;
			if (stats.chars === 0 && !hasImage) return drop('empty', 'heading');
			if (flags.weightClasses && b.level <= 2 && b.attrs && W.classWeight(b.attrs.classes, b.attrs.id) < 0) return drop('header-class', attrWords(b.attrs));
			return { blocks: [b], stats };
		}
		case 'paragraph': {
			if (index.leftovers.has(b)) return drop('markup-leftover', 'paragraph');
			const stats = index.statsOf(b);
			if (stats.chars === 0 && !hasContentImage(b.content)) return drop('empty', 'paragraph');
			const byline = bylineSignal(b.content, stats);
			if (byline) return drop('byline', byline);
			const share = shareSignal([b]);
			if (share) return drop('share', share);
			return { blocks: [b], stats };
		}
		case 'blockquote':
		case 'hr':
			return { blocks: [b], stats: index.statsOf(b) };
		case 'code':
			if (b.rawFormat) return drop('raw', b.rawFormat);
			return { blocks: [b], stats: index.statsOf(b) };
		case 'rawHtml':
			return drop('raw', 'html');
		case 'encodedHtml':
			return drop('raw', 'encoded-html');
		case 'spacer':
		case 'linkDefinition':
			return NOTHING;
	}
}

/** Readability's conditional cleaning: the reason to remove a container, list or table, or undefined to keep it. */
function conditionalClean(s: Stats, weight: number, isListBlock: boolean): string | undefined {
	if (weight < 0) return `negative class weight ${weight}`;
	if (s.commas >= W.CLEAN_MIN_COMMAS) return undefined;
	const isList = isListBlock || (s.chars > 0 && s.listChars / s.chars > 0.9);
	const p = s.paragraphs;
	const ld = linkDensity(s);
	if (s.images > 1 && p / s.images < 0.5) return `images ${s.images} > paragraphs ${p}`;
	if (!isList && s.listItems - 100 > p) return 'list items';
	const headingDensity = s.chars > 0 ? s.headingChars / s.chars : 0;
	if (!isList && headingDensity < 0.9 && s.chars < W.CLEAN_MIN_CHARS && (s.images === 0 || s.images > 2)) return `short ${s.chars}`;
	if (!isList && weight < W.CLASS_WEIGHT && ld > W.CLEAN_MAX_LINK_DENSITY) return `link density ${ld.toFixed(2)}`;
	if (weight >= W.CLASS_WEIGHT && ld > W.CLEAN_MAX_LINK_DENSITY_POSITIVE) return `link density ${ld.toFixed(2)}`;
	return undefined;
}

/** A table of data (with a header row, or a caption, or many cells) rather than layout. */
function isDataTable(t: Extract<Block, { kind: 'table' }>): boolean {
	if (t.caption && t.caption.length > 0) return true;
	if (t.header && t.header.cells.length > 1) return true;
	const rows = t.rows.length;
	const cols = Math.max(0, ...t.rows.map((r) => r.cells.length));
	return rows >= 10 || cols > 4 || (rows > 1 && cols > 1 && rows * cols > 10);
}

/** Images worth keeping in the body: not `data:` icons. */
function hasContentImage(inlines: readonly Inline[]): boolean {
	for (const n of inlines) {
		if (n.kind === 'image' && (!n.src.startsWith('data:') || collapse(inlineText(n.alt)) !== '')) return true;
		if ((n.kind === 'link' || n.kind === 'emphasis' || n.kind === 'span') && hasContentImage(n.children)) return true;
	}
	return false;
}

/** A short paragraph made (mostly) of a byline span or an author link: metadata, not body. */
function bylineSignal(inlines: readonly Inline[], s: Stats): string | undefined {
	if (s.chars === 0 || s.chars > W.BYLINE_MAX_CHARS) return undefined;
	let bylineChars = 0;
	let signal: string | undefined;
	const walk = (ns: readonly Inline[]): void => {
		for (const n of ns) {
			if (n.kind === 'span' || n.kind === 'link') {
				const attrs = n.attrs;
				const rel = attrValue(attrs, 'rel') ?? '';
				const words = `${attrWords(attrs)} ${rel}`;
				if (attrs && W.BYLINE_RE.test(words)) {
					bylineChars += collapse(inlineText(n.children)).length;
					signal ??= collapse(words);
					continue;
				}
			}
			if (n.kind === 'span' || n.kind === 'link' || n.kind === 'emphasis') walk(n.children);
		}
	};
	walk(inlines);
	return signal !== undefined && bylineChars >= s.chars / 2 ? signal : undefined;
}

/**
 * Whether short blocks are mostly share or follow buttons: links and spans whose classes say share/social hold at
 * least half of their text. Such rows survive pandoc as plain lists and paragraphs once their wrapper is gone.
 */
function shareSignal(blocks: readonly Block[]): string | undefined {
	let total = 0;
	let shared = 0;
	let signal: string | undefined;
	const walk = (ns: readonly Inline[], inShare: boolean): void => {
		for (const n of ns) {
			if (n.kind === 'link' || n.kind === 'span') {
				const words = attrWords(n.attrs);
				const hit = inShare || (words !== '' && W.SHARE_RE.test(words));
				if (hit && !inShare) signal ??= words;
				walk(n.children, hit);
			} else if (n.kind === 'emphasis') walk(n.children, inShare);
			else if (n.kind === 'text') {
				const len = collapse(n.value).length;
				total += len;
				if (inShare) shared += len;
			}
		}
	};
	const visit = (b: Block): void => {
		if (b.kind === 'paragraph' || b.kind === 'heading') walk(b.content, false);
		else for (const c of childBlocks(b)) visit(c);
	};
	for (const b of blocks) visit(b);
	if (signal === undefined || total > W.SHARE_MAX_CHARS) return undefined;
	return shared * 2 >= total ? signal : undefined;
}

/** How alike two titles are: shared tokens over the tokens of the longer one. */
function similarity(a: string, b: string): number {
	const ta = a.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
	const tb = b.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
	if (ta.length === 0 || tb.length === 0) return 0;
	const setB = new Set(tb);
	const shared = ta.filter((t) => setB.has(t)).length;
	return shared / Math.max(ta.length, tb.length);
}

/** Titles this alike are the same title (Readability's `_headerDuplicatesTitle` uses 0.75). */
const TITLE_SIMILARITY = 0.75;
/** Only the first few kept blocks can be the article's header (title, byline, date). */
const HEADER_BLOCKS = 4;

/** Step 8: removes the title heading and leading byline/date blocks that repeat the metadata. */
function dropRepeatedMetadata(index: BlockIndex, blocks: readonly Block[], metadata: ArticleMetadata, removed: RemovedRegion[]): Block[] {
	const out = [...blocks];
	const title = metadata.title?.value ?? guessTitle(index);
	const titleSource = metadata.title?.source;
	for (let i = 0; i < Math.min(out.length, HEADER_BLOCKS); i++) {
		const b = out[i];
		if (b.kind !== 'heading') continue;
		const text = collapse(inlineText(b.content));
		const sameSource = titleSource !== undefined && titleSource.start < b.range.end && titleSource.end > b.range.start;
		if (sameSource || (title !== undefined && b.level <= 2 && similarity(text, title) >= TITLE_SIMILARITY)) {
			removed.push({ range: b.range, step: 'title', signal: sameSource ? (metadata.title?.rule ?? 'metadata') : 'similar-to-title' });
			out.splice(i, 1);
			break;
		}
	}
	// Leading short blocks that only repeat the author or the date.
	const sourceText = (f: { source?: SourceRange } | undefined): string | undefined =>
		f?.source ? collapse(inlineTextOfRange(index.doc.text, f.source)) : undefined;
	const repeats = [metadata.author?.value, sourceText(metadata.published), sourceText(metadata.modified)]
		.filter((v): v is string => typeof v === 'string' && v.trim() !== '')
		.map((v) => collapse(v).toLowerCase());
	for (let i = 0; i < Math.min(out.length, HEADER_BLOCKS) && repeats.length > 0; i++) {
		const b = out[i];
		if (b.kind !== 'paragraph') continue;
		if (index.statsOf(b).chars > W.BYLINE_MAX_CHARS) continue;
		const text = collapse(inlineText(b.content)).toLowerCase();
		if (text.length === 0 || text.length > W.BYLINE_MAX_CHARS || !repeats.some((r) => text.includes(r))) continue;
		let rest = text;
		for (const r of repeats) rest = rest.split(r).join(' ');
		rest = rest.replace(/\b(by|on|and|updated|published|posted|last|modified)\b/g, ' ');
		if ((rest.match(/[\p{L}\p{N}]+/gu) ?? []).length > 2) continue;
		removed.push({ range: b.range, step: 'byline', signal: 'repeats-metadata' });
		out.splice(i, 1);
		i--;
	}
	return out;
}

/** The text of a source range read as inline Markdown: markup punctuation dropped, so it compares with rendered text. */
function inlineTextOfRange(text: string, r: SourceRange): string {
	return text
		.slice(r.start, r.end)
		.replace(/\{[^{}]*\}/g, ' ')
		.replace(/\]\([^)]*\)/g, ' ')
		.replace(/[[\]\\]/g, ' ');
}

/** Without metadata, the title is the first level-1 heading of the dump. */
function guessTitle(index: BlockIndex): string | undefined {
	const find = (blocks: readonly Block[]): string | undefined => {
		for (const b of blocks) {
			if (b.kind === 'heading' && b.level === 1) {
				const t = collapse(inlineText(b.content));
				if (t) return t;
			}
			const inner = isContainer(b) && isHidden(b.attrs) ? undefined : find(childBlocks(b));
			if (inner) return inner;
		}
		return undefined;
	};
	return find(index.doc.blocks);
}
