// Kind strategies and whole-page clean-ups: each rule of kinds/ and heuristics/ written by the whole-page work, on fixtures made for it.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { dropForumControls, FORUM_CONTROL_RE } from '../../src/core/extract/heuristics/forumControls';
import { blockText, collapse } from '../../src/core/extract/inlineText';
import type { Block } from '../../src/core/model/dumpDocument';
import { renderText } from '../../src/core/render/articleText';

const FIXTURES = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'kinds');

function extractFixture(name: string): { text: string; kind: unknown } {
	const doc = parseDump(fs.readFileSync(path.join(FIXTURES, name), 'utf8'));
	const article = extractArticle(doc);
	return { text: renderText(article, doc), kind: article.metadata.pageType?.value };
}

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
});
