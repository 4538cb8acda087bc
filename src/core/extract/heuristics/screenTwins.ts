// Screen twins: of two sibling containers whose classes name the screen they are for ("mobile-card", "desktop-card") and that say the same, the reader sees one; the later goes.
import type { Block } from '../../model/dumpDocument';
import { removedRegion, type RemovedRegion } from '../article';
import { blockAttrs, isContainer } from '../blockIndex';
import { collapsedText } from '../inlineText';
import { same, walkListItems } from './cardRepeats';
import { withChildren } from '../../model/divNodes';

/** A class word that names a screen size: `discover-search-mobile-card`, `desktop_only`, `tablet-view`. */
export const SCREEN_CLASS_RE = /(?:^|[-_\s])(?:mobile|desktop|tablet)(?:$|[-_\s])/i;
/**
 * The later twin's words the earlier holds, at least this share: a copy for another screen drops or adds a label or
 * two (an organiser's name, "Share"), but says nothing new. Two cards of a feed have different titles and are far below.
 */
export const MIN_TWIN_WORD_SHARE = 0.8;
/** A twin holds this many words at least: two empty or one-word boxes (an icon's label) are not worth comparing. */
export const MIN_TWIN_WORDS = 3;

/**
 * A twin's source is at most this long: a card, a menu or a hero printed twice, not a page's wrapper. It bounds what
 * one container's words cost, so screen-named divs nested 500 deep (a hostile dump) flatten no more than this each.
 */
export const MAX_TWIN_SOURCE_CHARS = 20_000;
/**
 * A twin is compared with the last few screen-named siblings before it, not all of them: a copy for another screen
 * sits beside its original (the card's next box), and a feed of 10,000 such cards stays linear.
 */
export const MAX_TWIN_LOOKBACK = 8;

const WORD_RE = /[\p{L}\p{N}_]+/gu;

function words(b: Block): string[] {
	return collapsedText(b).toLowerCase().match(WORD_RE) ?? [];
}

/** The container's class and id words when they name a screen size; undefined otherwise. */
function screenClasses(b: Block): string | undefined {
	if (!isContainer(b)) return undefined;
	const attrs = blockAttrs(b);
	if (!attrs) return undefined;
	const w = [attrs.id ?? '', ...attrs.classes].join(' ');
	return SCREEN_CLASS_RE.test(w) ? w : undefined;
}

/**
 * The blocks less, at any depth, each container that an earlier sibling container already says for another screen:
 * both carry a class naming a screen size (`SCREEN_CLASS_RE`), their classes differ, and the later's words are mostly
 * (`MIN_TWIN_WORD_SHARE`) the earlier's. Feeds print each card twice (`discover-search-mobile-card` and
 * `discover-search-desktop-card`, one shown by the stylesheet) and landing pages their menus and hero twice; the
 * dump holds both and a token-bag reader counts every word twice. kinds/layoutTwins.ts compares by headings in the
 * article strategy; this one asks the markup which screen a copy is for, so it needs no title and runs on every kind.
 * Measured (issue 12, session 32, eval --part tune of wcxb-dev, word F1, after buttonLabels.ts): listing A 0.75347 ->
 * 0.76459 (an event search whose cards each hold a mobile and a desktop copy 0.687 -> 0.964); no other page moves on
 * either half, though 40 half-A pages of every kind carry such classes (their twins differ in words, or are not siblings).
 */
export function dropScreenTwins(blocks: readonly Block[], removed: RemovedRegion[]): Block[] {
	const walk = (list: readonly Block[]): Block[] => {
		const out: Block[] = [];
		const screens: { classes: string; words: Set<string> }[] = [];
		for (const b of list) {
			if (b.kind === 'list') {
				const kept = walkListItems(b, walk);
				if (kept) out.push(kept);
				continue;
			}
			const classes = b.range.end - b.range.start <= MAX_TWIN_SOURCE_CHARS ? screenClasses(b) : undefined;
			if (classes !== undefined) {
				const ws = words(b);
				if (ws.length >= MIN_TWIN_WORDS) {
					const twin = screens.find((s) => s.classes !== classes && ws.filter((w) => s.words.has(w)).length / ws.length >= MIN_TWIN_WORD_SHARE);
					if (twin) {
						removed.push(removedRegion(b.range, 'screen-twin', classes));
						continue;
					}
					screens.push({ classes, words: new Set(ws) });
					if (screens.length > MAX_TWIN_LOOKBACK) screens.shift();
				}
			}
			if (isContainer(b) || b.kind === 'blockquote') {
				const children = walk(b.children);
				if (children.length > 0 || b.children.length === 0) out.push(same(children, b.children) ? b : withChildren(b, children));
			} else out.push(b);
		}
		return out;
	};
	return walk(blocks);
}
