// Short heroes: a landing page read whole keeps its banners and section headers that hold a heading and one sentence, not only those with a paragraph or two.
import { type Attempt, ROOT } from '../blockIndex';
import { cleanedWholePage } from './coverage';
import type { KindContext } from './pageKind';
import { wholePage } from './wholePage';

/**
 * The whole page keeps a container named `banner` or `header` at or below the page's title when it holds a heading
 * and 200 characters of prose (heuristics/heroSections.ts); below that it stays pruned as the site's header. On a
 * landing page the hero and the bands between its sections are often a heading over a single sentence ("Protection
 * plans for complete coverage / Combine services in one simple plan to save..."; `cta-banner`, `rad-banner`,
 * `zwc-banner-wrap`, `hero-banner`), and the annotators keep them. A service page read whole (spread out) is read
 * again with this lower floor. The page's kind is decided on the first read: lowering the floor for every whole-page
 * read (session 32) took one service page to a listing (0.94 -> 0.64) and one listing to a service page
 * (0.87 -> 0.63), and shops' promotional banners cost product pages (half A product -0.0006, half B -0.0007).
 *
 * Measured on the wcxb-dev tuning part (word F1, session 32): service half A 0.84745 -> 0.84775, half B 0.85703 ->
 * 0.85898, all 0.90063 -> 0.90077; 9 sites up (a pest-control firm's `hero-banner` and `banner-bundle`, two
 * software firms' `zwc-banner-wrap` and `section header` bands, +0.01 to +0.04), 2 down by 0.001 and 0.007 (a
 * sign-up banner the annotators left out); no other kind, page kind or metadata field moves. The floor: a sentence.
 */
export const SHORT_HERO_PROSE_CHARS = 40;

/** The service page's read, or, when it is the whole page, the whole page read again keeping short heroes. */
export function withShortHeroes(page: KindContext, read: Attempt): Attempt {
	if (read.region !== ROOT || read === page.article) return read;
	const again = wholePage(page.index, false, false, undefined, SHORT_HERO_PROSE_CHARS);
	return again.chars === page.whole.chars ? read : cleanedWholePage(again, page.index);
}
