// Metadata: a date box right after the byline, named for the comments it counts, is the post's meta line (`bylineMetaBoxes.ts`).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';

const PARAGRAPH =
	'A bridge camera keeps one long zoom lens on a small body, and it suits walks where changing lenses in the rain is the last thing you want to do. ' +
	'A mirrorless camera takes the lenses you choose, weighs less than a reflex of the same sensor size, and shows you the exposure in its finder before you press.\n\n';
const BODY = PARAGRAPH.repeat(4);

const BYLINE = '### By [Jane Doe](/jane-doe/){target="_blank"}, [Columnist]{.m1}';
const COUNTER = '::: {.comments .d-block}\nAugust 19, 2025 \\| [33\nComments](https://example.com/camera-types/#comments)\n:::';

function publishedOf(dump: string): string | undefined {
	return extractMetadata(parseDump(dump), {}).published?.value;
}

suite('Metadata: the byline meta box named for its comment counter', () => {
	test('the date in a comments-named box right under the byline is the page date', () => {
		const dump = `# Beginner's guide to camera types\n\n::: post-meta\n::: {.author .d-block}\n<div>\n\n${BYLINE}\n\n${COUNTER}\n\n</div>\n:::\n:::\n\n${BODY}`;
		assert.strictEqual(publishedOf(dump), '2025-08-19');
	});

	test('the same box after the byline with a plain box between them, right after the byline, still counts', () => {
		const dump = `# Beginner's guide to camera types\n\n::: post-meta\n${BYLINE}\n:::\n\n${COUNTER}\n\n${BODY}`;
		assert.strictEqual(publishedOf(dump), '2025-08-19');
	});

	test("a commenter's date in a comments box after the article's text stays a commenter's", () => {
		const comment = '## 2 Comments\n\n::: comments\n::: comment-meta\nSam Reed\n\nMarch 3, 2025\n:::\n\nGreat guide, thanks for writing it.\n:::';
		const dump = `# Beginner's guide to camera types\n\n::: post-meta\n${BYLINE}\n:::\n\n${BODY}${BODY}${comment}\n`;
		assert.notStrictEqual(publishedOf(dump), '2025-03-03');
	});

	test('a byline that is itself inside a comments box lifts nothing', () => {
		const dump = `# Beginner's guide to camera types\n\n${BODY}::: comments\n${BYLINE}\n\n${COUNTER}\n:::\n`;
		assert.notStrictEqual(publishedOf(dump), '2025-08-19');
	});
});
