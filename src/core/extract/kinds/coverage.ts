// Spread-out content: when the best single container holds little of the page, the page's content is its many sections.
import type { Attempt, BlockIndex } from '../blockIndex';
import { dropCallsToAction } from '../heuristics/callsToAction';
import { isInConsentDialog } from '../heuristics/consentDialogs';
import { dropNavigationLists } from '../heuristics/navigationLists';
import { dropDropdownMenus } from '../heuristics/dropdownMenus';
import { measureBlocks } from './blockMeasures';
import { isCleanedAway } from './cleanedAway';
import { collapsedChars } from '../inlineText';
import { isFaqSection } from './faqSection';
import { isOneSectionOfMany, mayBeOneSection, MIN_PAGE_SECTIONS } from './headedSections';
import { fromPageTitle } from './pageStart';
import { linkTileLeaves } from './menuAboveTitle';
import type { KindContext } from './pageKind';
import type { PageSignals } from './signals';

/**
 * The article pipeline's result is kept when it holds at least this share of the text the whole page keeps once
 * chrome is pruned. Below it, the pipeline found one section of a landing page, one card of a grid or a modal's
 * text, and the page's content is spread over many containers. Measured on the tuning part of wcxb-dev (F1 over
 * all pages): 0.1 → 0.785, 0.2 → 0.799, 0.3 → 0.802, 0.5 → 0.804 but products and documentation lose; from 0.765.
 */
export const MIN_ARTICLE_COVERAGE = 0.3;
/**
 * A container with this much text is an article whatever the rest of the page holds: a long story beside a long
 * comment section or a link-heavy page must keep its body (the readability corpus lost 0.05 F1 without this cap).
 */
export const MAX_SPREAD_ARTICLE_CHARS = 3000;
/**
 * A page with fewer long paragraphs than this has no article to speak of; its best container must then hold at
 * least `MIN_SHORT_PAGE_COVERAGE` of it (tuning part: service 0.713 → 0.721, overall +0.001).
 */
export const SHORT_PAGE_LONG_PARAGRAPHS = 3;
export const MIN_SHORT_PAGE_COVERAGE = 0.5;
/**
 * What the page holds beside the article decides whether it is spread out: when the text outside the pipeline's
 * container is mostly links (related stories, a feed of teasers, a mega-menu the names did not prune) and the
 * container holds a few long paragraphs of its own, the container is a short article beside link-heavy sections,
 * whatever share of the page it holds. Measured with `npm run eval` (tuning part of wcxb-dev, word F1): all 0.823 →
 * 0.824, collection 0.659 → 0.681, listing 0.689 → 0.685; readability corpus 0.938 → 0.946 (liberation-1, heise, tmz-1
 * keep their story). Offline on the same pages, 0.6 gains half as much on the corpus and nothing on the tuning part.
 */
export const MIN_OUTSIDE_LINK_DENSITY = 0.45;
export const MIN_ARTICLE_LONG_PARAGRAPHS_BESIDE_LINKS = 2;

/** Whether the text outside the article's container is mostly links while the container holds prose. */
function besideLinkSections(article: Attempt, whole: Attempt): boolean {
	const a = measureBlocks(article.blocks);
	if (a.longParagraphs < MIN_ARTICLE_LONG_PARAGRAPHS_BESIDE_LINKS) return false;
	const outsideChars = whole.chars - article.chars;
	if (outsideChars <= 0) return false;
	const outsideLinks = Math.max(0, measureBlocks(whole.blocks).linkChars - a.linkChars);
	return outsideLinks >= outsideChars * MIN_OUTSIDE_LINK_DENSITY;
}

/**
 * The last answer of `isSpreadOut` per article attempt, with the whole page and signals it was asked with: the kind
 * detector and the article strategy ask it of the same attempts (attempts are never changed once made). Asking twice
 * was 0.8% of the eval's time per page on wcxb-dev (issue 12).
 */
const spreadAnswers = new WeakMap<Attempt, { readonly whole: Attempt; readonly signals: PageSignals; readonly spread: boolean }>();

/** Whether the page's content is spread over many sections rather than held by the article pipeline's container. */
export function isSpreadOut(signals: PageSignals, article: Attempt, whole: Attempt): boolean {
	const known = spreadAnswers.get(article);
	if (known && known.whole === whole && known.signals === signals) return known.spread;
	const spread = spreadOut(signals, article, whole);
	spreadAnswers.set(article, { whole, signals, spread });
	return spread;
}

function spreadOut(signals: PageSignals, article: Attempt, whole: Attempt): boolean {
	// A container that is one headed section of a landing page is never the page (headedSections.ts).
	if (isOneSectionOfMany(article, whole) || isOneSectionOfCleanedPage(article, whole)) return true;
	// A container whose cleaning dropped most of its plain sections is the landing page itself (cleanedAway.ts).
	if (isCleanedAway(article, whole)) return true;
	// A container that is a landing page's FAQ is one section of it (faqSection.ts).
	if (isFaqSection(article, whole)) return true;
	if (article.profile || article.chars >= MAX_SPREAD_ARTICLE_CHARS) return false;
	const wholeChars = whole.chars;
	if (article.chars >= wholeChars * MIN_SHORT_PAGE_COVERAGE) return false;
	if (besideLinkSections(article, whole)) return false;
	if (article.chars < wholeChars * MIN_ARTICLE_COVERAGE && !holdsCleanedPage(article, whole)) return true;
	return signals.longParagraphs < SHORT_PAGE_LONG_PARAGRAPHS && article.chars < wholeChars * MIN_SHORT_PAGE_COVERAGE;
}

/**
 * Whether the container holds at least `MIN_ARTICLE_COVERAGE` of the page once the page's frame that no class name
 * marked is gone (`cleanedWholePage`: the text above its title, unnamed menus and footer link lists, dropdowns,
 * buttons). On a site whose class words say nothing, that frame stays in the whole page and an article beside it
 * looked like a small part of a spread-out page (a hospital's page about a service, 0.24 of the raw page, 0.34 of the
 * cleaned one, read as a listing of its six cards). Such a container then meets the short-page test as any other
 * (`SHORT_PAGE_LONG_PARAGRAPHS`): a page of fewer than three long paragraphs stays spread out (a gallery's short
 * service page, 0.96 → 0.55 without it). A cleaned page shorter than the container lost part of it (the container
 * lies above the title) and measures nothing (a shoe shop's category, 0.95 → 0.75 without it).
 * Measured (eval --part tune, session 44; the unguarded form's run, whose six pages moved, with the guarded form's
 * answer read on each): declassed all 0.88295 → 0.88358 (half B +0.0012, half A unchanged; the hospital page 0.69
 * → 1.00, a shop's page read as its help text 0.68 → 0.87, a legal publisher's article 0.83 → 1.00), as is all
 * 0.90479 → 0.90522 (half A +0.0009: a woodworking magazine's question page 0.55 → 1.00), no page down.
 */
function holdsCleanedPage(article: Attempt, whole: Attempt): boolean {
	const cleaned = collapsedChars(cleanedWholePage(whole).blocks);
	// A cleaned page shorter than the container lost part of it (the container lies above the title): no measure.
	return cleaned >= article.chars && article.chars >= cleaned * MIN_ARTICLE_COVERAGE;
}

/**
 * Sections outside the container the cleaned page needs: as many as a page of sections has (headedSections.ts
 * `MIN_PAGE_SECTIONS`), not the raw test's three. A news story's three short boxes under it (a video's caption, a
 * related link, a quote) once its menus are gone made it "one section of many" (readability corpus, cnn 0.999 → 0.736
 * at three), and a shoe shop's page with four (declassed 0.99 → 0.75); every page the rule lifts has five or more.
 */
export const MIN_CLEANED_OUTSIDE_SECTIONS = MIN_PAGE_SECTIONS;

/**
 * Whether the container is one headed section of the page measured without the page's frame that no class name
 * marked (its unnamed menus, footer columns, dropdowns and buttons, `cleanedWholePage`): on a site whose class words
 * say nothing, that frame stays in the whole page and dilutes the share of headed sections outside the container, so
 * a landing page read as its one longest section (a course's overview, a firm's "about" block) kept a quarter of its text.
 * Measured (eval --part tune, session 43, with `MIN_CLEANED_OUTSIDE_SECTIONS`): declassed all 0.87777 → 0.87884 (A
 * +0.0008, B +0.0013), service 0.8186 → 0.8264 (a university course page 0.40 → 0.96, a fund manager's page 0.60 →
 * 0.96), collection 0.7905 → 0.7900, listing unchanged; as is 0.90490 → 0.90467 (A −0.0005: two near-identical pages
 * of one shop whose truths disagree, one 1.0 → 0.64 and the other 0.72 → 0.86), service and article unchanged;
 * readability corpus 0.947 unchanged, seeds 53/53.
 */
function isOneSectionOfCleanedPage(article: Attempt, whole: Attempt): boolean {
	// The test's bounds on the container alone fail first on most pages, with no cleaned page to build (headedSections.ts).
	if (!mayBeOneSection(article)) return false;
	const cleaned = cleanedWholePage(whole);
	return isOneSectionOfMany(article, { ...cleaned, chars: collapsedChars(cleaned.blocks) }, MIN_CLEANED_OUTSIDE_SECTIONS);
}

/**
 * The whole page as a spread-out page's content: what lies above its title, its menus and footer columns that no
 * class name marked, its menu bars of dropdowns, and its buttons' labels, go (pageStart.ts, heuristics/navigationLists.ts,
 * heuristics/dropdownMenus.ts, heuristics/callsToAction.ts).
 */
export function cleanedWholePage(whole: Attempt, index?: BlockIndex): Attempt {
	const removed = [...whole.removed];
	const tiles = index ? linkTileLeaves(index) : undefined;
	const blocks = dropCallsToAction(dropDropdownMenus(dropNavigationLists(fromPageTitle(whole.blocks, removed, tiles), removed, true), removed), removed);
	return { ...whole, blocks, removed };
}

/** The article attempt, or the whole page (cleaned) when the attempt covers too little of it. */
export function articleOrWholePage({ index, signals, article, whole }: KindContext): Attempt {
	// A consent dialog's prose is never the article, however well it scores.
	if (isInConsentDialog(index, article.region) && whole.chars > 0) return cleanedWholePage(whole, index);
	return isSpreadOut(signals, article, whole) ? cleanedWholePage(whole, index) : article;
}
