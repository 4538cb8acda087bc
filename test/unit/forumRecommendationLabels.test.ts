// Recommendation cards among a thread's posts: the other threads' widgets of forum engines in general ("Latest threads", "Hot Network Questions").
import * as assert from 'node:assert';
import { THREAD_RECOMMENDATION_RE } from '../../src/core/extract/heuristics/threadRecommendations';

suite('Forum recommendation labels', () => {
	test("the other threads' widgets are recommendations", () => {
		for (const label of ['Latest threads', 'Popular topics', 'Trending discussions', 'Other questions', 'Hot Network Questions', 'You may be interested in', 'You might also be interested in', 'Read next']) {
			assert.ok(THREAD_RECOMMENDATION_RE.test(label), label);
		}
	});

	test('a message that starts with the same words is not', () => {
		for (const line of ['Latest threads on this board are all about dust collection', 'Read next to the manual, it says the same', 'Other questions I had:']) {
			assert.ok(!THREAD_RECOMMENDATION_RE.test(line), line);
		}
	});
});
