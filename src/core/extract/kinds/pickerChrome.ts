// Locale pickers outside product pages: a listing's or a landing page's language menu, known by its entries' `lang` marks, is chrome.
import type { Attempt, BlockIndex } from '../blockIndex';
import { localePickers } from './localePickers';
import { productHeading, withoutChrome } from './productRegion';

/** The read less the locale pickers (localePickers.ts) it holds. */
export function withoutLocalePickers(index: BlockIndex, a: Attempt): Attempt {
	return withoutChrome(a, localePickers(index, productHeading(index)));
}
