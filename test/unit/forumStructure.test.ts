// Forum threads, general structure (session 7): member statistics, forum labels and posts found by their structure, on fixtures written for this project.
import * as assert from 'node:assert';
import { FORUM_CONTROL_RE } from '../../src/core/extract/heuristics/forumControls';

suite('Forum threads: general structure', () => {
	test('forum controls: member statistics, quote and code labels, attachment sizes and ad slots are controls', () => {
		for (const control of [
			'Join Date: Aug 2008',
			'Registered: 2005-02-14',
			'Reputation: 1,204',
			'Best Answers:',
			'Quote:',
			'Code: Select all',
			'(95.79 KiB) Downloaded 478 times',
			'Logged',
			'1 person likes this.',
			"Advertisement - Members don't see this ad",
			'View attachment 2028258View attachment 2028259',
			'Discussion starter',
			'Topic Author',
		]) {
			assert.ok(FORUM_CONTROL_RE.test(control), control);
		}
		for (const sentence of ['Quote: that is what the manual says', 'Logged in as admin, I could see it', 'Advertisement for a plumber in the local paper helped']) {
			assert.ok(!FORUM_CONTROL_RE.test(sentence), sentence);
		}
	});
});
