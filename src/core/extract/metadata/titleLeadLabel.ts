// A one- or two-word label before a spaced dash ("Consulting - is it worth it?", "json — JSON encoder and decoder") is a category or a command's name: the title is what follows.

/** The first spaced dash of a title: hyphen, en or em dash, or pandoc's `--`/`---` for them. */
const LEAD_DASH_RE = / (?:-{1,3}|–|—) /u;
/**
 * A lead of at most this many words is a label: a forum's category ("Payment issues - how to delete or change payment
 * method"), a manual page's or module's name ("grep(1) — Linux manual page"). Three or more words are a headline's
 * first clause ("3.1 Git Branching - Branches in a Nutshell", "How Machine Learning is Shaping eCommerce – 10 Benefits").
 */
const MAX_LABEL_WORDS = 2;
/** What follows the label must be a headline of its own, not a number or a pair of words ("Squad 2024 - 2025"). */
const MIN_REST_WORDS = 3;

/** Page kinds whose titles keep a short lead: see `withoutLeadLabel`. */
const KEPT_WHOLE_KINDS: ReadonlySet<string> = new Set(['article', 'product']);

function wordCount(text: string): number {
	return text.split(/\s+/u).filter((w) => w.length > 0).length;
}

/**
 * The title without its leading label, or undefined when it has none. Forum software prefixes the subject with the
 * board's name, man pages and module references with the command's; the page's `<title>` (and the annotators) name
 * the page by the rest. Articles and product pages keep the whole: an article's topic before a dash is its headline's
 * first part ("Content Depth — Write Comprehensively About Your Core Topics", Readability corpus; "Zero Waste - A
 * Beginner's Guide"), and a brand before a dash is part of a product's name.
 * Measured on the wcxb-dev tuning part (cached regions): title right half A 348 -> 352 of 498 (two forum threads, two
 * manual pages), half B 426 -> 427 of 556 (a listing); no title lost on either half, author and published unchanged.
 * Of the 7 tuning titles it cuts, 5 are then right; 1 was annotated whole ("itertools -- Functions creating
 * iterators…", wrong before for its dash) and 1 is an article detected as another kind ("Zero Waste - A Beginner's
 * Guide", wrong before for its quote mark), which this rule made worse until its h1's article headline class kept it
 * whole (`articleHeadlineClass.ts`). Letting it cut articles too gave half B one
 * more (427 -> 428) but lost a Readability corpus title (53 -> 52 of 127).
 */
export function withoutLeadLabel(title: string, pageKind: string | undefined | (() => string | undefined)): string | undefined {
	const m = LEAD_DASH_RE.exec(title);
	if (!m || m.index === 0) return undefined;
	const label = title.slice(0, m.index).trim();
	const rest = title.slice(m.index + m[0].length).trim();
	if (wordCount(label) > MAX_LABEL_WORDS || wordCount(rest) < MIN_REST_WORDS) return undefined;
	// The kind last: a caller may pass it as a function, read only for a title that has such a lead.
	const kind = typeof pageKind === 'function' ? pageKind() : pageKind;
	if (kind === undefined || KEPT_WHOLE_KINDS.has(kind)) return undefined;
	return rest;
}
