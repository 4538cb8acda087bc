// Article metadata: title, author, dates, URL, site, language, description, tags, lead image, with provenance for each.
import type { Block, DumpDocument, SourceRange } from '../model/dumpDocument';
import type { ArticleMetadata, MetadataField } from './article';
import { dayFirstFor, type DateOptions } from './dates';
import { authorCandidates, expandAuthors, FAR_SUFFIX } from './metadata/author';
import { siteOwnerAuthor } from './metadata/siteOwnerAuthor';
import { chooseDates, type DateChoice } from './metadata/dateCandidates';
import { fromPlatformChrome } from './metadata/platformBylines';
import { descriptionCandidates } from './metadata/description';
import { languageCandidates } from './metadata/language';
import { imageCandidates } from './metadata/leadImage';
import { siteOrigin, urlCandidates } from './metadata/pageUrl';
import { confidenceOf, MIN_REPORTED_SCORE } from './metadata/confidence';
import { best, field, MIN_SCORE, MetadataScan, type ArticleContext, type Candidate, type MNode } from './metadata/scan';
import { siteNameCandidates } from './metadata/siteName';
import { tagCandidates } from './metadata/tags';
import { chooseTitle } from './metadata/title';
import { withoutSiteSuffix } from './metadata/titleSiteSuffix';
import { withoutDashTail } from './metadata/titleDashTail';
import { joinNames, splitNames } from './metadata/names';
import { firstOfRepeated, LIST_ITEMS_MIN } from './metadata/repeatedBylines';
import { readEncoded, readShareLinks } from './metadata/witnesses';
import { readEscapedHtml } from './metadata/escapedHtml';
import { keepAuthorOnKind, keepDateOnKind } from './metadata/kindPolicy';
import { withFullName } from './metadata/loginFullName';
import { candidateWithoutReviewers } from './metadata/reviewerNames';
import { isBylinelessListDate, namesInAuthorMarkup } from './metadata/bylinelessListDates';
import { bylinesAreItems, isItemListDate } from './metadata/itemBylineDates';
import type { KindQuestions } from './metadata/kindQuestion';
import { numericDateOptions } from './metadata/numericDateOptions';
import { countWordMatches } from '../text/wordCount';
import { blockText } from './inlineText';

export type { ArticleContext } from './metadata/scan';
export { guessLanguage } from './metadata/languageGuess';
export { looksLikeName, splitNames } from './metadata/names';
export { canonicalUrl, parseQuery, parseUrl, resolveUrl } from './metadata/urls';

/**
 * Reads the article's metadata from the dump. Never throws; a field that is not found is absent.
 *
 * Workflow (each step's rules live in `metadata/`):
 * 1. Scan (`scan.ts`): every block and every span, link and image becomes a node with its id/class/itemprop/rel words and parent.
 * 2. Witnesses (`witnesses.ts`): the encoded original HTML line (title, teaser, labels, language) and share links (the page
 *    URL, and its `<title>`, "Article - Site") are read first, to confirm what the dump's markup says.
 * 3. Title (`title.ts`): headings scored by level, headline vocabulary, nearness to the article region, platform profiles and
 *    agreement with the witnesses; the heading block becomes the title's source (the body extractor drops it).
 * 4. Byline and dates (`author.ts`, `dateCandidates.ts`): author and date vocabulary near the title, away from comments and
 *    related stories; dates read in several languages and classed as published or modified by their labels and classes.
 * 5. URL, site name, language, description, tags, lead image, word count (`pageUrl.ts`, `siteName.ts`, `language.ts`,
 *    `description.ts`, `tags.ts`, `leadImage.ts`), each with the rule that found it.
 */
export function extractMetadata(doc: DumpDocument, context: ArticleContext): ArticleMetadata {
	return metadataReader(doc)(context);
}

/**
 * Reads a page's metadata more than once, e.g. over the article pipeline's region for the kind stage's date, then over
 * the same region with the page's kind (extractArticle.ts). Only the kind-policy steps (`kindPolicy.ts`,
 * `docsUpdateStamp.ts`, `repeatedBylines.ts`) and what follows from the byline they keep are read again: the scan,
 * witnesses, title, language, author candidates and the fields that depend on none of these are shared when the region
 * is the same and none of them asked for the kind, or only whether it is one kind with the same answer (`KindSwitch`).
 * Issue 12: on the wcxb-dev tuning part 14% of the pages read their metadata twice. Each call never throws; a field that is not found is absent.
 */
export function metadataReader(doc: DumpDocument): MetadataReader {
	let shared: SharedRead | undefined;
	const work: WorkCounts = { scans: 0, sharedReads: 0, bylineReads: 0, dateChoices: 0 };
	const sharedFor = (context: ArticleContext): SharedRead => {
		// Another region: the page's scan and witnesses are the earlier read's (`SharedRead`).
		if (!shared || !shared.serves(context)) shared = new SharedRead(doc, context, shared, work);
		return shared;
	};
	const read = (context: ArticleContext): ArticleMetadata => {
		try {
			return readMetadata(sharedFor(context), context.pageKind);
		} catch {
			// Metadata is an extra: a bug here must not cost the article.
			return {};
		}
	};
	return Object.assign(read, {
		work: work as ReaderWork,
		publishedRule: (context: ArticleContext): string | undefined => {
			try {
				return readPublishedRule(sharedFor(context), context.pageKind);
			} catch {
				return undefined;
			}
		},
	});
}

/**
 * A page's metadata reader (`metadataReader`): a full read, and `publishedRule`, the rule of the publication date a
 * full read over the same context reports (undefined when it reports none), read without the steps the date does not
 * need (step 5's URL, description, tags, lead image, word count and site name). The kind stage asks only whether there
 * is a publication date that is not an update stamp (kinds/datedArticle.ts); when the body's region then differs from
 * the pipeline's, a full first read was spent on fields nobody read. A full read after it over the same context
 * shares its byline and dates (`SharedRead.bylineAndDates`).
 */
export interface MetadataReader {
	(context: ArticleContext): ArticleMetadata;
	publishedRule(context: ArticleContext): string | undefined;
	/** What the reader has computed so far (`ReaderWork`), counted as it goes. */
	readonly work: ReaderWork;
}

/**
 * The work a metadata reader did, so tests can pin its sharing (test/unit/speedReaderWork.test.ts): the page's scan is
 * made once whatever the regions and kinds read; the shared steps (title, language, byline candidates) once per region
 * (and once more only for a kind their rules asked about); the byline and dates once per kind.
 *
 * Measured on every fifth dump of the wcxb-dev tuning part (211 pages, issue 13, session 41): 137 pages read the kind
 * stage's dates-only read and then a full read served by the same shared steps; 61 read once (the kind stage asked for
 * no date); 9 read the shared steps again (3 for another region, 6 for a kind the title's rules asked about): 0.3% of
 * the extraction's time, so re-scoring the candidates per region instead of gathering them again would gain no more.
 */
export interface ReaderWork {
	/** Scans of the page made from scratch (`MetadataScan`): 1 per reader. */
	readonly scans: number;
	/** Shared steps computed (`SharedRead`): 1 per region read, or per kind asked about. */
	readonly sharedReads: number;
	/** Bylines and dates chosen (`SharedRead.bylineAndDates`): 1 per shared read and page kind. */
	readonly bylineReads: number;
	/** Dates chosen (`chooseDates`): at most 1 per byline read, and 1 per shared read and byline when no kind question tells the kinds apart. */
	readonly dateChoices: number;
}

/** `ReaderWork` as the reader counts it. */
type WorkCounts = { -readonly [K in keyof ReaderWork]: number };

/**
 * The context a shared read's scan sees: its page kind can be switched between reads, and a kind asked for while the
 * shared steps run is recorded, so that a read with another kind does not reuse them. A rule that asks only whether
 * the kind is one kind (`kindQuestion.ts`) ties them to that answer alone.
 */
class KindSwitch implements ArticleContext, KindQuestions {
	readonly region?: SourceRange;
	readonly blocks?: readonly Block[];
	readonly trace?: ArticleContext['trace'];
	kind: string | undefined;
	/** True while the shared steps run. */
	sharing = true;
	/** Whether a shared step asked for the page kind. */
	kindAsked = false;
	/** The kind questions the shared steps asked (`isKind`), with their answers. */
	readonly #answers = new Map<string, boolean>();

	constructor(context: ArticleContext) {
		this.region = context.region;
		this.blocks = context.blocks;
		this.trace = context.trace;
		this.kind = context.pageKind;
	}

	/** The kind questions a step asks while it runs (`recording`), besides the shared steps'. */
	#log: KindLog | undefined;

	get pageKind(): string | undefined {
		if (this.sharing) this.kindAsked = true;
		if (this.#log) this.#log.kindAsked = true;
		return this.kind;
	}

	isKind(kind: string): boolean {
		const yes = this.kind === kind;
		if (this.sharing) this.#answers.set(kind, yes);
		this.#log?.answers.set(kind, yes);
		return yes;
	}

	/** `step`'s value, with the kind questions it asked under the current kind (`KindLog`). */
	recording<T>(step: () => T): { readonly value: T; readonly log: KindLog } {
		const log = new KindLog(this.kind);
		const outer = this.#log;
		this.#log = log;
		try {
			return { value: step(), log };
		} finally {
			this.#log = outer;
		}
	}

	/** Whether the shared steps read as they did under another page kind: each kind question they asked has the same answer. */
	sameFor(kind: string | undefined): boolean {
		if (this.kindAsked) return kind === this.kind;
		for (const [k, yes] of this.#answers) if ((kind === k) !== yes) return false;
		return true;
	}
}

/**
 * The kind questions one step of a read asked (`KindSwitch.recording`), and the kind it ran under: the step gives the
 * same value under another kind when it read no kind itself and each `isKind` question has the same answer for it.
 */
export class KindLog {
	/** Whether the step read the page kind itself (`pageKind`). */
	kindAsked = false;
	/** The kinds the step asked about (`isKind`), with their answers. */
	readonly answers = new Map<string, boolean>();

	constructor(readonly kind: string | undefined) {}

	/** Whether the step reads as it did under `kind`. */
	sameFor(kind: string | undefined): boolean {
		if (this.kindAsked) return kind === this.kind;
		for (const [k, yes] of this.answers) if ((kind === k) !== yes) return false;
		return true;
	}
}

/** Steps 1-5 of a read that do not depend on the page kind, computed once for the region (see `metadataReader`). */
class SharedRead {
	readonly #context: KindSwitch;
	readonly s: MetadataScan;
	readonly encoded: ReturnType<typeof readEncoded>;
	readonly shares: ReturnType<typeof readShareLinks>;
	readonly escaped: ReturnType<typeof readEscapedHtml>;
	readonly titleChoice: ReturnType<typeof chooseTitle>;
	readonly languages: ReturnType<typeof languageCandidates>;
	readonly dateOptions: DateOptions;
	readonly authorCands: ReturnType<typeof authorCandidates>;
	#rest: RestOfRead | undefined;
	/** Step 4's byline and dates, per page kind (`bylineAndDates`). */
	readonly #bylines = new Map<string | undefined, BylineAndDates>();
	/** The dates chosen so far (`chooseDates`), each with the byline it was given and the kind questions it asked. */
	readonly #dateReads: { readonly byline: MNode | undefined; readonly log: KindLog; readonly chosen: DateChoice }[] = [];
	/** The reader's counts (`ReaderWork`). */
	readonly #work: WorkCounts;

	/**
	 * `earlier`: a read of the same document over another region or kind, whose scan (its nodes, texts and word tests)
	 * and witnesses this one shares, since none of them depends on the region or the kind (`MetadataScan`). `work`: the
	 * reader's counts (`ReaderWork`).
	 */
	constructor(doc: DumpDocument, context: ArticleContext, earlier: SharedRead | undefined, work: WorkCounts) {
		const c = (this.#context = new KindSwitch(context));
		this.#work = work;
		// 1. Scan.
		const s = (this.s = new MetadataScan(doc, c, earlier?.s));
		work.sharedReads++;
		// A scan made `from` an earlier one holds its nodes.
		if (s.nodes !== earlier?.s.nodes) work.scans++;

		const same = earlier !== undefined && earlier.s.doc === doc;

		// 2. Witnesses: the encoded HTML, the share links and the escaped page are read from the document alone.
		this.encoded = same ? earlier.encoded : readEncoded(s);
		this.shares = same ? earlier.shares : readShareLinks(s);
		const shareTitles = this.shares.flatMap((x) => x.titles);

		// A page dumped as its escaped HTML source has no markup to read: its headline, time and poster's name stand in.
		this.escaped = same ? earlier.escaped : readEscapedHtml(doc.blocks, doc.text);

		// 3. Title.
		const titleChoice = chooseTitle(s, this.encoded.title ?? this.escaped.title, shareTitles);
		// Every heading is a title candidate, and only a trace reads them once the title is chosen: kept for the run,
		// they were 5.2 MB of 'headings named like the preview' (1.96 MB, 58,800 headings) at the extraction's peak.
		this.titleChoice = c.trace ? titleChoice : { chosen: titleChoice.chosen, listItem: titleChoice.listItem, candidates: [] };
		s.titleNode = this.titleChoice.chosen?.node;

		// 5 (early): language, needed to read numeric dates.
		this.languages = languageCandidates(s, this.encoded.language);
		this.dateOptions = numericDateOptions(doc.text, dayFirstFor(best(this.languages)?.value));

		// 4. Byline candidates.
		this.authorCands = authorCandidates(s);
		c.sharing = false;
	}

	/** Whether this read's shared steps serve another read: the same region, no blocks or trace, and the same answers to the kind questions they asked. */
	serves(context: ArticleContext): boolean {
		const c = this.#context;
		if (context.blocks || context.trace || c.blocks || c.trace) return false;
		if (context.region?.start !== c.region?.start || context.region?.end !== c.region?.end) return false;
		return c.sameFor(context.pageKind);
	}

	/** Switches the page kind the scan's rules see. */
	withKind(kind: string | undefined): void {
		this.#context.kind = kind;
	}

	/**
	 * Step 4: the byline and dates the page kind keeps, once per kind: a full read after a dates-only read
	 * (`MetadataReader.publishedRule`) of the same kind reads them once.
	 */
	bylineAndDates(pageKind: string | undefined): BylineAndDates {
		const known = this.#bylines.get(pageKind);
		if (known) return known;
		this.#work.bylineReads++;
		this.withKind(pageKind);
		const s = this.s;
		const titleChoice = this.titleChoice;
		// An index page's title is its first item's heading: the byline and date under it are that item's, not the page's.
		const found = titleChoice.listItem ? undefined : expandAuthors(s, firstOfRepeated(s, this.authorCands, LIST_ITEMS_MIN));
		// On a listing, collection, product, service or documentation page, only a byline and a date at the title are the page's (`kindPolicy.ts`).
		// A name chosen in a platform's box of other posts or comments is theirs (`platformBylines.ts`).
		const kept = found && keepAuthorOnKind(s, found) && !fromPlatformChrome(s, found) ? found : undefined;
		// A login in the byline is the person another byline or author box names in full (`loginFullName.ts`); its node stays the dateline.
		// The byline's names widened to its wrapper (`expandAuthors`) lose the page's credited reviewers again (`reviewerNames.ts`).
		const unreviewed = kept && candidateWithoutReviewers(s, kept);
		const authors = unreviewed && withFullName(s, unreviewed, this.authorCands);
		// A name read far from the title (an author box at the end) is no dateline: dates beside it are not looked for.
		const byline = authors && authors.score >= MIN_REPORTED_SCORE && !authors.rule.includes(FAR_SUFFIX) ? authors.node : undefined;
		const chosen = titleChoice.listItem ? { candidates: [] } : this.#chooseDates(byline);
		// A plain-text date repeated down a page with no byline is a list item's (`bylinelessListDates.ts`).
		const signed = (authors !== undefined && authors.score >= MIN_REPORTED_SCORE) || namesInAuthorMarkup(this.authorCands);
		// A date repeated beside bylines that were read as a list's items is an item's date (`itemBylineDates.ts`).
		const itemBylines = !titleChoice.listItem && bylinesAreItems(this.authorCands, found);
		const dropped = chosen.published && (!keepDateOnKind(s, chosen.published, byline) || isBylinelessListDate(chosen.published, signed) || isItemListDate(chosen.published, itemBylines) || fromPlatformChrome(s, chosen.published));
		const dates = dropped ? { ...chosen, published: undefined } : chosen;
		const out = { authors, dates };
		this.#bylines.set(pageKind, out);
		return out;
	}

	/**
	 * `chooseDates` for `byline` under the current kind: an earlier choice for the same byline is reused when every kind
	 * question it asked has the same answer now (`KindLog`). Its inputs are otherwise this read's (the scan, its title,
	 * region and date options), and it changes none of them. Issue 13: the final read of a page of another kind than the
	 * kind stage's date-only read (a listing, service, documentation, product or collection page) chose its dates again
	 * with the same byline on 63 of 352 pages of a third of the wcxb-dev tuning part, 15% of `chooseDates`' time.
	 * A date rule must read the page kind through this context (`pageKind`, `isKind`, `isPageKind`): a kind read any
	 * other way is not in the log, and the reuse would hand it another kind's dates.
	 */
	#chooseDates(byline: MNode | undefined): DateChoice {
		const kind = this.#context.kind;
		for (const r of this.#dateReads) if (r.byline === byline && r.log.sameFor(kind)) return r.chosen;
		this.#work.dateChoices++;
		const { value, log } = this.#context.recording(() => chooseDates(this.s, this.dateOptions, byline));
		this.#dateReads.push({ byline, log, chosen: value });
		return value;
	}

	/** Step 5's fields that depend on the title only (URL, description, tags, lead image, word count), once. */
	rest(): RestOfRead {
		if (this.#rest) return this.#rest;
		const s = this.s;
		const title = this.titleChoice.chosen;
		this.#context.sharing = true;
		const origin = siteOrigin(s, this.shares, title?.node);
		const url = best(urlCandidates(s, this.shares, title?.node, origin));
		const descriptions = descriptionCandidates(s, this.encoded.description, title?.candidate.value);
		const tagCands = tagCandidates(s, this.encoded.labels);
		const leadImage = best(imageCandidates(s, origin));
		const wordCount = countWords(s);
		this.#context.sharing = false;
		return (this.#rest = { origin, url, descriptions, tagCands, leadImage, wordCount });
	}
}

interface BylineAndDates {
	readonly authors: ReturnType<typeof expandAuthors> | undefined;
	readonly dates: ReturnType<typeof chooseDates>;
}

/** The rule of the publication date `readMetadata` reports for this kind, without the rest of the read. */
function readPublishedRule(shared: SharedRead, pageKind: string | undefined): string | undefined {
	const { dates } = shared.bylineAndDates(pageKind);
	if (dates.published && dates.published.score >= MIN_REPORTED_SCORE) return dates.published.rule;
	return shared.escaped.published?.rule;
}

interface RestOfRead {
	readonly origin: string | undefined;
	readonly url: Candidate<string> | undefined;
	readonly descriptions: ReturnType<typeof descriptionCandidates>;
	readonly tagCands: ReturnType<typeof tagCandidates>;
	readonly leadImage: Candidate<string> | undefined;
	readonly wordCount: number | undefined;
}

function readMetadata(shared: SharedRead, pageKind: string | undefined): ArticleMetadata {
	shared.withKind(pageKind);
	const { s, shares, escaped, titleChoice, languages, authorCands } = shared;
	const context = s.context;
	const title = titleChoice.chosen;
	const language = best(languages);

	// 4. Byline and dates.
	const { authors, dates } = shared.bylineAndDates(pageKind);

	// 5. The rest.
	const { origin, url, descriptions, tagCands, leadImage, wordCount } = shared.rest();
	const siteNames = siteNameCandidates(s, shares, title?.candidate.value, origin, authors?.value);
	const siteName = best(siteNames);
	const description = best(descriptions);
	const tags = best(tagCands);

	if (context.trace) {
		const t = context.trace;
		t('title', titleChoice.candidates);
		t('author', authorCands);
		t('dates', dates.candidates);
		t('siteName', siteNames);
		t('description', descriptions);
		t('tags', tagCands);
		t('language', languages);
	}
	const out: { -readonly [K in keyof ArticleMetadata]: ArticleMetadata[K] } = {};
	if (title) {
		const cut = withoutSiteSuffix(title.candidate.value, siteNames.filter((c) => c.score >= MIN_SCORE), origin);
		let chosen = cut ? { ...title.candidate, value: cut, rule: `${title.candidate.rule}+site-suffix` } : title.candidate;
		// A short title-cased tag after the last dash is a section's or a series' label (`titleDashTail.ts`).
		const untagged = withoutDashTail(chosen.value);
		if (untagged) chosen = { ...chosen, value: untagged, rule: `${chosen.rule}+dash-tail` };
		out.title = calibrated('title', chosen);
	}
	// Bylines at the title are kept on collections, listings, services and documentation: dropping them there (and on
	// products) cost more right values than it removed wrong ones, since the kind detector mistook articles for them
	// (wcxb-dev tuning part, author right/where none: kept 302/28, dropped on products and collections 283/24; dates
	// 358/40 against 337/37). Pages detected as products now name none (`kindPolicy.ts`: 0 of 74 have one).
	if (authors && authors.score >= MIN_REPORTED_SCORE) {
		const names = authors.value;
		out.author = calibrated('author', { ...authors, value: joinNames(authors.node ? s.textOf(authors.node) : '', names) });
		if (names.length > 1) out.authors = { ...field(authors)!, confidence: out.author.confidence };
	}
	if (dates.published && dates.published.score >= MIN_REPORTED_SCORE) out.published = calibrated('published', dates.published);
	if (!out.author && escaped.author && splitNames(escaped.author.value, { handles: true }).length > 0) out.author = calibrated('author', { ...escaped.author, score: ESCAPED_HTML_SCORE });
	if (!out.published && escaped.published) out.published = calibrated('published', { ...escaped.published, score: ESCAPED_HTML_SCORE });
	// A dated post with no byline on a site named after a person is that person's (`siteOwnerAuthor.ts`); an article
	// read once for its kind and its metadata comes without a kind (`extractArticle.ts`, step 9).
	if (!out.author && out.published && (pageKind === undefined || pageKind === 'article')) {
		const owner = siteOwnerAuthor(s, siteNames);
		if (owner) out.author = calibrated('author', owner);
	}
	if (dates.modified) out.modified = field(dates.modified);
	if (url) out.url = field(url);
	if (siteName) out.siteName = field(siteName);
	if (language) out.language = field(language);
	if (description) out.description = field(description);
	if (tags) out.tags = field(tags);
	if (leadImage) out.leadImage = field(leadImage);
	if (wordCount !== undefined) out.wordCount = { value: wordCount, rule: context.blocks ? 'article-words' : 'region-words', confidence: 0.5 };
	return out;
}

/**
 * How sure a value read from a page's escaped HTML source is (`escaped-html:*` rules): the source's own markup, but
 * read by a tolerant scan and too rare to measure (3 pages of the wcxb-dev tuning part, one forum platform).
 */
const ESCAPED_HTML_SCORE = 60;

/** A chosen candidate as a field whose confidence is its rule's measured precision. */
function calibrated(key: 'title' | 'author' | 'published', c: Candidate<string>): MetadataField<string> {
	return { ...field(c)!, confidence: confidenceOf(key, c) };
}

/** Words in the article (its blocks, else its region); undefined when the body extractor chose neither. */
function countWords(s: MetadataScan): number | undefined {
	if (!s.context.blocks && !s.context.region) return undefined;
	let words = 0;
	// Block by block: the blocks' texts are joined by new lines, which no word spans, so the counts add up.
	for (const b of s.regionBlocks()) words += countWordMatches(blockText(b));
	return words;
}
