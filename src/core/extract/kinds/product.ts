// Product pages: the product's name, description and details, without the shop chrome (modals, reviews, other products) around them.
import type { Attempt } from '../blockIndex';
import type { BlockIndex, Container } from '../blockIndex';
import { dropBuyBoxLines } from '../heuristics/buyBox';
import { dropBuyBoxBeforeDescription } from '../heuristics/buyBoxBeforeDescription';
import { dropDataFieldLists } from '../heuristics/dataFieldLists';
import { disclosePanels } from '../heuristics/disclosurePanels';
import { isHiddenHeadedSection } from '../heuristics/hiddenHeadedSections';
import { followsCollapsedToggle } from '../heuristics/toggledPanels';
import { dropPolicySections } from '../heuristics/policySections';
import { dropRepeatedBlocks, MIN_REPEATED_CHARS } from '../heuristics/repeatedBlocks';
import { withSiblingPanels } from '../heuristics/siblingPanels';
import { startAtProductName } from '../heuristics/productName';
import { signupForms } from '../heuristics/signupForms';
import { dropSignupLines } from '../heuristics/signupLines';
import { dropVariantPickerLines } from '../heuristics/variantPickerLines';
import { dropShopControlLines } from '../heuristics/shopControlLines';
import { vendorWidgets } from '../heuristics/widgetVendors';
import { endAtRecommendations } from '../heuristics/recommendationSections';
import { dropPricedSections } from '../heuristics/pricedSections';
import { dropPricedCardRuns } from '../heuristics/pricedCardRuns';
import { dropPricedListRails } from '../heuristics/pricedListRails';
import { endAtSignupPrompt } from '../heuristics/signupEnd';
import { endAtShopPitch } from '../heuristics/shopPitchEnd';
import { endAfterReviews } from '../heuristics/reviewsEnd';
import { dropReviewSections } from '../heuristics/reviewSections';
import { dropReshapedCopies } from '../heuristics/reshapedCopies';
import { dropTabLabels } from '../heuristics/tabLabels';
import { dropNavigationLists } from '../heuristics/navigationLists';
import { dropTrailingLinkRows } from '../heuristics/trailingLinkRows';
import { dropCopyrightTail } from '../heuristics/copyrightTail';
import { endAtFooterColumns } from '../heuristics/footerColumnRuns';
import { endAtCopyrightFooter } from '../heuristics/copyrightFooter';
import { isSpreadOut } from './coverage';
import { coversLittleOfProduct } from './productCoverage';
import { withCleanedProse } from './productProse';
import { withProductSlides } from './productSlides';
import { dropListCopies } from './listCopies';
import type { KindStrategy } from './pageKind';
import { collapsedText } from '../inlineText';
import { hiddenContent } from './wholePage';
import { labelledChrome } from './labelledChrome';
import { localePickers } from './localePickers';
import { productNameLine } from './nameLines';
import { insideChrome, productChrome, productHeading, productPage, withoutChrome } from './productRegion';
import { reviewWidgets } from './reviewWidgets';
import { withRatingShapes } from './productRatings';
import { consentDialogsByText } from '../heuristics/consentText';
import { shopPlatformParts, sparingContent, withPlatformContent } from './shopPlatformParts';

/** A product page's repeated paragraphs are screen copies whatever their length (see productSpan). */
const COPIES_ANY_LENGTH = Infinity;

export const product: KindStrategy = {
	kind: 'product',
	reason:
		'A product page is its name, description and details, often in tabs and short sections the article pipeline does not join; the pipeline also picks modals and review widgets, whose paragraphs are longer.',
	readsHidden: true,
	extract({ index, signals, article, whole }) {
		// Sign-up forms (heuristics/signupForms.ts) are set aside with the shop chrome, here only: detection's chrome
		// (shopGrid) stays as it was. Tuning part, product 0.6547 → 0.6565: two pages up (+0.10, +0.09), one down (-0.06, a truth that keeps its alert form).
		// Two rules fitted to half A's shops were removed in session 21, each measured switched off on the tuning part:
		// a shop's notes named by class (`shipping-info`, `payment-icons`, `product_meta`; heuristics/shopNotices.ts),
		// half A 0.758 → 0.755 (three pages down), half B 0.721 → 0.721 (one page up, one down, +0.003 summed); and
		// the widgets a platform profile names as content (Amazon's `…_feature_div`; kinds/productWidgets.ts), half A
		// 0.758 → 0.753 (its two Amazon pages down), half B 0.721 → 0.724 (one page up +0.135). Neither helped half B.
		// With no h1, a bold line over the price names the product (nameLines.ts).
		const name = productHeading(index) ?? productNameLine(index);
		// A shop platform's own words (kinds/shopPlatformParts.ts): its chrome goes with the rest, its description and
		// specifications containers stay even inside a generic chrome word's container, and come back below. A shop
		// app's widgets go too (heuristics/widgetVendors.ts), and review widgets found by their lines' text, whatever their
		// class words (kinds/reviewWidgets.ts), and consent banners by their sentence about cookies and their accept
		// button (heuristics/consentText.ts). A container the class word `rating` names goes only when its text is a
		// rating's numbers, stars and counts (kinds/productRatings.ts).
		const parts = shopPlatformParts(index);
		const chrome = new Map([...sparingContent(index, withRatingShapes(index, productChrome(index)), parts), ...signupForms(index, name), ...vendorWidgets(index), ...reviewWidgets(index, name), ...consentDialogsByText(index), ...localePickers(index, name), ...(parts?.chrome ?? [])]);
		// A product page hidden whole until a script runs (wholePage.ts) is read as a visible one is: less its shop
		// chrome, from its name, without recommendations and policies. Tuning part, product: 0.638 → 0.640 (two pages up).
		const hidden = hiddenContent(index, whole);
		if (hidden) return productSpan(index, withoutBuyBox(withoutChrome(hidden, chrome)), true);
		const page = productPage(index, chrome, whole);
		if (page.chars === 0) return withoutBuyBox(article);
		// Other products' cards used to be left out of the page when judging spread (kinds/productCards.ts, removed in
		// session 24): switched off, it changed no tuning page although it fired on 5 half-B product pages.
		// A kept region gets back the prose paragraphs its conditional cleaning dropped (kinds/productProse.ts), and the
		// slides and maker's bio its inner-chrome step dropped (kinds/productSlides.ts).
		const chosen = insideChrome(index, article.region, chrome) || isSpreadOut(signals, article, page) || coversLittleOfProduct(signals, article, page, index) ? page : withSiblingPanels(index, withoutChrome(withProductSlides(withCleanedProse(article, page), page), chrome), page);
		// A region under half of the page's text is part of the product, which is then read whole (kinds/productCoverage.ts).
		// Collapsed panels come back: a hidden section opening with its heading (heuristics/hiddenHeadedSections.ts), or a
		// hidden container right after its collapsed disclosure button (heuristics/toggledPanels.ts).
		// Then the containers a shop label opens ("Complete your order", "Recently viewed"; kinds/labelledChrome.ts).
		const opens = (c: Container): boolean => isHiddenHeadedSection(c) || followsCollapsedToggle(index, c);
		const spanned = productSpan(index, withoutBuyBox(disclosePanels(index, withPlatformContent(index, chosen, page, parts, chrome), (b) => chrome.has(b), opens)));
		return withoutChrome(spanned, labelledChrome(index, name));
	},
};

/**
 * The attempt from the product's name (heuristics/productName.ts; a hidden one on a page hidden whole), less its
 * recommendation sections (heuristics/recommendationSections.ts); the policy sections went with the buy box (withoutBuyBox).
 * A shop prints its description, specifications and notices once per screen size (desktop and mobile copies, a tab
 * and its accordion twin), so a product page's long repeats are copies too: heuristics/repeatedBlocks.ts without its
 * length cap. Tuning part, product: 0.640 → 0.646 (P 0.604 → 0.612; ten pages up, two down by under 0.01).
 * Then the menus inside it (a list whose every item is one short link: breadcrumbs, a category menu, the footer's
 * columns; heuristics/navigationLists.ts, as a page read whole drops them) and the rows of footer links that end it go
 * (heuristics/trailingLinkRows.ts). Menus: product 0.731 → 0.731 (one half-B page up +0.01, none down).
 * A copyright line and payment icons after those rows go first (heuristics/copyrightTail.ts), so that the rows end the text.
 */
export function productSpan(index: BlockIndex, attempt: Attempt, hidden = false): Attempt {
	const removed = [...attempt.removed];
	const name = productHeading(index, hidden) ?? (hidden ? undefined : productNameLine(index));
	// A newsletter's sign-up prompt after the description (its lines went with withoutBuyBox) opens the footer: the read
	// ends there (heuristics/signupEnd.ts).
	// A later top-level section that names the shop but not the item is the shop's pitch: the read ends there too
	// (heuristics/shopPitchEnd.ts).
	const ended = endAtShopPitch(index, endAtRecommendations(endAtSignupPrompt(startAtProductName(attempt.blocks, name, removed), removed), removed, name), removed, name);
	// After the item's reviews, a top-level section that names none of the item's words is the shop's own part (heuristics/reviewsEnd.ts).
	const reviewed = endAfterReviews(ended, removed, name);
	// Later sections that print prices of their own: offers and other products (heuristics/pricedSections.ts), and runs
	// of cards that each have a heading and one price (heuristics/pricedCardRuns.ts), and lists whose every item is a priced
	// link (heuristics/pricedListRails.ts); then the sections headed as reviews
	// that open with a rating summary (heuristics/reviewSections.ts).
	const spanned = dropReviewSections(dropPricedListRails(dropPricedCardRuns(dropPricedSections(reviewed, removed), removed), removed), removed);
	// Then lists printed twice or in cycles (a ticker's selling points; kinds/listCopies.ts).
	const deduped = dropReshapedCopies(dropListCopies(dropRepeatedBlocks(spanned, removed, MIN_REPEATED_CHARS, COPIES_ANY_LENGTH), removed), removed);
	// The site's footer, found by its labelled columns of links, and what follows it (heuristics/footerColumnRuns.ts).
	const menus = dropNavigationLists(endAtFooterColumns(index, deduped, removed), removed);
	const tail = dropTrailingLinkRows(index, dropCopyrightTail(index, menus, removed), removed);
	// A copyright line that does not end the text (dialogs and notices follow it) ends it too, with the footer before it
	// (heuristics/copyrightFooter.ts).
	// Then the short lines between the name and a "Description" label: the buy box (heuristics/buyBoxBeforeDescription.ts).
	// A variant select read as one line of options and prices goes last (heuristics/variantPickerLines.ts): its prices
	// mark the buy box's section as priced for the cut above. With it the shop's widget labels ("Sponsored", "Size guide",
	// "<name> quantity"; heuristics/shopControlLines.ts).
	const described = dropBuyBoxBeforeDescription(endAtCopyrightFooter(index, tail, removed), removed);
	const blocks = dropShopControlLines(dropVariantPickerLines(described, removed), removed, name && collapsedText(name));
	// A cycled list comes back as a shorter copy of itself (listCopies.ts): same count, other block.
	const same = blocks.length === attempt.blocks.length && blocks.every((b, i) => b === attempt.blocks[i]);
	return same ? attempt : { ...attempt, blocks: [...blocks], removed };
}

/**
 * The attempt less the shop's shipping and returns sections (heuristics/policySections.ts), its buy-box lines
 * (heuristics/buyBox.ts) and the lists of its platform's data fields (heuristics/dataFieldLists.ts).
 * Then the tab bars of in-page links (heuristics/tabLabels.ts). Session 24 ablation (off; tuning part): it fires on
 * 4 half-A and 4 half-B product pages; off, half A one page 0.682 -> 0.680, half B one page 0.970 -> 0.976 (product
 * B 0.7250 -> 0.7251, a truth that keeps its tab labels). Kept: a tab bar is the page's controls on any shop, and
 * the two moves are one annotator's choice each way.
 */
export function withoutBuyBox(attempt: Attempt): Attempt {
	const removed = [...attempt.removed];
	// Policy sections first: their bold labels ("Free Shipping & Returns") read as buy-box lines and would go alone.
	const lines = dropTabLabels(dropBuyBoxLines(dropPolicySections(attempt.blocks, removed), removed), removed);
	// And a sign-up form's prompts and consent notes, found by their sentences (heuristics/signupLines.ts).
	const blocks = dropSignupLines(dropDataFieldLists(lines, removed), removed);
	return blocks.length === attempt.blocks.length ? attempt : { ...attempt, blocks: [...blocks], removed };
}
