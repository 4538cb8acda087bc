// Article metadata: title, author, dates, URL, site, language, description, tags, lead image, with provenance for each.
import { trackingReason } from '../vocab/tracking';
import type { Attributes, Block, DumpDocument, Heading, Inline, Link, SourceRange } from '../model/dumpDocument';
import type { ArticleMetadata, MetadataField } from './article';
import { dayFirstFor, findDates, parseMachineDate, type DateOptions } from './dates';
import { decodeEncodedHtmlWithOffsets, findHtmlElements, htmlToText, type HtmlElement } from './encodedHtml';
import { attrValue, attrWords, blockText, collapse, inlineText, isHidden } from './inlineText';
import { smartInlineText } from './smartText';
import {
	AUTHOR_NAME_RE,
	AUTHOR_NOT_RE,
	AUTHOR_RE,
	AUTHOR_SPLIT_RE,
	BYLINE_PREFIX_RE,
	DATE_RE,
	DESCRIPTION_RE,
	FAR_FROM_TITLE_CHARS,
	FOREIGN_RE,
	MAX_BYLINE_CHARS,
	MAX_DESCRIPTION_CHARS,
	MAX_NAME_CHARS,
	MAX_NAME_WORDS,
	MAX_TAGS,
	MAX_TITLE_CHARS,
	METADATA_PROFILES,
	MIN_DESCRIPTION_CHARS,
	MODIFIED_LABEL_RE,
	MODIFIED_RE,
	NEAR_TITLE_CHARS,
	NOT_A_NAME_RE,
	PUBLISHED_LABEL_RE,
	PUBLISHED_RE,
	PUBLISHER_RE,
	ROLE_RE,
	SHARE_HOST_RE,
	SHARE_TITLE_PARAMS,
	SHARE_URL_PARAMS,
	SITE_TITLE_RE,
	TAGS_RE,
	TITLE_RE,
	TITLE_SITE_SEPARATORS,
	TRACKING_PARAM_RE,
	WEIGHT,
	type MetadataProfile,
} from './metadataRules';

/** What the body extractor knows when metadata is read: the chosen article container, if any. */
export interface ArticleContext {
	readonly region?: SourceRange;
	/** The article's blocks, when already chosen: the word count is taken from them instead of the region. */
	readonly blocks?: readonly Block[];
	/** Receives every field's scored candidates, for tuning the rules (scripts/evalMetadata.ts). */
	readonly trace?: (field: string, candidates: readonly { readonly value: unknown; readonly rule: string; readonly score: number }[]) => void;
}

/** How many ancestors of a node are searched for a vocabulary class ("inside a byline container"). */
const ANCESTOR_DEPTH = 3;
/** Confidence is a score mapped onto 0..1; a candidate scoring this much is near-certain. */
const SURE_SCORE = 100;
/** Below this score a candidate is noise (a stray date in a footer, a heading in a menu). */
const MIN_SCORE = 10;
/** A language guessed from common words is only a guess. */
const GUESSED_LANGUAGE_CONFIDENCE = 0.3;
/** Text shorter than this says too little to guess its language from. */
const MIN_LANGUAGE_GUESS_WORDS = 50;

/**
 * Reads the article's metadata from the dump. Never throws; a field that is not found is absent.
 *
 * Workflow:
 * 1. Scan: every block and every span, link and image becomes a node with its id/class/itemprop/rel words and parent.
 * 2. Witnesses: the encoded original HTML line (title, teaser, labels, language) and share links (the page URL,
 *    and its `<title>`, "Article - Site") are read first, to confirm what the dump's markup says.
 * 3. Title: headings scored by level, headline vocabulary, nearness to the article region, platform profiles and
 *    agreement with the witnesses; the heading block becomes the title's source (the body extractor drops it).
 * 4. Byline and dates: author and date vocabulary near the title, away from comments and related stories; dates
 *    read in several languages and classed as published or modified by their labels and classes.
 * 5. URL, site name, language, description, tags, lead image, word count, each with the rule that found it.
 */
export function extractMetadata(doc: DumpDocument, context: ArticleContext): ArticleMetadata {
	try {
		return new MetadataReader(doc, context).read();
	} catch {
		// Metadata is an extra: a bug here must not cost the article.
		return {};
	}
}

/** A block, span, link or image of the dump with the words that describe it. */
interface MNode {
	readonly block?: Block;
	readonly inline?: Inline;
	readonly attrs?: Attributes;
	/** Lower-cased id, classes, itemprop, rel, role, property and itemtype. */
	readonly words: string;
	readonly range: SourceRange;
	readonly parent?: MNode;
	readonly hidden: boolean;
	readonly order: number;
	/** Lower-cased itemprop, '' when none: asked of every node by several fields. */
	readonly itemprop: string;
}

interface Candidate<T> {
	readonly value: T;
	readonly source?: SourceRange;
	rule: string;
	score: number;
	/** The node the value was read from, when it was one. */
	readonly node?: MNode;
}

interface Witness {
	readonly value: string;
	readonly source: SourceRange;
	readonly rule: string;
}

interface ShareLink {
	readonly url?: string;
	readonly titles: string[];
	readonly range: SourceRange;
}

function field<T>(c: Candidate<T> | undefined): MetadataField<T> | undefined {
	if (!c) return undefined;
	const confidence = Math.round(Math.max(0.05, Math.min(0.99, c.score / SURE_SCORE)) * 100) / 100;
	return c.source ? { value: c.value, source: c.source, rule: c.rule, confidence } : { value: c.value, rule: c.rule, confidence };
}

function best<T>(cs: readonly Candidate<T>[]): Candidate<T> | undefined {
	let top: Candidate<T> | undefined;
	// Ties keep the earliest candidate: the first byline or date of a page is the article's.
	for (const c of cs) if (c.score >= MIN_SCORE && (!top || c.score > top.score)) top = c;
	return top;
}

/** Words of a node for vocabulary matching. */
function nodeWords(attrs: Attributes | undefined): string {
	if (!attrs) return '';
	const extra: string[] = [];
	const rel = attrValue(attrs, 'rel');
	if (rel) extra.push(rel);
	const itemtype = attrValue(attrs, 'itemtype');
	if (itemtype) extra.push(itemtype.replace(/^.*\//, ''));
	return `${attrWords(attrs)} ${extra.join(' ')}`.toLowerCase().trim();
}

class MetadataReader {
	readonly #doc: DumpDocument;
	readonly #context: ArticleContext;
	readonly #nodes: MNode[] = [];
	readonly #links: { node: MNode; link: Link }[] = [];
	readonly #text = new Map<MNode, string>();
	readonly #blockTexts = new Map<Block, string>();
	#regionTextCache: string | undefined;
	#profile: MetadataProfile | undefined;
	#lastTitleCandidates: Candidate<string>[] = [];
	#lastDateCandidates: Candidate<string>[] = [];
	#titleNode: MNode | undefined;

	constructor(doc: DumpDocument, context: ArticleContext) {
		this.#doc = doc;
		this.#context = context;
	}

	read(): ArticleMetadata {
		// 1. Scan.
		this.#scanBlocks(this.#doc.blocks, undefined, false);
		this.#profile = METADATA_PROFILES.find((p) => this.#nodes.some((n) => n.words !== '' && p.detect.test(n.words)));

		// 2. Witnesses.
		const encoded = this.#readEncoded();
		const shares = this.#readShareLinks();
		const shareTitles = shares.flatMap((s) => s.titles);

		// 3. Title.
		const title = this.#title(encoded.title, shareTitles);
		this.#titleNode = title?.node;

		// 5 (early): language, needed to read numeric dates.
		const language = best(this.#languageCandidates(encoded.language));
		const dateOptions: DateOptions = { dayFirst: dayFirstFor(language?.value) };

		// 4. Byline and dates.
		const authors = this.#expandAuthors(best(this.#authorCandidates()));
		const { published, modified } = this.#dates(dateOptions);

		// 5. The rest.
		const origin = this.#origin(shares, title?.node);
		const url = best(this.#urlCandidates(shares, title?.node, origin));
		const siteName = best(this.#siteNameCandidates(shares, title?.candidate.value, origin, authors?.value));
		const description = best(this.#descriptionCandidates(encoded.description, title?.candidate.value));
		const tags = best(this.#tagCandidates(encoded.labels));
		const leadImage = best(this.#imageCandidates(origin));
		const wordCount = this.#wordCount();

		const out: { -readonly [K in keyof ArticleMetadata]: ArticleMetadata[K] } = {};
		if (this.#context.trace) {
			const t = this.#context.trace;
			t('title', this.#lastTitleCandidates);
			t('author', this.#authorCandidates());
			t('dates', this.#lastDateCandidates);
			t('siteName', this.#siteNameCandidates(shares, title?.candidate.value, origin, authors?.value));
			t('description', this.#descriptionCandidates(encoded.description, title?.candidate.value));
			t('tags', this.#tagCandidates(encoded.labels));
			t('language', this.#languageCandidates(encoded.language));
		}
		if (title) out.title = field(title.candidate);
		if (authors) {
			const names = authors.value;
			out.author = field({ ...authors, value: names.join(', ') });
			if (names.length > 1) out.authors = field(authors);
		}
		if (published) out.published = field(published);
		if (modified) out.modified = field(modified);
		if (url) out.url = field(url);
		if (siteName) out.siteName = field(siteName);
		if (language) out.language = field(language);
		if (description) out.description = field(description);
		if (tags) out.tags = field(tags);
		if (leadImage) out.leadImage = field(leadImage);
		if (wordCount !== undefined) out.wordCount = { value: wordCount, rule: this.#context.blocks ? 'article-words' : 'region-words', confidence: 0.5 };
		return out;
	}

	// ---- 1. Scan ------------------------------------------------------------------------------------------------

	#add(node: Omit<MNode, 'order' | 'itemprop'>): MNode {
		// Every node gets the same fields in the same order: one object shape keeps the loops over nodes fast.
		const n: MNode = {
			block: node.block,
			inline: node.inline,
			attrs: node.attrs,
			words: node.words,
			range: node.range,
			parent: node.parent,
			hidden: node.hidden,
			order: this.#nodes.length,
			itemprop: (attrValue(node.attrs, 'itemprop') ?? '').toLowerCase(),
		};
		this.#nodes.push(n);
		return n;
	}

	#scanBlocks(blocks: readonly Block[], parent: MNode | undefined, hidden: boolean): void {
		for (const b of blocks) {
			const attrs = b.kind === 'div' || b.kind === 'htmlDiv' ? b.attrs : b.kind === 'heading' || b.kind === 'code' ? b.attrs : undefined;
			const h = hidden || isHidden(attrs);
			const node = this.#add({ block: b, attrs, words: nodeWords(attrs), range: b.range, parent, hidden: h });
			switch (b.kind) {
				case 'div':
				case 'htmlDiv':
				case 'blockquote':
					this.#scanBlocks(b.children, node, h);
					break;
				case 'list':
					for (const it of b.items) this.#scanBlocks(it.children, node, h);
					break;
				case 'table':
					for (const row of b.header ? [b.header, ...b.rows] : b.rows) for (const cell of row.cells) this.#scanBlocks(cell.blocks, node, h);
					break;
				case 'paragraph':
				case 'heading':
					this.#scanInlines(b.content, node, h);
					break;
				default:
					break;
			}
		}
	}

	#scanInlines(inlines: readonly Inline[], parent: MNode, hidden: boolean): void {
		for (const n of inlines) {
			switch (n.kind) {
				case 'span': {
					const h = hidden || isHidden(n.attrs);
					const node = this.#add({ inline: n, attrs: n.attrs, words: nodeWords(n.attrs), range: n.range, parent, hidden: h });
					this.#scanInlines(n.children, node, h);
					break;
				}
				case 'link': {
					const node = this.#add({ inline: n, attrs: n.attrs, words: nodeWords(n.attrs), range: n.range, parent, hidden });
					this.#links.push({ node, link: n });
					this.#scanInlines(n.children, node, hidden);
					break;
				}
				case 'image':
					this.#add({ inline: n, attrs: n.attrs, words: nodeWords(n.attrs), range: n.range, parent, hidden });
					break;
				case 'emphasis':
					this.#scanInlines(n.children, parent, hidden);
					break;
				default:
					break;
			}
		}
	}

	/** The visible text of a node, white space collapsed. */
	#textOf(n: MNode): string {
		let t = this.#text.get(n);
		if (t === undefined) {
			if (n.block) t = this.#collapsedBlockText(n.block);
			else if (n.inline?.kind === 'span' || n.inline?.kind === 'link') t = collapse(smartInlineText(n.inline.children, this.#doc.text));
			else if (n.inline?.kind === 'image') t = collapse(inlineText(n.inline.alt));
			else t = '';
			this.#text.set(n, t);
		}
		return t;
	}

	/**
	 * A block's visible text with the page's punctuation (see smartText.ts), white space collapsed; memoised per block.
	 * Built from the children's collapsed texts: collapsing parts joined by new lines is joining their non-empty
	 * collapsed texts by spaces, so nested containers never re-read their subtrees.
	 */
	#collapsedBlockText(b: Block): string {
		let t = this.#blockTexts.get(b);
		if (t !== undefined) return t;
		switch (b.kind) {
			case 'paragraph':
			case 'heading':
				t = collapse(smartInlineText(b.content, this.#doc.text));
				break;
			case 'div':
			case 'htmlDiv':
				t = isHidden(b.attrs) ? '' : this.#joinTexts(b.children, '');
				break;
			case 'blockquote':
				t = this.#joinTexts(b.children, '');
				break;
			case 'list': {
				t = '';
				for (const it of b.items) t = this.#joinTexts(it.children, t);
				break;
			}
			default:
				t = collapse(blockText(b));
				break;
		}
		this.#blockTexts.set(b, t);
		return t;
	}

	/** `into` followed by the non-empty collapsed texts of `blocks`, space-separated. */
	#joinTexts(blocks: readonly Block[], into: string): string {
		let out = into;
		for (const c of blocks) {
			const ct = this.#collapsedBlockText(c);
			if (ct === '') continue;
			out = out === '' ? ct : `${out} ${ct}`;
		}
		return out;
	}

	/** Whether a node, or one of its near ancestors, has words matching `re`; 2 for the node itself, 1 for an ancestor, 0 for neither. */
	#vocab(n: MNode, re: RegExp, depth = ANCESTOR_DEPTH): 0 | 1 | 2 {
		if (n.words && re.test(n.words)) return 2;
		let p = n.parent;
		for (let i = 0; i < depth && p; i++, p = p.parent) if (p.words && re.test(p.words)) return 1;
		return 0;
	}

	/** Whether any ancestor (at any depth) names comments, related stories, sidebars or footers. */
	#isForeign(n: MNode): boolean {
		for (let p: MNode | undefined = n; p; p = p.parent) if (p.words && FOREIGN_RE.test(p.words) && !LAYOUT_RE.test(p.words)) return true;
		return false;
	}

	#profileMatch(n: MNode, key: 'title' | 'author' | 'published' | 'modified' | 'tags' | 'description'): boolean {
		const re = this.#profile?.[key];
		if (!re) return false;
		for (let p: MNode | undefined = n, i = 0; p && i <= ANCESTOR_DEPTH; p = p.parent, i++) if (p.words && re.test(p.words)) return true;
		return false;
	}

	#itemprop(n: MNode): string {
		return n.itemprop;
	}

	/** Where the article is: the title heading, else the region's start. */
	#anchor(): number | undefined {
		return this.#titleNode?.range.start ?? this.#context.region?.start;
	}

	/** Score for being where bylines and dates are: just after the title (or the region's start), not in comments or far away. */
	#positionScore(n: MNode): number {
		let s = 0;
		const a = this.#anchor();
		if (a !== undefined) {
			const d = n.range.start - a;
			if (d >= -NEAR_TITLE_CHARS / 2 && d <= NEAR_TITLE_CHARS) s += WEIGHT.nearTitle;
			else if (Math.abs(d) > FAR_FROM_TITLE_CHARS) s -= WEIGHT.nearTitle;
		}
		const r = this.#context.region;
		if (r && n.range.start >= r.start && n.range.end <= r.end) s += 5;
		if (this.#isForeign(n)) s += WEIGHT.foreign;
		if (n.hidden) s += WEIGHT.hidden;
		return s;
	}

	// ---- 2. Witnesses ---------------------------------------------------------------------------------------------

	#readEncoded(): { title?: Witness; description?: Witness; labels: Witness[]; language?: Witness } {
		const out: { title?: Witness; description?: Witness; labels: Witness[]; language?: Witness } = { labels: [] };
		const visit = (blocks: readonly Block[]): void => {
			for (const b of blocks) {
				if (b.kind === 'encodedHtml') this.#readEncodedBlock(b.encoded, b.range.start, out);
				else if (b.kind === 'div' || b.kind === 'htmlDiv' || b.kind === 'blockquote') visit(b.children);
			}
		};
		visit(this.#doc.blocks);
		return out;
	}

	#readEncodedBlock(encoded: string, base: number, out: { title?: Witness; description?: Witness; labels: Witness[]; language?: Witness }): void {
		const { html, offsets } = decodeEncodedHtmlWithOffsets(encoded);
		const range = (e: HtmlElement): SourceRange => ({ start: base + offsets[e.innerStart], end: base + offsets[e.innerEnd] });
		const first = (tag: string): HtmlElement | undefined => findHtmlElements(html, tag).find((e) => htmlToText(e.inner) !== '');
		// Khoros: LINGO-SUB is the subject (title), LINGO-TEASER the summary, LINGO-LABEL the labels. Generic HTML: <title>/<h1>, meta description.
		const sub = first('lingo-sub') ?? first('h1') ?? first('title');
		if (sub && !out.title) out.title = { value: htmlToText(sub.inner), source: range(sub), rule: `encoded-html:${sub.tag}` };
		const teaser = first('lingo-teaser');
		if (teaser && !out.description) out.description = { value: htmlToText(teaser.inner), source: range(teaser), rule: 'encoded-html:lingo-teaser' };
		if (!out.description) {
			const meta = findHtmlElements(html, 'meta').find((e) => /^(?:description|og:description)$/i.test(e.attrs.get('name') ?? e.attrs.get('property') ?? ''));
			const content = meta?.attrs.get('content');
			if (meta && content) out.description = { value: collapse(content), source: { start: base + offsets[meta.start], end: base + offsets[meta.end] }, rule: 'encoded-html:meta-description' };
		}
		for (const label of findHtmlElements(html, 'lingo-label')) {
			const v = htmlToText(label.inner);
			if (v) out.labels.push({ value: v, source: range(label), rule: 'encoded-html:lingo-label' });
		}
		if (!out.language) {
			const m = /<[a-z][\w:-]*\s[^>]*?\b(?:slang|lang|xml:lang)\s*=\s*["']?([a-zA-Z]{2,3}(?:[-_][a-zA-Z0-9]{2,8})*)/i.exec(html);
			if (m) {
				const at = m.index + m[0].length - m[1].length;
				out.language = { value: m[1].replace('_', '-'), source: { start: base + offsets[at], end: base + offsets[at + m[1].length] }, rule: 'encoded-html:lang' };
			}
		}
	}

	/** Share buttons: their query holds the page's own URL and its `<title>` (often "Article - Site"). */
	#readShareLinks(): ShareLink[] {
		const out: ShareLink[] = [];
		for (const { node, link } of this.#links) {
			const href = link.href.trim();
			const parsed = parseUrl(href);
			if (!parsed) continue;
			const isMail = parsed.scheme === 'mailto';
			if (!isMail && !SHARE_HOST_RE.test(parsed.host)) continue;
			const params = parseQuery(parsed.query);
			let url: string | undefined;
			for (const key of SHARE_URL_PARAMS) {
				const v = params.get(key);
				if (v && /^https?:\/\//i.test(v.trim())) {
					url = v.trim();
					break;
				}
			}
			const titles: string[] = [];
			for (const key of SHARE_TITLE_PARAMS) {
				const v = params.get(key);
				if (v) titles.push(collapse(v.replace(/\bhttps?:\/\/\S+/g, '')));
			}
			if (isMail && !url) {
				const body = params.get('body') ?? '';
				const m = /https?:\/\/[^\s"'<>]+/.exec(body);
				if (m) url = m[0];
			}
			if (url || titles.length > 0) out.push({ url, titles: titles.filter((t) => t !== ''), range: node.range });
		}
		return out;
	}

	// ---- 3. Title -----------------------------------------------------------------------------------------------

	#title(encoded: Witness | undefined, shareTitles: readonly string[]): { candidate: Candidate<string>; node?: MNode } | undefined {
		const region = this.#context.region;
		const cands: { candidate: Candidate<string>; node: MNode }[] = [];
		let firstH1 = true;
		for (const n of this.#nodes) {
			const b = n.block;
			const isHeading = b?.kind === 'heading';
			const profile = this.#profileMatch(n, 'title');
			const own = this.#vocab(n, TITLE_RE, 0);
			if (!isHeading && !(profile || own) ) continue;
			if (!isHeading && (n.block?.kind === 'div' || n.block?.kind === 'htmlDiv' || n.inline?.kind === 'image')) continue;
			const text = this.#textOf(n);
			if (text.length < 2 || text.length > MAX_TITLE_CHARS) continue;
			let score = 0;
			let rule: string;
			if (isHeading) {
				const level = (b as Heading).level;
				score += level === 1 ? WEIGHT.h1 : level === 2 ? WEIGHT.h2 : level === 3 ? WEIGHT.h3 : 0;
				if (level === 1 && firstH1) {
					score += 5;
					firstH1 = false;
				}
				rule = `heading-h${level}`;
			} else {
				rule = 'class:title';
				// A title outside a heading must carry a strong name, not just "title" (every widget has one).
				if (!/headline|entry-title|post-title|article-title|story-title/.test(n.words)) score -= 15;
			}
			const vocab = this.#vocab(n, TITLE_RE, 2);
			if (vocab === 2) score += WEIGHT.classOwn;
			else if (vocab === 1) score += WEIGHT.classAncestor;
			if (this.#itemprop(n) === 'headline') score += WEIGHT.itemprop;
			if (profile) {
				score += WEIGHT.profile;
				rule = `profile:${this.#profile?.name}:title`;
			}
			// A heading that links to the front page is the site's name ("# [Hi, I'm Nicolas.](/)"), not the article's.
			const homeLink = this.#firstLinkIn(n);
			if (this.#vocab(n, SITE_TITLE_RE, 2) > 0 || (homeLink && isHomeLink(homeLink.href.trim(), undefined))) score += WEIGHT.siteTitle;
			if (this.#isForeign(n)) score += WEIGHT.foreign;
			if (region) {
				if (n.range.start >= region.start && n.range.end <= region.end) score += WEIGHT.inRegion;
				else if (n.range.end <= region.start && region.start - n.range.end < NEAR_TITLE_CHARS * 2) score += WEIGHT.beforeRegion;
			}
			const norm = text.toLowerCase();
			if (encoded && collapse(encoded.value).toLowerCase() === norm) score += WEIGHT.witness;
			else if (shareTitles.some((t) => t.toLowerCase().includes(norm) && norm.length >= 8)) score += WEIGHT.witness / 2;
			cands.push({ candidate: { value: text, source: n.range, rule, score }, node: n });
		}
		this.#lastTitleCandidates = cands.map((c) => c.candidate);
		let top: { candidate: Candidate<string>; node: MNode } | undefined;
		for (const c of cands) if (c.candidate.score >= MIN_SCORE && (!top || c.candidate.score > top.candidate.score)) top = c;
		if (top) {
			if (encoded && collapse(encoded.value).toLowerCase() === top.candidate.value.toLowerCase()) top.candidate.rule += '+encoded-html';
			return top;
		}
		if (encoded) return { candidate: { value: collapse(encoded.value), source: encoded.source, rule: encoded.rule, score: 60 } };
		return undefined;
	}

	// ---- 4. Byline ----------------------------------------------------------------------------------------------

	#authorCandidates(): Candidate<string[]>[] {
		const out: Candidate<string[]>[] = [];
		for (const n of this.#nodes) {
			if (n.inline?.kind === 'image') continue;
			const profile = this.#profileMatch(n, 'author') && (n.words !== '' || n.block?.kind === 'paragraph');
			const own = n.words !== '' && AUTHOR_RE.test(n.words);
			if (!own && !profile) continue;
			if (n.words && AUTHOR_NOT_RE.test(n.words) && !profile) continue;
			const names = this.#namesIn(n);
			if (names.length === 0) continue;
			let score = this.#positionScore(n);
			let rule = 'class:author';
			const itemprop = this.#itemprop(n);
			const rel = (attrValue(n.attrs, 'rel') ?? '').toLowerCase();
			if (itemprop === 'author' || itemprop === 'creator') {
				score += WEIGHT.itemprop;
				rule = 'itemprop:author';
			} else if (/(?:^|\s)author(?:\s|$)/.test(rel)) {
				score += WEIGHT.relAuthor;
				rule = 'rel:author';
			} else score += WEIGHT.classOwn;
			if (profile) {
				score += WEIGHT.profile;
				rule = `profile:${this.#profile?.name}:author`;
			}
			out.push({ value: names, source: n.range, rule, score, node: n });
		}
		// "By Jane Doe" written as text just under the title, without any class.
		const a = this.#anchor();
		if (a !== undefined) {
			for (const n of this.#nodes) {
				if (n.block?.kind !== 'paragraph' || n.range.start < a || n.range.start - a > NEAR_TITLE_CHARS) continue;
				// Decorations before "By" ("// By Jane Doe • Nov 11, 2020") are not part of the byline.
				const t = this.#textOf(n).replace(/^[^\p{L}\p{N}]+/u, '');
				if (t.length > MAX_BYLINE_CHARS || !BYLINE_PREFIX_RE.test(t)) continue;
				const names = splitNames(t);
				if (names.length > 0) out.push({ value: names, source: n.range, rule: 'text:by-line', score: 12 + this.#positionScore(n) });
			}
			// Links to an author page just under the title, without any byline class.
			for (const { node, link } of this.#links) {
				if (node.range.start < a || node.range.start - a > NEAR_TITLE_CHARS || !AUTHOR_URL_RE.test(link.href)) continue;
				const names = splitNames(this.#textOf(node));
				if (names.length === 1) out.push({ value: names, source: node.range, rule: 'link:author-page', score: 12 + this.#positionScore(node), node });
			}
		}
		return out;
	}

	/** A name link inside a byline that names several people: the byline's names, in order. */
	#expandAuthors(c: Candidate<string[]> | undefined): Candidate<string[]> | undefined {
		let p = c?.node?.parent;
		for (let i = 0; c && p && i < 2; i++, p = p.parent) {
			if (!p.words || !AUTHOR_RE.test(p.words) || AUTHOR_NOT_RE.test(p.words) || this.#textOf(p).length > MAX_BYLINE_CHARS) continue;
			const names = this.#namesIn(p);
			if (names.length > c.value.length && c.value.every((v) => names.includes(v))) return { ...c, value: names, source: p.range, node: p };
		}
		return c;
	}

	/** The names a byline node holds: its name element, its author links, or its own short text. */
	#namesIn(n: MNode): string[] {
		const inner = this.#descendants(n);
		// An element that holds only the name (itemprop=name, .fn, .author-name).
		const named = inner.filter((d) => d.words !== '' && AUTHOR_NAME_RE.test(d.words) && !AUTHOR_NOT_RE.test(d.words));
		let names = uniq(named.flatMap((d) => splitNames(this.#textOf(d))));
		if (names.length > 0) return names;
		// Links to author pages.
		const links = inner.filter((d) => d.inline?.kind === 'link' && AUTHOR_URL_RE.test((d.inline as Link).href));
		names = uniq(links.flatMap((d) => splitNames(this.#textOf(d))));
		if (names.length > 0) return names;
		const t = this.#textOf(n);
		if (t.length > MAX_BYLINE_CHARS) return [];
		return splitNames(t);
	}

	#descendants(n: MNode): MNode[] {
		const out: MNode[] = [];
		for (let i = n.order + 1; i < this.#nodes.length; i++) {
			const d = this.#nodes[i];
			if (d.range.start >= n.range.end) break;
			let p = d.parent;
			while (p && p !== n) p = p.parent;
			if (p === n) out.push(d);
		}
		return out;
	}

	// ---- 4. Dates -----------------------------------------------------------------------------------------------

	#dates(options: DateOptions): { published?: Candidate<string>; modified?: Candidate<string> } {
		const published: Candidate<string>[] = [];
		const modified: Candidate<string>[] = [];
		const seen = new Set<string>();
		const a = this.#anchor();
		for (const n of this.#nodes) {
			if (n.inline?.kind === 'image') continue;
			const profPub = this.#profileMatch(n, 'published');
			const profMod = this.#profileMatch(n, 'modified');
			const own = n.words !== '' && DATE_RE.test(n.words);
			const nearText = a !== undefined && n.block?.kind === 'paragraph' && n.range.start >= a - NEAR_TITLE_CHARS / 4 && n.range.start - a <= NEAR_TITLE_CHARS;
			const loose = !own && n.words !== '' && DATE_LOOSE_RE.test(n.words);
			if (!own && !loose && !profPub && !profMod && !nearText) continue;
			const itemprop = this.#itemprop(n);
			let base = own ? WEIGHT.classOwn : loose ? WEIGHT.classAncestor : 8;
			let rule = own ? 'class:date' : loose ? 'class:date-like' : 'text:near-title';
			if (itemprop === 'datepublished' || itemprop === 'datemodified' || itemprop === 'datecreated') {
				base = WEIGHT.itemprop;
				rule = `itemprop:${itemprop}`;
			}
			if (profPub || profMod) {
				base = WEIGHT.profile;
				rule = `profile:${this.#profile?.name}:${profMod ? 'modified' : 'published'}`;
			}
			const pos = this.#positionScore(n);
			const push = (iso: string, label: string, how: string, bonus = 0): void => {
				const key = `${n.order}:${iso}`;
				if (seen.has(key)) return;
				seen.add(key);
				const isMod = profMod || (!profPub && (MODIFIED_LABEL_RE.test(label) || itemprop === 'datemodified' || (!PUBLISHED_LABEL_RE.test(label) && this.#vocab(n, MODIFIED_RE, 2) > 0 && !(n.words && PUBLISHED_RE.test(n.words)))));
				const labelled = MODIFIED_LABEL_RE.test(label) || PUBLISHED_LABEL_RE.test(label) ? 5 : 0;
				const c: Candidate<string> = { value: iso, source: n.range, rule: (how === 'text' ? rule : `${rule}:${how}`) + (labelled ? ':label' : ''), score: base + pos + labelled + bonus };
				(isMod ? modified : published).push(c);
			};
			// Machine dates kept on spans and divs: datetime="2021-05-10T08:00", data-datetime, content, seconds.
			for (const key of ['datetime', 'data-datetime', 'content', 'data-timestamp', 'data-time', 'data-date']) {
				const v = attrValue(n.attrs, key);
				const iso = v ? parseMachineDate(v, options) : undefined;
				if (iso) push(iso, '', `@${key}`);
			}
			// Text: every date in a short text, each labelled by the words just before it.
			const text = this.#textOf(n);
			if (text.length > (nearText && !own ? 200 : 400)) continue;
			const dates = findDates(text, options);
			// A container of several dated items (a list of stories) is not one article's dateline.
			if (dates.length > 2 && !profPub && !profMod) continue;
			let prev = 0;
			// A text that is nothing but a date (and its repeats) is a dateline.
			const bare = dates.length > 0 && dates.reduce((acc, d) => acc + d.end - d.start, 0) >= text.length * 0.6 ? 7 : 0;
			for (const d of dates) {
				push(d.iso, text.slice(Math.max(prev, d.start - 40), d.start), 'text', bare);
				prev = d.end;
			}
		}
		this.#lastDateCandidates = [...published.map((c) => ({ ...c, rule: `published ${c.rule}` })), ...modified.map((c) => ({ ...c, rule: `modified ${c.rule}` }))];
		const pub = best(published);
		const mod = best(modified);
		// A page showing one date, marked "updated" by its theme only, shows when it was published.
		if (!pub && mod && !/label/.test(mod.rule) && modified.filter((c) => c.score >= MIN_SCORE).every((c) => c.value === mod.value)) {
			return { published: { ...mod, rule: `${mod.rule}:only-date`, score: mod.score - 10 }, modified: mod };
		}
		return { published: pub, modified: mod };
	}

	// ---- 5. URL, site, language, description, tags, image --------------------------------------------------------

	/** The site's origin (`https://host`), to resolve relative links: from share links, the title link, or the links the page makes most. */
	#origin(shares: readonly ShareLink[], titleNode: MNode | undefined): string | undefined {
		for (const s of shares) {
			const p = s.url ? parseUrl(s.url) : undefined;
			if (p?.host && /^https?$/.test(p.scheme)) return `${p.scheme}://${p.host}`;
		}
		const titleHref = titleNode ? this.#firstLinkIn(titleNode)?.href : undefined;
		const tp = titleHref ? parseUrl(titleHref) : undefined;
		if (tp?.host && /^https?$/.test(tp.scheme)) return `${tp.scheme}://${tp.host}`;
		// The origin most links point to, among links that are not share buttons.
		const counts = new Map<string, number>();
		for (const { link } of this.#links) {
			const p = parseUrl(link.href.trim());
			if (!p?.host || !/^https?$/.test(p.scheme) || SHARE_HOST_RE.test(p.host)) continue;
			const o = `${p.scheme}://${p.host}`;
			counts.set(o, (counts.get(o) ?? 0) + 1);
		}
		let top: string | undefined;
		let topCount = 2;
		for (const [o, c] of counts) if (c > topCount) [top, topCount] = [o, c];
		return top;
	}

	#firstLinkIn(n: MNode): Link | undefined {
		if (n.inline?.kind === 'link') return n.inline;
		for (const d of this.#descendants(n)) if (d.inline?.kind === 'link') return d.inline;
		return undefined;
	}

	#urlCandidates(shares: readonly ShareLink[], titleNode: MNode | undefined, origin: string | undefined): Candidate<string>[] {
		const out: Candidate<string>[] = [];
		const votes = new Map<string, number>();
		for (const s of shares) if (s.url) votes.set(canonicalUrl(s.url), (votes.get(canonicalUrl(s.url)) ?? 0) + 1);
		for (const s of shares) {
			if (!s.url) continue;
			const u = canonicalUrl(s.url);
			out.push({ value: u, source: s.range, rule: 'share-link', score: 40 + 10 * Math.min(3, (votes.get(u) ?? 1) - 1) });
		}
		const link = titleNode ? this.#firstLinkIn(titleNode) : undefined;
		if (link) {
			const abs = resolveUrl(link.href.trim(), origin);
			if (abs) {
				const u = canonicalUrl(abs);
				out.push({ value: u, source: link.hrefRange, rule: 'title-link', score: 45 + (votes.has(u) ? WEIGHT.witness : 0) });
				// The title's own link confirms the share links that carry the same URL.
				for (const c of out) if (c.rule === 'share-link' && c.value === u) c.score += WEIGHT.witness;
			}
		}
		return out;
	}

	#siteNameCandidates(shares: readonly ShareLink[], title: string | undefined, origin: string | undefined, authors: readonly string[] | undefined): Candidate<string>[] {
		const out: Candidate<string>[] = [];
		// Share subjects repeat the page's <title>: "Article - Site".
		if (title) {
			const t = title.toLowerCase();
			for (const s of shares) {
				for (const st of s.titles) {
					const at = st.toLowerCase().lastIndexOf(t);
					if (at < 0) continue;
					const rest = st.slice(at + title.length);
					const sep = TITLE_SITE_SEPARATORS.find((x) => rest.startsWith(x));
					if (!sep) continue;
					const name = collapse(rest.slice(sep.length));
					// Opinion pages end their <title> with the columnist's name, not the site's.
					if (authors?.some((x) => x.toLowerCase() === name.toLowerCase())) continue;
					if (name && name.length <= MAX_NAME_CHARS) out.push({ value: name, source: s.range, rule: 'share-title-suffix', score: 55 });
				}
			}
		}
		for (const n of this.#nodes) {
			if (!n.words) continue;
			const itemprop = this.#itemprop(n);
			if (itemprop === 'publisher' || itemprop === 'sourceorganization') {
				// schema.org Organization: its name element, else its logo's alt text.
				const inner = this.#descendants(n);
				const name = inner.find((d) => this.#itemprop(d) === 'name' && this.#textOf(d) !== '');
				const alt = inner.find((d) => d.inline?.kind === 'image' && this.#textOf(d) !== '');
				const nameAttr = inner.map((d) => (this.#itemprop(d) === 'name' ? attrValue(d.attrs, 'content') : undefined)).find((v) => v);
				const v = name ? this.#textOf(name) : (nameAttr ?? (alt ? cleanLogoAlt(this.#textOf(alt)) : ''));
				if (v && v.length <= MAX_NAME_CHARS) out.push({ value: v, source: (name ?? alt ?? n).range, rule: 'itemprop:publisher', score: 45 });
			} else if (PUBLISHER_RE.test(n.words) && !n.hidden) {
				const v = this.#textOf(n);
				if (v && v.length <= MAX_NAME_CHARS && !/\n/.test(v)) out.push({ value: v, source: n.range, rule: 'class:site-name', score: 25 });
			}
		}
		// Links to the home page: the logo's title, text or alt text names the site.
		const a = this.#anchor();
		for (const { node, link } of this.#links) {
			if (!isHomeLink(link.href.trim(), origin)) continue;
			const inner = this.#descendants(node);
			const img = inner.find((d) => d.inline?.kind === 'image');
			const logoish = LOGO_RE.test(`${node.words} ${img?.words ?? ''} ${link.title ?? ''} ${img ? this.#textOf(img) : ''}`);
			const before = a !== undefined && node.range.start < a;
			// Home links in the page header are the logo; after the title they are references to other sites' pages.
			if (!logoish && !before) continue;
			const score = 18 + (logoish ? 12 : 0) + (before ? 5 : 0) + (this.#isForeign(node) ? -10 : 0);
			for (const [raw, how] of [[link.title, 'title'], [this.#textOf(node), 'text'], [img ? this.#textOf(img) : undefined, 'alt']] as const) {
				const v = raw ? cleanLogoAlt(raw) : '';
				if (isSiteNameLike(v, title)) out.push({ value: v, source: node.range, rule: `home-link:${how}`, score });
			}
		}
		// "© 2014 BuzzFeed, Inc. All rights reserved."
		for (const n of this.#nodes) {
			if (n.block?.kind !== 'paragraph' && n.inline?.kind !== 'span') continue;
			// Smart punctuation and collapsing never make or break a mark, so the plain text tells which nodes need their text.
			if (!this.#text.has(n) && !COPYRIGHT_MARK_RE.test(n.block?.kind === 'paragraph' ? inlineText(n.block.content) : n.inline?.kind === 'span' ? inlineText(n.inline.children) : '')) continue;
			const t = this.#textOf(n);
			if (t.length > 300 || !COPYRIGHT_MARK_RE.test(t)) continue;
			const m = COPYRIGHT_RE.exec(t);
			const v = m ? collapse(m[1]) : '';
			if (isSiteNameLike(v, title)) out.push({ value: v, source: n.range, rule: 'copyright', score: 15 });
		}
		// Site names echo the domain (BuzzFeed, buzzfeed.com); a copyright holder that does not is usually the owning company.
		const host = origin ? bareHost(parseUrl(origin)?.host ?? '') : '';
		const squash = (v: string): string => v.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
		const domain = host.split('.').slice(0, -1).join('');
		for (const c of out) {
			const v = squash(c.value);
			const echoes = domain !== '' && v.length >= 3 && (domain.includes(v) || v.includes(domain));
			if (echoes) c.score += 10;
			else if (c.rule === 'copyright') c.score -= 8;
		}
		// Sources that agree make each other likelier.
		const votes = new Map<string, Set<string>>();
		for (const c of out) {
			const k = c.value.toLowerCase();
			const rules = votes.get(k) ?? new Set<string>();
			rules.add(c.rule.split(':')[0]);
			votes.set(k, rules);
		}
		for (const c of out) c.score += 12 * ((votes.get(c.value.toLowerCase())?.size ?? 1) - 1);
		return out;
	}

	#languageCandidates(encoded: Witness | undefined): Candidate<string>[] {
		const out: Candidate<string>[] = [];
		if (encoded) out.push({ value: encoded.value, source: encoded.source, rule: encoded.rule, score: 80 });
		// A lang attribute on a container of the title or of the article.
		const r = this.#context.region;
		const regionNode = r ? this.#nodes.find((n) => n.block && n.range.start === r.start && n.range.end === r.end) : undefined;
		for (const inside of [this.#titleNode, regionNode]) {
			for (let p = inside; p; p = p.parent) {
				const lang = langOf(p.attrs);
				if (lang) {
					out.push({ value: lang, source: p.attrs?.range ?? p.range, rule: 'attr:lang', score: 60 });
					break;
				}
			}
		}
		// Else the largest container with a lang attribute that holds the title or lies in the article (not a language menu's items).
		if (out.length === 0 || (out.length === 1 && encoded)) {
			const a = this.#anchor();
			let top: MNode | undefined;
			for (const n of this.#nodes) {
				if (!n.block || !langOf(n.attrs)) continue;
				const holds = (a !== undefined && n.range.start <= a && n.range.end > a) || (r !== undefined && n.range.start >= r.start && n.range.end <= r.end);
				if (holds && (!top || n.range.end - n.range.start > top.range.end - top.range.start)) top = n;
			}
			const lang = top ? langOf(top.attrs) : undefined;
			if (top && lang) out.push({ value: lang, source: top.attrs?.range ?? top.range, rule: 'attr:lang-container', score: 45 });
		}
		if (out.length === 0) {
			const guess = guessLanguage(this.#regionText());
			if (guess) out.push({ value: guess, rule: 'guess:common-words', score: GUESSED_LANGUAGE_CONFIDENCE * SURE_SCORE });
		}
		return out;
	}

	#regionText(): string {
		// Read by the language guess and the word count alike.
		if (this.#regionTextCache === undefined) this.#regionTextCache = this.#computeRegionText();
		return this.#regionTextCache;
	}

	#computeRegionText(): string {
		const r = this.#context.region;
		const blocks = this.#context.blocks ?? (r ? this.#nodes.filter((n) => n.block && n.range.start === r.start && n.range.end === r.end).map((n) => n.block as Block) : this.#doc.blocks);
		return blocks.map((b) => blockText(b)).join('\n');
	}

	#descriptionCandidates(encoded: Witness | undefined, title: string | undefined): Candidate<string>[] {
		const out: Candidate<string>[] = [];
		if (encoded && encoded.value.length >= MIN_DESCRIPTION_CHARS) out.push({ value: collapse(encoded.value), source: encoded.source, rule: encoded.rule, score: 80 });
		const a = this.#anchor();
		for (const n of this.#nodes) {
			if (!n.words || n.inline?.kind === 'image' || n.inline?.kind === 'link') continue;
			const itemprop = this.#itemprop(n);
			const isItemprop = itemprop === 'description' || itemprop === 'abstract';
			if (!isItemprop && !DESCRIPTION_RE.test(n.words) && !this.#profileMatch(n, 'description')) continue;
			const t = this.#textOf(n);
			if (t.length < MIN_DESCRIPTION_CHARS || t.length > MAX_DESCRIPTION_CHARS || (title && t === title)) continue;
			// Only near the title: "summary" and "teaser" classes elsewhere are other stories' blurbs.
			if (!isItemprop && (a === undefined || n.range.start < a - NEAR_TITLE_CHARS / 2 || n.range.start - a > NEAR_TITLE_CHARS)) continue;
			const score = (isItemprop ? WEIGHT.itemprop : WEIGHT.classOwn) + this.#positionScore(n);
			out.push({ value: t, source: n.range, rule: isItemprop ? 'itemprop:description' : 'class:description', score });
		}
		// As Readability does without a meta description: the article's first paragraph.
		const r = this.#context.region;
		const from = a ?? r?.start;
		if (from !== undefined) {
			for (const n of this.#nodes) {
				if (n.block?.kind !== 'paragraph' || n.range.start < from || n.hidden) continue;
				if (r && (n.range.start < r.start || n.range.end > r.end)) continue;
				if (this.#isForeign(n)) continue;
				const t = this.#textOf(n);
				if (t.length < MIN_DESCRIPTION_CHARS * 2 || findDates(t).length > 0 && t.length < 100) continue;
				out.push({ value: t, source: n.range, rule: 'first-paragraph', score: MIN_SCORE });
				break;
			}
		}
		return out;
	}

	#tagCandidates(labels: readonly Witness[]): Candidate<string[]>[] {
		const out: Candidate<string[]>[] = [];
		for (const n of this.#nodes) {
			if (!n.words || n.inline) continue;
			const profile = this.#profileMatch(n, 'tags') && n.words !== '' && this.#profile?.tags?.test(n.words);
			if (!profile && !TAGS_RE.test(n.words)) continue;
			const links = this.#descendants(n).filter((d) => d.inline?.kind === 'link');
			const tags = uniq(links.map((d) => this.#textOf(d)).filter((t) => t !== '' && t.length <= MAX_NAME_CHARS && !/:$/.test(t)));
			if (tags.length === 0 || tags.length > MAX_TAGS) continue;
			const score = (profile ? WEIGHT.profile : WEIGHT.classOwn) + this.#positionScore(n) + (this.#isForeign(n) ? 0 : 10);
			out.push({ value: tags, source: n.range, rule: profile ? `profile:${this.#profile?.name}:tags` : 'class:tags', score });
		}
		// rel="tag" links (microformats) anywhere in the article.
		const relTags = this.#links.filter(({ link }) => /(?:^|\s)tag(?:\s|$)/i.test(attrValue(link.attrs, 'rel') ?? ''));
		if (relTags.length > 0 && relTags.length <= MAX_TAGS) {
			const tags = uniq(relTags.map(({ node }) => this.#textOf(node)).filter((t) => t !== ''));
			const first = relTags[0].node.range;
			const last = relTags[relTags.length - 1].node.range;
			if (tags.length > 0) out.push({ value: tags, source: { start: first.start, end: last.end }, rule: 'rel:tag', score: 30 });
		}
		if (labels.length > 0) {
			out.push({ value: uniq(labels.map((l) => l.value)), source: { start: labels[0].source.start, end: labels[labels.length - 1].source.end }, rule: 'encoded-html:lingo-label', score: MIN_SCORE + 5 });
		}
		return out;
	}

	#imageCandidates(origin: string | undefined): Candidate<string>[] {
		const r = this.#context.region;
		const a = this.#anchor();
		for (const n of this.#nodes) {
			if (n.inline?.kind !== 'image' || n.hidden) continue;
			const inArticle = r ? n.range.start >= r.start && n.range.end <= r.end : a !== undefined && n.range.start >= a && n.range.start - a < NEAR_TITLE_CHARS;
			if (!inArticle) continue;
			const src = n.inline.src.trim();
			if (/^data:/i.test(src) || /avatar|icon|logo|sprite|pixel|badge|emoji|spacer|blank\.gif|1x1/i.test(`${src} ${n.words}`)) continue;
			// A beacon is never a lead image (the same test the tracking-pixel rule uses).
			if (trackingReason(src, n.attrs)) continue;
			const width = Number(attrValue(n.attrs, 'width') ?? NaN);
			if (!Number.isNaN(width) && width < 100) continue;
			const abs = resolveUrl(src, origin) ?? src;
			// Only a web image can be a lead image: a `javascript:` or other scheme is hostile or useless.
			if (!/^https?:\/\//i.test(abs)) continue;
			return [{ value: abs, source: n.inline.srcRange, rule: 'first-image-in-article', score: 50 }];
		}
		return [];
	}

	#wordCount(): number | undefined {
		if (!this.#context.blocks && !this.#context.region) return undefined;
		const words = this.#regionText().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu);
		return words ? words.length : 0;
	}
}

/** A BCP 47 language tag from an element's lang attribute, with `_` written as `-`. */
function langOf(attrs: Attributes | undefined): string | undefined {
	const lang = attrValue(attrs, 'lang') ?? attrValue(attrs, 'xml:lang');
	return lang && /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i.test(lang) ? lang.replace(/_/g, '-') : undefined;
}

/** Class names that hold "date" or "time" inside a longer word (`bydate`, `postdate`, `articletime`), but not `update` or `candidate`. */
const DATE_LOOSE_RE = /(?<!up|candi|vali|man|se)date(?!picker)|timestamp|pubtime|posttime/i;

/** Layout containers that hold the article next to a sidebar ("two-col-sidebar-right", "main-with-rail"): not foreign themselves. */
const LAYOUT_RE = /article|body|content|main|column|col-|layout|wrapper|container|page|grid/i;

/** Links to an author's page on common CMSs. */
const AUTHOR_URL_RE = /\/(?:author|authors|autor|autoren|auteur|profile|profiles|people|person|staff|writers?|editors?|contributors?|journalists?|reporters?|columnists?|by|user\/viewprofilepage|team)\/[^/?#]+/i;

function uniq(xs: readonly string[]): string[] {
	return [...new Set(xs)];
}

/** A byline's names: "By Jane Doe and John Roe, Staff Writers | May 1" gives ["Jane Doe", "John Roe"]. */
export function splitNames(text: string): string[] {
	let t = collapse(text).replace(BYLINE_PREFIX_RE, '');
	// A date, a separator or a role ends the names.
	const date = findDates(t)[0];
	if (date) t = t.slice(0, date.start);
	t = t.split(/\s+[|•·—–]\s+|\s+-\s+|\s*\n/)[0];
	t = t.replace(/[\s,;:|•·\-–—]+$/u, '').replace(BYLINE_PREFIX_RE, '');
	if (t === '' || t.length > MAX_BYLINE_CHARS) return [];
	const parts = t.split(AUTHOR_SPLIT_RE).map((p) => p.trim()).filter((p) => p !== '');
	const names: string[] = [];
	for (const p of parts) {
		if (ROLE_RE.test(p)) break; // "Jane Doe, Senior Editor": the role after the name.
		if (looksLikeName(p)) names.push(p);
		else if (names.length > 0) break; // "Jane Doe, Senior Editor": the role after the name.
		else return [];
	}
	return names;
}

/** Whether text reads as a person's (or an organisation's) name. */
export function looksLikeName(s: string): boolean {
	if (s.length < 2 || s.length > MAX_NAME_CHARS) return false;
	if (!/\p{L}/u.test(s) || /[@<>{}[\]=]|https?:/.test(s)) return false;
	const words = s.split(/\s+/);
	if (words.length > MAX_NAME_WORDS) return false;
	if (NOT_A_NAME_RE.test(s)) return false;
	// A name starts with a capital in scripts that have case; all-lower-case words are prose ("posted in news").
	if (/^\p{Ll}/u.test(s) && !/^(?:de|van|von|da|di|le|la)\s/.test(s)) return false;
	return true;
}

/** Words around a site's logo link. */
const LOGO_RE = /logo|brand|masthead|home|site-?name|site-?title|wordmark/i;
/** "© 2014 BuzzFeed, Inc." / "Copyright 2003-2021 Example Ltd. All rights reserved": the name between the years and the legal suffix. */
const COPYRIGHT_RE = /(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?:by\s+)?([\p{L}\p{N}][^|,;©]*?)(?:,?\s+(?:inc|llc|ltd|gmbh|plc|limited|corp|corporation|s\.a|ag|co)\.?)?\s*(?:[.|,;]|\s-\s|all rights|tous droits|alle rechte|$)/iu;
/** What COPYRIGHT_RE needs to match at all: a cheap test that skips the costly one for most paragraphs. */
const COPYRIGHT_MARK_RE = /©|\(c\)|copyright/iu;
/** What a logo's title, text or alt says besides the site's name. */
const LOGO_NOISE_RE = /\b(?:logo|homepage|home page|home|go to|back to|return to|click to visit|visit|the homepage|link)\b|[.,]\s*$/gi;

function cleanLogoAlt(alt: string): string {
	return collapse(alt.replace(LOGO_NOISE_RE, ' ').replace(/^[\s\-–|:.]+|[\s\-–|:.]+$/g, '').replace(/\s+(?:the|of|to)$/i, ''));
}

/** A link to the site's own front page: `/`, `/index.html`, or the origin with an empty path (on the same host, `www.` aside). */
function isHomeLink(href: string, origin: string | undefined): boolean {
	if (/^\/(?:index\.\w+)?(?:[?#].*)?$/.test(href)) return true;
	const p = parseUrl(href.startsWith('//') ? `https:${href}` : href);
	if (!p || !/^https?$/.test(p.scheme) || !/^\/?(?:index\.\w+)?$/.test(p.path)) return false;
	const host = origin ? parseUrl(origin)?.host : undefined;
	return host !== undefined && bareHost(p.host) === bareHost(host);
}

function bareHost(host: string): string {
	return host.replace(/^(?:www\d?|m|mobile|amp)\./, '');
}

/** Whether text can be a site's name: short, not the title, not a generic label. */
function isSiteNameLike(v: string, title: string | undefined): boolean {
	if (v.length < 2 || v.length > 50 || v.split(/\s+/).length > 6) return false;
	if (title && v.toLowerCase() === title.toLowerCase()) return false;
	if (/^(?:home|menu|skip|search|sign|log|subscribe|close|open|main|top|back|news|all|\d+)\b/i.test(v)) return false;
	return /\p{L}/u.test(v);
}

// ---- URLs ---------------------------------------------------------------------------------------------------------

interface ParsedUrl {
	readonly scheme: string;
	readonly host: string;
	readonly path: string;
	readonly query: string;
}

/** Splits an absolute URL (or a `mailto:`) into parts; undefined for relative links and junk. */
export function parseUrl(href: string): ParsedUrl | undefined {
	const m = /^([a-z][a-z0-9+.-]*):(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?/i.exec(href);
	if (!m) return undefined;
	const host = (m[2] ?? '').replace(/^[^@]*@/, '').replace(/:\d+$/, '').toLowerCase();
	return { scheme: m[1].toLowerCase(), host, path: m[3] ?? '', query: m[4] ?? '' };
}

/** Query parameters, decoded (`+` as space); malformed escapes are kept as written. */
export function parseQuery(query: string): Map<string, string> {
	const out = new Map<string, string>();
	for (const part of query.split(/[&;]|&amp;/)) {
		if (!part) continue;
		const eq = part.indexOf('=');
		const k = safeDecode(eq < 0 ? part : part.slice(0, eq)).toLowerCase();
		const v = eq < 0 ? '' : safeDecode(part.slice(eq + 1).replace(/\+/g, ' '));
		if (!out.has(k)) out.set(k, v);
	}
	return out;
}

function safeDecode(s: string): string {
	try {
		return decodeURIComponent(s);
	} catch {
		return s;
	}
}

/** Resolves a link against the site origin: absolute links as they are, `//host/x` and `/x` against the origin. */
export function resolveUrl(href: string, origin: string | undefined): string | undefined {
	if (/^https?:\/\//i.test(href)) return href;
	if (href.startsWith('//')) return `${origin?.startsWith('http:') ? 'http:' : 'https:'}${href}`;
	if (!origin) return undefined;
	if (href.startsWith('/')) return origin + href;
	return undefined;
}

/** A URL without its fragment and tracking parameters, so that copies of one page's URL compare equal. */
export function canonicalUrl(url: string): string {
	const hash = url.indexOf('#');
	let u = hash >= 0 ? url.slice(0, hash) : url;
	const q = u.indexOf('?');
	if (q >= 0) {
		const kept = u
			.slice(q + 1)
			.split('&')
			.filter((p) => p !== '' && !TRACKING_PARAM_RE.test(p.split('=')[0]));
		u = u.slice(0, q) + (kept.length > 0 ? `?${kept.join('&')}` : '');
	}
	return u;
}

// ---- Language guess -----------------------------------------------------------------------------------------------

/** Very common words by language: enough to tell the main languages of the web apart in a few hundred words. */
const COMMON_WORDS: Readonly<Record<string, readonly string[]>> = {
	en: ['the', 'and', 'of', 'to', 'is', 'in', 'that', 'it', 'for', 'with', 'was', 'on', 'are', 'this'],
	de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'sich', 'des', 'auf', 'für', 'ein', 'eine', 'dem'],
	fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'dans', 'que', 'pour', 'du', 'pas', 'qui', 'sur'],
	es: ['el', 'la', 'los', 'las', 'que', 'del', 'por', 'una', 'con', 'para', 'es', 'se', 'como', 'más'],
	pt: ['o', 'os', 'que', 'do', 'da', 'em', 'um', 'uma', 'para', 'com', 'não', 'ao', 'dos', 'mais'],
	it: ['il', 'di', 'che', 'la', 'per', 'non', 'una', 'sono', 'del', 'della', 'gli', 'con', 'anche', 'più'],
	nl: ['de', 'het', 'een', 'van', 'en', 'is', 'dat', 'niet', 'op', 'met', 'voor', 'zijn', 'ook', 'wordt'],
	cs: ['a', 'je', 'se', 'na', 'že', 'to', 'v', 've', 'do', 'jako', 'ale', 'by', 'jsou', 'který'],
	pl: ['i', 'w', 'nie', 'na', 'się', 'że', 'z', 'do', 'jest', 'to', 'jak', 'ale', 'przez', 'od'],
};

const LETTER_RE = /^\p{L}$/u;

/** The code points of `s` that are letters, as `s.match(/\p{L}/gu).length` counts them, without an array of matches. */
function countLetters(s: string): number {
	let n = 0;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c < 0x80) {
			const l = c | 0x20;
			if (l >= 0x61 && l <= 0x7a) n++;
			continue;
		}
		// A surrogate pair is one code point; a lone surrogate is not a letter.
		const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
		if (LETTER_RE.test(pair ? s.slice(i, i + 2) : s[i])) n++;
		if (pair) i++;
	}
	return n;
}

/** Guesses a page's language (ISO 639-1) from its text, by script and then by common words; undefined when unsure. */
export function guessLanguage(text: string): string | undefined {
	const sample = text.slice(0, 20000);
	const letters = countLetters(sample);
	if (letters < 100) return undefined;
	const share = (re: RegExp): number => (sample.match(re)?.length ?? 0) / letters;
	if (share(/[\u3040-\u30ff]/g) > 0.1) return 'ja';
	if (share(/[\uac00-\ud7af]/g) > 0.3) return 'ko';
	if (share(/[\u4e00-\u9fff]/g) > 0.3) return 'zh';
	if (share(/[\u0400-\u04ff]/g) > 0.5) return 'ru';
	if (share(/[\u0600-\u06ff]/g) > 0.5) return 'ar';
	const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
	if (words.length < MIN_LANGUAGE_GUESS_WORDS) return undefined;
	const counts = new Map<string, number>();
	for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
	let top: string | undefined;
	let topScore = 0;
	let second = 0;
	for (const [lang, list] of Object.entries(COMMON_WORDS)) {
		const s = list.reduce((acc, w) => acc + (counts.get(w) ?? 0), 0) / words.length;
		if (s > topScore) [top, topScore, second] = [lang, s, topScore];
		else if (s > second) second = s;
	}
	// Common words make up a fifth of running text; a weak or close lead is not a guess worth making.
	return topScore > 0.1 && topScore > second * 1.5 ? top : undefined;
}
