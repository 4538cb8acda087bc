// Kind strategies and whole-page clean-ups: each rule of kinds/ and heuristics/ written by the whole-page work, on fixtures made for it.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractArticle } from '../../src/core/extract/extractArticle';
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
});
