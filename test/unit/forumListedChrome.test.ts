// Forum threads: post chrome inside a post's lists (a comment list's hidden copies and buttons) goes, as inside quotes.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { dropListedChrome } from '../../src/core/extract/heuristics/listedChrome';
import { blockText, collapse } from '../../src/core/extract/inlineText';
import { renderText } from '../../src/core/render/articleText';

const QUESTION = 'My rain barrel overflows onto the patio in every storm. Is there a simple way to send the overflow to the flower bed instead?';
const ANSWER = 'Fit a second outlet near the top of the barrel and run a length of garden hose from it down to the bed; gravity does the rest.';
const OTHER = 'A diverter kit on the downpipe does the same job and stops filling the barrel once it is full, which saves cleaning the outlet.';
const COMMENT = 'Mind the hose does not kink where it leaves the barrel, or it backs up.';

/** A post holding a list of comments, each with a hidden copy of its author and a score button (a Q&A engine with no profile). */
function commentedPost(i: number, body: string): string[] {
	return [
		`::: {#answer-${i} .answer}`,
		`[barrelfan${i}](/users/${i}/barrelfan)`,
		'',
		body,
		'',
		'-   ::: {.comment-body}',
		`    ${COMMENT}`,
		'',
		'    ::: {.d-none itemprop="name"}',
		`    Hidden Copy Name${i}`,
		'    :::',
		'',
		'    ::: vote-button',
		'    Upvote this comment',
		'    :::',
		'    :::',
		':::',
		'',
	];
}

suite('Forum listed chrome', () => {
	test('a pruned container inside a list item goes; the list and the item\'s own words stay', () => {
		const blocks = parseDump(['-   ::: {.comment-body}', `    ${COMMENT}`, '', '    ::: vote-button', '    Upvote', '    :::', '    :::', ''].join('\n')).blocks;
		const list = blocks[0];
		assert.ok(list.kind === 'list', 'fixture: a list');
		const body = list.items[0].children[0];
		assert.ok(body.kind === 'div', 'fixture: the item holds a container');
		const button = body.children.find((c) => c.kind === 'div');
		assert.ok(button, 'fixture: the button is a container');
		const removed: Parameters<typeof dropListedChrome>[2] = [];
		const text = dropListedChrome(blocks, new Map([[button, 'post-chrome']]), removed)
			.map((b) => collapse(blockText(b)))
			.join('\n');
		assert.ok(text.includes(COMMENT), 'lost the comment');
		assert.ok(!text.includes('Upvote'), 'kept the button');
		assert.deepStrictEqual(removed.map((r) => r.step), ['post-chrome']);
	});

	test('nothing pruned: the same blocks come back', () => {
		const blocks = parseDump(['-   one', '-   two', ''].join('\n')).blocks;
		assert.strictEqual(dropListedChrome(blocks, new Map(), []), blocks);
	});

	test('a thread with no known engine drops the hidden copies and buttons in its comment lists', () => {
		const doc = parseDump(['# Rain barrel overflow', '', ...commentedPost(0, QUESTION), ...commentedPost(1, ANSWER), ...commentedPost(2, OTHER)].join('\n'));
		const article = extractArticle(doc);
		const text = renderText(article, doc);
		assert.strictEqual(article.metadata.pageType?.value, 'forum');
		for (const m of [QUESTION, ANSWER, OTHER, COMMENT]) assert.ok(text.includes(m), `lost ${m.slice(0, 30)}`);
		assert.ok(!text.includes('Hidden Copy'), 'kept a hidden copy');
		assert.ok(!text.includes('Upvote'), 'kept a vote button');
	});
});
