// Service coverage: on a page already told to be a landing page, a container that holds a minor part of what the page keeps is one of its sections, not the page.
import { type Attempt, ROOT } from '../blockIndex';

/**
 * The service strategy keeps the article pipeline's container when it holds at least this share of the text the
 * whole page keeps once chrome is pruned; below it, it reads the whole page (kinds/coverage.ts `cleanedWholePage`).
 * The general spread-out test (coverage.ts) keeps a container down to 0.3 of the page, because on an article the rest
 * is comments and rails; a page the detector already called a service page (by its company voice or its feature
 * tiles) has no such rest: its other sections (subjects taught, plans, an FAQ) are the offer too. Measured with
 * `eval --only wcxb --part tune --kind service` (word F1): 0.6 → service 0.835 → 0.837, one page up (a tutoring
 * service's page read as its intro, 0.79 → 0.97), none down; 0.7 → a therapy service's page down 0.025; 0.85 → 5
 * pages up, 4 down (−0.06 the most), service 0.836. At 0.6 on the whole tuning part: all 0.889 → 0.889 (page mean
 * 0.8891 → 0.8893), no other page moved; readability corpus 0.945 and seeds 53/53 unchanged. Removed in session 21
 * (it moved no half-B page); restored in session 25 under the rule that only a rule firing on half B and not helping
 * there is removed. Session 25, pages detected as service pages: 0.6 → half A service 0.8390 → 0.8419 (the same page
 * 0.79 → 0.98), half B no page moved; 0.7 → half A 2 more pages down (0.98 → 0.96, 0.83 → 0.80); 0.8 → half A 3 up, 4
 * down; every page read whole → half B 5 up, 3 down, service mean unchanged.
 */
export const MIN_SERVICE_COVERAGE = 0.6;

/** Whether the container the service strategy would keep (no platform profile's) holds less than `MIN_SERVICE_COVERAGE` of what the whole page keeps. */
export function isPartOfLandingPage(kept: Attempt, whole: Attempt): boolean {
	return kept.region !== ROOT && !kept.profile && whole.chars > 0 && kept.chars < whole.chars * MIN_SERVICE_COVERAGE;
}
