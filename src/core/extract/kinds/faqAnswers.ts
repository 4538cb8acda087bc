// FAQ answers: on a landing page, a hidden container right after a kept question is that question's answer, folded until the reader opens it.
import type { Block } from '../../model/dumpDocument';
import { RangeIndex } from '../../model/rangeIndex';
import { walkBlocks } from '../../model/walk';
import { divAttrParts } from '../../model/divNodes';
import type { Attempt, BlockIndex, Container, Flags } from '../blockIndex';
import { isDisclosurePanel } from '../heuristics/disclosurePanels';
import { NOT_PANEL_RE } from '../heuristics/ariaPanels';
import { attrWords, collapsedText, isHidden } from '../inlineText';
import { prunedContainers } from '../prune';
import { inlineLinkChars } from './blockMeasures';
import { withContainersBack } from './containersBack';

/**
 * A landing page's FAQ shows its questions and hides each answer in a container the script opens
 * (`style="visibility:hidden"`, `height="0"`) under hashed class names (`sc-64912480-0`), so neither the panel words
 * of heuristics/disclosurePanels.ts nor the ARIA pattern of heuristics/ariaPanels.ts name it. What names it is its
 * place: the page's text just before it asks a question, and the page does so several times. The annotators keep the
 * answers with their questions.
 *
 * Measured offline on the wcxb-dev tuning part (outermost hidden containers not named as panels whose preceding text
 * ends with "?"): pages detected as service pages, half A 2 pages, 747 words, all of them in the annotated text; half B
 * 2 pages. Over every kind, half A 7 pages, 1,446 of 1,525 words in the truth; the misses were one-off ("Was this page
 * helpful?" over "Thanks for your feedback!", a link rail after a question) and the floors below leave them out.
 * Built (service strategy only), tuning part: half A service 0.8360 → 0.8390 (a pet insurer's comparison page 0.73 →
 * 0.93) and a listing read as a service page 0.46 → 0.81; half B service 0.8549 → 0.8548 (one page up 0.06, one down
 * 0.07); no other kind moves.
 */

/** A block's text that asks: a question, with an accordion's `+` or `−` toggle mark allowed after it. */
const QUESTION_RE = /\?\s*[+−-]?$/;
/** At least this many answers on the page: an FAQ, not a lone "Was this helpful?" prompt. */
export const MIN_ANSWERS = 3;
/** An answer has at least this much text ("Thanks for your feedback!" is 25 characters). */
export const MIN_ANSWER_CHARS = 40;
/** An answer is mostly prose: less than this share of its text is links (a rail of guides is not an answer). */
export const MAX_ANSWER_LINK_SHARE = 0.5;

/** Cleaned as the whole page is (wholePage.ts): chrome by name, nothing by link density. */
const ANSWER_FLAGS: Flags = { stripUnlikely: true, weightClasses: false, cleanConditionally: false };

interface Leaf {
	readonly start: number;
	readonly end: number;
	readonly text: string;
}

/** The page's paragraphs and headings with text, in document order. */
function textLeaves(blocks: readonly Block[]): Leaf[] {
	const leaves: Leaf[] = [];
	walkBlocks(blocks, (b) => {
		if (b.kind !== 'paragraph' && b.kind !== 'heading') return;
		const text = collapsedText(b);
		if (text) leaves.push({ start: b.range.start, end: b.range.end, text });
	});
	return leaves;
}

/** The last leaf that ends at or before `at`, or undefined. */
function leafBefore(leaves: readonly Leaf[], at: number): Leaf | undefined {
	let lo = 0;
	let hi = leaves.length - 1;
	let found = -1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (leaves[mid].end <= at) {
			found = mid;
			lo = mid + 1;
		} else hi = mid - 1;
	}
	return found < 0 ? undefined : leaves[found];
}

/** Text and link characters of blocks, nested ones included. */
function textAndLinks(blocks: readonly Block[]): { chars: number; links: number } {
	let chars = 0;
	let links = 0;
	walkBlocks(blocks, (b) => {
		if (b.kind !== 'paragraph' && b.kind !== 'heading') return;
		chars += collapsedText(b).length;
		links += inlineLinkChars(b.content);
	});
	return { chars, links };
}

/**
 * The attempt with the hidden answers of its kept questions put back after them (see the header); the attempt itself
 * when the page has fewer than `MIN_ANSWERS` of them.
 */
export function withFaqAnswers(index: BlockIndex, attempt: Attempt): Attempt {
	// 1. Outermost hidden containers, not named panels (disclosePanels reads those), not dialogs, menus or forms.
	const candidates: Container[] = [];
	for (const c of index.containers) {
		if (!isHidden(divAttrParts(c)) || isDisclosurePanel(c) || NOT_PANEL_RE.test(attrWords(divAttrParts(c)))) continue;
		let outer = true;
		for (let p = index.parent.get(c); p !== undefined && outer; p = index.parent.get(p)) {
			if ((p.kind === 'div' || p.kind === 'htmlDiv') && isHidden(divAttrParts(p))) outer = false;
		}
		if (outer) candidates.push(c);
	}
	if (candidates.length < MIN_ANSWERS) return attempt;
	// 2. Those right after a question the attempt keeps, with an answer's prose.
	const leaves = textLeaves(index.doc.blocks);
	const kept = new RangeIndex(attempt.blocks.map((b) => b.range));
	const answers = candidates.filter((c) => {
		const q = leafBefore(leaves, c.range.start);
		if (!q || !QUESTION_RE.test(q.text) || !kept.encloses({ start: q.start, end: q.end })) return false;
		const { chars, links } = textAndLinks([c]);
		return chars >= MIN_ANSWER_CHARS && links < chars * MAX_ANSWER_LINK_SHARE;
	});
	if (answers.length < MIN_ANSWERS) return attempt;
	// 3. Each answer cleaned as the whole page is, inside containers no name marks as chrome.
	const pruned = prunedContainers(index, ANSWER_FLAGS);
	const back = answers.filter((c) => {
		for (let p = index.parent.get(c); p !== undefined; p = index.parent.get(p)) if (pruned.has(p) && pruned.get(p) !== 'hidden') return false;
		return true;
	});
	return withContainersBack(index, attempt, back, ANSWER_FLAGS, pruned);
}
