// A member's counters with thousands separators ("29,553 posts") and a review site's "N helpful votes" are forum controls; fixtures written for this project.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { dropForumControls, FORUM_CONTROL_RE } from '../../src/core/extract/heuristics/forumControls';
import { blockText } from '../../src/core/extract/inlineText';

suite('Forum controls: counters with separated thousands', () => {
	test('counts written with separators or shortened are controls; sentences with counts are not', () => {
		for (const line of ['29,553 posts', '1.2k likes', '518 helpful votes', '1,076 Posts', '12 replies']) assert.ok(FORUM_CONTROL_RE.test(line), line);
		for (const line of ['29,553 posts later I still love this board', 'I gave 3 helpful votes today']) assert.ok(!FORUM_CONTROL_RE.test(line), line);
	});

	test('a thread loses the member counters under each name and keeps its messages', () => {
		const doc = parseDump(
			['wanderfox', '', '29,553 posts', '', '518 helpful votes', '', 'Take the early train to the lake, the light is best before nine.', '', 'hillwalker', '', '1,076 posts', '', 'Agreed, and bring a warm layer for the boat.', ''].join('\n'),
		);
		const kept = dropForumControls(doc.blocks, []).map((b) => blockText(b).trim());
		assert.deepStrictEqual(kept, ['wanderfox', 'Take the early train to the lake, the light is best before nine.', 'hillwalker', 'Agreed, and bring a warm layer for the boat.']);
	});
});
