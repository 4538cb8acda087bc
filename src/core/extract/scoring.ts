// Weights, thresholds and class/id vocabularies of article extraction, each with the reason it has its value.
import { roleClasses } from './heuristics/utilityClasses';

/** A block with less visible text than this is not scored as a paragraph: too short to tell content from chrome. */
export const MIN_PARAGRAPH_CHARS = 25;

/** Each full 100 characters of a paragraph add a point, capped: length matters, but one huge block must not win alone. */
export const CHARS_PER_LENGTH_POINT = 100;
export const MAX_LENGTH_POINTS = 3;

/** A list item scores only with this much text, mostly prose: short items are menus and link lists (Readability does not score `li` at all). */
export const MIN_LIST_ITEM_CHARS = 200;
/**
 * A scored list item counts this much of a paragraph. Zero, as in Readability: on the corpus any weight (0.5: -0.005 F1)
 * lets galleries, teaser lists and link lists outscore the body; a list inside the article still joins it as content.
 */
export const LIST_ITEM_WEIGHT = 0;

/** Ancestor levels that receive a paragraph's score (parent full, grandparent half, then 1/(3·level)). */
export const MAX_SCORE_ANCESTORS = 5;

/** Class-weight step for a positive or negative vocabulary match (Readability's 25). */
export const CLASS_WEIGHT = 25;

/** A container's starting score by what it is: divs hold articles, lists and quotes rarely do on their own. */
export const INITIAL_SCORE = { div: 5, blockquote: 3, code: 3, list: -3, root: 0 } as const;

/** Paragraph points a container needs before its class weight counts in full (about three real paragraphs). */
export const WEIGHT_FULL_CONTENT = 12;

/** Link text of in-page anchors (`#...`) counts this much toward link density: footnotes and TOCs are still content. */
export const HASH_LINK_WEIGHT = 0.3;

/** How many top candidates are kept to look for a common ancestor. */
export const TOP_CANDIDATES = 5;
/** Candidates scoring at least this share of the top one vote for their common ancestor. */
export const ALTERNATIVE_ANCESTOR_RATIO = 0.75;
/** This many votes make the common ancestor the article: the body was split into several sibling blocks. */
export const MIN_ALTERNATIVE_VOTES = 3;
/** Climbing from the top candidate stops at a parent scoring under this share of it. */
export const PARENT_SCORE_RATIO = 1 / 3;

/** Ancestors this far up may replace the candidate when they hold `DEEP_CLIMB_RATIO` times its prose. */
export const DEEP_CLIMB_LEVELS = 4;
/** Half again as much prose: the candidate was one section of a longer article, not the article with a caption. */
export const DEEP_CLIMB_RATIO = 1.5;

/** Only a candidate scoring under this (about five solid paragraphs) is that weak: a strong body keeps its bounds. */
export const DEEP_CLIMB_MAX_SCORE = 25;

/** A sibling of the article joins it when it scores this share of the article (but at least `SIBLING_MIN_SCORE`). */
export const SIBLING_SCORE_RATIO = 0.2;
export const SIBLING_MIN_SCORE = 10;
/** A sibling paragraph joins when it is at least this long with link density under `SIBLING_MAX_LINK_DENSITY`. */
export const SIBLING_PARAGRAPH_CHARS = 80;
export const SIBLING_MAX_LINK_DENSITY = 0.25;

/** Below this much text the result is suspect and the extraction is retried with fewer filters (Readability's 500). */
export const CHAR_THRESHOLD = 500;

/** A share widget is only removed when short: a long block with "share" in its class is more likely content. */
export const SHARE_MAX_CHARS = 500;
/** A byline block is short; a long one with "author" in its class is an author bio or the article itself. */
export const BYLINE_MAX_CHARS = 100;

/** Conditional cleaning: containers with at least this many commas look like prose and are kept. */
export const CLEAN_MIN_COMMAS = 10;
/** Conditional cleaning: a low-weight container whose text is mostly links is navigation. */
export const CLEAN_MAX_LINK_DENSITY = 0.2;
/** The same for containers with a positive class weight, which get more benefit of the doubt. */
export const CLEAN_MAX_LINK_DENSITY_POSITIVE = 0.5;
/** Conditional cleaning: a container with less text than this and no prose is chrome. */
export const CLEAN_MIN_CHARS = 25;

/** Candidates for the article container: ids and classes that name it. */
export const POSITIVE_RE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|prose|markdown/i;
/** Ids and classes of chrome. */
export const NEGATIVE_RE =
	/-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|newsletter|subscribe|cookie|signup|sign-in|login|breadcrumb|byline-bio|recommend|popular|trending/i;
/** Containers so likely to be chrome that they are dropped before scoring, unless `MAYBE_CANDIDATE_RE` also matches. */
export const UNLIKELY_RE =
	/-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|cookie|newsletter|masthead|navbar|topbar|nav-|-nav|^nav$/i;
/** One class or id token that names an advertisement slot ("ad", "ads", "ad-slot", "inline-ad", "advert", "dfp-..."). */
export const AD_TOKEN_RE = /^(?:ads?|advert\w*|advertisement\w*|ad[-_]\w+|\w+[-_]ads?|dfp[-_]\w+|gpt[-_]ad\w*|adsense\w*|sponsored\w*)$/i;
/** Unlikely words that the "maybe" words cannot rescue: `related-content` or `comments-body` are still chrome. */
export const STRONG_UNLIKELY_RE = /related|comment|disqus|sidebar|footer|sponsor|newsletter|popular|recommend|cookie|gdpr|outbrain|taboola|most-read|trending/i;
/** A container holding this share of the page's prose is the article's wrapper whatever its name (`contentWithSidebar`). */
export const MAIN_PROSE_SHARE = 0.6;
/** Words that rescue an unlikely-looking container: a `main-header` or `article-comments-count` may still hold the body. */
export const MAYBE_CANDIDATE_RE = /and|article|body|column|content|main|mathjax|shadow/i;
/** ARIA roles of chrome. */
export const UNLIKELY_ROLES: ReadonlySet<string> = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog', 'banner', 'contentinfo', 'search']);
/** Share widgets (class or id), removed inside the article when short. */
export const SHARE_RE = /(\b|_)(share|sharedaddy|sharing|social)(\b|_)/i;
/** Bylines (class, id, rel or itemprop), removed from the body because metadata carries them. */
export const BYLINE_RE = /byline|author|dateline|writtenby|p-author/i;
/** Strong signs of the article body itself (schema.org and common CMS classes): a bonus on top of the positive weight. */
export const ARTICLE_BODY_RE = /articleBody|article-body|article__body|entry-content|post-content|post-body|story-body|article-content|postBody|articleText|article-text|mw-parser-output|lia-message-body-content/i;
/** Bonus for `ARTICLE_BODY_RE` containers: these names are specific enough to outweigh one misleading class. */
export const ARTICLE_BODY_BONUS = 25;

/**
 * Block-level commas of many scripts: the comma count is Readability's measure of prose. A comma between two digits
 * is a thousands separator, not prose: a list of review counts ("English (515,656) Russian (347,887)…") outscored
 * a product's description (wcxb-dev tuning: product 0.486 → see notes/product.md).
 */
export const COMMAS_RE = /(?<!\d),|,(?!\d)|[\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C\u3001]/g;

/** The class weight of a container: +25 for article-like names, -25 for chrome-like ones, for the class and id each. */
export function classWeight(classes: readonly string[], id: string | undefined): number {
	let w = 0;
	const cls = roleClasses(classes).join(' ');
	if (cls) {
		if (NEGATIVE_RE.test(cls)) w -= CLASS_WEIGHT;
		if (POSITIVE_RE.test(cls)) w += CLASS_WEIGHT;
	}
	if (id) {
		if (NEGATIVE_RE.test(id)) w -= CLASS_WEIGHT;
		if (POSITIVE_RE.test(id)) w += CLASS_WEIGHT;
	}
	return w;
}
