// A body the page names its article, above posts it names its comments, is an article with comments, not a thread.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex, ROOT } from '../../src/core/extract/blockIndex';
import { ARTICLE_BODY_RE, COMMENTS_RE, isArticleWithComments } from '../../src/core/extract/kinds/articleComments';

const QUESTION = [
	'I have done a fair amount of rough carpentry around the house, a deck and some shelving, and I would like to start building small pieces of furniture for the living room this winter.',
	'What got you started, and what would you suggest as a first project for someone with a circular saw, a drill and a lot of patience but no proper workshop yet?',
];

const REPLIES = [
	'My grandfather gave me a block plane and a box of offcuts when I was twelve, and I spent a whole summer making lopsided boxes for everyone in the family.',
	'Start with a simple step stool: it teaches you square cuts, glue-ups and finishing, and nobody minds if the first one wobbles a little on the kitchen floor.',
	'Join a local guild if there is one near you. An afternoon at the bench beside someone who knows what they are doing is worth a shelf of magazines and videos.',
	'Buy good clamps before anything else. You can never have too many of them, and cheap ones slip at exactly the moment the glue starts to grab the joint.',
];

/** A discussion page: the question in `bodyClass`, the replies as repeated items under `repliesClass`. */
function page(bodyClass: string, repliesClass: string): string {
	const lines = ['# Getting started in woodworking', '', `::: {${bodyClass}}`, ...QUESTION.flatMap((q) => [q, '']), ':::', '', `::: {${repliesClass}}`, '### Replies', ''];
	REPLIES.forEach((r, i) => {
		lines.push('::: {.reply-item .clearfix}', '::: wrap', `[maker${i}](/u/maker${i})`, '', `March ${i + 3}, 2025`, '', '::: content', r, ':::', '', ':::', ':::', '');
	});
	lines.push(':::');
	return lines.join('\n');
}

suite('Forum: an article with comments', () => {
	test('a question in the article body, with replies under a comment section, is an article with comments', () => {
		const judge = (body: string, replies: string): boolean => {
			const index = new BlockIndex(parseDump(page(body, replies)));
			const region = index.containers.find((c) => c.attrs.id === 'article-body' || c.attrs.classes.includes('question__body'));
			assert.ok(region, 'no body parsed');
			const posts = index.containers.filter((c) => c.attrs.classes.includes('reply-item'));
			assert.strictEqual(posts.length, REPLIES.length);
			return isArticleWithComments(index, region, posts);
		};
		assert.strictEqual(judge('#article-body .question__body', '.comments .question__replies'), true);
		// Replies the page does not name as comments are a thread's posts; a body it does not name as its article is a post.
		assert.strictEqual(judge('#article-body .question__body', '.thread-replies'), false);
		assert.strictEqual(judge('.question__body', '.comments .question__replies'), false);
		// The article path is not asked for the whole page.
		const index = new BlockIndex(parseDump(page('#article-body', '.comments')));
		assert.strictEqual(isArticleWithComments(index, ROOT, index.containers.filter((c) => c.attrs.classes.includes('reply-item'))), false);
	});

	test('the names', () => {
		for (const w of ['article-body', 'question__body article__body', 'articleBody', 'c-article-body']) assert.ok(ARTICLE_BODY_RE.test(w), w);
		for (const w of ['article-bodyguard', 'post-body', 'body']) assert.ok(!ARTICLE_BODY_RE.test(w), w);
		for (const w of ['comments', 'comments question__replies', 'comment-list', 'comments__wrapper']) assert.ok(COMMENTS_RE.test(w), w);
		for (const w of ['commentsCount', 'post-comments-link', 'no-comments-yet']) assert.ok(!COMMENTS_RE.test(w), w);
	});
});
