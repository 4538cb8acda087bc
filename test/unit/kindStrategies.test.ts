// Kind strategies and whole-page clean-ups: each rule of kinds/ and heuristics/ written by the whole-page work, on fixtures made for it.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { dropCallsToAction } from '../../src/core/extract/heuristics/callsToAction';
import { dropForumControls, FORUM_CONTROL_RE } from '../../src/core/extract/heuristics/forumControls';
import { dropNavigationLists } from '../../src/core/extract/heuristics/navigationLists';
import { blockText, collapse } from '../../src/core/extract/inlineText';
import type { Block } from '../../src/core/model/dumpDocument';
import { extractFixture } from '../util/kindFixtures';


suite('Kind strategies (whole page)', () => {
	test('a short article beside link-heavy sections keeps its article, not the whole page', () => {
		const { text } = extractFixture('article-beside-links.txt');
		assert.ok(text.includes('ferry will run every twenty minutes'), 'lost the article');
		assert.ok(!text.includes('Sport story number 3'), 'kept the link sections');
	});

	test('a XenForo thread keeps every post with its author and date, without member titles, statistics, counters and buttons', () => {
		const { text, kind } = extractFixture('xenforo-thread.txt');
		assert.strictEqual(kind, 'forum');
		for (const kept of ['Has anyone fitted', 'longer M5 bolts', 'The spacer was the missing piece', 'ridgeback said:', 'Mar 4, 2025']) {
			assert.ok(text.includes(kept), `lost ${kept}`);
		}
		// Every post keeps its author line, though the names repeat.
		assert.strictEqual(text.match(/^ridgeback$/gm)?.length, 2);
		for (const dropped of ['Staff member', 'Senior Member', 'New Member', 'Joined', 'Jan 12, 2019', '1,204', '#2', '12 likes', 'Click to expand', 'Reply']) {
			assert.ok(!text.includes(dropped), `kept ${dropped}`);
		}
	});

	test('forum controls: counters, buttons and member statistics are controls; sentences and dates are not', () => {
		for (const control of ['12', '#3', '1,204', '12 likes', 'Reply', 'Share', 'Click to expand...', 'Joined', 'Posts: 45', 'Improve this answer', 'Add a comment |', 'Senior Member', '7+ Year Member', 'Reply Quote Like']) {
			assert.ok(FORUM_CONTROL_RE.test(control), control);
		}
		for (const content of ['Mar 4, 2025', 'Reply to Jane: I agree', 'Thanks, that worked.', 'Share your photos of the build below', '2024.5.0 broke it']) {
			assert.ok(!FORUM_CONTROL_RE.test(content), content);
		}
		const doc = parseDump('I agree with the last post.\n\n12\n\n-   #4\n\nJoined\n:   Jan 12, 2019\n\n-   Mar 4, 2025\n');
		const removed: Parameters<typeof dropForumControls>[1] = [];
		const kept: Block[] = dropForumControls(doc.blocks, removed);
		assert.deepStrictEqual(
			kept.map((b) => collapse(blockText(b))),
			['I agree with the last post.', 'Mar 4, 2025'],
		);
		assert.ok(removed.every((r) => r.step === 'forum-control'));
	});

	/** The text of what a clean-up keeps of a dump's blocks, one line a block. */
	function keptText(dump: string, clean: (blocks: readonly Block[], removed: Parameters<typeof dropForumControls>[1]) => Block[]): string[] {
		return clean(parseDump(dump).blocks, []).map((b) => collapse(blockText(b)));
	}

	test('navigation lists: a list of short links goes (nested menus too); a list of titles or of sentences stays', () => {
		const menu = '-   [About us](/about)\n-   [Careers](/careers)\n-   [Blog (12)](/blog)\n    -   [News](/news)\n    -   [Events](/events)\n    -   [Press](/press)\n';
		const titles = '-   [How we cut the village hall heating bill by half](/a)\n-   [Ten questions trustees ask about reserves](/b)\n-   [Our new office opens in March](/c)\n';
		const steps = '-   Call us\n-   We visit\n-   [Book](/book) a slot\n';
		const pair = '-   [Yes](/y)\n-   [No](/n)\n';
		const kept = keptText(`Intro.\n\n${menu}\nMiddle.\n\n${titles}\nThen.\n\n${steps}\nEnd.\n\n${pair}`, dropNavigationLists);
		assert.deepStrictEqual(kept.length, 7);
		assert.ok(!kept.some((t) => t.includes('Careers')));
		assert.ok(kept.some((t) => t.includes('Ten questions trustees ask')));
		assert.ok(kept.some((t) => t.includes('We visit')));
		const inDiv = keptText(`::: {.columns}\n${menu}:::\n`, dropNavigationLists);
		assert.deepStrictEqual(inDiv, ['']);
	});

	test('calls to action: a line that is only a button label goes, linked or not; sentences that start alike stay', () => {
		const dump = '[Learn more](/x)\n\nGet started →\n\n::: box\nSkip to main content\n\nContact us\n:::\n\nLearn more about our fees in the guide.\n\nContact us on 01632 960418 for a quote.\n';
		assert.deepStrictEqual(keptText(dump, dropCallsToAction), ['', 'Learn more about our fees in the guide.', 'Contact us on 01632 960418 for a quote.']);
	});

	test('a consent platform\'s dialog is never content: not as the article, not in the whole page', () => {
		const { text } = extractFixture('consent-dialog.txt');
		assert.ok(text.includes('The trestles are open again'), 'lost the report');
		assert.ok(!/cookies|privacy/i.test(text), 'kept the consent dialog');
	});
});
