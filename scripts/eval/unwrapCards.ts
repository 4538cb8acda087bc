// EVAL_PERTURB=unwrap-cards: the boxes of a page's repeated cards unwrapped (their fence lines removed), a proxy of feeds whose cards no box holds.
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { pageSignals } from '../../src/core/extract/kinds/signals';

/** A pandoc div fence line: three or more colons at the line's start. */
const FENCE_RE = /^:{3,}/;

/** Every fence line between `start` and `end` (each with its line break): [from, to] cuts. One pass over the lines. */
function fenceLines(dump: string, start: number, end: number): [number, number][] {
	const cuts: [number, number][] = [];
	let at = start;
	while (at < end) {
		const nl = dump.indexOf('\n', at);
		const next = nl < 0 || nl >= end ? end : nl + 1;
		if (FENCE_RE.test(dump.slice(at, Math.min(next, at + 3)))) cuts.push([at, next]);
		at = next;
	}
	return cuts;
}

/**
 * The dump with each card of its card group (the core's own `pageSignals(...).cards`: a class group of short linked
 * boxes, else a shape group) unwrapped: the card's opening and closing fence lines removed, its parts left as siblings
 * under the feed's parent; with `deep` (`flatten-cards`), every fence line inside each card goes, so each card is a run of
 * blocks with no box at all. A card that does not start and end with a fence line (a flat group, a list item) is left as
 * it is, and so is a dump with no card group. Session 60's helper built it in scratch (flat.js): on 17 tuning pages read
 * as listings by their cards, unwrapping turned 4 of them into landing pages or articles, which held-out feeds show
 * too (only about 5 of 20 held-out listings read as listings). Read with `EVAL_DECLASS` it is the harsher proxy: no
 * class word and no box per card. One parse and one signal pass per dump; the cuts are joined in one pass.
 */
export function unwrapCardsDump(dump: string, deep = false): string {
	const cards = pageSignals(new BlockIndex(parseDump(dump))).cards;
	if (!cards) return dump;
	const cuts: [number, number][] = [];
	for (const item of cards.items) {
		const start = item.range.start;
		if (deep) {
			cuts.push(...fenceLines(dump, start, item.range.end));
			continue;
		}
		const text = dump.slice(start, item.range.end).trimEnd();
		if (!FENCE_RE.test(text)) continue;
		const firstEnd = text.indexOf('\n');
		const lastStart = text.lastIndexOf('\n') + 1;
		if (firstEnd < 0 || lastStart <= firstEnd || !FENCE_RE.test(text.slice(lastStart))) continue;
		cuts.push([start, start + firstEnd + 1], [start + lastStart, start + text.length]);
	}
	cuts.sort((a, b) => a[0] - b[0]);
	const parts: string[] = [];
	let at = 0;
	for (const [a, b] of cuts) {
		parts.push(dump.slice(at, a));
		at = b;
	}
	parts.push(dump.slice(at));
	return parts.join('');
}
