// Metadata (issue 12): bylines written as text, author boxes, collective bylines and lists of teasers, on small fixture dumps.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { ArticleMetadata } from '../../src/core/extract/article';
import { extractMetadata, splitNames } from '../../src/core/extract/metadata';

function md(lines: readonly string[], context: Parameters<typeof extractMetadata>[1] = {}): ArticleMetadata {
	return extractMetadata(parseDump(`${lines.join('\n')}\n`), context);
}

const BODY = 'The article body goes on for a while, long enough to be the text a reader came for, with more words after it.';
const LONG_BODY = Array.from({ length: 40 }, () => BODY).join(' ');

suite('Metadata: bylines written as text', () => {
	test('a lone "By" or "Written by" label names the author in the next element', () => {
		const a = md(['# Trends in catering', '', '::: meta', 'Written by', '', 'Edzel Tabing', ':::', '', BODY]);
		assert.strictEqual(a.author?.value, 'Edzel Tabing');
		assert.match(a.author?.rule ?? '', /text:by-label/);
		const b = md(['# Best earbuds', '', '::: byline-wrap', 'By', '', '<div>', '', '::: tooltip', 'Chase Bernath', ':::', '', '</div>', ':::', '', BODY]);
		assert.strictEqual(b.author?.value, 'Chase Bernath');
	});

	test('a "By" span glued to the name in the same paragraph', () => {
		const m = md(['# Moving scams', '', '[By]{.x1}Daryl Austin', '', BODY]);
		assert.strictEqual(m.author?.value, 'Daryl Austin');
	});

	test('"by" inside a dateline after the date or a separator', () => {
		const a = md(['# Starting music lessons', '', '*October 11, 2023*  by **Autumn Huerter**', '', BODY]);
		assert.strictEqual(a.author?.value, 'Autumn Huerter');
		assert.match(a.author?.rule ?? '', /text:dateline-by/);
		const b = md(['# Product ratings', '', '3 comments · by **Dennis Moons** · Updated on **8 January 2026**', '', BODY]);
		assert.strictEqual(b.author?.value, 'Dennis Moons');
	});

	test('"by" in a line without a date or a reading time is not a byline; nor is "reviewed by"', () => {
		assert.strictEqual(md(['# Shop', '', 'Shop by Product | Shop by Brand', '', BODY]).author, undefined);
		const m = md(['# Plant-based diet', '', 'Medically reviewed by Kim Rose — Written by Jillian Kubala on June 12, 2018', '', BODY]);
		assert.strictEqual(m.author?.value, 'Jillian Kubala');
	});

	test('"Written by …" names the author even after the article, in a heading or a paragraph', () => {
		const m = md(['# Why cheap SEO fails', '', LONG_BODY, '', LONG_BODY, '', '### Written by Cassidy Horton', '']);
		assert.strictEqual(m.author?.value, 'Cassidy Horton');
		assert.match(m.author?.rule ?? '', /text:written-by/);
	});

	test('a byline heading below the title ("##### By Quiet Light")', () => {
		const m = md(['# Buying a software business', '', '##### By Quiet Light', '', BODY]);
		assert.strictEqual(m.author?.value, 'Quiet Light');
	});

	test('an em dash ends the names even without spaces', () => {
		assert.deepStrictEqual(splitNames('by Jacob Trussell—10 min read'), ['Jacob Trussell']);
	});

	test('a collective byline ("Resy Staff", "The Meetingnotes Team") is a name; "Staff" alone is not', () => {
		assert.deepStrictEqual(splitNames('By Resy Staff'), ['Resy Staff']);
		assert.deepStrictEqual(splitNames('The Meetingnotes Team'), ['The Meetingnotes Team']);
		assert.deepStrictEqual(splitNames('Staff'), []);
		assert.deepStrictEqual(splitNames('Jane Doe, Senior Staff Writer'), ['Jane Doe']);
	});
});

suite('Metadata: author boxes and lists of teasers', () => {
	test('the name element of an author box after the article is the author; the bio is not', () => {
		const m = md([
			'# Nutrition trends', '', BODY, '',
			'::: elementor-author-box', '::: elementor-author-box__text', '[ Andrew King ]{.elementor-author-box__name}', '',
			'::: elementor-author-box__bio', 'Andrew writes about food and training.', ':::', ':::', ':::', '',
		]);
		assert.strictEqual(m.author?.value, 'Andrew King');
	});

	test('a hover card still never names the author', () => {
		const m = md(['# A post', '', BODY, '', '::: {.hovercard}', '[Jane Doe]{.author-name}', ':::', '']);
		assert.strictEqual(m.author, undefined);
	});

	test('a list of stories, each a heading and a byline, has no author or date of its own', () => {
		const item = (title: string, name: string, date: string): string[] => [`## [${title}](/${title.length})`, '', `[${name}]{.author} [${date}]{.post-date}`, '', BODY, ''];
		const m = md([
			'# Industry news', '',
			...item('Markets rally', 'Ann Lee', 'March 1, 2024'),
			...item('Rates hold', 'Bob Ray', 'March 2, 2024'),
			...item('Jobs rise', 'Cy Dunn', 'March 3, 2024'),
			...item('Oil dips', 'Di Fox', 'March 4, 2024'),
		]);
		assert.strictEqual(m.author, undefined);
		assert.strictEqual(m.published, undefined);
	});

	test('an article followed by related stories keeps its own byline', () => {
		const item = (title: string, name: string, date: string): string[] => [`### [${title}](/${title.length})`, '', `[${name}]{.author} [${date}]{.post-date}`, '', BODY, ''];
		const m = md([
			'# The long read', '', '[Zoe Park]{.author} [February 9, 2024]{.post-date}', '', LONG_BODY, '', LONG_BODY, '',
			...item('Markets rally', 'Ann Lee', 'March 1, 2024'),
			...item('Rates hold', 'Bob Ray', 'March 2, 2024'),
			...item('Jobs rise', 'Cy Dunn', 'March 3, 2024'),
		]);
		assert.strictEqual(m.author?.value, 'Zoe Park');
		assert.strictEqual(m.published?.value, '2024-02-09');
	});
});
