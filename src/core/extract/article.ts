// The result of article extraction: the kept blocks, the metadata with provenance, and why the rest was removed.
import type { Block, SourceRange } from '../model/dumpDocument';
import type { PageKind } from './kinds/pageKind';

/** How a metadata value was found: the rule that found it, where, and how sure it is (0..1). */
export interface MetadataField<T> {
	readonly value: T;
	/** Where in the dump the value was read; absent when it was derived (e.g. word count). */
	readonly source?: SourceRange;
	/** A short name of the rule that found it, e.g. `heading-in-article`, `class:byline`, `encoded-html:slang`. */
	readonly rule: string;
	readonly confidence: number;
}

/** Article metadata. A field that was not found is absent. Dates are ISO 8601 without an invented time zone. */
export interface ArticleMetadata {
	readonly title?: MetadataField<string>;
	readonly author?: MetadataField<string>;
	/** All authors when there are several; `author` joins them as the page wrote them ("A and B"), else with commas. */
	readonly authors?: MetadataField<string[]>;
	readonly published?: MetadataField<string>;
	readonly modified?: MetadataField<string>;
	readonly url?: MetadataField<string>;
	readonly siteName?: MetadataField<string>;
	readonly language?: MetadataField<string>;
	readonly description?: MetadataField<string>;
	readonly tags?: MetadataField<string[]>;
	readonly leadImage?: MetadataField<string>;
	readonly wordCount?: MetadataField<number>;
	/** The kind of page (article, forum, product, collection, listing, documentation, service), from its structure. */
	readonly pageType?: MetadataField<PageKind>;
}

/** Why a region of the dump was left out of the article. */
export interface RemovedRegion {
	readonly range: SourceRange;
	/** The pipeline step that removed it, e.g. `outside-article`, `boilerplate-class`, `link-density`, `empty`. */
	readonly step: string;
	/** The signal that matched: a class or id name, or a measured quantity. */
	readonly signal: string;
	/** The region's score where the step scores. */
	readonly score?: number;
}

/**
 * The extracted article. `blocks` are content nodes of the parsed dump (headings, paragraphs, lists, quotes, code,
 * tables...), unchanged and in reading order; container divs are flattened away, so no block is a `div` or `htmlDiv`.
 */
export interface Article {
	readonly metadata: ArticleMetadata;
	readonly blocks: readonly Block[];
	/** The container the article was found in, when one was chosen. */
	readonly region?: SourceRange;
	readonly removed: readonly RemovedRegion[];
	/** True when the input does not look like a page dump or holds no article text. */
	readonly empty: boolean;
	/**
	 * Why the result may disappoint (codes of warnings.ts): `tiny-content` when the page's main content is only a few
	 * words, `no-text` when the dump holds no text at all (a page drawn by scripts).
	 */
	readonly warnings?: readonly string[];
}
