// Metadata (issue 12, session 52, meta57): author pages read from their address alone, with no byline class: member pages with a query after the name, and an "author-" lead on the last path part.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { ArticleMetadata } from '../../src/core/extract/article';
import { extractMetadata } from '../../src/core/extract/metadata';

const BODY = [
	'Sourdough needs a lively starter: feed it twice a day for a week before the first bake, at the same hours.',
	'',
	'Mix the dough, rest it for an hour, then fold it four times over two hours before shaping it into a round.',
	'',
	'Bake it in a covered pot at a high heat for twenty minutes, then uncover it until the crust is deep brown.',
];

/** A page with a title, one meta line under it, then the body. */
function md(meta: string, title = '# A first sourdough loaf'): ArticleMetadata {
	return extractMetadata(parseDump(`${[title, '', meta, '', ...BODY].join('\n')}\n`), {});
}

suite('Metadata: author pages by their address', () => {
	test('a member page with a query or a fragment after the name names the author', () => {
		assert.strictEqual(md('[crumbwise](/users/crumbwise?from=post_header)').author?.value, 'crumbwise');
		assert.strictEqual(md('### [Jane Doe](/community/userprofile/janedoe?tab=10)').author?.value, 'Jane Doe');
		assert.strictEqual(md('[Jane Doe](/members/jane-doe/#about)').author?.value, 'Jane Doe');
	});

	test('an "author-" lead on the last path part names the author', () => {
		assert.strictEqual(md('[Jane Doe](https://news.example/newsroom/author-jane-doe-479263.cms) / Updated: Dec 17, 2025').author?.value, 'Jane Doe');
	});

	test('account pages under the same paths name nobody', () => {
		assert.strictEqual(md('[Log in](/users/login?returnurl=%2Fq%2F1)').author, undefined);
		assert.strictEqual(md('[Delete cookies](/forum/user/delete_cookies?sid=0a1b2c)').author, undefined);
		assert.strictEqual(md('[Jane Doe](/users/jane/posts/12)').author, undefined);
	});
});
