// Article body extraction: finds the container holding the article in a parsed dump and cleans the chrome out of it.
import type { Block, DumpDocument, SourceRange } from '../model/dumpDocument';
import { compactRemoved, type Article, type ArticleMetadata } from './article';
import { compactArticleBlocks } from './articleBlocks';
import { BlockIndex, type Container, ROOT } from './blockIndex';
import { escapedHtmlDocument } from './escapedHtmlPage';
import { dropBreadcrumbs } from './heuristics/breadcrumbs';
import { dropLinkParagraphRuns } from './heuristics/linkParagraphRuns';
import { dropButtonLabels } from './heuristics/buttonLabels';
import { dropLinkBlockRuns } from './heuristics/linkBlockRuns';
import { dropScreenTwins } from './heuristics/screenTwins';
import { dropTablesOfContents } from './heuristics/tableOfContents';
import { dropNamedBreadcrumbs } from './heuristics/namedBreadcrumbs';
import { dropAuthorBio } from './heuristics/authorBio';
import { dropDocChrome } from './heuristics/docChrome';
import { frameWrappers } from './heuristics/emptyReadFallback';
import { isFooterOnlyPage } from './heuristics/footerOnlyPage';
import { dropDateLines } from './heuristics/dateLines';
import { dropEndMatter } from './heuristics/endMatter';
import { dropFinePrint } from './heuristics/finePrint';
import { dropReadingTimes } from './heuristics/readingTimes';
import { dropShareLabels } from './heuristics/shareLabels';
import { dropTitledControls } from './heuristics/titledControls';
import { dropFormFields } from './heuristics/formFields';
import { dropFormNotices } from './heuristics/formNotices';
import { dropAuthorLabels } from './heuristics/authorLabels';
import { endAtFooterHeading } from './heuristics/footerHeadings';
import { dropNamedAuthorBio } from './heuristics/namedAuthorBio';
import { dropRepeatedBlocks, MIN_REPEATED_POST_CHARS } from './heuristics/repeatedBlocks';
import { dropShopControls } from './heuristics/shopControls';
import { dropThreadArticleControls } from './heuristics/threadArticleControls';
import { dropTrailingLinks } from './heuristics/trailingLinks';
import { readKind } from './kinds/declinedKind';
import { detectKind, type KindEvidence } from './kinds/detect';
import { learnedFilter } from './kinds/learnedFilter';
import type { PageKind } from './kinds/pageKind';
import { pageSignals } from './kinds/signals';
import { STRATEGIES } from './kinds/strategies';
import { asGridCollection } from './kinds/gridFallback';
import { chromeOnlyText, hiddenContent, isChromeFrame, wholePage } from './kinds/wholePage';
import { blockText, collapse, collapsedText, withTextCache } from './inlineText';
import { extractMetadata, metadataReader, type MetadataReader } from './metadata';
import { isUpdateStampOnly } from './metadata/dateCandidates';
import { dropRepeatedMetadata } from './repeatedMetadata';
import { repairMetadataMojibake } from './metadata/mojibakeFields';
import { keepInsideMainLandmark } from './regions/mainLandmark';
import { readAsPageFrames } from './prune';
import { articleAttempt } from './sieve';
import type { ExtractionWarning } from './warnings';

export { explainExtraction, type ExtractionExplanation } from './explain';

/** Kinds whose items each carry an author or a date: a thread's first post, a listing's first teaser keep theirs. */
const KEEPS_ITEM_BYLINES: ReadonlySet<PageKind> = new Set<PageKind>(['forum', 'listing', 'collection']);

/**
 * Kinds whose metadata rules depend on the kind: a thread's opening post, a documentation page's update stamp
 * (metadata/docsUpdateStamp.ts), and on kinds that seldom have an author or a date, only those at the title (metadata/kindPolicy.ts).
 */
const READS_METADATA_BY_KIND: ReadonlySet<PageKind> = new Set<PageKind>(['forum', 'documentation', 'listing', 'collection', 'product', 'service']);

/** Kinds whose text ends with prose, so that a closing run of links is further reading (heuristics/trailingLinks.ts). */
const ENDS_WITH_PROSE: ReadonlySet<PageKind> = new Set<PageKind>(['article']);

/**
 * Extracts the article body of a parsed dump. Never throws: a dump with no article text (or input that is not a
 * dump) gives `empty: true`.
 *
 * Workflow:
 * 1. Index: measure every block once (visible text, link text, commas, paragraphs, images, list items); hidden
 *    containers (`display:none`, `aria-hidden`) measure as empty.
 * 2. Profile: when a platform profile (profiles.ts) recognises the dump and its body container holds enough text,
 *    that container is the article; go to 6.
 * 3. Prune: containers whose class, id or role name chrome (navigation, menus, headers, footers, comments, social,
 *    related...) are set aside, unless they also name content or hold the article-body container.
 * 4. Score: every paragraph-like block of enough text scores 1 + commas + a length bonus, added to its container,
 *    half to the grandparent, and less further up; containers start from their class weight. A candidate's final
 *    score is discounted by its link density.
 * 5. Pick: the best candidate, promoted to a common ancestor when several good candidates share one, or to a
 *    parent that scores nearly as well; then its siblings (paragraphs or well-scored containers) join it.
 * 6. Clean inside, bottom-up: drop hidden and pruned containers, share widgets, link-dense or content-poor
 *    containers, lists and tables (conditional cleaning), headings with chrome classes, bylines, raw HTML, empty
 *    paragraphs and spacers. Every removal is recorded with its step, signal and score.
 * 7. Sieve: if the result is shorter than `CHAR_THRESHOLD`, retry with one pass fewer (pruning, class weights,
 *    conditional cleaning) and keep the longest attempt.
 * 8. Kind: the page's kind from its structure (kinds/signals.ts, kinds/detect.ts), and that kind's strategy
 *    (kinds/<kind>.ts): a thread's posts, the whole page less its chrome for spread-out pages, else step 7's result.
 *    A kind whose strategy declines is read, cleaned and labelled as an article from here on (kinds/declinedKind.ts).
 *    A dump whose main content is tiny yields what the whole page holds, with the warning `tiny-content`; one with
 *    no text at all is empty with the warning `no-text` (warnings.ts).
 * 9. Metadata: `extractMetadata(doc, { region, pageKind })` plus `pageType`; the title heading and leading byline/date blocks
 *    that repeat metadata are removed from the body.
 * 10. Clean-ups of the kept blocks, one heuristic per file (heuristics/): repeated blocks, shop controls, breadcrumbs,
 *     documentation platforms' controls,
 *     and on articles the further reading that ends them, the site's boilerplate lines and
 *     a closing author bio (by a writer's role word, or by the author's own name).
 * 11. Region: outside the container the page names as its main content (`role="main"`, `#content`), only prose
 *     paragraphs stay (regions/mainLandmark.ts).
 * 12. Learned filter: on the kinds where hand rules generalize worst, a block classifier has the last word.
 * 13. Mojibake: a double-encoded dump's author, site name, description and tags are read back as its outputs are
 *     (metadata/mojibakeFields.ts).
 */
export function extractArticle(doc: DumpDocument): Article {
	try {
		return withTextCache(() => extract(doc));
	} catch {
		// A bug here must not take the editor down: an empty article is a safe answer.
		return { metadata: safeMetadata(doc, undefined), blocks: [], removed: [], empty: true };
	}
}

/** Control characters (other than tab and line breaks) in this share of the first `BINARY_SAMPLE` characters mean binary data, not a dump. */
const BINARY_SHARE = 0.01;
const BINARY_SAMPLE = 65536;

function looksBinary(text: string): boolean {
	const sample = text.slice(0, BINARY_SAMPLE);
	if (sample.includes('\u0000')) return true;
	const controls = sample.match(/[\u0001-\u0008\u000e-\u001f]/g)?.length ?? 0;
	return controls > sample.length * BINARY_SHARE;
}

function safeMetadata(doc: DumpDocument, region: SourceRange | undefined, pageKind?: PageKind): ArticleMetadata {
	try {
		return extractMetadata(doc, { region, pageKind });
	} catch {
		return {};
	}
}

/** Main content shorter than this (a sentence or two) is reported with the warning `tiny-content`. */
const TINY_CONTENT_CHARS = 100;

function textChars(blocks: readonly Block[]): number {
	let n = 0;
	for (const b of blocks) n += collapsedText(b).length;
	return n;
}

/** `frames`: the chrome-named wrappers read as the page's frame, on the second read of a near-empty page (see step 8). */
function extract(doc: DumpDocument, frames?: ReadonlySet<Container>, firstKind?: KindEvidence): Article {
	if (!frames) {
		if (!doc || !Array.isArray(doc.blocks) || doc.blocks.length === 0 || looksBinary(doc.text)) {
			return { metadata: {}, blocks: [], removed: [], empty: true };
		}
		// A page whose whole HTML was written as escaped text is read as that HTML (escapedHtmlPage.ts).
		doc = escapedHtmlDocument(doc) ?? doc;
	}
	const index = new BlockIndex(doc);
	if (frames) readAsPageFrames(index, frames);

	// 2-7: the article pipeline (profile, then the sieve of flags).
	const article = articleAttempt(index);

	// 8: the page kind, and the kind's own strategy.
	const signals = pageSignals(index);
	// The same blocks as the article attempt's share its list (kinds/wholePage.ts).
	const whole = wholePage(index, false, false, article.blocks);
	// The metadata over the pipeline's container, read only when the kind stage asks for a date (kinds/datedArticle.ts).
	const articleRange = article.region === ROOT ? undefined : article.region.range;
	let early: { readonly rule: string | undefined } | undefined;
	// One reader for both reads: a second read of the same region shares the steps the kind does not change (metadata.ts).
	let readMetadata: MetadataReader | undefined = metadataReader(doc);
	// A date that is only an update stamp (a documentation page's "Last updated") does not make a dated article. Only
	// the date is read here (`publishedRule`); a full read of the same region later shares it.
	const kind = firstKind ?? detectKind(index, signals, article, whole, () => {
		const rule = (early ??= { rule: readMetadata!.publishedRule({ region: articleRange }) }).rule;
		return rule !== undefined && !isUpdateStampOnly(rule);
	});
	// The page less its chrome is nearly empty because a chrome-named wrapper holds the page: read it again with that
	// wrapper as the page's frame, as the kind it was found to be (heuristics/emptyReadFallback.ts). Not an article:
	// its read is the sieve's, whose later passes already read without chrome names.
	const wrappers = frames || kind.kind === 'article' ? undefined : frameWrappers(index, whole);
	if (wrappers) return extract(doc, wrappers, kind);
	// A kind whose strategy declines (found none of its structure) is read as an article, clean-ups included (kinds/declinedKind.ts).
	const context = { index, signals, article, whole };
	// A page detected as a service, article or documentation page whose main region is a grid of priced cards is read as a collection (kinds/gridFallback.ts).
	const readFirst = asGridCollection(kind, context);
	const read = STRATEGIES[readFirst.kind].extract(context);
	const readAs = readKind(readFirst, read);
	const strategy = STRATEGIES[readAs.kind];
	// Declined, the page gets the article strategy's reading (the pipeline's container, or the whole page when it holds little).
	let attempt = read ?? (readAs.kind === readFirst.kind ? undefined : strategy.extract(context)) ?? article;
	// Only a footer or menu was left to read: the page has no main content outside its chrome (kinds/wholePage.ts).
	if (isChromeFrame(index, whole, attempt)) attempt = { ...attempt, blocks: [], chars: 0 };
	// The page less its chrome is only a footer's columns, no class word naming it: no main content either (heuristics/footerOnlyPage.ts).
	const footerOnly = isFooterOnlyPage(index, whole);
	if (footerOnly) attempt = { ...attempt, blocks: [], chars: 0 };
	// A genuine dump whose main content is tiny (a short notice, a product with one line) yields what there is.
	else if (attempt.chars === 0 && whole.chars > 0) attempt = whole;
	// A page whose content is all hidden until a script runs (kinds/wholePage.ts), unless the strategy read it; a
	// strategy may tidy what the hidden page holds (kinds/pageKind.ts).
	const hidden = strategy.readsHidden ? undefined : hiddenContent(index, whole);
	if (hidden) attempt = strategy.tidyHidden?.(index, hidden) ?? hidden;
	const region = attempt.region === ROOT ? undefined : attempt.region.range;

	// 9: metadata, then the blocks that repeat it.
	// Read once: the kind stage's reading serves when the region is the same, unless the kind reads metadata its own way.
	const same = early && !READS_METADATA_BY_KIND.has(readAs.kind) && region?.start === articleRange?.start && region?.end === articleRange?.end;
	const metadata: ArticleMetadata = { ...readMetadata!(same ? { region: articleRange } : { region, pageKind: readAs.kind }), pageType: { value: readAs.kind, rule: `kind:${readAs.signal}`, confidence: readAs.confidence } };
	// The reader holds the metadata scan (a node per block and inline, their texts): 4.9 MB of 'tracking pixels' at
	// the clean-ups' peak, which never read it.
	readMetadata = undefined;
	const removed = [...attempt.removed];
	let blocks = dropRepeatedMetadata(index, attempt.blocks, metadata, removed, KEEPS_ITEM_BYLINES.has(readAs.kind));
	// 10: general clean-ups of what was kept, one heuristic each (heuristics/).
	// A thread repeats its authors and dates on purpose: each post keeps its own; a landing page read whole repeats
	// long paragraphs only as slider clones and screen copies (heuristics/repeatedBlocks.ts).
	// A thread's long repeats are quotes and previews beside the full post (heuristics/repeatedBlocks.ts).
	blocks = dropRepeatedBlocks(blocks, removed, readAs.kind === 'forum' ? MIN_REPEATED_POST_CHARS : undefined, readAs.kind === 'forum' || (attempt.region === ROOT && readAs.kind === 'service') ? Infinity : undefined);
	blocks = dropShopControls(blocks, removed);
	// A button's or tooltip's label printed on every card is a control (heuristics/buttonLabels.ts).
	blocks = dropButtonLabels(blocks, removed);
	// A row of links that wrap blocks (an empty link over each label) is a menu (heuristics/linkBlockRuns.ts).
	blocks = dropLinkBlockRuns(doc.blocks, blocks, removed);
	// A row of sibling blocks that are each one short link (a tag cloud written as divs) is a menu (heuristics/linkParagraphRuns.ts).
	blocks = dropLinkParagraphRuns(blocks, removed);
	// A container printed again for another screen size is read once (heuristics/screenTwins.ts).
	blocks = dropScreenTwins(blocks, removed);
	// Trails by their separators (breadcrumbs.ts), then those their class names (namedBreadcrumbs.ts).
	blocks = dropNamedBreadcrumbs(dropBreadcrumbs(blocks, removed), removed);
	// A list of links to the page's own headings repeats them (heuristics/tableOfContents.ts); a documentation page's
	// "On this page" list is part of what its annotators kept.
	if (readAs.kind !== 'documentation') blocks = dropTablesOfContents(blocks, removed);
	blocks = dropDocChrome(blocks, removed, readAs.kind === 'documentation');
	blocks = [...dropFinePrint(blocks, removed)];
	// A line that is only a reading time ("9 min read") is the post header's chrome (heuristics/readingTimes.ts).
	blocks = dropReadingTimes(blocks, removed);
	// A line that is only a sharing prompt ("Share this article:") labels icon buttons (heuristics/shareLabels.ts).
	blocks = dropShareLabels(blocks, removed);
	// A line that names the card's item under two button labels ("Save this event: T Share this event: T") (heuristics/titledControls.ts).
	blocks = dropTitledControls(blocks, removed);
	// A run of required fields' labels ("First Name*", "Email: *") is a form, whatever its class words (heuristics/formFields.ts).
	blocks = dropFormFields(blocks, removed);
	// So is the box around a sentence only a form prints ("By checking this box, you agree…") (heuristics/formNotices.ts).
	blocks = dropFormNotices(index, blocks, removed);
	blocks = [...endAtFooterHeading(blocks, removed)];
	if (ENDS_WITH_PROSE.has(readAs.kind)) {
		// A comment thread read as an article: the controls it repeats under each comment (heuristics/threadArticleControls.ts).
		blocks = [...dropThreadArticleControls(blocks, removed)];
		// A line that is only a date is the post's stamp, at most three a page (heuristics/dateLines.ts).
		blocks = [...dropDateLines(blocks, removed)];
		blocks = [...dropAuthorBio(dropEndMatter(dropTrailingLinks(index, blocks, removed), removed), removed)];
		blocks = [...dropNamedAuthorBio(blocks, metadata.author?.value, removed)];
	}
	// An "About the Author" label and the bio under it are about the writer; a book's page keeps its author's (heuristics/authorLabels.ts);
	// after the closing-bio rules, whose tail scan would otherwise reach the body once a label is gone.
	if (readAs.kind !== 'product') blocks = dropAuthorLabels(blocks, removed);
	// 11: outside the page's own main landmark, only prose stays (regions/mainLandmark.ts).
	blocks = [...keepInsideMainLandmark(index, blocks, removed)];
	// 12: on the kinds whose hand rules generalize worst, a learned block classifier has the last word (kinds/learnedFilter.ts).
	blocks = [...learnedFilter(index.doc, blocks, removed, readAs.kind, region, metadata.title?.source)];
	removed.sort((a, b) => a.range.start - b.range.start);
	let chars = textChars(blocks);
	if (chars === 0 && !footerOnly) {
		// The only text sits in what the pipeline calls chrome, or is hidden until a script runs: what there is, when
		// short; long, it is the frame of a page its scripts draw (kinds/wholePage.ts).
		const all = chromeOnlyText(index);
		if (all) {
			blocks = all.blocks;
			chars = textChars(blocks);
		}
	}
	const hasText = chars > 0 || blocks.some((b) => collapse(blockText(b, { images: true })).length > 0);
	// No text anywhere, even in the chrome: a page its scripts draw, saved before they ran (warnings.ts).
	const warnings: ExtractionWarning[] = !hasText ? ['no-text'] : chars < TINY_CONTENT_CHARS ? ['tiny-content'] : [];
	// The regions as compact nodes, and the blocks as positions where they can be, held to the end of the run
	// (article.ts `compactRemoved`, articleBlocks.ts).
	// 13: a double-encoded dump's metadata read back as its outputs are (metadata/mojibakeFields.ts).
	return { metadata: repairMetadataMojibake(metadata, index.doc), blocks: compactArticleBlocks(index.doc.blocks, blocks), region, removed: compactRemoved(removed), empty: !hasText, ...(warnings.length > 0 ? { warnings } : {}) };
}
