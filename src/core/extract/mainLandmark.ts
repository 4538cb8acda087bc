// The main landmark's wrappers: a container named like chrome that holds the page's `role="main"` region is its layout, not chrome.
import { type BlockIndex, type Container } from './blockIndex';
import { attrValue, isHidden } from './inlineText';
import * as W from './scoring';

/**
 * The page's own word for its main region (`role="main"`, what `<main>` becomes in a dump) outranks the class of any
 * container around it: the Genesis theme's `content-sidebar-wrap` holds the main column and the sidebar, and pruning
 * it as a sidebar took a listing's twenty recipe cards with it. Like `containsArticleBody` for body classes, and only
 * for a main region holding at least `W.CHAR_THRESHOLD` characters (not an empty skip-link target).
 * With `chromeQualifiers.ts`, tuning part of wcxb-dev: see notes/prune.md.
 */
export function containsMainLandmark(index: BlockIndex, c: Container): boolean {
	return containsAnyOf(index, mainLandmarks(index), c);
}

/**
 * Whether one of `list` (containers sorted by start) lies inside `c`. Blocks nest by source range, so "inside c" is
 * "starts within c": a binary search, instead of walking every one's ancestors for every container (quadratic on big dumps).
 */
export function containsAnyOf(index: BlockIndex, list: readonly Container[], c: Container): boolean {
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

/** Per index, the visible `role="main"` containers with enough text, sorted by start: computed once per dump. */
const landmarks = new WeakMap<BlockIndex, Container[]>();

function mainLandmarks(index: BlockIndex): Container[] {
	let list = landmarks.get(index);
	if (!list) {
		list = index.containers.filter((d) => attrValue(d.attrs, 'role')?.toLowerCase() === 'main' && !isHidden(d.attrs) && index.statsOf(d).chars >= W.CHAR_THRESHOLD);
		list.sort((a, b) => a.range.start - b.range.start);
		landmarks.set(index, list);
	}
	return list;
}
