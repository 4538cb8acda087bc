// Sibling prose: an article kept as one container gets back the sibling blocks beside it that read as its own prose (long sentences, few links, no chrome name).
import type { Block } from '../../model/dumpDocument';
import { childBlocks } from '../../model/blockTree';
import { RangeIndex } from '../../model/rangeIndex';
import { type Attempt, type BlockIndex, ROOT } from '../blockIndex';
import { attrWords, collapse, collapsedText, inlineText } from '../inlineText';
import { BYLINE_RE, STRONG_UNLIKELY_RE } from '../scoring';
import { inlineLinkChars } from './blockMeasures';
import { blocksIn } from './siblingSections';
import { LONG_PARAGRAPH_CHARS } from './signals';
import { pushAll } from '../../model/pushAll';

/**
 * The article pipeline's container is often one part of the article: the body goes on after an ad or an image
 * container, a second body container follows the first, a standfirst sits above the headline's container.
 * Readability's sibling step joins only siblings that score against the top candidate at its own level; a
 * continuation one wrapper away, or one that scores little beside a long body, is left out. A sibling comes back
 * when the whole page (wholePage.ts, named chrome already pruned) reads it as prose: long paragraphs of sentences
 * holding most of its text, few links, and no chrome name on it (related, comment, sidebar, footer, author...).
 * The run goes outward from the container both ways and ends at the first sibling with text that is not such prose
 * (an author box, a teaser row, a comment), so the article's end matter and what follows stay out. Teaser rows (a
 * heading over each paragraph, linked titles) and author cards (a short name line, a first-person greeting) are not prose.
 *
 * Measured on the wcxb-dev tuning part (article strategy), word F1, session 34, from main f111828: all 0.90258 ->
 * 0.90298; half A 0.90064 -> 0.90080 (article 0.95199 -> 0.95213), half B 0.90432 -> 0.90492 (article 0.95228 ->
 * 0.95340); a service page read as an article up too (half A service 0.85412 -> 0.85476). 5 sites up (0.68 -> 0.97
 * the most: a body continued in a second container), 1 down (a travel blog's disclaimer paragraph, 0.970 -> 0.961).
 */

/** Long prose paragraphs (mostly not links, ending a sentence) hold at least this share of the sibling's text. */
export const MIN_PROSE_SHARE = 0.6;
/** Links make less than this share of the sibling's text. */
export const MAX_LINK_SHARE = 0.15;
/** The sibling holds at least this many characters of long prose. */
export const MIN_PROSE_CHARS = 300;
/** Wrappers climbed from the container to find the level where it has siblings. */
const MAX_WRAPPERS = 3;
/**
 * Levels with siblings examined: only the nearest. At 2, tuning 0.90298 -> 0.90318 but half B 0.90492 -> 0.90488 (one
 * half-A page up, one half-B page down); a looser prose test (200 chars, share 0.5) lost 3 more sites.
 */
const MAX_LEVELS = 1;

/** A bio or a comment opens in the first person, greeting the reader. */
const FIRST_PERSON_RE = /^(?:(?:hey|hi|hello)\b|i'm\b|i am\b)/i;

/** Whether `blocks` read as an article's prose: long sentence paragraphs holding most of the text, few links. */
export function readsAsProse(blocks: readonly Block[]): boolean {
	let chars = 0;
	let links = 0;
	let prose = 0;
	let texts = 0;
	let card = false;
	let paragraphs = 0;
	let linked = 0;
	let headings = 0;
	const visit = (b: Block): void => {
		if (card) return;
		if (b.kind === 'paragraph' || b.kind === 'heading') {
			const text = collapse(inlineText(b.content));
			if (text === '') return;
			// A heading named as chrome ("Related coverage" with a related class) heads a box, not the body.
			if (b.kind === 'heading' && chromeNamed(b)) card = true;
			const l = inlineLinkChars(b.content);
			// Two linked titles are teasers'; a short unpunctuated line among the first two is a card's name (an author box).
			if (l >= text.length * 0.8 && ++linked >= 2) card = true;
			if (texts < 2 && b.kind === 'paragraph' && text.length < 60 && !/[.!?:]$/.test(text)) card = true;
			if (b.kind === 'paragraph' && FIRST_PERSON_RE.test(text) && paragraphs === 0) card = true;
			texts++;
			if (b.kind === 'paragraph') paragraphs++;
			else headings++;
			chars += text.length;
			links += l;
			if (b.kind === 'paragraph' && text.length >= LONG_PARAGRAPH_CHARS && l < text.length * 0.3 && /[.!?]["'”’)]?( |$)/.test(text)) prose += text.length;
			return;
		}
		for (const c of childBlocks(b)) visit(c);
	};
	for (const b of blocks) visit(b);
	// A heading over each paragraph or two is a list of teasers, not a body.
	if (headings >= 3 && headings * 2 > paragraphs) return false;
	return !card && prose >= MIN_PROSE_CHARS && prose >= chars * MIN_PROSE_SHARE && links < chars * MAX_LINK_SHARE;
}

/** Chrome by name: Readability's unlikely candidates (related, comment, sidebar, footer...) and author boxes. */
const CHROME_NAME_RE = new RegExp(`${STRONG_UNLIKELY_RE.source}|${BYLINE_RE.source}`, 'i');

/** Whether a sibling's class or id names chrome. */
function chromeNamed(b: Block): boolean {
	return 'attrs' in b && CHROME_NAME_RE.test(attrWords((b as { attrs?: Parameters<typeof attrWords>[0] }).attrs));
}

/** The container with its sibling prose put back as the whole page reads it; `kept` when none. */
export function withSiblingProse(index: BlockIndex, kept: Attempt, whole: Attempt): Attempt {
	if (kept.region === ROOT || kept.profile) return kept;
	const keptIndex = new RangeIndex(kept.blocks.map((k) => k.range));
	const back: Block[] = [];
	let node: Block = kept.region;
	let levels = 0;
	for (let i = 0; i <= MAX_WRAPPERS && levels < MAX_LEVELS; i++) {
		const parent = index.parent.get(node);
		if (parent === undefined) break;
		const siblings = index.childrenOf(parent);
		const start = node.range.start;
		const end = node.range.end;
		node = parent;
		const after = siblings.findIndex((c) => c.range.start >= end);
		const from = after < 0 ? siblings.length : after;
		let before = from - 1;
		while (before >= 0 && siblings[before].range.end > start) before--;
		if (from === siblings.length && before < 0) continue;
		levels++;
		// Outward from the container, both ways: textless siblings (ads, images) are passed, prose joins, anything else ends the run.
		for (const [first, step] of [[from, 1], [before, -1]]) {
			for (let k = first; k >= 0 && k < siblings.length; k += step) {
				const s = siblings[k];
				const blocks = blocksIn(whole, s.range.start, s.range.end).filter((b) => !keptIndex.encloses(b.range));
				if (blocks.every((b) => collapsedText(b) === '')) continue;
				if (chromeNamed(s) || !readsAsProse(blocks)) break;
				pushAll(back, blocks);
			}
		}
	}
	if (back.length === 0) return kept;
	const blocks = [...kept.blocks, ...back].sort((a, b) => a.range.start - b.range.start);
	let chars = kept.chars;
	for (const b of back) chars += collapsedText(b).length;
	return { ...kept, blocks, chars };
}
