// The rule contract: every rule is data (code, name, severity, docs) plus one check over a prepared, frozen context.
import type { Article } from '../extract/article';
import { METADATA_FIELDS } from '../extract/metadataFields';
import type { Block, DumpDocument, Image, Link, SourceRange } from '../model/dumpDocument';
import type { Fix, RelatedLocation, Severity } from './finding';

/** Where the rule documentation lives; each rule has a section there and diagnostics link to it. */
export const RULES_DOC_URL = 'https://github.com/page-dump-review/page-dump-review/blob/main/docs/rules.md';

export type RuleCategory = 'links' | 'metadata' | 'fidelity' | 'remote';

/** Metadata fields a dump can be required to have (`pageDump.diagnostics.requiredMetadata`). */
export type MetadataKey = 'title' | 'author' | 'published' | 'url' | 'language' | 'description' | 'tags';

/** The fields the metadata table (extract/metadataFields.ts) marks as requirable, in its order. */
export const METADATA_KEYS = METADATA_FIELDS.filter((f) => f.required !== undefined).map((f) => f.key as MetadataKey) as readonly MetadataKey[];

/** What a dump must have unless the settings say otherwise: enough to cite it. */
export const DEFAULT_REQUIRED_METADATA: readonly MetadataKey[] = ['title', 'author', 'published', 'url'];

export type Scope = 'article' | 'page';

/** Options after defaults are applied; what rules see. */
export interface ResolvedOptions {
	readonly scope: Scope;
	readonly requiredMetadata: readonly MetadataKey[];
	/** "Now" for future-date checks; injected so results do not depend on the clock. */
	readonly now: Date;
	/** Share (0..1) of the original article's words the extracted body must keep, and vice versa. */
	readonly fidelityThreshold: number;
}

/** A link or image in scope, with what a fix needs to remove it cleanly. */
export interface LinkRef {
	readonly node: Link | Image;
	/** The link an image sits in (`[![alt](src)](href)`). */
	readonly parentLink?: Link;
	/** The block whose inlines hold the node (a paragraph, heading...). */
	readonly block: Block;
	/** Whether the node (or the link around it) is the block's only content, so removing it removes the block. */
	readonly aloneInBlock: boolean;
}

/** The links and images of a check, in source order: each reference is made when iterated (linkRefs.ts). */
export interface LinkRefs extends Iterable<LinkRef> {
	readonly length: number;
}

/** Where an id is declared. `auto` ids are the ones pandoc would derive from a heading without an explicit id. */
export interface IdOccurrence {
	readonly id: string;
	/** The id token (`#x` in attributes, the value of `id="x"` in HTML), or the heading for auto ids. */
	readonly range: SourceRange;
	readonly origin: 'div' | 'heading' | 'span' | 'link' | 'image' | 'code' | 'html' | 'auto';
	readonly inScope: boolean;
}

/** Everything a rule may read. Built once per run by `diagnose`; frozen. */
export interface RuleContext {
	readonly doc: DumpDocument;
	readonly article: Article;
	readonly options: ResolvedOptions;
	/** Links and images in scope, in source order (iterated: see linkRefs.ts). */
	readonly links: LinkRefs;
	/**
	 * Runs of plain text (text and soft breaks) in scope, where an unparsed link would be left: the start and end
	 * offsets of each run one after the other (`[start0, end0, start1, end1, ...]`).
	 */
	readonly textRuns: ArrayLike<number>;
	/** Raw HTML (blocks and inlines) in scope. */
	readonly rawHtml: readonly { readonly html: string; readonly range: SourceRange }[];
	/** Every id declared anywhere in the dump, by id, in source order. */
	readonly ids: ReadonlyMap<string, readonly IdOccurrence[]>;
	/** The page's own absolute URL when the metadata knows it. */
	readonly pageUrl?: URL;
	/** Where findings without a place of their own go: the article's title, or the first line. */
	readonly metadataAnchor: SourceRange;
	/** Whether the whole article is checked or the whole page (the article was empty, or scope is `page`). */
	readonly effectiveScope: Scope;
	inScope(range: SourceRange): boolean;
}

/** One finding as a rule reports it; `diagnose` adds code, name and the configured severity. */
export interface RuleReport {
	readonly message: string;
	readonly range: SourceRange;
	readonly fix?: Fix;
	readonly related?: readonly RelatedLocation[];
	/** A finding that is milder than the rule's usual one (a relative link that can be made absolute). */
	readonly severity?: Severity;
}

export type Report = (finding: RuleReport) => void;

export interface Rule {
	/** `PD101` ... Numbered by category: 1xx links, 2xx metadata, 3xx fidelity, 4xx remote links. */
	readonly code: string;
	/** Kebab-case alias, usable in settings in place of the code. */
	readonly name: string;
	readonly category: RuleCategory;
	readonly defaultSeverity: Severity;
	/** Off-by-default rules (remote checks) run only when a setting turns them on. */
	readonly defaultEnabled: boolean;
	/** One sentence, shown in docs and SARIF. */
	readonly description: string;
	/** Whether some of its findings carry a fix. */
	readonly fixable: boolean;
	/** The check; absent for rules reported by another runner (`checkRemoteLinks`). */
	readonly check?: (context: RuleContext, report: Report) => void;
}

/** The URL of a rule's section in docs/rules.md, e.g. `...rules.md#pd101-empty-link-target`. */
export function ruleDocsUrl(rule: Pick<Rule, 'code' | 'name'>): string {
	return `${RULES_DOC_URL}#${rule.code.toLowerCase()}-${rule.name}`;
}

/** The id token's range inside an attribute block or HTML tag (one definition, shared with the id index). */
export { idTokenRange as idRange } from '../dump/ids';

/** Shortens a value for a message: long URLs and texts are cut in the middle of nowhere, with an ellipsis. */
export function shorten(s: string, max = 80): string {
	const one = s.replace(/\s+/g, ' ');
	return one.length <= max ? one : one.slice(0, max - 1) + '\u2026';
}
