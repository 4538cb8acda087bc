// Metadata (issue 12): headings that are numbers, lead-ins, site names or help boxes are not the title; a title-named line stands in when no heading can.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata, type ArticleContext } from '../../src/core/extract/metadata';
import { hasWords } from '../../src/core/extract/metadata/wordlessHeadings';
import { isLeadInHeading } from '../../src/core/extract/metadata/leadInHeadings';

const BODY = 'A paragraph of body text long enough to be read as the article, with more words after it so it counts.\n';

function titleOf(dump: string, context: (text: string) => ArticleContext = () => ({})): string | undefined {
	return extractMetadata(parseDump(dump), context(dump)).title?.value;
}

/** The article region as the body extractor would give it: from `marker` to the end. */
function regionFrom(marker: string): (text: string) => ArticleContext {
	return (text) => ({ region: { start: text.indexOf(marker), end: text.length } });
}

suite('Metadata: choosing the title heading', () => {
	test('a heading of numbers, dates or one symbol has no word', () => {
		assert.strictEqual(hasWords('94'), false);
		assert.strictEqual(hasWords('#1 2025-11-01 15:14:37'), false);
		assert.strictEqual(hasWords('Ω 48'), false);
		assert.strictEqual(hasWords('001 is here'), true);
		assert.strictEqual(hasWords('猫'), true);
	});

	test('a statistics h1 ("94") does not outscore the headline below it', () => {
		const dump = `::: stats\n# 94\n\nEvaluations\n\n# Ω 12\n\nCitations\n:::\n\n# Scalable sparse probes for ranking models\n\n${BODY}`;
		assert.strictEqual(titleOf(dump), 'Scalable sparse probes for ranking models');
	});

	test('a post named only by a number keeps its headline when nothing else is a title', () => {
		const dump = `# 007 {.post-title}\n\n${BODY}\n## Context {.section}\n\n${BODY}`;
		assert.strictEqual(titleOf(dump), '007');
	});

	test('a heading ending with a colon is a lead-in, not the title', () => {
		assert.strictEqual(isLeadInHeading('A note from our editor:'), true);
		assert.strictEqual(isLeadInHeading('Editors: a field guide'), false);
		const dump = `## How rivers carve their beds over a century {.post-title}\n\n${BODY}\n# A message from our publisher, co-founder of Rivernet:\n\nSupport independent reporting.\n`;
		assert.strictEqual(titleOf(dump), 'How rivers carve their beds over a century');
	});

	test('an h1 linked home does not take the h1 tie: the post\'s h2 headline under it wins', () => {
		const dump = `<div>\n\n# [Tidewriter](/){#blog-title}\n\n</div>\n\n## Three ways artists could be paid for training data {#title .p-name}\n\nDecember 19, 2025\n\n::: e-content\n${BODY}:::\n`;
		assert.strictEqual(titleOf(dump, regionFrom('::: e-content')), 'Three ways artists could be paid for training data');
	});

	test('a book\'s menu-title h1 and a "Keyboard shortcuts" box are not the chapter\'s title', () => {
		const dump = `# The Widget Book {#the-widget-book .menu-title}\n\n::: {#content .content}\n## [Sharing behaviour with traits](#sharing){.header}\n\n${BODY}:::\n`;
		assert.strictEqual(titleOf(dump), 'Sharing behaviour with traits');
		const help = `::: help-box\n## Keyboard shortcuts\n\nPress ? to show this help\n:::\n\n## Sharing behaviour with traits\n\n${BODY}`;
		assert.strictEqual(titleOf(help), 'Sharing behaviour with traits');
	});

	test('"browse by Category" is a navigation label', () => {
		const dump = `# browse by Category\n\n[Desk](/desk) [Shelves](/shelves)\n\n# Where to keep office supplies\n\n${BODY}`;
		assert.strictEqual(titleOf(dump), 'Where to keep office supplies');
	});

	test('with no heading to take, a title-named container holding one line gives the title', () => {
		// An empty h2 (an empty h1 would be titled by the line after it, `emptyHeadingLine.ts`).
		const dump = `##  {#section itemprop="name"}\n\n::: {.topic-title .d-flex}\n[How do I show a saved route on a phone?]{.fs-3}\n:::\n\n::: posts\n${BODY}:::\n`;
		assert.strictEqual(titleOf(dump), 'How do I show a saved route on a phone?');
		const field = extractMetadata(parseDump(dump), {}).title;
		assert.strictEqual(field?.rule, 'class:title-container');
		assert.ok(field.confidence < 0.5);
	});

	test('a title-named container is no fallback when a heading can be the title, nor when it holds a section', () => {
		const heading = `::: topic-title\nThe thread's subject line\n:::\n\n# The real headline of the page\n\n${BODY}`;
		assert.strictEqual(titleOf(heading), 'The real headline of the page');
		const section = `::: section-title\nFirst paragraph of a section\n\nSecond paragraph of a section\n:::\n\n${BODY}`;
		assert.strictEqual(titleOf(section), undefined);
	});

	test('a date span inside the headline is the post\'s date, not part of its title', () => {
		const dump = `## [Day 15: porting a parser and its test suite](/notes/day-15) [ / Dec 2025]{.title-date}\n\n${BODY}`;
		assert.strictEqual(titleOf(dump), 'Day 15: porting a parser and its test suite');
		// A word in a date-named span stays: only a span with a digit is a date.
		assert.strictEqual(titleOf(`## What we shipped [today]{.date}\n\n${BODY}`), 'What we shipped today');
	});

	test('a listicle\'s section headings are list items: the heading above them of the same level is the title', () => {
		const sections = ['Skip the tutorial?', 'Show the controls', 'Half visual, half audio'].map((h) => `## ${h}\n\n${BODY}`).join('\n');
		const dump = `::: page-hero\n## How to make a good game: five mistakes to avoid\n:::\n\n::: entry\n${sections}:::\n`;
		assert.strictEqual(titleOf(dump, regionFrom('::: entry')), 'How to make a good game: five mistakes to avoid');
		// A lower heading above the list (an h3 kicker) does not take it.
		const kicker = `### Game design\n\n::: entry\n${sections}:::\n`;
		assert.strictEqual(titleOf(kicker, regionFrom('::: entry')), 'Skip the tutorial?');
	});

	test('"Navigation Menu" is a navigation label', () => {
		assert.strictEqual(titleOf(`## Navigation Menu\n\n[Home](/)\n\n## Rising repositories this week\n\n${BODY}`), 'Rising repositories this week');
	});
});
