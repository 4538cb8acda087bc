// Reading times (heuristics/readingTimes.ts): a line that is only a reading time goes; a dateline that holds one, and a bare duration, stay.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { dropReadingTimes, isReadingTimeLine } from '../../src/core/extract/heuristics/readingTimes';
import { renderText } from '../../src/core/render/articleText';
import { dumpLines } from '../util/joinLines';
import { SOURDOUGH_BODY } from '../util/sourdoughBody';

const BODY = SOURDOUGH_BODY;

suite('Reading times', () => {
	test('a post header line that is only a reading time goes; the dateline and the body stay', () => {
		const dump = dumpLines(
			'::: {.entry-content}',
			'# Starting a sourdough starter',
			'',
			'March 3, 2026 · By Ada Baker',
			'',
			'![](clock.svg) 9 min read',
			'',
			...BODY,
			'',
			'::: {.meta}',
			'Reading Time: 8 minutes',
			':::',
			':::',
		);
		const doc = parseDump(dump);
		const text = renderText(extractArticle(doc), doc);
		assert.ok(!text.includes('min read'), text);
		assert.ok(!text.includes('Reading Time'), text);
		assert.ok(text.includes('sourdough starter needs flour') && text.includes('second one'), text);
	});

	test('only whole lines of a reading time, labelled, with a read word or behind a clock icon', () => {
		for (const line of ['9 min read', '5 minute read', '3 MIN. READ', '8-minute read', '· 7 min read', 'Reading Time: 8 minutes', 'Estimated reading time: 5 minutes', 'Lesezeit: 4 Min.', 'Temps de lecture : 3 min', '⏱ 6 mins']) {
			assert.strictEqual(isReadingTimeLine(line), true, line);
		}
		for (const line of ['6 min', '8 Min', '2 mins ago', 'Read more', '10 min = 4 hrs', 'Dec 18, 2025 ⋅ 10 min read', 'By Jane Doe | 5 min read', 'It takes about 9 min to read this guide through.']) {
			assert.strictEqual(isReadingTimeLine(line), false, line);
		}
	});

	test('a reading time inside a nested block goes; a dateline beside it stays', () => {
		const blocks = parseDump(dumpLines('::: {.post-meta}', 'Dec 18, 2025 ⋅ 10 min read', '', '5 min read', ':::', '', 'A paragraph of the post.')).blocks;
		const removed: Parameters<typeof dropReadingTimes>[1] = [];
		const kept = dropReadingTimes(blocks, removed);
		assert.strictEqual(removed.length, 1);
		assert.strictEqual(removed[0].signal, '5 min read');
		assert.strictEqual(kept.length, 2);
	});
});
