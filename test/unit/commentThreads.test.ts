// Comment threads (heuristics/commentThreads.ts): a container opened by a heading that names readers' comments is left out, whatever its class words.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isCommentHeading } from '../../src/core/extract/heuristics/commentThreads';
import { extractDumpText, extractFixture, KIND_FIXTURES } from '../util/kindFixtures';

const FIXTURE = 'article-comment-thread.txt';

suite('Comment threads without class words', () => {
	test('comment headings by their whole text', () => {
		for (const t of ['109 Comments', 'Comments', 'Comments (12)', '1,204 comments', 'One Comment', '37 responses', 'Leave a Reply', 'Leave a comment Cancel reply', 'Post a Comment', '12 thoughts on "A kitchen spray"', '15 Replies to "Open CAD files"', 'Join the discussion', 'Kommentare']) {
			assert.ok(isCommentHeading(t), t);
		}
		// A paper's section, a forum's replies, an API reference's status codes, a sidebar's widget, a sentence about comments.
		for (const t of ['Discussion', '76 Replies', 'Replies', 'Responses', 'Recent Comments', 'Comments on the draft regulation', 'How we read your comments']) {
			assert.ok(!isCommentHeading(t), t);
		}
	});

	test('a post whose comment thread has no class word naming it keeps the post alone', () => {
		const { text, kind } = extractFixture(FIXTURE);
		assert.strictEqual(kind, 'article');
		for (const kept of ['arrive on the new shoots', 'a crushed clove of garlic', 'test the spray on a single leaf']) assert.ok(text.includes(kept), `lost ${kept}`);
		for (const dropped of ['8 Comments', 'neem oil', 'castile soap', 'Leave a Reply']) assert.ok(!text.includes(dropped), `kept ${dropped}`);
	});

	test('the same thread under a heading that names no comments stays', () => {
		const dump = fs.readFileSync(path.join(KIND_FIXTURES, FIXTURE), 'utf8').replace('## 8 Comments', '## Eight notes from the allotment');
		const { text } = extractDumpText(dump);
		assert.ok(text.includes('neem oil'));
	});

	test('a thread whose replies repeat the opening post\'s boxes under "Comments" keeps its replies', () => {
		// A discussion board's thread: the opening post and each reply built of the same boxes (opaque class lists, the
		// same in both), the replies under a "Comments" heading. Without the boxes test the replies went as comments.
		const post = (name: string, body: string): string[] => [
			'::: {.q1 .h7}', '::: w3', `[${name}](/profile/${name})`, ':::', '', '::: {.m2 .d5}', 'March 2025', ':::', ':::', '',
			'::: b8', '::: b9', '::: {.u4 .c6}', body, ':::', '', '::: r2', '[0]{.s1}', ':::', ':::', ':::', '',
		];
		const dump = [
			'::: n0', '- [Home](/)', '- [Categories](/categories)', ':::', '',
			'::: k1', '::: t3', '# Moving the board to another host', ':::', '',
			'::: i5', ...post('Linc', 'We are moving the board to a new host next week, and the old address will forward to the new one for a year.'), ':::', ':::', '',
			'::: x9', '::: {.y2 .y3}', '## Comments', '',
			'-   ::: c4', ...post('Ana', 'Thanks for the notice: will our saved drafts move with the posts, or should we copy them out first?'), ':::', '',
			'-   ::: c4', ...post('Linc', 'Drafts move too; only private messages older than five years are left behind on the old host.'), ':::', '',
			':::', ':::', '',
		].join('\n');
		const { text } = extractDumpText(dump);
		assert.ok(text.includes('moving the board to a new host'), 'lost the opening post');
		assert.ok(text.includes('will our saved drafts move'), 'lost the first reply');
		assert.ok(text.includes('Drafts move too'), 'lost the second reply');
	});

	/** A list's page with its readers' comments under a header band: an empty heading, a "Post a comment" link and a plain line counting them. */
	function listWithCountedComments(countLine: string): string {
		const books = ['The quiet harbour', 'Salt and iron', 'A map of small rivers', 'Winter orchards', 'The glass workshop', 'Letters from the ridge'];
		return [
			'::: k1', '# Best novels about the sea', '', 'Readers voted for the novels that carry the sea best.', '',
			...books.flatMap((b, i) => [
				'::: r0', `${i + 1}. [${b}](/book/${i}) by an author of the coast, with ${120 + i * 7} votes and a score of ${9000 - i * 400}. A story of boats, weather and the families who wait ashore through the long season.`, ':::', '',
			]),
			':::', '',
			'::: b1', '::: b2', '##  {#s1 .b3}', '', '::: b4', '[Post a comment »](#form){rel="nofollow"}', ':::', '', `${countLine} [(3 new)]{.b6}`, ':::', '',
			'::: b7',
			...['I would add The lighthouse keepers to this list, it is better than half of the top ten and far less known.', 'Salt and iron is far too low: it is the only one here that gets the weather right, every single chapter.', 'Has anyone read the sequel to Winter orchards? I could not find it in any library near me this year.'].flatMap((c, i) => [
				'::: b8', `**message ${i + 1}:** by [Reader ${i}](/user/${i})`, '', `[Jul ${i + 2}, 2019](#c${i})`, '', c, ':::', '',
			]),
			':::', ':::', '',
		].join('\n');
	}

	test('comments under a header band whose plain line counts them leave the page', () => {
		const { text } = extractDumpText(listWithCountedComments('Comments [ Showing 1-3 of 3 ]{.b5}'));
		assert.ok(text.includes('Winter orchards') && text.includes('families who wait ashore'), text);
		for (const c of ['The lighthouse keepers', 'gets the weather right', 'sequel to Winter orchards']) assert.ok(!text.includes(c), `kept ${c}`);
	});

	test('the same band whose line counts no comments stays', () => {
		const { text } = extractDumpText(listWithCountedComments('Notes from our readers'));
		assert.ok(text.includes('gets the weather right'), text);
	});
});
