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
	/** Whether `extract` reads a page hidden whole until a script runs itself, rather than taking it as it is (kinds/wholePage.ts). */
	readonly readsHidden?: boolean;
	/** The kind's extraction, or undefined to use the article pipeline's result as is. */
	extract(page: KindContext): Attempt | undefined;
	/**
	 * The kind's own clean-up of a page read from its hidden parts (kinds/wholePage.ts `hiddenContent`), which takes
	 * the place of `extract`'s result; undefined keeps that reading as it is.
	 */
	readonly tidyHidden?: (index: BlockIndex, hidden: Attempt) => Attempt;
}

/** What a strategy works from: the indexed dump, its signals, the article pipeline's attempt and the whole page. */
export interface KindContext {
	readonly index: BlockIndex;
	readonly signals: PageSignals;
	/** The article pipeline's attempt (profile, then the sieve). */
	readonly article: Attempt;
	/** The whole page less its named chrome (see wholePage.ts). */
	readonly whole: Attempt;
}
