// Forum engines' own lines (quote and report buttons, statuses, thanks, raw BBCode) and an app signature after a line break.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { dropAppSignatures } from '../../src/core/extract/heuristics/appSignatures';
import { ENGINE_CHROME_LINE_RE } from '../../src/core/extract/heuristics/engineChromeLines';
import { dropForumControls } from '../../src/core/extract/heuristics/forumControls';
import { blockText } from '../../src/core/extract/inlineText';

suite('Forum engine chrome lines and app signatures', () => {
	test('engine lines are chrome', () => {
		for (const line of [
			'Reply With Quote',
			'Report post',
			'Link to comment',
			'Share on other sites',
			'Thanked 12 Times in 9 Posts',
			'Mentioned: 0 Post(s)',
			'Tagged: 0 Thread(s)',
			'Rep Power: 12',
			'The following 3 users say Thank You to tinker for this useful post:',
			'Offline',
			'User is online',
			'Member #4521',
			'Global Moderator',
			'[quote quote=312679]',
			'[/quote]',
			'Report Inappropriate Content',
			'Accept as Solution',
			'Message 3 of 7',
			'Did this help? Please give feedback by clicking an icon below',
			'12 people found this helpful',
			'Originally Answered: Was WW2 the worst war? ·',
			'J S 2 Replies Last reply',
			'1 Reply Last reply',
			'G This user is from outside of this forum',
		]) {
			assert.ok(ENGINE_CHROME_LINE_RE.test(line), line);
		}
	});

	test('sentences that use the same words are not', () => {
		for (const line of ['I went offline for a week.', 'Report the post to a moderator if it breaks the rules.', 'Thanks for the tip!', 'Membership costs 10 a year', 'Gender: Unisex', 'Subscribe', 'This was helpful, thank you.', 'I got 2 replies, the last reply came yesterday', 'This user is from outside of this forum, I think']) {
			assert.ok(!ENGINE_CHROME_LINE_RE.test(line), line);
		}
	});

	test('a thread loses the engine lines and keeps its messages', () => {
		const doc = parseDump(
			['tinker', '', 'Offline', '', 'Member', '', 'Which glue for oak joints?', '', 'Reply With Quote', '', 'woodie', '', 'Titebond III, clamped overnight.', '', 'The following 2 users say Thank You to woodie for this useful post:', '', 'Report post', ''].join('\n'),
		);
		const kept = dropForumControls(doc.blocks, []).map((b) => blockText(b).trim());
		assert.deepStrictEqual(kept, ['tinker', 'Which glue for oak joints?', 'woodie', 'Titebond III, clamped overnight.']);
	});

	test('an app signature after the last line break goes, the paragraph stays', () => {
		const doc = parseDump(['Give us a review once you have worn it for a month.\\', 'Sent from my SM-S908U using Tapatalk', ''].join('\n'));
		const removed: { signal?: string }[] = [];
		const kept = dropAppSignatures(doc.blocks, removed as never);
		assert.deepStrictEqual(
			kept.map((b) => blockText(b).trim()),
			['Give us a review once you have worn it for a month.'],
		);
		assert.strictEqual(removed.length, 1);
	});

	test('a paragraph that only mentions an app, or is only the signature, is left alone', () => {
		for (const text of [['I sent it from my phone.\\', 'Then I sent from my laptop using the web page, which took ages to load for some reason or other.'], ['Sent from my iPhone using Tapatalk']]) {
			const doc = parseDump([...text, ''].join('\n'));
			assert.strictEqual(dropAppSignatures(doc.blocks, []), doc.blocks as never);
		}
	});
});
