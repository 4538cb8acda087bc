// The kinds of page the extractor tells apart, and the contract of a kind's extraction strategy.
import type { Attempt, BlockIndex } from '../blockIndex';
import type { PageSignals } from './signals';

/** What a page is for: the reader of each kind came for different content. */
export type PageKind = 'article' | 'forum' | 'product' | 'collection' | 'listing' | 'documentation' | 'service';

export const PAGE_KINDS: readonly PageKind[] = ['article', 'forum', 'product', 'collection', 'listing', 'documentation', 'service'];

/** A kind's strategy: what a reader of that kind of page came for, taken from the indexed dump. */
export interface KindStrategy {
	readonly kind: PageKind;
	/** What the reader came for, and so what the strategy keeps. */
	readonly reason: string;
	/**
	 * The kind's own extraction, or undefined to use the article pipeline's result as is. `article` is that result,
	 * given so a strategy can fall back on it or add to it.
	 */
	extract(index: BlockIndex, signals: PageSignals, article: Attempt): Attempt | undefined;
}
