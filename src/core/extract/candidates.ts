// Steps 4-5 of extraction: paragraphs score their containers; the best candidate is promoted and joined by its siblings.
import type { Block } from '../model/dumpDocument';
import { divAttrParts } from '../model/divNodes';
import { addStats, type Attempt, type BlockIndex, type Candidate, type Container, emptyStats, type Flags, isContainer, isProse, linkDensity, ROOT, type Stats } from './blockIndex';
import { cleanBlock } from './clean';
import { attrWords, blockText, collapse, collapsedText, inlineText } from './inlineText';
import { roleId } from './heuristics/headingSlugIds';
import { proseDefinitionParagraphs } from './heuristics/definitionProse';
import { prunedContainers } from './prune';
import { pruneCommentThreads } from './heuristics/commentThreads';
import { pruneCountedFacets } from './heuristics/countedFacets';
import { recordOutside } from './outside';
import type { RemovedRegion } from './article';
import * as W from './scoring';
import { matchCount } from '../text/wordCount';
import { sameOrCopy } from './sameBlocks';
import { pushAll } from '../model/pushAll';

/** Steps 3-6 with the given flags. */
export function grab(index: BlockIndex, flags: Flags): Attempt {
	// 3: prune.
	const pruned = prunedContainers(index, flags);
	// A container opened by a "N Comments" or "Leave a Reply" heading is readers' comments, whatever its class words (heuristics/commentThreads.ts).
	if (flags.stripUnlikely) pruneCommentThreads(index, pruned);
	// A filter box found by its counted options, whatever its class words, is no candidate (heuristics/countedFacets.ts).
	const facetDiscount = flags.stripUnlikely ? pruneCountedFacets(index, pruned) : undefined;

	// 4: score paragraphs into their ancestors.
	const scores = new Map<Candidate, number>();
	const initial = new Map<Candidate, number>();
	const initScore = (c: Candidate): number => {
		let s = scores.get(c);
		if (s === undefined) {
			s = c === ROOT ? W.INITIAL_SCORE.root : W.INITIAL_SCORE.div + (flags.weightClasses ? containerWeight(c) : 0);
			scores.set(c, s);
			initial.set(c, s);
		}
		return s;
	};
	// The undivided sum of all paragraph scores below a container, however deep: for siblings that repeat the body's
	// class. While scoring, each container holds the scores of the blocks it is the nearest container of; they are
	// summed up the tree once after (`sumUpTheTree`), not added to every ancestor per paragraph (a walk to the top of
	// the page for each: about half of the scoring walk's CPU). Scores are whole numbers, so the sums are the same.
	const deepScores = new Map<Block, number>();
	const addScore = (b: Block, score: number): void => {
		const first = index.containerOf(b);
		let c = first;
		for (let level = 0; level < W.MAX_SCORE_ANCESTORS; level++) {
			const a: Candidate = c ?? ROOT;
			const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
			scores.set(a, initScore(a) + score / divider);
			if (c === undefined) break;
			c = index.containerOf(c);
		}
		if (first !== undefined) deepScores.set(first, (deepScores.get(first) ?? 0) + score);
	};
	const paragraphScore = (s: Stats): number =>
		1 + s.commas + Math.min(Math.floor(s.chars / W.CHARS_PER_LENGTH_POINT), W.MAX_LENGTH_POINTS);
	const scoreSegment = (b: Block, text: string): void => {
		if (text.length < W.MIN_PARAGRAPH_CHARS) return;
		if (!isProse(text)) return;
		const st = emptyStats();
		st.chars = text.length;
		st.commas = matchCount(W.COMMAS_RE, text);
		addScore(b, paragraphScore(st));
	};
	const visit = (b: Block): void => {
		// `visit` only descends into unpruned blocks, so no ancestor of `b` is pruned: walking up every time was quadratic.
		if (pruned.has(b)) return;
		switch (b.kind) {
			case 'div':
			case 'htmlDiv':
			case 'blockquote':
				for (let i = 0; i < b.children.length; i++) visit(b.children[i]);
				return;
			case 'paragraph': {
				if (index.leftovers.has(b)) return;
				// Double line breaks split a paragraph the way <br><br> does for Readability.
				const raw = index.rawText.get(b) ?? inlineText(b.content);
				// Text of one line is one part, its collapsed text the index's: no split and no collapse again.
				if (!raw.includes('\n')) scoreSegment(b, collapsedText(b));
				else for (const seg of raw.split(/\n[ \t\u00a0]*\n/)) scoreSegment(b, collapse(seg));
				return;
			}
			case 'code':
			case 'table': {
				const s = index.statsOf(b);
				if (s.chars >= W.MIN_PARAGRAPH_CHARS) addScore(b, paragraphScore(s));
				return;
			}
			case 'heading': {
				const s = index.statsOf(b);
				if (b.level > 1 && s.chars >= W.MIN_PARAGRAPH_CHARS) addScore(b, paragraphScore(s));
				return;
			}
			case 'list':
				if (b.definition) {
					// A definition list of prose (an option list, a glossary): its definitions' paragraphs score as paragraphs.
					const paragraphs = proseDefinitionParagraphs(b);
					if (paragraphs.length > 0) {
						for (const p of paragraphs) if (!index.leftovers.has(p)) scoreSegment(b, collapsedText(p));
						return;
					}
				}
				for (let i = 0; i < b.items.length; i++) {
					const children = b.items[i].children;
					const s = emptyStats();
					for (let k = 0; k < children.length; k++) addStats(s, index.statsOf(children[k]));
					// Only items that hold real prose count: menus, link lists and teasers are lists too.
					if (s.chars >= W.MIN_LIST_ITEM_CHARS && s.proseChars >= s.chars / 2) addScore(b, W.LIST_ITEM_WEIGHT * paragraphScore(s));
				}
				return;
			default:
				return;
		}
	};
	for (const b of index.doc.blocks) visit(b);
	sumUpTheTree(index, deepScores);

	// A pruned filter panel's links weigh on no box that holds it (heuristics/countedFacets.ts `FacetDiscount`).
	const density = (c: Candidate): number => {
		const b = c === ROOT ? undefined : c;
		return facetDiscount ? facetDiscount(b, index.statsOf(b)) : linkDensity(index.statsOf(b));
	};
	// The class weight counts in full only once the container holds a few paragraphs: a name alone must not win.
	const finalScore = (c: Candidate): number => {
		const init = initial.get(c) ?? 0;
		const content = (scores.get(c) ?? 0) - init;
		const weighted = content + init * Math.min(1, content / W.WEIGHT_FULL_CONTENT);
		return weighted * (1 - density(c));
	};
	// Siblings are judged as Readability judges them: class weight in full.
	const fullScore = (c: Candidate): number => (scores.get(c) ?? 0) * (1 - density(c));
	// Climbing compares paragraphs only: a wrapper named "content" must not outrank the body it wraps by its name.
	const contentScore = (c: Candidate): number => ((scores.get(c) ?? 0) - (initial.get(c) ?? 0)) * (1 - density(c));
	const ranked = [...scores.keys()].map((c) => ({ c, score: finalScore(c) })).sort((a, b) => b.score - a.score);

	// 5: pick the top candidate and promote it.
	let top: Candidate = ranked.length > 0 ? ranked[0].c : ROOT;
	let topScore = ranked.length > 0 ? ranked[0].score : 0;
	if (top !== ROOT) {
		top = promote(index, top, topScore, ranked.slice(1, W.TOP_CANDIDATES), contentScore, scores);
		// 5a: when the best candidate is weak, an ancestor holding much more prose, however deep, is the article
		// (pages of many small sections score each section alone).
		if (top !== ROOT && topScore < W.DEEP_CLIMB_MAX_SCORE && !W.ARTICLE_BODY_RE.test(attrWords(top.attrs))) {
			// Prose in lists counts here: a weak page is often a feature list with a sentence per item.
			const deep = (c: Container): number => index.proseCharsOf(c);
			const own = deep(top);
			let level = 0;
			for (let p = index.containerOf(top); p !== undefined && level < W.DEEP_CLIMB_LEVELS; p = index.containerOf(p), level++) {
				if (pruned.has(p)) break;
				if (deep(p) >= own * W.DEEP_CLIMB_RATIO) top = p;
			}
		}
		topScore = Math.max(topScore, top === ROOT ? 0 : finalScore(top));
	}

	// 5b: siblings of the top candidate that belong to the article.
	const removed: RemovedRegion[] = [];
	const members: Block[] = [];
	if (top === ROOT) {
		pushAll(members, index.doc.blocks);
	} else {
		const parent = index.containerOf(top);
		const siblings = index.childrenOf(parent ?? undefined);
		const threshold = Math.max(W.SIBLING_MIN_SCORE, topScore * W.SIBLING_SCORE_RATIO);
		const topClass = top.attrs.classes.join(' ');
		for (const s of siblings) {
			if (s === top) {
				members.push(s);
				continue;
			}
			if (isContainer(s) && pruned.has(s)) continue;
			let bonus = 0;
			let sScore = isContainer(s) && scores.has(s) ? fullScore(s) : undefined;
			if (isContainer(s) && topClass !== '' && s.attrs.classes.join(' ') === topClass) {
				bonus += topScore * W.SIBLING_SCORE_RATIO;
				// A body split into same-class parts may nest its paragraphs deeper than scores reach.
				const deep = (deepScores.get(s) ?? 0) * (1 - linkDensity(index.statsOf(s)));
				if (deep > 0) sScore = Math.max(sScore ?? 0, deep);
			}
			if (sScore !== undefined && sScore + bonus >= threshold) {
				members.push(s);
				continue;
			}
			if (s.kind === 'paragraph' || index.paragraphDivs.has(s)) {
				const st = index.statsOf(s);
				const ld = linkDensity(st);
				// The text is read only for short link-free siblings: reading every sibling's subtree was the cost.
				if ((st.chars > W.SIBLING_PARAGRAPH_CHARS && ld < W.SIBLING_MAX_LINK_DENSITY) || (st.chars > 0 && st.chars <= W.SIBLING_PARAGRAPH_CHARS && ld === 0 && /\.( |$)/.test(collapse(blockText(s))))) {
					members.push(s);
				}
			}
		}
	}

	// 5c: parts of a body split by the page (ads, "related" boxes) into containers that share its class.
	if (top !== ROOT) {
		// Sharing the body's class earns the same-class bonus, so a part needs only a few paragraphs of its own.
		const parts = splitParts(index, top, members, pruned, deepScores, W.SIBLING_MIN_SCORE);
		if (parts.length > 0) {
			pushAll(members, parts);
			members.sort((a, b) => (index.order.get(a) ?? 0) - (index.order.get(b) ?? 0));
		}
	}

	// 6: clean inside the members.
	const blocks: Block[] = [];
	let chars = 0;
	for (const m of members) {
		const kept = cleanBlock(index, m, flags, removed, undefined, m === top, pruned);
		pushAll(blocks, kept.blocks);
		chars += kept.stats.chars;
	}
	if (top !== ROOT) recordOutside(index, members, removed, scores);
	// Cut to its length: grown by `push`, the list keeps up to half its room empty for as long as the attempt lives,
	// through the metadata read ('headings named like the preview': 120,001 blocks in 171,720 slots, 0.41 MB); the
	// document's own list when it holds the same blocks (sameBlocks.ts).
	return { region: top, regionScore: topScore, blocks: sameOrCopy(blocks, index.doc.blocks), removed, chars, candidates: ranked.slice(0, EXPLAIN_CANDIDATES) };
}

/** How many candidates an explanation lists. */
export const EXPLAIN_CANDIDATES = 8;


/** How far above the article a split part of it may sit: the parts share a grandparent at most. */
export const SPLIT_PART_LEVELS = 2;

/**
 * Turns each container's own scores (of the blocks it is the nearest container of) into the sums of every score below
 * it: containers in reverse document order, so each one's sum is whole before it is added to its nearest container.
 */
export function sumUpTheTree(index: BlockIndex, deepScores: Map<Block, number>): void {
	const containers = index.containers;
	for (let i = containers.length - 1; i >= 0; i--) {
		const c = containers[i];
		const own = deepScores.get(c);
		if (own === undefined) continue;
		const up = index.containerOf(c);
		if (up !== undefined) deepScores.set(up, (deepScores.get(up) ?? 0) + own);
	}
}

/**
 * Step 5c: containers near the article that carry one of its content class names (`story-body`, `article-text`...)
 * and enough prose of their own: the page split the body around an ad or a box. Outermost parts only.
 */
export function splitParts(
	index: BlockIndex,
	top: Container,
	members: readonly Block[],
	pruned: ReadonlyMap<Block, string>,
	deepScores: ReadonlyMap<Block, number>,
	threshold: number,
): Container[] {
	const tokens = new Set(top.attrs.classes.filter((c) => W.POSITIVE_RE.test(c) && !W.NEGATIVE_RE.test(c)));
	if (tokens.size === 0) return [];
	let scope: Container | undefined = top;
	for (let i = 0; i < SPLIT_PART_LEVELS && scope !== undefined; i++) scope = index.containerOf(scope);
	if (scope === undefined) return [];
	const isPrunedOrInside = (c: Block): boolean => {
		for (let p: Block | undefined = c; p !== undefined; p = index.parent.get(p)) if (pruned.has(p)) return true;
		return false;
	};
	const out: Container[] = [];
	for (const c of index.containers) {
		if (c === top || !index.isInside(c, scope) || index.isInside(c, top) || index.isInside(top, c)) continue;
		if (members.some((m) => index.isInside(c, m)) || out.some((o) => index.isInside(c, o))) continue;
		if (!c.attrs.classes.some((k) => tokens.has(k)) || isPrunedOrInside(c)) continue;
		const deep = (deepScores.get(c) ?? 0) * (1 - linkDensity(index.statsOf(c)));
		if (deep >= threshold) out.push(c);
	}
	return out;
}

/** A container's class weight plus the bonus for names that only article bodies use. */
export function containerWeight(c: Container): number {
	const attrs = divAttrParts(c);
	// An id that is the slug of the container's heading names its text, not its role (heuristics/headingSlugIds.ts).
	let w = W.classWeight(attrs.classes, roleId(c, attrs.id));
	if (W.ARTICLE_BODY_RE.test(attrWords(attrs))) w += W.ARTICLE_BODY_BONUS;
	return w;
}

/** Step 5: moves the top candidate up to a common ancestor of other good candidates, or to a parent that scores as well. */
export function promote(
	index: BlockIndex,
	top: Container,
	topScore: number,
	others: readonly { c: Candidate; score: number }[],
	finalScore: (c: Candidate) => number,
	scores: Map<Candidate, number>,
): Candidate {
	// Several near-best candidates under one ancestor: the body was split into sibling blocks.
	const good = others.filter((o) => o.c !== ROOT && o.score / Math.max(topScore, 1e-9) >= W.ALTERNATIVE_ANCESTOR_RATIO).map((o) => o.c as Container);
	if (good.length >= W.MIN_ALTERNATIVE_VOTES) {
		for (let p = index.containerOf(top); p !== undefined; p = index.containerOf(p)) {
			const votes = good.filter((g) => index.isInside(g, p)).length;
			if (votes >= W.MIN_ALTERNATIVE_VOTES) {
				return climb(index, p, finalScore, scores);
			}
		}
	}
	return climb(index, top, finalScore, scores);
}

/** Climbs while the parent scores better, then past parents that have the candidate as their only child. */
export function climb(index: BlockIndex, start: Container, finalScore: (c: Candidate) => number, scores: Map<Candidate, number>): Candidate {
	let top: Container = start;
	let lastScore = finalScore(top);
	const threshold = lastScore * W.PARENT_SCORE_RATIO;
	for (let p = index.containerOf(top); p !== undefined; p = index.containerOf(p)) {
		if (!scores.has(p)) continue;
		const ps = finalScore(p);
		if (ps < threshold) break;
		if (ps > lastScore) {
			top = p;
			break;
		}
		lastScore = ps;
	}
	for (let p = index.containerOf(top); p !== undefined; p = index.containerOf(p)) {
		const kids = p.children.filter((k) => k.kind !== 'spacer');
		if (kids.length !== 1) break;
		top = p;
	}
	return top;
}
