// Page kinds: a page that links to its own source file with an edit or source label is documentation (kinds/docSource.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { linksToDocSource, SOURCE_FILE_RE } from '../../src/core/extract/kinds/docSource';
import { dumpLines } from '../util/joinLines';

const GUIDE = [
	'Sessions are created when a user signs in, and each one carries an access token that expires after an hour and a refresh token that the client library exchanges for a new pair.',
	'If your application renders pages on the server, store the session in a cookie rather than in local storage, so that the server can read it on the first request and render for the signed-in user.',
	'Row level policies decide what a signed-in user may read or change. Write them against the user identifier in the token, and test them with two accounts before you ship the feature to everyone.',
	'Multi-factor sign-in adds a second step after the password. Enrolment returns a secret that the authenticator app stores, and each later sign-in asks for the six-digit code it shows.',
	'When a token cannot be refreshed (the refresh token was revoked, or the user signed out on another device), the client library signs the user out and emits an event your interface can listen to.',
];

/** A guide of long paragraphs in one container, with a frame link after it. */
function guide(frameLink: string, dated = false): string {
	return dumpLines(
		'::: {.main}',
		'# Sessions and tokens',
		'',
		...(dated ? ['[By Ines Kovac]{.byline} · [May 2, 2025]{.date}', ''] : []),
		...GUIDE.flatMap((p) => [p, '']),
		':::',
		'',
		'::: {.page-footer}',
		frameLink,
		':::',
	);
}

function kindOf(dump: string): unknown {
	return extractArticle(parseDump(dump)).metadata.pageType?.value;
}

const EDIT = '[Edit this page on GitHub](https://github.com/acme/platform/edit/main/docs/guides/sessions.mdx)';

suite('Page kinds: a link to the page\'s source file', () => {
	test('a guide whose frame links to its Markdown source to edit it is documentation', () => {
		assert.strictEqual(kindOf(guide(EDIT)), 'documentation');
		const x = extractArticle(parseDump(guide(EDIT)));
		assert.match(x.metadata.pageType?.rule ?? '', /source file/);
		assert.strictEqual(kindOf(guide('[Show source](https://github.com/acme/platform/blob/main/Doc/sessions.rst?plain=1)')), 'documentation');
	});

	test('without the link, or with a link to another kind of file or without an edit label, it is an article', () => {
		assert.strictEqual(kindOf(guide('[Contact us](/contact)')), 'article');
		assert.strictEqual(kindOf(guide('[Code of Conduct](https://github.com/acme/platform/blob/main/CODE_OF_CONDUCT.md)')), 'article');
		assert.strictEqual(kindOf(guide('[Edit on GitHub](https://github.com/acme/platform/blob/main/src/session.ts)')), 'article');
		assert.strictEqual(kindOf(guide('[Edit this page](https://example.com/docs/sessions.md)')), 'article');
	});

	test('a dated blog post kept in a repository stays an article', () => {
		assert.strictEqual(kindOf(guide(EDIT, true)), 'article');
	});

	test('source files: Markdown, reStructuredText, AsciiDoc and notebooks in a code host; not code, not other hosts', () => {
		for (const href of [
			'https://github.com/a/b/edit/main/docs/x.md',
			'https://gitlab.com/a/b/-/blob/main/doc/x.adoc',
			'https://github.com/a/b/blob/main/Doc/x.rst?plain=1',
			'https://bitbucket.org/a/b/src/main/x.ipynb',
		]) {
			assert.ok(SOURCE_FILE_RE.test(href), href);
		}
		for (const href of ['https://github.com/a/b/blob/main/x.ts', 'https://github.com/a/b', 'https://example.com/a/edit/x.md', 'https://github.com/a/b/issues/new?x.md']) {
			assert.ok(!SOURCE_FILE_RE.test(href), href);
		}
	});

	test('links to code files, however many, are no source of a page', () => {
		const links = Array.from({ length: 2000 }, (_, i) => `[Edit note ${i}](https://github.com/a/b/blob/main/src/f${i}.ts)`);
		const index = new BlockIndex(parseDump(dumpLines(...links.flatMap((l) => [l, '']))));
		assert.strictEqual(linksToDocSource(index), false);
	});
});
