// Item counters: a listing's lines that are only a vote count, a reading time or an "N hours ago" stamp go; ratings, dates and titles stay.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDump } from '../../src/core/dump/parseDump';
import type { RemovedRegion } from '../../src/core/extract/article';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { dropItemCounters, isItemCounter } from '../../src/core/extract/heuristics/itemCounters';
import { blockText, collapse } from '../../src/core/extract/inlineText';
import { renderText } from '../../src/core/render/articleText';
import { KIND_FIXTURES } from '../util/kindFixtures';

/** The texts of the paragraphs and headings dropItemCounters keeps of a dump, at any depth, and what it removed. */
function kept(dump: string): { texts: string[]; removed: RemovedRegion[] } {
	const removed: RemovedRegion[] = [];
	const blocks = dropItemCounters(parseDump(dump).blocks, removed);
	const texts: string[] = [];
	const visit = (b: (typeof blocks)[number]): void => {
		if (b.kind === 'paragraph' || b.kind === 'heading') texts.push(collapse(blockText(b)));
		else if (b.kind === 'div' || b.kind === 'htmlDiv' || b.kind === 'blockquote') b.children.forEach(visit);
		else if (b.kind === 'list') for (const it of b.items) it.children.forEach(visit);
	};
	blocks.forEach(visit);
	return { texts, removed };
}

suite('Item counters (listings)', () => {
	test('counts, reading times and relative stamps are counters; ratings, dates and sentences are not', () => {
		for (const line of ['44', '7', '5 min read', '13 minute read', '3 hours ago', 'a day ago', '2d ago', '- 12']) {
			assert.ok(isItemCounter(line), `not a counter: ${line}`);
		}
		for (const line of ['7.9', '1,200 results', 'March 7, 2026', 'Mar 07, 2026 | 4 min read', '5d ago9 min read', '3 ways to read more', '123456', '']) {
			assert.ok(!isItemCounter(line), `a counter: ${line}`);
		}
	});

	test('inside cards and list items the counters go and the items stay', () => {
		const dump = [
			'::: {.card}',
			'## [Why the pond froze late](/p/1)',
			'Mar 7',
			'44',
			'7 min read',
			':::',
			'',
			'::: {.card}',
			'## [Rating the new seed catalogue](/p/2)',
			'7.9',
			'3 hours ago',
			':::',
			'',
			'-   Page',
			'-   2',
		].join('\n\n');
		const { texts, removed } = kept(dump);
		assert.deepStrictEqual(texts, ['Why the pond froze late', 'Mar 7', 'Rating the new seed catalogue', '7.9', 'Page']);
		assert.deepStrictEqual(
			removed.map((r) => [r.step, r.signal]),
			[
				['item-counter', '44'],
				['item-counter', '7 min read'],
				['item-counter', '3 hours ago'],
				['item-counter', '2'],
			],
		);
	});

	test('a listing read whole loses its items\' counters and keeps its items', () => {
		// The allotment notes, each item with a reaction count and a relative stamp, and a copyright line closing the page.
		const source = fs.readFileSync(path.join(KIND_FIXTURES, 'listing-items-outside.txt'), 'utf8');
		let n = 0;
		const dump =
			source.replace(/(· \[Read the note\]\(\/notes\/\d+\)\n)/g, (m) => `${m}\n${++n + 10}\n\n${n} hours ago\n`) +
			'\n::: {.legal}\n© 2026 Riverside Allotments. All rights reserved.\n\n[Privacy](/privacy) · [Cookie settings](/cookies)\n:::\n';
		assert.ok(n > 20, 'the fixture changed: no items found');
		const doc = parseDump(dump);
		const article = extractArticle(doc);
		const text = renderText(article, doc);
		assert.strictEqual(article.metadata.pageType?.value, 'listing');
		for (const title of ['Notes on apple trees in late winter', 'Notes on rhubarb on heavy clay', 'March 13, 2026']) assert.ok(text.includes(title), `lost ${title}`);
		assert.ok(!/^\d+$/m.test(text), 'kept a counter line');
		assert.ok(!text.includes('hours ago'), 'kept a relative stamp');
		assert.ok(!text.includes('All rights reserved') && !text.includes('Cookie settings'), 'kept the footer');
		assert.ok(article.removed.some((r) => r.step === 'item-counter'));
	});
});
