// phpBB's edit stamp under a post ("Last edited by NAME on DATE, edited 4 times in total.") is an engine line; fixtures written for this project.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { ENGINE_CHROME_LINE_RE } from '../../src/core/extract/heuristics/engineChromeLines';
import { dropForumControls } from '../../src/core/extract/heuristics/forumControls';
import { blockText } from '../../src/core/extract/inlineText';

suite('Forum engine lines: the edit stamp with its count', () => {
	test('the stamp with a date and a count is an engine line; a sentence about editing is not', () => {
		for (const line of ['Last edited by lathe_owl on 3. Mar 2024, 09:41, edited 2 times in total.', 'Last edited by Maple Joiner on Fri Jan 05, 2024 7:12 pm, edited 1 time in total.']) {
			assert.ok(ENGINE_CHROME_LINE_RE.test(line), line);
		}
		for (const line of ['Last edited by me on purpose, edited it twice in total because of typos and I still missed one.', 'I edited 3 times in total and gave up.']) {
			assert.ok(!ENGINE_CHROME_LINE_RE.test(line), line);
		}
	});

	test('a post loses its edit stamp and keeps its message', () => {
		const doc = parseDump(['lathe_owl', '', 'Sharpen the gouge before every session, it saves the wood.', '', 'Last edited by lathe_owl on 3. Mar 2024, 09:41, edited 2 times in total.', ''].join('\n'));
		const kept = dropForumControls(doc.blocks, []).map((b) => blockText(b).trim());
		assert.deepStrictEqual(kept, ['lathe_owl', 'Sharpen the gouge before every session, it saves the wood.']);
	});
});
