// Cards in chrome: a repeated group of short linked items that the whole-page read removes as named chrome (a menu, a footer's columns, a sidebar's widgets) is no listing.
import type { RemovedRegion } from '../article';
import type { Attempt } from '../blockIndex';
import type { RepeatedGroup } from './signals';

/**
 * The cards signal (signals.ts `cards`) is the repeated group of short linked items with the most items anywhere in
 * the dump: on a page without a feed that is often a mega menu's columns, a footer's link lists or a sidebar's
 * widgets, which every kind of page has. A listing's teasers are its content, so the whole-page read
 * (kinds/wholePage.ts, chrome removed by name) keeps them. Studied on half A of the tuning part of wcxb-dev: of the
 * pages the cards rule named listings, the group of a service page was a menu's dropdown sections and an article's a
 * sidebar's widgets. This share of the group's items inside the page's frame (`FRAME_NAME_RE`) makes the group chrome.
 * detect.ts drops such cards only on a spread-out page (which then falls to the service rule): on a page that is not,
 * the cards rule's mistake is cheap (the listing strategy reads an article as the article strategy does) and the
 * fallback's is not (a half-B listing whose feed lay in a frame fell 0.83 → 0.48 read as an article).
 * Built (`eval --only wcxb --part tune`): page kind 845 → 847 of 1054 (half A 384 → 386: two service pages leave
 * listing; half B 461 → 461), F1 all 0.890 → 0.890, half A +0.027 page-F1 summed (1 page up, none down), half B
 * +0.002 (1 up, none down).
 */
export const MIN_CHROME_SHARE = 0.5;

/**
 * The chrome every page has, by the name or ARIA role that removed it: a site's header, footer, navigation and
 * sidebar, and blocks hidden until a menu opens. Not "related", "trending" or "recommended": on a listing those name the feed itself
 * (half A: a blog's trending feed and a shop's related-items listing are read whole by their listing).
 */
const FRAME_NAME_RE = /^(?:header|footer|nav|navigation|navbar|menu|sidebar|masthead|role=(?:menu|menubar|navigation|banner|contentinfo|complementary)$)/i;

function isFrame(r: RemovedRegion): boolean {
	return r.step === 'hidden' || (r.step === 'unlikely' && FRAME_NAME_RE.test(r.signal));
}

function inRemoved(removed: readonly RemovedRegion[], start: number, end: number): boolean {
	return removed.some((r) => r.range.start <= start && end <= r.range.end && isFrame(r));
}

/** Whether at least `MIN_CHROME_SHARE` of a group's items lie inside the page's frame, as the whole-page read removed it. */
export function isCardsInChrome(cards: RepeatedGroup, whole: Attempt): boolean {
	let inChrome = 0;
	for (const item of cards.items) if (inRemoved(whole.removed, item.range.start, item.range.end)) inChrome++;
	return inChrome >= cards.items.length * MIN_CHROME_SHARE;
}
