// A link or button label that starts with a navigation verb ("Explore Hiring", "Discover More", "Shop Now") is a menu's or a call to action's, not a person's name.

/**
 * Reason: a product site's menu links to its sections under paths an author page also uses (`/people/…`, `/team/…`),
 * and its labels are two capitalised words ("Explore Hiring", "Explore Onboarding"), so they read as names under the
 * title. As is, the links' `cta`/`btn` class words stopped them (`author.ts` CALL_TO_ACTION_RE); read without class
 * words (EVAL_DECLASS, the proxy for unseen sites) nothing did. A name does not start with an imperative verb; the
 * verbs are the language of menus and buttons in several languages, not any site's markup. Left out: verbs that are
 * also names or surnames ("Go", "Close", "Hide", "Back", "Skip", "Will"). Measured on the wcxb-dev tuning part (session
 * 39, meta44): declassed author where none 8 -> 7 of 525 (half A), right unchanged; as is unchanged.
 */
const NAVIGATION_VERB_RE =
	/^(?:explore|discover|learn|browse|shop|download|watch|listen|get|try|start|join|visit|see|meet|book|order|buy|compare|apply|register|find|continue|next|previous|entdecken|entdecke|erfahren|erfahre|jetzt|découvrir|découvrez|explorer|voir|descubre|descubrir|explora|explorar|ver|scopri|esplora|ontdek|bekijk|upptäck|utforska|oppdag|opdag)(?![\p{L}])/iu;

/** Whether a would-be name starts with a navigation verb. */
export function startsWithNavigationVerb(text: string): boolean {
	return NAVIGATION_VERB_RE.test(text.trim());
}
