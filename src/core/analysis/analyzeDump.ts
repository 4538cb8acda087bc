// One analysis per version of a dump: every part (model, article, outline, folding, links, findings, Markdown) is
// computed on first use from the parts before it, and kept, so each consumer of a version shares one parse. The
// config file's site rules are an option of the checks, so the editor and the CLI apply them in one place.
import { diagnose, type DiagnoseOptions } from '../diagnose/diagnose';
import type { Finding } from '../diagnose/finding';
import { remoteLinkTargets, type RemoteTarget } from '../diagnose/remoteLinks';
import { parseDump } from '../dump/parseDump';
import type { Article } from '../extract/article';
import { extractArticle } from '../extract/extractArticle';
import type { DumpDocument, SourceRange } from '../model/dumpDocument';
import { dumpFolding, type DumpFolding } from '../outline/folding';
import { documentLinks, type DumpLink } from '../outline/links';
import { buildOutline, type OutlineNode } from '../outline/outline';
import { articleSpan } from '../outline/regions';
import { renderMarkdown } from '../render/articleMarkdown';
import type { Extraction } from '../render/formats';
import type { RenderedMarkdown } from '../render/renderedMarkdown';
import type { SiteRuleTable } from '../review/config';
import { applySiteRules, hostOfUrl, rulesForHost } from '../review/siteRules';
import { LineIndex } from '../text/lineIndex';

/** The parts an analysis computes, by name: what `onCompute` reports. */
export type AnalysisPart = 'document' | 'article' | 'lines' | 'outline' | 'folding' | 'links' | 'articleSpan' | 'markdown' | 'findings' | 'remoteTargets';

export interface AnalyzeOptions {
	/**
	 * Called after each part is computed (never for a part taken from the cache), with its CPU-independent wall time:
	 * the adapter counts parses with it, the worker reports timings.
	 */
	readonly onCompute?: (part: AnalysisPart, ms: number) => void;
}

/**
 * What the checks take: the rules' options (severities, required metadata, scope) and the config file's site rules.
 * Plain data, so it crosses to the worker as is, and its JSON keys the kept findings: a changed config file (other
 * rules for the page's host) gives other findings.
 */
export interface CheckOptions extends DiagnoseOptions {
	/** The config's site rules for every host; only those of the page's host apply. */
	readonly sites?: SiteRuleTable;
}

/** The article the site rules leave, with the key its results are kept under ('' when no rule changes the article). */
interface Ruled {
	readonly key: string;
	readonly article: Article;
	outline?: readonly OutlineNode[];
	extraction?: Extraction;
}

/**
 * The analysis of one text. Parts are computed when first read and kept for the life of the object; option-dependent
 * parts (findings, remote targets) are kept per distinct options. Reading a part never throws for any text unless a
 * core step has a bug; such a failure is not cached, the next read tries again.
 */
export class DumpAnalysis {
	readonly text: string;
	readonly #onCompute?: AnalyzeOptions['onCompute'];
	#document?: DumpDocument;
	#article?: Article;
	#lines?: LineIndex;
	#outline?: readonly OutlineNode[];
	#folding?: DumpFolding;
	#links?: readonly DumpLink[];
	#span?: SourceRange | null;
	#markdown?: RenderedMarkdown;
	readonly #findings = new Map<string, readonly Finding[]>();
	readonly #remoteTargets = new Map<string, readonly RemoteTarget[]>();
	readonly #ruled = new Map<string, Ruled>();

	constructor(text: string, options: AnalyzeOptions = {}) {
		this.text = text;
		this.#onCompute = options.onCompute;
	}

	#timed<T>(part: AnalysisPart, compute: () => T): T {
		const t0 = performance.now();
		const value = compute();
		this.#onCompute?.(part, performance.now() - t0);
		return value;
	}

	/** The document model (`parseDump`). */
	get document(): DumpDocument {
		return (this.#document ??= this.#timed('document', () => parseDump(this.text)));
	}

	/** The extracted article with its metadata (`extractArticle`). */
	get article(): Article {
		return (this.#article ??= this.#timed('article', () => extractArticle(this.document)));
	}

	/** Line and column positions of the text. */
	get lines(): LineIndex {
		return (this.#lines ??= this.#timed('lines', () => new LineIndex(this.text)));
	}

	/** The outline: the article with its headings, the metadata, the page's other regions. */
	get outline(): readonly OutlineNode[] {
		return (this.#outline ??= this.#timed('outline', () => buildOutline(this.document, this.article)));
	}

	/** Folding ranges, boilerplate fold lines and the page's regions. */
	get folding(): DumpFolding {
		return (this.#folding ??= this.#timed('folding', () => dumpFolding(this.document, this.article, this.lines)));
	}

	/** The document links, relative ones resolved against the article's canonical URL. */
	get links(): readonly DumpLink[] {
		return (this.#links ??= this.#timed('links', () => documentLinks(this.document, this.article.metadata.url?.value)));
	}

	/** The article as the outline shows it (body plus title head), or undefined when there is none. */
	get articleSpan(): SourceRange | undefined {
		if (this.#span === undefined) this.#span = this.#timed('articleSpan', () => articleSpan(this.document, this.article) ?? null);
		return this.#span ?? undefined;
	}

	/** The article as Markdown, links made absolute against its canonical URL. */
	get markdown(): RenderedMarkdown {
		return (this.#markdown ??= this.#timed('markdown', () => renderMarkdown(this.article, this.document, { baseUrl: this.article.metadata.url?.value })));
	}

	/** The parsed, extracted and rendered dump, as the output formats take it. */
	get extraction(): Extraction {
		// The Markdown is rendered when a format asks for it: the `text` format never does.
		const markdown = (): RenderedMarkdown => this.markdown;
		return {
			doc: this.document,
			article: this.article,
			get rendered(): RenderedMarkdown {
				return markdown();
			},
		};
	}

	/**
	 * The article with the site rules of its host applied, kept per distinct rules; the extractor's own article (key '')
	 * when no rule applies or none changes it.
	 */
	#ruledBy(sites: SiteRuleTable | undefined): Ruled {
		const rules = rulesForHost(sites, hostOfUrl(this.article.metadata.url?.value));
		const key = rules.length === 0 ? '' : JSON.stringify(rules);
		let ruled = this.#ruled.get(key);
		if (!ruled) {
			const article = key === '' ? this.article : applySiteRules(this.document, this.article, rules);
			ruled = article === this.article ? { key: '', article } : { key, article };
			this.#ruled.set(key, ruled);
		}
		return ruled;
	}

	/** The extracted article with the config's site rules for its host applied (`article` when none applies). */
	articleWith(sites: SiteRuleTable | undefined): Article {
		return this.#ruledBy(sites).article;
	}

	/** The outline of the article the site rules leave (`outline` when no rule applies). */
	outlineWith(sites: SiteRuleTable | undefined): readonly OutlineNode[] {
		const ruled = this.#ruledBy(sites);
		if (ruled.key === '') return this.outline;
		return (ruled.outline ??= this.#timed('outline', () => buildOutline(this.document, ruled.article)));
	}

	/** The extraction (article and Markdown) the site rules leave (`extraction` when no rule applies). */
	extractionWith(sites: SiteRuleTable | undefined): Extraction {
		const ruled = this.#ruledBy(sites);
		if (ruled.key === '') return this.extraction;
		return (ruled.extraction ??= this.#timed('markdown', () => ({
			doc: this.document,
			article: ruled.article,
			rendered: renderMarkdown(ruled.article, this.document, { baseUrl: ruled.article.metadata.url?.value }),
		})));
	}

	/** The findings of the rules under `options`, on the article its site rules leave; kept per distinct options. */
	findings(options: CheckOptions = {}): readonly Finding[] {
		const { sites, ...diagnoseOptions } = options;
		const ruled = this.#ruledBy(sites);
		const key = optionsKey(diagnoseOptions, ruled);
		let found = this.#findings.get(key);
		if (!found) {
			found = this.#timed('findings', () => diagnose(this.document, ruled.article, diagnoseOptions, { freeze: false }));
			this.#findings.set(key, found);
		}
		return found;
	}

	/** The http(s) links to check remotely in the scope of `options`, after its site rules; kept per distinct options. */
	remoteTargets(options: CheckOptions = {}): readonly RemoteTarget[] {
		const { sites, ...diagnoseOptions } = options;
		const ruled = this.#ruledBy(sites);
		const key = optionsKey(diagnoseOptions, ruled);
		let found = this.#remoteTargets.get(key);
		if (!found) {
			found = this.#timed('remoteTargets', () => remoteLinkTargets(this.document, ruled.article, diagnoseOptions));
			this.#remoteTargets.set(key, found);
		}
		return found;
	}
}

/**
 * Options as a cache key: settings read from an editor are plain data, so their JSON tells them apart; the site rules
 * count by what they do to this page (the rules of its host), so another host's new rule keeps the findings.
 */
function optionsKey(options: DiagnoseOptions, ruled: Ruled): string {
	return ruled.key === '' ? JSON.stringify(options) : `${JSON.stringify(options)}\u0000${ruled.key}`;
}

/** The analysis of `text`: nothing is computed until a part is read. */
export function analyzeDump(text: string, options: AnalyzeOptions = {}): DumpAnalysis {
	return new DumpAnalysis(text, options);
}
