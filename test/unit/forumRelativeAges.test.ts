// Forum and comment threads: a post's relative age on a line of its own ("2y", "1 year ago") is a control, its absolute date is not.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { dropForumControls } from '../../src/core/extract/heuristics/forumControls';
import { isRelativeAge } from '../../src/core/extract/heuristics/relativeAges';
import { blockText } from '../../src/core/extract/inlineText';

suite('Forum relative ages', () => {
	test('short and long relative ages are ages', () => {
		for (const age of ['2y', '· 3y', '7mo', '3 d', '5h', '12 hrs', 'Updated 7mo', '1 year ago', 'Over a year ago', 'about an hour ago', 'a few seconds ago', 'edited 2 days ago', 'just now', '26 minutes ago ·']) {
			assert.ok(isRelativeAge(age), age);
		}
	});

	test('dates, long units without "ago" and sentences are not', () => {
		for (const line of ['May 3, 2024, 8:45am', '2 years', 'Two years ago I bought the same saw.', '2024', 'Posted August 26', 'y', '1 year ago we moved the shop into the garage and never looked back', '']) {
			assert.ok(!isRelativeAge(line), line);
		}
	});

	test('a post keeps its poster, date and message and loses its age line', () => {
		const doc = parseDump(['alice', '', '2y', '', 'We moved the shop into the garage two years ago.', '', 'bruno', '', 'May 3, 2024', '', '1 year ago', '', 'Ours is still in the basement.', ''].join('\n'));
		const kept = dropForumControls(doc.blocks, []).map((b) => blockText(b).trim());
		assert.deepStrictEqual(kept, ['alice', 'We moved the shop into the garage two years ago.', 'bruno', 'May 3, 2024', 'Ours is still in the basement.']);
	});
});
