// Metadata (issue 12): a dated post with no byline on a site named after a person is that person's (siteOwnerAuthor.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { ArticleMetadata } from '../../src/core/extract/article';
import { extractMetadata } from '../../src/core/extract/metadata';
import { ownerName } from '../../src/core/extract/metadata/siteOwnerAuthor';

function md(lines: readonly string[], pageKind = 'article'): ArticleMetadata {
	return extractMetadata(parseDump(`${lines.join('\n')}\n`), { pageKind });
}

const FILLER = 'Small tools grow into large habits when nobody writes down why they were built in the first place.';
const BODY = Array.from({ length: 6 }, () => [FILLER, '']).flat();
const POST = (head: readonly string[], dateLine: string, foot: readonly string[]): string[] => [...head, '', '# Why small tools outlive their makers', '', dateLine, '', ...BODY, ...foot];

suite('Metadata: a personal site owner as the author (siteOwnerAuthor.ts)', () => {
	test("the home link's name is a dated post's author", () => {
		const m = md(POST(['[Laura Lindqvist](/){.site-title}', '', '[Posts](/posts) [About](/about)'], '*March 3, 2025*', []));
		assert.strictEqual(m.author?.value, 'Laura Lindqvist');
		assert.match(m.author?.rule ?? '', /^site-owner:/);
	});

	test('the copyright line names the owner', () => {
		const m = md(POST(['[Home](/) [Posts](/posts)'], '*March 3, 2025*', ['', '© 2025 Thomas Avery. All rights reserved.']));
		assert.strictEqual(m.author?.value, 'Thomas Avery');
	});

	test('a site heading above the headline names the owner', () => {
		const text = `${['# Sarah Okafor', '', '[Home](/) [Blog](/blog/)', '', '::: {role="main"}', '# Why small tools outlive their makers', '', '*15 Dec, 2025*', '', ...BODY, ':::'].join('\n')}\n`;
		const start = text.indexOf('::: {role');
		const m = extractMetadata(parseDump(text), { pageKind: 'article', region: { start, end: text.length } });
		assert.strictEqual(m.title?.value, 'Why small tools outlive their makers');
		assert.strictEqual(m.author?.value, 'Sarah Okafor');
	});

	test('an undated page (the index, a listing) names nobody', () => {
		const m = md(POST(['[Laura Lindqvist](/){.site-title}'], '', []));
		assert.strictEqual(m.author, undefined);
	});

	test("a brand's name is no person", () => {
		const m = md(POST(['[Solo Kettle](/){.site-title}'], '*March 3, 2025*', ['', '© 2025 Echo Tide Media. All rights reserved.']));
		assert.strictEqual(m.author, undefined);
	});

	test('a byline wins over the owner', () => {
		const m = md(POST(['[Laura Lindqvist](/){.site-title}'], 'By Jonas Berg · March 3, 2025', []));
		assert.strictEqual(m.author?.value, 'Jonas Berg');
	});

	test('names that read as a person, and those that do not', () => {
		assert.strictEqual(ownerName("Derek Okafor's Tech Blog"), 'Derek Okafor');
		assert.strictEqual(ownerName('Sam Lind 2012-2025'), 'Sam Lind');
		assert.strictEqual(ownerName('Smith Harlow Associates'), undefined);
		assert.strictEqual(ownerName('Mary Kay Labs'), undefined);
		assert.strictEqual(ownerName('Toby'), undefined);
		assert.strictEqual(ownerName('toby/hede'), undefined);
	});

	test('given names beyond English ones (session 56): Welsh, Scandinavian, French, Italian, South Asian, German with its umlaut', () => {
		for (const n of ['Owain Pryce', 'Christoffer Lund', 'Guillaume Marchand', 'Matteo Ricci', 'Anil Kapoor', 'Jürgen Bauer']) assert.strictEqual(ownerName(n), n);
		// Still no person: a given name over organisation words.
		assert.strictEqual(ownerName('Matteo Design Studio'), undefined);
	});
});

