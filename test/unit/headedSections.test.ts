// Headed sections (kinds/headedSections.ts): a landing page is all of its sections, an article beside comments is its story.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { headedSections, isPageOfSections, MIN_SECTION_TEXT_CHARS } from '../../src/core/extract/kinds/headedSections';
import { wholePage } from '../../src/core/extract/kinds/wholePage';
import { extractFixture, KIND_FIXTURES } from '../util/kindFixtures';

const FIXTURES = KIND_FIXTURES;

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

	test('a page of plain headed sections is a service page; a page of linked teasers is not', () => {
		const section = (i: number, linked: boolean): string =>
			`::: {.tile}\n### ${linked ? `[Story number ${i} of the day](/s/${i})` : `Offer number ${i}`}\n\nA short line of plain text that describes this item for the reader, number ${i}.\n:::\n`;
		const page = (linked: boolean): string => Array.from({ length: 6 }, (_, i) => section(i + 1, linked)).join('\n');
		const sections = isPageOfSections(wholePage(new BlockIndex(parseDump(page(false)))));
		assert.strictEqual(sections?.sections, 6);
		assert.strictEqual(isPageOfSections(wholePage(new BlockIndex(parseDump(page(true))))), undefined);
	});

	test('a landing page that shows code in its feature tiles stays a service page, not documentation', () => {
		const code = '\n```\nconst quote = await plumber.quote({ postcode: "AB1 2CD" });\nif (quote.total > budget) notify(user);\n```\n';
		let tiles = 0;
		const text = fs
			.readFileSync(path.join(FIXTURES, 'landing-sections.txt'), 'utf8')
			.replace(/(### (?:Fixed prices|Local engineers|Tidy work)\n\n[^\n]+\n)/g, (m) => {
				tiles++;
				return m + code;
			});
		assert.strictEqual(tiles, 3);
		assert.match(extractArticle(parseDump(text)).metadata.pageType?.rule ?? '', /^kind:headed sections \d+$/);
	});

	test('the landing page is told a service page by its sections, not a listing by its tiles', () => {
		const doc = parseDump(fs.readFileSync(path.join(FIXTURES, 'landing-sections.txt'), 'utf8'));
		assert.match(extractArticle(doc).metadata.pageType?.rule ?? '', /^kind:headed sections \d+$/);
	});
});
