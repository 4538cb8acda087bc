// The category's prose below its grid: a collection read from the grid's container gets back the buying guide and FAQ that follow the grid.
import { childBlocks } from '../../model/blockTree';
import type { Block, SourceRange } from '../../model/dumpDocument';
import { type Attempt, isContainer, ROOT } from '../blockIndex';
import { collapsedText } from '../inlineText';
import { COPYRIGHT_LINE_RE, MAX_COPYRIGHT_LINE_CHARS } from '../heuristics/pageFooter';
import { consentDialogsByText, COOKIE_SENTENCE_RE } from '../heuristics/consentText';
import { CTA_HEADING_RE } from '../heuristics/ctaSections';
import { inlineLinkChars } from './blockMeasures';
import type { KindContext } from './pageKind';
import { collectionGrid } from './collectionGrid';
import { hasPrice } from './priceReader';

/**
 * A section below the grid is the category's words when one of its paragraphs or lists holds this much text: a
 * question's answer, a buying tip. Shorter sections are a rail's heading and a button ("Recently viewed", "Sign up").
 */
export const MIN_SECTION_PROSE_CHARS = 80;
/** Below the grid, this much prose in all is the category's guide; less is a line of chrome the names missed. */
export const MIN_BELOW_PROSE_CHARS = 300;
/** A block with this share of link text is a menu, a row of tiles or a list of related searches, not prose. */
export const MAX_PROSE_LINK_SHARE = 0.5;
/**
 * A menu ends the category's words: once this many characters of links in blocks that are not prose (a footer's
 * columns, a row of related searches) follow the last paragraph of `MIN_SECTION_PROSE_CHARS`, or the grid's container,
 * what comes after is the page's footer (its legal notices, its newsletter band), not the category's guide. A guide's
 * own paragraphs link a term here and there; their links are prose and do not count. Session 50 (coll55), designed on
 * half A (a hemp shop's legal notices under its footer menus, a furniture shop's newsletter band after its guide),
 * checked on half B; tuning part of wcxb-dev, word F1, declassed: collection A 0.82078 -> 0.82145 (the hemp shop
 * 0.812 -> 0.836, the furniture shop +0.001), half B: a charity's article read as a collection 0.903 -> 0.949; as is
 * that article 0.914 -> 0.945, nothing else moves; no page down on either yardstick. 100 is a footer column of five
 * or six links; a guide's lead-in (a pager, "Show more") holds far fewer.
 */
export const MAX_MENU_LINK_CHARS = 100;

/** The text blocks (not containers) of the blocks, in order, at any depth of their containers. */
function leaves(blocks: readonly Block[], out: Block[] = []): Block[] {
	for (const b of blocks) {
		if (isContainer(b)) leaves(childBlocks(b), out);
		else out.push(b);
	}
	return out;
}

/** Link characters of a block: its inlines' for a paragraph or heading, its items' paragraphs for a list. */
function linkChars(b: Block): number {
	if (b.kind === 'paragraph' || b.kind === 'heading') return inlineLinkChars(b.content);
	let n = 0;
	for (const c of childBlocks(b)) n += linkChars(c);
	return n;
}

/** Whether a block reads as prose: it has text, little of it linked, and no price (a card of a recommendation rail). */
function isProse(b: Block, text: string): boolean {
	if (b.kind !== 'paragraph' && b.kind !== 'list' && b.kind !== 'heading' && b.kind !== 'blockquote' && b.kind !== 'table') return false;
	return text.length > 0 && linkChars(b) < text.length * MAX_PROSE_LINK_SHARE && !hasPrice(text);
}

/**
 * A category page follows its grid with its buying guide, questions and answers, or a paragraph about the range; the
 * article pipeline picks the grid's container, which leaves them out, and annotators keep them. The sections (runs
 * from one heading to the next) of the cleaned whole page after the attempt's container, up to a copyright line,
 * whose paragraphs or lists hold at least `MIN_SECTION_PROSE_CHARS` of unlinked, unpriced text, are appended with
 * their prose blocks, when the attempt's container holds the page's priced grid (kinds/shopGrid.ts) and they hold
 * `MIN_BELOW_PROSE_CHARS` in all; otherwise the attempt as it is.
 *
 * Tuning part of wcxb-dev, the 70 annotated collections: one page up (a wallet shop's category, whose paragraphs
 * about the range follow the grid, 0.716 -> 0.742), none down; at 100 and 40 characters one page down (-0.003, a
 * shoe shop's "Customers also bought" line). Most categories' guides sit in collapsed panels (disclosurePanels.ts)
 * or the pipeline's container already holds them.
 * Session 20 ablation (rule off, one at a time; tuning part of wcxb-dev, the 119 pages detected as listings or
 * collections re-read, word F1): half A one page outside the collections +0.0001, half B collection 0.7845 -> 0.7837:
 * kept.
 * Session 25 ablation (rule off where it fires; tuning part of wcxb-dev, main 23a4350, word F1): half A collections
 * unchanged (an article read as a collection +0.02), half B collection 0.7845 -> 0.7837 (2 down, 1 up): kept.
 * `MIN_BELOW_PROSE_CHARS` at 100: nothing moves; at 1000: half B 0.7837: left at 300.
 * Session 52 (coll57): the walk also ends at a call to action's heading ("Get in touch", "Ready to …?": the headings
 * of heuristics/ctaSections.ts) and at a sentence about cookies inside a consent dialog found by its text
 * (heuristics/consentText.ts): what follows a band that asks the reader to act is the page's contact box and footer,
 * and a consent dialog printed after the content is no part of the category, whatever class words the page uses. The
 * call-to-action stop was designed on half A (an event venue's booking band and contact box appended to its wedding
 * guide, read as a collection: coll55's and coll56's open misfire), the consent stop found on half B (a game store's
 * cookie banner appended declassed); each checked on the other half, where neither moves a page. Tuning part of
 * wcxb-dev, word F1, main dba4e3e: as is all 0.90645 -> 0.90647, the venue's article (A) 0.980 -> 1.000; declassed
 * all 0.89153 -> 0.89157, collection B 0.81401 -> 0.81489 (the game store 0.901 -> 0.929), the venue 0.980 -> 1.000;
 * no other page moves on either yardstick (the wallet shop's paragraphs below its grid, half B, are still read).
 */
export function withProseBelowGrid({ index, signals, whole }: KindContext, attempt: Attempt): Attempt {
	if (attempt.region === ROOT || attempt.chars === 0) return attempt;
	const region = attempt.region.range;
	const grid = collectionGrid({ index, signals });
	if (!grid || grid.block.range.start < region.start || grid.block.range.end > region.end) return attempt;
	const below: Block[] = [];
	let section: Block[] = [];
	let sectionHasProse = false;
	let chars = 0;
	// Link characters of the blocks that are not prose since the last long paragraph (`MAX_MENU_LINK_CHARS`).
	let menu = 0;
	const close = (): void => {
		if (sectionHasProse) for (const b of section) below.push(b);
		section = [];
		sectionHasProse = false;
	};
	// Consent dialogs found by their text, whatever their class words (heuristics/consentText.ts), by their ranges in page
	// order: found only when the walk below the grid meets a sentence about cookies.
	let dialogs: SourceRange[] | undefined;
	let next = 0;
	for (const b of leaves(whole.blocks)) {
		if (b.range.start < region.end) continue;
		const text = collapsedText(b);
		if (b.kind === 'paragraph' && text.length <= MAX_COPYRIGHT_LINE_CHARS && COPYRIGHT_LINE_RE.test(text)) break;
		// A call to action's heading ("Get in touch", "Ready to …?") ends the category's words (`endsCategoryWords`), and so
		// does a consent dialog the page prints after its content.
		if (b.kind === 'heading' && CTA_HEADING_RE.test(text)) break;
		if (COOKIE_SENTENCE_RE.test(text)) {
			dialogs ??= [...consentDialogsByText(index).keys()].map((d) => d.range).sort((x, y) => x.start - y.start);
			while (next < dialogs.length && dialogs[next].end <= b.range.start) next++;
			if (next < dialogs.length && dialogs[next].start <= b.range.start && b.range.end <= dialogs[next].end) break;
		}
		if (b.kind === 'heading') close();
		if (!isProse(b, text)) {
			menu += linkChars(b);
			if (menu >= MAX_MENU_LINK_CHARS) break;
			continue;
		}
		section.push(b);
		if (b.kind !== 'heading' && text.length >= MIN_SECTION_PROSE_CHARS) {
			sectionHasProse = true;
			menu = 0;
		}
	}
	close();
	for (const b of below) chars += collapsedText(b).length;
	if (chars < MIN_BELOW_PROSE_CHARS) return attempt;
	return { ...attempt, blocks: [...attempt.blocks, ...below], chars: attempt.chars + chars };
}
