// Flat feed: a run of teasers written as sibling blocks alone (a heading, a teaser, a "Read more" link, again and again), with no box per item and none per part.
import type { Block } from '../../model/dumpDocument';
import { divAttrParts } from '../../model/divNodes';
import { type Attempt, type BlockIndex } from '../blockIndex';
import { isHidden } from '../inlineText';
import { isFeatureTiles } from './featureTiles';
import { isTeaserRun, longestRun, MAX_CYCLE_CHARS, MAX_PERIOD, MIN_CYCLES, MIN_PAGE_SHARE, type Part, tokenOf } from './flatCards';
import { MIN_CALLS_TO_ACT } from './offerCards';

/**
 * A page with this many long paragraphs (signals.ts `longParagraphs`) or more holds prose of its own: detect.ts reads
 * it as an article at 5 (`MIN_ARTICLE_LONG_PARAGRAPHS`), and a run of flat teasers on it is its related reading. Under
 * the flatten-cards proxy (session 61, unique) the rule without this guard named 10 pages listings, 2 of them listings;
 * 5 of the 8 others (an article's related rail, a long guide's index) held 5 to 57 long paragraphs, no listing over 2.
 */
export const MAX_LONG_PARAGRAPHS = 4;

/**
 * Whether a cycle of block roles (cardGroup.ts `roleOf`) is a teaser: no box among them (flatCards.ts reads those), a
 * title (a heading, linked or not, or a linked title line), a text or a date, and a link (a linked title or a short
 * link line such as "Read more"). An article's sections (`H P`) link nothing; a menu (`l`) has no title and no text.
 */
function isFlatTeaser(tokens: readonly string[]): boolean {
	if (tokens.some((t) => t.startsWith('B')) || new Set(tokens).size < 2) return false;
	return tokens.some((t) => t === 'T' || t === 'H') && tokens.some((t) => t === 'P' || t === 'D') && tokens.some((t) => t === 'T' || t === 'l');
}

/**
 * The number of teasers in the page's longest flat feed, 0 when none: under one parent, a run of at least
 * `MIN_CYCLES` cycles of the same `p` blocks (2 ≤ p ≤ flatCards.ts `MAX_PERIOD`) whose roles make a teaser
 * (`isFlatTeaser`), at most `MAX_CYCLE_CHARS` long on average, with texts that differ and no price (flatCards.ts
 * `isTeaserRun`), holding `MIN_PAGE_SHARE` of the page. A landing page writes its feature tiles the same way (a
 * heading, a line, a "Learn more" link), so none is found where the article pipeline's container is feature tiles
 * (featureTiles.ts), the page asks its reader to act `MIN_CALLS_TO_ACT` times (offerCards.ts), or it holds more
 * than `MAX_LONG_PARAGRAPHS` long paragraphs (an article's prose beside its related teasers). Fails safe: no run,
 * no feed. Linear: each parent's children are read once, one pass per period (flatCards.ts `longestRun`).
 *
 * Why: a feed whose theme writes no box around its teasers (or whose boxes a dump lost) is read as an article or a
 * landing page; flatCards.ts needs a box among each cycle's parts. Session 61 (tuning part of wcxb-dev, 1,054 pages):
 * no page's kind or F1 moves as is, declassed or unique (a dated half-A article read as a flat feed under unique made
 * the `published()` guard in detect.ts). Under `EVAL_PERTURB=flatten-cards` (unique, no platforms; every fence line
 * inside each card of a page's card group removed), where 8 of the 14 listings read by their cards fall to an article
 * or a landing page: all 0.88306 → 0.88338 (half A 0.8778 → 0.8780, half B 0.8878 → 0.8882), listing 0.74170 →
 * 0.74195, article 0.94354 → 0.94410, no page down; page kind 812 → 811 (a half-A listing back, a half-A and a
 * half-B article read as listings, as their boxed cards already are).
 */
export function flatFeedTeasers(index: BlockIndex, article: Attempt, callsToAct: number, longParagraphs: number): number {
	if (callsToAct >= MIN_CALLS_TO_ACT || longParagraphs > MAX_LONG_PARAGRAPHS) return 0;
	let best = 0;
	let bestChars = 0;
	const visit = (kids: readonly Block[]): void => {
		if (kids.length < 2 * MIN_CYCLES) return;
		const parts: Part[] = [];
		for (const k of kids) {
			const token = tokenOf(index, k);
			if (token !== undefined) parts.push({ token, block: k });
		}
		for (let p = 2; p <= MAX_PERIOD; p++) {
			if (parts.length < p * MIN_CYCLES) break;
			const run = longestRun(parts, p);
			if (!run) continue;
			const [start, cycles] = run;
			if (!isFlatTeaser(parts.slice(start, start + p).map((x) => x.token))) continue;
			let chars = 0;
			for (let j = start; j < start + cycles * p; j++) chars += index.charsOf(parts[j].block);
			if (chars > cycles * MAX_CYCLE_CHARS || !isTeaserRun(parts, start, p, cycles)) continue;
			if (chars > bestChars) {
				best = cycles;
				bestChars = chars;
			}
			break;
		}
	};
	visit(index.doc.blocks);
	for (const c of index.containers) if (!isHidden(divAttrParts(c))) visit(c.children);
	if (best === 0 || bestChars < index.rootStats.chars * MIN_PAGE_SHARE || isFeatureTiles(article)) return 0;
	return best;
}
