// A listing's container that also holds the site's chrome (menus, sidebars, footer in the same wrapper): the container, less the chrome the whole-page read names.
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { type Attempt, ROOT } from '../blockIndex';
import { collapsedChars } from '../inlineText';
import { withChildren } from '../../model/divNodes';
import { withItemChildren } from '../../model/listItemNode';

/**
 * The container less its named chrome replaces it only when it keeps at least this share of the container's text: a
 * listing whose items sit in a block the page names like chrome (a "related" or "sidebar" wrapper around the only
 * cards) would otherwise lose its items, and the container is kept whole. Measured on the tuning part of wcxb-dev
 * (the 58 pages detected as listings, word F1): two pages up (0.48 → 0.78, 0.70 → 0.92), none down; at 0.5
 * three listings whose cards sit in such a wrapper (0.85, 0.95, 0.96) keep them. `eval --only wcxb --part tune`:
 * listing 0.720 → 0.724, all 0.872 → 0.872, no page down; readability corpus 0.945 → 0.945.
 */
export const MIN_KEPT_SHARE = 0.5;

/** The steps of the whole-page read that name chrome: containers pruned by their class, id or role, and hidden ones. */
const CHROME_STEPS: ReadonlySet<string> = new Set(['unlikely']);

function within(b: Block, r: RemovedRegion): boolean {
	return b.range.start >= r.range.start && b.range.end <= r.range.end;
}

/** The blocks less those inside a chrome region (recorded in `removed`); containers and lists are cut inside. */
function cutChrome(blocks: readonly Block[], chrome: readonly RemovedRegion[], removed: RemovedRegion[]): Block[] {
	const out: Block[] = [];
	for (const b of blocks) {
		const r = chrome.find((c) => within(b, c));
		if (r) {
			removed.push({ range: b.range, step: 'unlikely', signal: r.signal });
			continue;
		}
		const holds = chrome.some((c) => c.range.start >= b.range.start && c.range.end <= b.range.end);
		if (!holds) out.push(b);
		else if (b.kind === 'div' || b.kind === 'htmlDiv' || b.kind === 'blockquote') out.push(withChildren(b, cutChrome(b.children, chrome, removed)));
		else if (b.kind === 'list') {
			const items = b.items.map((it) => withItemChildren(it, cutChrome(it.children, chrome, removed))).filter((it) => it.children.length > 0);
			if (items.length > 0) out.push({ ...b, items });
		} else out.push(b);
	}
	return out;
}

/**
 * The article pipeline's container without the chrome the whole-page read pruned inside it. When the pipeline's strict
 * pass keeps too little, its later passes stop pruning by name, and on a listing (short, linked cards) the container
 * they find is often the page's layout wrapper, with the site menu, the tag cloud, the sponsor box and the footer
 * beside the feed. Undefined when the container is the page or a profile's, holds no such chrome, or keeps less than
 * `MIN_KEPT_SHARE` of its text without it.
 */
export function containerWithoutChrome(article: Attempt, whole: Attempt): Attempt | undefined {
	if (article.profile || article.region === ROOT || article.chars === 0) return undefined;
	const { start, end } = article.region.range;
	const chrome = whole.removed.filter((r) => CHROME_STEPS.has(r.step) && r.range.start >= start && r.range.end <= end);
	if (chrome.length === 0) return undefined;
	const removed: RemovedRegion[] = [];
	const blocks = cutChrome(article.blocks, chrome, removed);
	if (removed.length === 0) return undefined;
	const before = collapsedChars(article.blocks);
	const after = collapsedChars(blocks);
	if (after < before * MIN_KEPT_SHARE) return undefined;
	return { ...article, blocks, removed: [...article.removed, ...removed], chars: Math.round((article.chars * after) / Math.max(1, before)) };
}
