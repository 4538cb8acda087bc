// Service and landing pages: every section of the page outside its navigation, header and footer.
import { type Attempt, type BlockIndex, ROOT } from '../blockIndex';
import { consentDialogsByText } from '../heuristics/consentText';
import { dropCallsToAction } from '../heuristics/callsToAction';
import { dropCtaSections } from '../heuristics/ctaSections';
import { disclosePanels } from '../heuristics/disclosurePanels';
import { endAtCopyright } from '../heuristics/pageFooter';
import { dropTeaserCards } from '../heuristics/teaserCards';
import { dropFooterColumns } from '../heuristics/footerColumns';
import { articleOrWholePage } from './coverage';
import { fromTitleInContainer } from './titleInContainer';
import { withCardHeaders } from './cardHeaders';
import { withFaqAnswers } from './faqAnswers';
import { withLandingTiles } from './landingTiles';
import { withShortHeroes } from './shortHeroes';
import { withSiblingSections } from './siblingSections';
import type { KindContext, KindStrategy } from './pageKind';
import { withoutShopChrome } from './shopChrome';
import { withoutLocaleMenus } from './localeMenus';
import { withoutListTrails } from './listTrails';
import { withoutChrome } from './productRegion';
import { dropHeadedLinkLists } from './headedLinkLists';
import { dropFooterBand } from '../heuristics/footerBand';
import { dropNewsletterTail } from '../heuristics/newsletterTail';

export const service: KindStrategy = {
	kind: 'service',
	reason:
		'A service or landing page is many short sections (offers, features, steps, contact): no one container holds it, so the whole page less its chrome is kept, unless one container holds most of it (coverage.ts), which then gets back the short tiles its cleaning dropped (kinds/landingTiles.ts); the whole page ends at its footer\'s copyright line (heuristics/pageFooter.ts) and before its footer\'s unnamed link columns (heuristics/footerColumns.ts) and loses its call-to-action bands (heuristics/ctaSections.ts); kept as one container, it starts at the page\'s h1 when what it holds above is the site\'s menus (kinds/titleInContainer.ts); kept whole or as one container, it loses its buttons (heuristics/callsToAction.ts) and its blog teasers with bylines or reading times (heuristics/teaserCards.ts), and gets back the FAQ answers and tabs folded into hidden panels (heuristics/disclosurePanels.ts, heuristics/ariaPanels.ts; unnamed ones after a question: kinds/faqAnswers.ts) and its cards\' heads pruned as headers (kinds/cardHeaders.ts); a language menu whose entries are marked by language and a breadcrumb written as an ordered list go (kinds/localeMenus.ts, kinds/listTrails.ts), and so does a short label over a list of bare links (a sidebar\'s recent posts, a named menu or footer column: kinds/headedLinkLists.ts); read whole or as one container, it ends before a newsletter or follow prompt in its last quarter (heuristics/newsletterTail.ts) and before the run of short column labels, short link lists, contact and © lines that ends it (heuristics/footerBand.ts).',
	// The FAQ answers and feature tabs a landing page folds into hidden accordion and tab panels are read: the
	// annotators keep them. Tuning part of wcxb-dev: service 0.817 -> 0.823 (4 pages up, 0.68 -> 0.99 the most), all
	// 0.878 -> 0.879; one collection page read as a service page down (0.928 -> 0.902, its grid's other tabs).
	// A shop's product page taken for a service page loses its shop chrome (kinds/shopChrome.ts).
	// Cards' heads pruned by the word "header" come back (kinds/cardHeaders.ts: half A service +0.0015, half B +0.0014).
	// Hidden answers under kept questions that no panel name marks come back too (kinds/faqAnswers.ts). Tuning part of
	// wcxb-dev, session 25: half A service 0.8360 -> 0.8390 (one page 0.73 -> 0.93), a listing read as a service page
	// 0.46 -> 0.81; half B service 0.8549 -> 0.8548 (one page up 0.06, one down 0.07).
	// A consent banner and its settings sheet, known by their sentence about cookies beside an accept or reject button
	// (heuristics/consentText.ts), go whatever their class words: see `withoutConsentText`.
	// A language menu whose entries are marked by language goes too, as on a listing (kinds/localeMenus.ts), and so does a
	// breadcrumb written as an ordered list of short links at any depth (kinds/listTrails.ts).
	extract: (page) => withoutFooterTail(withoutHeadedLinkLists(withoutListTrails(withoutLocaleMenus(page.index, withoutConsentText(page.index, withoutShopChrome(page.index, page.signals, withFaqAnswers(page.index, disclosePanels(page.index, withCardHeaders(page.index, sectionsOrContainer(page)))))))))),
};

/**
 * The read up to the newsletter or follow prompt near its end (heuristics/newsletterTail.ts), then without the band of
 * footer leftovers that ends it (heuristics/footerBand.ts): what a landing page read whole keeps of its footer once no
 * class word names it. Session 52 (tuning part, both rules): declassed all 0.89153 -> 0.89203 (half A +0.00051, half
 * B +0.00050), service 0.84010 -> 0.84184 (A +0.00130, B +0.00218), pages of 34 sites up (17 of each half), one down
 * (0.952 -> 0.945); as is all 0.90645 -> 0.90655, service 0.86165 -> 0.86187, 13 pages up, 3 down by at most 0.005.
 */
function withoutFooterTail(attempt: Attempt): Attempt {
	const removed = [...attempt.removed];
	const blocks = dropFooterBand(dropNewsletterTail(attempt.blocks, removed), removed);
	return blocks === attempt.blocks ? attempt : { ...attempt, blocks: [...blocks], removed };
}

/**
 * The read without its short labels over a list of bare links (kinds/headedLinkLists.ts): sidebars, rails and named
 * menu or footer columns that a landing page read whole keeps when no class word names them. Session 50 (tuning part,
 * declassed): service 0.83978 -> 0.84010 (half A +0.00026, half B +0.00039), 8 pages of 8 sites up on this strategy's
 * reads, none down; as is service unchanged, two articles read as service pages up (0.849 -> 0.941, 0.946 -> 0.951).
 */
function withoutHeadedLinkLists(attempt: Attempt): Attempt {
	const removed = [...attempt.removed];
	const blocks = dropHeadedLinkLists(attempt.blocks, removed);
	return blocks === attempt.blocks ? attempt : { ...attempt, blocks, removed };
}

/**
 * The read less the consent dialogs found by their text (heuristics/consentText.ts): a landing page read whole keeps a
 * cookie banner and its settings sheet ("Manage Cookies Settings", "Necessary Cookies Always On", "Accept All Only
 * Necessary") that no class word named, and the annotators leave them out. Pruned from every kind's whole page in
 * session 39 it cost one half-B page of another kind; here only the service strategy's read loses them.
 * Measured with heuristics/formNotices.ts (session 40, tuning part, declassed): service 0.81662 -> 0.81843, an agency's
 * page with its cookie settings sheet 0.79 -> 0.88, two pages of a bird-feeder shop read as service pages +0.11 and
 * +0.05; no page of another kind moves (only this strategy's read).
 */
export function withoutConsentText(index: BlockIndex, attempt: Attempt): Attempt {
	const dialogs = consentDialogsByText(index);
	return dialogs.size === 0 ? attempt : withoutChrome(attempt, dialogs);
}

/** The page less its chrome, or the one container that holds it, with its buttons and call-to-action bands dropped. */
function sectionsOrContainer(page: KindContext): Attempt {
	// A kept container gets back its figures, prices and captions, short tiles its conditional cleaning dropped (landingTiles.ts).
	// No stricter coverage on a page already told to be a landing page (session 21 removed kinds/serviceCoverage.ts, a
	// 0.6 share instead of coverage.ts's: it moved one tuning page, of half A, 0.79 -> 0.98, and no page of half B;
	// session 25 measured the same again and left it out: one page is no evidence for a rule).
	// Read whole, it keeps the hero banners of a heading and a sentence (shortHeroes.ts).
	// A kept container gets back its headed sibling sections (siblingSections.ts).
	const kept = withSiblingSections(page.index, withLandingTiles(withShortHeroes(page, articleOrWholePage(page)), page.whole), page.whole);
	const removed = [...kept.removed];
	if (kept.region !== ROOT) {
		// One container holds the page (a company's page taken by its voice, companyVoice.ts): its buttons and
		// call-to-action bands go as on the whole page. Tuning part of wcxb-dev: 7 pages up (0.942 -> 0.953 the most), 1 down (0.995 -> 0.989).
		// A container that wraps the site's footer ends before its unnamed link columns (heuristics/footerColumns.ts):
		// session 36, tuning part, one service page of half B up (0.968 -> 0.973), none down.
		// It starts at the page's h1 when what it holds above is the site's menus (kinds/titleInContainer.ts).
		const blocks = dropTeaserCards(dropCtaSections(dropCallsToAction([...dropFooterColumns(page.index, fromTitleInContainer(page, kept, removed), removed)], removed), removed), removed);
		return blocks.length === kept.blocks.length && blocks.every((b, i) => b === kept.blocks[i]) ? kept : { ...kept, blocks, removed };
	}
	// Read whole, it also ends before the unnamed link columns of the site's footer (heuristics/footerColumns.ts).
	const blocks = dropTeaserCards(dropCtaSections([...dropFooterColumns(page.index, endAtCopyright(kept.blocks, removed), removed)], removed), removed);
	return blocks.length === kept.blocks.length ? kept : { ...kept, blocks, removed };
}

