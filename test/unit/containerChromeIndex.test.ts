// A listing's container less its chrome (containerWithChrome.ts): the indexed cut equals a scan of every region per block.
import * as assert from 'node:assert/strict';
import type { RemovedRegion } from '../../src/core/extract/article';
import { type Attempt, BlockIndex } from '../../src/core/extract/blockIndex';
import { collapsedChars } from '../../src/core/extract/inlineText';
import { containerWithoutChrome, MIN_KEPT_SHARE } from '../../src/core/extract/kinds/containerWithChrome';
import { wholePage } from '../../src/core/extract/kinds/wholePage';
import { articleAttempt } from '../../src/core/extract/sieve';
import { parseDump } from '../../src/core/dump/parseDump';
import type { Block } from '../../src/core/model/dumpDocument';
import { withChildren } from '../../src/core/model/divNodes';
import { withItemChildren } from '../../src/core/model/listItemNode';
import { seededRandom } from '../util/seededRandom';

/** A layout wrapper: cards, chrome beside them (a sidebar holding a menu), chrome inside a card, and a list with a chrome item. */
const DUMP = [
	'::: {.site-header}\n[Archive](/) · [Sign in](/login)\n:::\n',
	'::: {#index .layout}\n# Latest additions\n',
	...Array.from({ length: 6 }, (_, i) =>
		[
			`::: {.story-card}\n## [Lantern slide number ${i} from the harbour](/items/${i})\n\nGlass plate ${i}, cleaned and scanned.\n`,
			i % 3 === 1 ? `::: {.share-menu}\n[Share ${i}](/share/${i})\n:::\n` : '',
			':::\n',
			i % 2 === 0 ? `::: {.sidebar}\nSide words ${i} [l](/s/${i})\n\n::: {.menu}\n[Menu ${i}](/m/${i})\n:::\n:::\n` : '',
		].join('\n'),
	),
	'-   [Tag one](/t/1)\n-   ::: {.sidebar}\n    [Tag two](/t/2)\n    :::\n-   [Tag three](/t/3)\n',
	':::\n',
	'Privacy · Terms\n',
].join('\n');

/** The cut as a scan of every chrome region per block (the code before the index): the reference. */
function scanCut(blocks: readonly Block[], chrome: readonly RemovedRegion[], removed: RemovedRegion[]): Block[] {
	const within = (b: Block, r: RemovedRegion): boolean => b.range.start >= r.range.start && b.range.end <= r.range.end;
	const out: Block[] = [];
	for (const b of blocks) {
		const r = chrome.find((c) => within(b, c));
		if (r) {
			removed.push({ range: b.range, step: 'unlikely', signal: r.signal });
			continue;
		}
		const holds = chrome.some((c) => c.range.start >= b.range.start && c.range.end <= b.range.end);
		if (!holds) out.push(b);
		else if (b.kind === 'div' || b.kind === 'htmlDiv' || b.kind === 'blockquote') out.push(withChildren(b, scanCut(b.children, chrome, removed)));
		else if (b.kind === 'list') {
			const items = b.items.map((it) => withItemChildren(it, scanCut(it.children, chrome, removed))).filter((it) => it.children.length > 0);
			if (items.length > 0) out.push({ ...b, items });
		} else out.push(b);
	}
	return out;
}

/** `containerWithoutChrome` by the scan (same guards), for comparing. */
function scanWithoutChrome(article: Attempt, whole: Attempt): Attempt | undefined {
	const { start, end } = article.region === 'root' ? { start: 0, end: 0 } : article.region.range;
	const chrome = whole.removed.filter((r) => r.step === 'unlikely' && r.range.start >= start && r.range.end <= end);
	if (chrome.length === 0) return undefined;
	const removed: RemovedRegion[] = [];
	const blocks = scanCut(article.blocks, chrome, removed);
	if (removed.length === 0) return undefined;
	const before = collapsedChars(article.blocks);
	const after = collapsedChars(blocks);
	if (after < before * MIN_KEPT_SHARE) return undefined;
	return { ...article, blocks, removed: [...article.removed, ...removed], chars: Math.round((article.chars * after) / Math.max(1, before)) };
}

const json = (a: Attempt | undefined): string => (a === undefined ? 'undefined' : JSON.stringify({ blocks: a.blocks, removed: a.removed, chars: a.chars }));

/** Every block's range, nested ones and list items' children included, in document order. */
function allRanges(blocks: readonly Block[], out: { start: number; end: number }[] = []): { start: number; end: number }[] {
	for (const b of blocks) {
		out.push(b.range);
		if (b.kind === 'div' || b.kind === 'htmlDiv' || b.kind === 'blockquote') allRanges(b.children, out);
		else if (b.kind === 'list') for (const it of b.items) allRanges(it.children, out);
	}
	return out;
}

suite('Listing container less its chrome: the indexed cut', () => {
	const index = new BlockIndex(parseDump(DUMP));
	const article = articleAttempt(index);
	const whole = wholePage(index);

	test('the fixture reaches the cut: a container, and chrome the whole-page read pruned inside it', () => {
		assert.notEqual(article.region, 'root');
		const cut = containerWithoutChrome(article, whole);
		assert.ok(cut, 'the container was not cut');
		const signals = new Set(cut.removed.filter((r) => r.step === 'unlikely').map((r) => r.signal));
		assert.ok(signals.size > 0, JSON.stringify([...signals]));
		assert.equal(json(cut), json(scanWithoutChrome(article, whole)));
	});

	test('nested, repeated and shuffled chrome regions, in any list order: the same blocks, removed list and names as the scan', () => {
		if (article.region === 'root') assert.fail('no container');
		const ranges = allRanges(article.blocks);
		const { start, end } = article.region.range;
		for (let seed = 1; seed <= 300; seed++) {
			const rnd = seededRandom(seed);
			const chrome: RemovedRegion[] = [];
			const n = 1 + Math.floor(rnd() * 12);
			for (let k = 0; k < n; k++) {
				// Mostly blocks' own ranges (as the whole-page read records them), some arbitrary spans and a repeat.
				const pick = rnd();
				const range =
					pick < 0.7
						? ranges[Math.floor(rnd() * ranges.length)]
						: pick < 0.9 || chrome.length === 0
							? (() => {
									const a = start + Math.floor(rnd() * (end - start));
									return { start: a, end: a + Math.floor(rnd() * (end - a + 1)) };
								})()
							: chrome[Math.floor(rnd() * chrome.length)].range;
				chrome.push({ range, step: rnd() < 0.85 ? 'unlikely' : 'hidden', signal: `name${k}` });
			}
			const w: Attempt = { ...whole, removed: chrome };
			assert.equal(json(containerWithoutChrome(article, w)), json(scanWithoutChrome(article, w)), `seed ${seed}`);
			// Blocks asked out of document order (the index then starts its adding over): still the scan's answer.
			const reversed: Attempt = { ...article, blocks: [...article.blocks].reverse() };
			assert.equal(json(containerWithoutChrome(reversed, w)), json(scanWithoutChrome(reversed, w)), `seed ${seed}, reversed`);
		}
	});
});
