// Date lines (heuristics/dateLines.ts): on an article, a line that is only a date goes, at most three a page; a dated sentence, and a list's many dates, stay.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { dropDateLines, isDateLine } from '../../src/core/extract/heuristics/dateLines';
import { renderText } from '../../src/core/render/articleText';
import { dumpLines } from '../util/joinLines';
import { SOURDOUGH_BODY } from '../util/sourdoughBody';

const BODY = [
	...SOURDOUGH_BODY,
	'',
	'On March 3, 2026 the bakery down the road started selling its own starter in small jars, which is a fine shortcut if you are in a hurry.',
];

suite('Date lines', () => {
	test("an article's stamp lines go; its dated sentence and its body stay", () => {
		const dump = dumpLines(
			'::: {.entry-content}',
			'# Starting a sourdough starter',
			'',
			...BODY.slice(0, 4),
			'',
			'Updated Nov 30, 2025',
			'',
			...BODY.slice(4),
			'',
			'Published December 2, 2025',
			':::',
		);
		const doc = parseDump(dump);
		const text = renderText(extractArticle(doc), doc);
		assert.ok(!text.includes('Updated Nov 30, 2025'), text);
		assert.ok(!text.includes('Published December'), text);
		assert.ok(text.includes('sourdough starter needs flour') && text.includes('On March 3, 2026 the bakery'), text);
	});

	test('only whole lines of a date, labelled or not', () => {
		for (const line of ['Nov 30, 2025', '15 Dec, 2025', '- Aug 1, 2023', 'Updated on November 18, 2025', 'Published August 13, 2025', 'Last updated on November 24, 2025', 'Posted: 2025-11-19', '17 Jan 2019', 'Jan 13th, 2026', '📅 11/19/2025']) {
			assert.strictEqual(isDateLine(line), true, line);
		}
		for (const line of ['2025', 'November 2025', 'By Jane Doe | Nov 30, 2025', 'Nov 30, 2025 · 5 min read', 'Offer ends Nov 30, 2025', 'Founded on May 1, 1998 in Ohio', 'Step 3']) {
			assert.strictEqual(isDateLine(line), false, line);
		}
	});

	test("nested stamps go; four or more date lines are a list's dates and stay", () => {
		const two = parseDump(dumpLines('::: {.post-meta}', 'Nov 30, 2025', ':::', '', 'A paragraph of the post.', '', 'Updated Dec 2, 2025')).blocks;
		const removed: Parameters<typeof dropDateLines>[1] = [];
		const kept = dropDateLines(two, removed);
		assert.deepStrictEqual(removed.map((r) => r.signal), ['Nov 30, 2025', 'Updated Dec 2, 2025']);
		assert.strictEqual(kept.length, 1);
		const four = parseDump(dumpLines('- Jan 2, 2024', '', '  First reply.', '- Jan 3, 2024', '', '  Second reply.', '- Jan 4, 2024', '', '  Third reply.', '- Jan 5, 2024', '', '  Fourth reply.')).blocks;
		const none: Parameters<typeof dropDateLines>[1] = [];
		assert.strictEqual(dropDateLines(four, none), four);
		assert.strictEqual(none.length, 0);
	});
});
