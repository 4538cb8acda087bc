// Metadata (issue 12): a lone "Author" label names the writer in the next element, past an avatar's initials.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { ArticleMetadata } from '../../src/core/extract/article';
import { extractMetadata } from '../../src/core/extract/metadata';
import { isAvatarInitials } from '../../src/core/extract/metadata/avatarInitials';

function md(lines: readonly string[]): ArticleMetadata {
	return extractMetadata(parseDump(`${lines.join('\n')}\n`), {});
}

const BODY = 'The article body goes on for a while, long enough to be the text a reader came for, with more words after it.';
const LONG_BODY = Array.from({ length: 40 }, () => BODY).join(' ');

suite('Metadata: lone "Author" labels', () => {
	test('an author card after the article: "Author", the avatar\'s initials, then the name', () => {
		const a = md(['# Batching embeddings by token count', '', LONG_BODY, '', '::: eyebrow', '[Author]{.label}', ':::', '', '::: person-lockup', '::: avatar', '[MJ]{.initials}', ':::', '', '[Maria Jensen]{.name}', '', '[Staff Engineer]{.role}', ':::']);
		assert.strictEqual(a.author?.value, 'Maria Jensen');
		assert.match(a.author?.rule ?? '', /text:by-label:written/);
	});

	test('an author box caption without a colon, the name in a heading below', () => {
		const a = md(['# Types of mobile apps', '', LONG_BODY, '', '::: profile-details', 'Author', '', '## [Tomas Berg](/blog/author/tomas/)', '', 'Head of product marketing.', ':::']);
		assert.strictEqual(a.author?.value, 'Tomas Berg');
	});

	test('initials alone after the label are no author', () => {
		const a = md(['# Types of mobile apps', '', BODY, '', '::: card', 'Author', '', 'TB', ':::']);
		assert.strictEqual(a.author, undefined);
	});

	test('a "Author" word inside a sentence is no label', () => {
		const a = md(['# Types of mobile apps', '', 'Author and editor worked together on it.', '', 'Tomas Berg', '', BODY]);
		assert.strictEqual(a.author, undefined);
	});

	test('isAvatarInitials: one to three capitals only', () => {
		assert.ok(isAvatarInitials('CP'));
		assert.ok(isAvatarInitials(' JRR '));
		assert.ok(!isAvatarInitials('Chengcheng Pei'));
		assert.ok(!isAvatarInitials('ABCD'));
		assert.ok(!isAvatarInitials('cp'));
		assert.ok(!isAvatarInitials('C. P.'));
	});
});
