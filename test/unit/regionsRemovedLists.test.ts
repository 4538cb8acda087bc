// The removed regions each outline region lists (regions.ts): those overlapping it, in the article's list order.
import * as assert from 'node:assert/strict';
import type { RemovedRegion } from '../../src/core/extract/article';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { parseDump } from '../../src/core/dump/parseDump';
import { pageRegions } from '../../src/core/outline/regions';

/** Chrome before and after a short article, footer and sidebar in turn, and a hidden widget inside the article. */
const DUMP = [
	'::: {.site-nav}\n[Home](/) [News](/news)\n:::\n',
	'::: {.sidebar}\nSide words [a](/a)\n:::\n',
	'::: {.site-nav}\n[About](/about)\n:::\n',
	'::: {#main .article}\n# A title {#t}\n',
	'The first paragraph of the article, long enough to count as prose, with a comma, and a full stop.\n',
	'::: {style="display:none"}\n[Share](https://s.example/x)\n:::\n',
	'The second paragraph of the article says more about the same thing, with a comma, and ends.\n:::\n',
	'::: {.site-footer}\nFoot words\n:::\n',
	'::: {.sidebar}\nMore side words [b](/b)\n:::\n',
	'::: {.site-footer}\nCopyright\n:::\n',
].join('\n');

/** What a scan of every removed region per outline region lists (the reference the sweep must match). */
function scan(removed: readonly RemovedRegion[], range: { start: number; end: number }): RemovedRegion[] {
	return [...removed].filter((r) => r.range.start < range.end && range.start < r.range.end);
}

suite('Outline regions: removed lists', () => {
	test('each outside region lists the removed regions overlapping it, in the list order', () => {
		const doc = parseDump(DUMP);
		const article = extractArticle(doc);
		const regions = pageRegions(doc, article);
		assert.ok(regions.filter((r) => r.position !== 'inside').length >= 5, JSON.stringify(regions.map((r) => r.category)));
		for (const r of regions) if (r.position !== 'inside') assert.deepEqual(r.removed, scan(article.removed, r.range));
	});

	test('a list out of source order, with regions spanning several outline regions, keeps its order per region', () => {
		const doc = parseDump(DUMP);
		const article = extractArticle(doc);
		// Reversed, plus one region over the whole page and one empty range between two blocks.
		const removed: RemovedRegion[] = [...article.removed].reverse();
		removed.splice(1, 0, { range: { start: 0, end: DUMP.length }, step: 'test', signal: 'whole page' });
		removed.push({ range: { start: 5, end: 5 }, step: 'test', signal: 'empty' });
		const shuffled = { ...article, removed };
		const regions = pageRegions(doc, shuffled);
		const outside = regions.filter((r) => r.position !== 'inside');
		assert.ok(outside.length >= 5);
		for (const r of outside) {
			assert.deepEqual(r.removed, scan(removed, r.range));
			assert.ok(r.removed.some((x) => x.signal === 'whole page'));
		}
	});

	test('a widget removed inside the article is a region holding its block', () => {
		const doc = parseDump(DUMP);
		const article = extractArticle(doc);
		const inside = pageRegions(doc, article).filter((r) => r.position === 'inside');
		assert.equal(inside.length, 1, JSON.stringify(inside.map((r) => r.reason)));
		assert.equal(inside[0].blocks.length, 1);
		assert.deepEqual(inside[0].blocks[0].range, inside[0].range);
	});
});
