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

suite('Metadata: dates in datelines', () => {
	test('a date in a heading under the title is the dateline', () => {
		const m = md(['# Group classes or private lessons?', '', '## March 12, 2024', '', BODY]);
		assert.strictEqual(m.published?.value, '2024-03-12');
	});

	test('a date span glued to a byline in the same paragraph', () => {
		const m = md(['# Clothing subscriptions', '', 'By[[Kathryn Giuffrida](/author/kg)]{.name}[Mar 5, 2025]{.font-normal} \\| [6 comments](#c)', '', BODY]);
		assert.strictEqual(m.published?.value, '2025-03-05');
	});

	test('a span\'s date keeps its paragraph\'s "Updated" label: it is the modification', () => {
		const m = md(['# A guide to wine', '', 'Updated [Dec 4, 2025]{.x} · [March 1, 2024]{.y}', '', BODY]);
		assert.strictEqual(m.modified?.value, '2025-12-04');
		assert.strictEqual(m.published?.value, '2024-03-01');
	});

	test('a relative date shown, the exact one in the hover title', () => {
		const m = md(['# Claude Code tips', '', '[Posted: 2 days ago]{.post-date title="2025-12-18"}', '', BODY]);
		assert.strictEqual(m.published?.value, '2025-12-18');
		assert.match(m.published?.rule ?? '', /@title/);
	});

	test('a release date is the product\'s, not the page\'s', () => {
		const m = md(['# Terraria', '', 'Release Date: Jul 9, 2013', '', BODY]);
		assert.strictEqual(m.published, undefined);
	});

	test('a date label where a name would be is not a name', () => {
		assert.deepStrictEqual(splitNames('Last Updated: January 7, 2025'), []);
	});
});

suite('Metadata: titles (issue 12)', () => {
	test('consent and feedback boxes are not the title', () => {
		const m = md(['## We Care About Your Privacy', '', 'We and our partners store cookies.', '', '## Provide feedback', '', '## Best cameras for photography', '', BODY]);
		assert.strictEqual(m.title?.value, 'Best cameras for photography');
	});

	test('a heading the parser could not read is not the title', () => {
		const m = md(['# \\[How', '', '# How AI cuts your planning cycle', '', BODY]);
		assert.strictEqual(m.title?.value, 'How AI cuts your planning cycle');
	});

	test('an archive label, soft hyphens and mis-decoded quotes are not part of the title', () => {
		assert.strictEqual(md(['# Collection: Sennheiser', '', BODY]).title?.value, 'Sennheiser');
		assert.strictEqual(md(['# Category:Programming languages', '', BODY]).title?.value, 'Category:Programming languages');
		assert.strictEqual(md(['# Home Repair Assis\u00adtance Program', '', BODY]).title?.value, 'Home Repair Assistance Program');
		assert.strictEqual(md(['# A DIY Investorâ€™s Guide', '', BODY]).title?.value, 'A DIY Investor’s Guide');
	});
});
