// Headed sections (kinds/headedSections.ts): a landing page is all of its sections, an article beside comments is its story.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { headedSections, MIN_SECTION_TEXT_CHARS } from '../../src/core/extract/kinds/headedSections';
import { renderText } from '../../src/core/render/articleText';

const FIXTURES = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'kinds');

function extractFixture(name: string): { text: string; kind: unknown } {
	const doc = parseDump(fs.readFileSync(path.join(FIXTURES, name), 'utf8'));
	const article = extractArticle(doc);
	return { text: renderText(article, doc), kind: article.metadata.pageType?.value };
}

suite('Headed sections', () => {
	test('a plain heading over enough plain text is a section; a linked heading or a heading over links is not', () => {
		const line = 'x'.repeat(MIN_SECTION_TEXT_CHARS);
		const doc = parseDump(
			[
				'## Fixed prices',
				'',
				line,
				'',
				'## [A teaser title](/story)',
				'',
				line,
				'',
				'## More links',
				'',
				'[one link that is long enough to count](/a)',
				'',
				'## Too short',
				'',
				'Two words.',
				'',
				'::: {.card}',
				'### Inside a card',
				'',
				`${line} and more`,
				':::',
				'',
			].join('\n'),
		);
		const m = headedSections(doc.blocks);
		assert.strictEqual(m.sections, 2);
		assert.strictEqual(m.sectionChars, MIN_SECTION_TEXT_CHARS * 2 + ' and more'.length);
	});

	test('a skipped block ends the section before it', () => {
		const doc = parseDump('## Heading\n\n::: {.skip}\nInside the skipped block, long enough to be a section of its own text.\n:::\n\nAfter the skipped block, long enough to be a section of its own text.\n');
		assert.strictEqual(headedSections(doc.blocks).sections, 1);
		assert.strictEqual(headedSections(doc.blocks, (b) => b.kind === 'div').sections, 0);
	});

	test('a landing page keeps every section, not only the one with the most prose', () => {
		const { text, kind } = extractFixture('landing-sections.txt');
		assert.strictEqual(kind, 'service');
		for (const kept of ['Our engineers repair leaking', 'Fixed prices', 'carries common parts in the van', 'How it works', 'within the hour', 'What our customers say', 'Worth every penny']) {
			assert.ok(text.includes(kept), `lost ${kept}`);
		}
		for (const dropped of ['Privacy', 'Get a quote', 'Contact us']) assert.ok(!text.includes(dropped), `kept ${dropped}`);
	});

	test('an article beside teasers and a comment section keeps only its story', () => {
		const { text, kind } = extractFixture('article-with-comments.txt');
		assert.strictEqual(kind, 'article');
		assert.ok(text.includes('story hour at three'), 'lost the story');
		for (const dropped of ['Swimming pool reopens', 'Valley Courier']) assert.ok(!text.includes(dropped), `kept ${dropped}`);
	});
});
