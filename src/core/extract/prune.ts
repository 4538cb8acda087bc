// Step 3 of extraction: containers set aside before scoring because their class, id or role names chrome.
import type { Block } from '../model/dumpDocument';
import type { AttributeParts } from '../model/linkNodes';
import { divAttrParts } from '../model/divNodes';
import { type BlockIndex, type Container, type Flags } from './blockIndex';
import { withoutQualifiedChrome } from './chromeQualifiers';
import { roleId } from './heuristics/headingSlugIds';
import { isItemHeader } from './heuristics/itemHeaders';
import { isMainColumnByProse } from './heuristics/namedChromeGuards';
import { pruneSelectMenus } from './heuristics/selectMenus';
import { isTabSetWithProse } from './heuristics/tabSets';
import { attrValue, isHidden } from './inlineText';
import * as W from './scoring';

/**
 * A container whose name merely sounds like chrome (`header`, `menu`, not `comment`) but holds this share of the
 * page's prose is the page's frame: pruning it left the whole page empty on a shop's product pages (wcxb-dev tuning:
 * all 0.826 → 0.829, product 0.533 → 0.538). At 0.6 the readability corpus lost yahoo-3 (0.99 → 0.38), whose
 * `yom-remote` block of teasers holds two thirds of the prose.
 */
export const PAGE_FRAME_PROSE_SHARE = 0.9;

/**
 * A landmark role on a container that holds nearly all the page's prose is mis-nested markup (a `role="banner"`
 * header whose closing tag the page forgot wraps the whole page), not the landmark itself: the same test as
 * `PAGE_FRAME_PROSE_SHARE` for class names. Tuning part of wcxb-dev: service 0.807 → 0.813 (one page, a consultancy's
 * services page read as its 787-character teaser: 0.11 → 0.97), product −0.008 on one page; readability corpus unchanged.
 */
function isPageFrame(index: BlockIndex, c: Container): boolean {
	return index.rootStats.proseChars > 0 && index.proseCharsOf(c) >= index.rootStats.proseChars * PAGE_FRAME_PROSE_SHARE;
}

/**
 * A `role="dialog"` marked `aria-modal="false"` does not take over the page: it is a sheet the reader opens beside
 * it (a shop's "Description" sheet holds the product's whole description), so its role alone does not make it
 * chrome; its class still may. With the same exemption from product chrome (kinds/productRegion.ts), tuning part of
 * wcxb-dev, product 0.647 → 0.654 (one page 0.14 → 0.61); the other 24 tuning pages with such a dialog unchanged.
 */
function isNonModalSheet(c: Container, role: string): boolean {
	return role.toLowerCase() === 'dialog' && isNonModal(c.attrs);
}

/** Whether a container says it is not modal (`aria-modal="false"`): a sheet or drawer read beside the page. */
export function isNonModal(attrs: AttributeParts | undefined): boolean {
	return attrValue(attrs, 'aria-modal') === 'false';
}

/** Step 3: whether a container is chrome by its class, id or role. */
export function isUnlikely(index: BlockIndex, c: Container): string | undefined {
	const attrs = divAttrParts(c);
	const role = attrValue(attrs, 'role');
	if (role && W.UNLIKELY_ROLES.has(role.toLowerCase()) && !isNonModalSheet(c, role)) return isPageFrame(index, c) ? undefined : `role=${role}`;
	// The page's own word for its main content outranks any class name.
	if (role && /^(main|article)$/i.test(role)) return undefined;
	if (/articleBody/i.test(attrValue(attrs, 'itemprop') ?? '')) return undefined;
	// A section named by the slug of its own heading is named by its text, not its role (heuristics/headingSlugIds.ts).
	const id = roleId(c, attrs.id) ?? '';
	const classes = attrs.classes;
	// Without an id or a class there are no words to test: no string to build (most containers).
	if (!id && classes.length === 0) return undefined;
	// The id and classes as one string, `[id, ...classes].join(' ')` without the list: in code V8 has not optimized
	// yet, the spread allocated an iterator result per class.
	const words = withoutQualifiedChrome(classes.length === 0 ? id : `${id} ${classes.join(' ')}`);
	if (!words) return undefined;
	let ad = W.AD_TOKEN_RE.test(id) ? id : undefined;
	for (let i = 0; i < classes.length && ad === undefined; i++) if (W.AD_TOKEN_RE.test(classes[i])) ad = classes[i];
	if (ad && !containsArticleBody(index, c)) return ad;
	const strong = W.STRONG_UNLIKELY_RE.exec(words);
	const m = strong ?? W.UNLIKELY_RE.exec(words);
	if (!m || (!strong && W.MAYBE_CANDIDATE_RE.test(words))) return undefined;
	// A feed's repeated item header holds the item's linked title (heuristics/itemHeaders.ts).
	if (!strong && /^header$/i.test(m[0]) && isItemHeader(index, c)) return undefined;
	// A side column or footer holding most of the page's prose is its main column (heuristics/namedChromeGuards.ts).
	if (isMainColumnByProse(index, c, m[0])) return undefined;
	// A wrapper named "header" or "extra" that holds the article body container, or most of the prose, is not chrome.
	if (containsArticleBody(index, c)) return undefined;
	if (W.MAYBE_CANDIDATE_RE.test(words) && index.rootStats.proseChars > 0 && index.proseCharsOf(c) >= index.rootStats.proseChars * W.MAIN_PROSE_SHARE) return undefined;
	// Without a strong word, a container holding nearly all the prose is the page's frame (`responsive_page_frame with_header`).
	if (!strong && index.rootStats.proseChars > 0 && index.proseCharsOf(c) >= index.rootStats.proseChars * PAGE_FRAME_PROSE_SHARE) return undefined;
	// A "tabs menu" holding its panels' prose is tabbed content (heuristics/tabSets.ts).
	if (!strong && /^menu$/i.test(m[0]) && isTabSetWithProse(index, c, words)) return undefined;
	return m[0];
}

export function containsArticleBody(index: BlockIndex, c: Container): boolean {
	// Blocks nest by source range, so "inside c" is "starts within c": a binary search over the body containers
	// sorted by start, instead of walking every one's ancestors for every container (quadratic on big dumps).
	const list = articleBodyContainers(index);
	let lo = 0;
	let hi = list.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (list[mid].range.start < c.range.start) lo = mid + 1;
		else hi = mid;
	}
	for (let k = lo; k < list.length && list[k].range.start < c.range.end; k++) {
		if (list[k] !== c && index.isInside(list[k], c)) return true;
	}
	return false;
}

// Per index, the containers named as an article body that hold enough text. Computed once: `isUnlikely` asks
// `containsArticleBody` for every container, and scanning all containers each time was quadratic on big dumps.
export const bodyContainers = new WeakMap<BlockIndex, Container[]>();

export function articleBodyContainers(index: BlockIndex): Container[] {
	let list = bodyContainers.get(index);
	if (!list) {
		list = index.containers.filter((d, i) => W.ARTICLE_BODY_RE.test(index.containerWords[i]) && index.charsOf(d) >= W.CHAR_THRESHOLD);
		list.sort((a, b) => a.range.start - b.range.start);
		bodyContainers.set(index, list);
	}
	return list;
}

/** A container's reasons to be pruned: hidden, or named like chrome (`isUnlikely`, read only when not hidden). */
interface PruneReason {
	readonly c: Container;
	readonly hidden: boolean;
	readonly why: string | undefined;
}

/**
 * Per index, the reasons of every container that has one, computed once: extraction asks `prunedContainers` four to
 * six times per dump (scoring, the profile, the whole page, forums, panels), and `isUnlikely`'s name tests were 2.2%
 * of the pipeline's CPU on the readability corpus when repeated for each. A container with no reason (neither hidden
 * nor named like chrome, most of them) gets no entry: it was an object of 48 bytes that `prunedContainers` skips,
 * alive for the whole extraction ('UTF-16', 10,000 divs: 0.46 MB at its extraction peak).
 */
const pruneReasons = new WeakMap<BlockIndex, readonly PruneReason[]>();

/** Per index, chrome-named containers read as the page's frame instead (heuristics/emptyReadFallback.ts): never pruned by name. */
const pageFrames = new WeakMap<BlockIndex, ReadonlySet<Block>>();

/** Reads `frames` as the page's frame on this index, not as chrome; set before the index's first prune. */
export function readAsPageFrames(index: BlockIndex, frames: ReadonlySet<Block>): void {
	pageFrames.set(index, frames);
	pruneReasons.delete(index);
}

function reasonsOf(index: BlockIndex): readonly PruneReason[] {
	let list = pruneReasons.get(index);
	if (!list) {
		const reasons: PruneReason[] = [];
		const frames = pageFrames.get(index);
		for (const c of index.containers) {
			const hidden = isHidden(divAttrParts(c));
			const why = hidden || frames?.has(c) ? undefined : isUnlikely(index, c);
			if (hidden || why) reasons.push({ c, hidden, why });
		}
		list = reasons;
		pruneReasons.set(index, list);
	}
	return list;
}

/** Step 3: hidden containers, and with `stripUnlikely` the containers whose names say chrome, with the reason. */
export function prunedContainers(index: BlockIndex, flags: Flags): Map<Block, string> {
	const pruned = new Map<Block, string>();
	for (const r of reasonsOf(index)) {
		if (r.hidden) {
			if (!flags.keepHidden) pruned.set(r.c, 'hidden');
		}
		else if (flags.stripUnlikely && r.why) pruned.set(r.c, r.why);
	}
	// A form's drop-down is never content (heuristics/selectMenus.ts).
	if (flags.stripUnlikely) pruneSelectMenus(index, pruned);
	return pruned;
}
