// Qualified chrome words: a class saying a container comes with chrome ("section-with-header", "has-sidebar") does not name it chrome.

/**
 * Step 3 matches chrome words anywhere in a container's id and classes, so a class in which the chrome word is only a
 * qualifier made the container chrome: GitHub's blog wraps each listing section in `section-with-header`, a forum its
 * posts column in `p-body-main--withSidebar`, a theme its page in `no-sidebar`. A chrome word right after "with",
 * "has", "no" or "without" says what the container has beside it, not what it is, and so does the side column in a
 * wrapper named after the content it stands beside (`content-sidebar-wrap`). `header--has-menu` is still a header:
 * only the qualified word is set aside.
 * Tuning part of wcxb-dev: all 0.8774 → 0.8777, listing 0.735 → 0.741 (GitHub's blog listing 0.19 → 0.58), every other
 * page unchanged (article 0.951, documentation 0.921); readability corpus 0.945, seeds 53/53 unchanged.
 */
export const QUALIFIED_CHROME_RE =
	/(^|[\s_-])(with|has|no|without)[-_]?(?:header|footer|side-?bars?|menu|nav(?:bar|igation)?|banner|masthead|topbar|comments?|related|social|extra|rail|aside|breadcrumbs?|pagination|pager|newsletter)(?=$|[\s_-])/gi;

/** A wrapper named after the content and the side column it holds together (`content-sidebar-wrap`, `article-rail-container`). */
export const CONTENT_BESIDE_SIDEBAR_RE =
	/(^|[\s_-])(content|article|entry|post)[-_]+(?:side-?bar|rail|aside)[-_]+(wrap|wrapper|container|inner|layout|row)(?=$|[\s_-])/gi;

/**
 * A chrome word stating a page setting (`sidebar-enabled--false`, `header-disabled`, `footer_true`) names an option of
 * the page's layout, set on the wrapper of the main column, not the container's role: the word is set aside.
 * Tuning part of wcxb-dev, as is: one page moved, a charity's blog post whose text sits in `blog-article__main
 * sidebar-enabled--false` 0.90 → 0.99; declassed unchanged (no class words).
 */
export const STATED_CHROME_RE =
	/(^|[\s_-])(?:header|footer|side-?bars?|menu|nav(?:bar|igation)?|banner|masthead|topbar|comments?|related|extra|rail|aside)([-_]{1,3}(?:is[-_]?)?(?:enabled|disabled|true|false|none))(?=$|[\s_-])/gi;

/** What every match of `STATED_CHROME_RE` holds. */
const STATED_NEED_RE = /abled|true|false|none/i;

/** What every match of `QUALIFIED_CHROME_RE` holds. */
const QUALIFIER_NEED_RE = /with|has|no/i;
/** What every match of `CONTENT_BESIDE_SIDEBAR_RE` holds. */
const SIDE_COLUMN_NEED_RE = /side|rail/i;

/** A container's id and classes with the qualified chrome words set aside (`section-with-header` reads `section-with`). */
export function withoutQualifiedChrome(words: string): string {
	// Each replace only where its pattern can match (keep these in step with the patterns): a qualifier ("with", "has",
	// "no", "without"), a side column ("sidebar", "side-bar", "aside", "rail"). Most containers' words hold neither, and
	// the two replaces ran on every container's words (issue 13: 1% of the extraction's CPU).
	const qualified = QUALIFIER_NEED_RE.test(words) ? words.replace(QUALIFIED_CHROME_RE, '$1$2') : words;
	const stated = STATED_NEED_RE.test(qualified) ? qualified.replace(STATED_CHROME_RE, '$1$2') : qualified;
	return SIDE_COLUMN_NEED_RE.test(stated) ? stated.replace(CONTENT_BESIDE_SIDEBAR_RE, '$1$2-$3') : stated;
}
