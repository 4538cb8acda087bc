// Site rules: selectors, hosts, the include/exclude step over an extracted article with its removal trace, and the
// selector proposed from a block of the preview.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { renderText } from '../../src/core/render/articleText';
import { extractWithSiteRules } from '../../src/core/review/siteExtraction';
import { applySiteRules, hostMatches, parseSelector, proposeSelector, rulesForHost, stableSelector } from '../../src/core/review/siteRules';
import { joinLines, rangeOf } from '../util/joinLines';

const REVIEW = path.join(__dirname, '..', '..', '..', 'test', 'integration', 'fixtures', 'workspace', 'review');
const FERRY = fs.readFileSync(path.join(REVIEW, 'harbor', 'ferry-timetable.txt'), 'utf8');
const CALLOUT = 'Do you take the ferry every day?';
const EXTRA = 'Crossings on Sundays and public holidays';

function textOf(dump: string, sites?: Parameters<typeof extractWithSiteRules>[1]): string {
	const { article, doc } = extractWithSiteRules(parseDump(dump), sites);
	return renderText(article, doc);
}

suite('Site rules', () => {
	test('selectors: tag, id, classes', () => {
		assert.deepEqual(parseSelector('div.related-posts'), { tag: 'div', id: undefined, classes: ['related-posts'] });
		assert.deepEqual(parseSelector('#comments'), { tag: undefined, id: 'comments', classes: [] });
		assert.deepEqual(parseSelector('h2#more.widget-title.x'), { tag: 'h2', id: 'more', classes: ['widget-title', 'x'] });
		for (const bad of ['', 'p.x', 'div .x', 'div..x', '.a b', 'div[x]']) assert.equal(parseSelector(bad), undefined, bad);
	});

	test('hosts: www. is the same site, *. means subdomains', () => {
		assert.ok(hostMatches('news.example', 'www.news.example'));
		assert.ok(hostMatches('www.news.example', 'news.example'));
		assert.ok(hostMatches('*.news.example', 'blog.news.example'));
		assert.ok(!hostMatches('news.example', 'blog.news.example'));
		assert.ok(!hostMatches('*.news.example', 'othernews.example'));
		assert.deepEqual(rulesForHost({ 'a.example': { exclude: ['.x'], include: ['#y'] }, 'b.example': { exclude: ['.z'] } }, 'a.example'), [
			{ host: 'a.example', action: 'include', selector: '#y' },
			{ host: 'a.example', action: 'exclude', selector: '.x' },
		]);
	});

	test('without a rule for the host nothing changes', () => {
		const doc = parseDump(FERRY);
		const article = extractArticle(doc);
		assert.equal(applySiteRules(doc, article, []), article);
		assert.equal(textOf(FERRY, { 'other.example': { exclude: ['div.reader-callout'] } }), textOf(FERRY));
		assert.ok(textOf(FERRY).includes(CALLOUT));
	});

	test('exclude drops the kept block and the trace names the rule', () => {
		const sites = { 'harbor-times.example': { exclude: ['div.reader-callout'] } };
		const { article, doc } = extractWithSiteRules(parseDump(FERRY), sites);
		const text = renderText(article, doc);
		assert.ok(!text.includes(CALLOUT));
		assert.ok(text.includes('Passengers with season tickets'));
		const trace = article.removed.filter((r) => r.step === 'site-rule');
		assert.equal(trace.length, 1);
		assert.equal(trace[0].signal, 'exclude div.reader-callout (harbor-times.example)');
		assert.ok(FERRY.slice(trace[0].range.start, trace[0].range.end).startsWith('::: {.reader-callout}'));
	});

	test('the word count follows the blocks a rule takes away (card, front matter and outline agree)', () => {
		const doc = parseDump(FERRY);
		const before = extractArticle(doc).metadata.wordCount?.value ?? 0;
		const { article } = extractWithSiteRules(doc, { 'harbor-times.example': { exclude: ['div.reader-callout'] } });
		const callout = FERRY.slice(FERRY.indexOf('::: {.reader-callout}'), FERRY.indexOf(':::', FERRY.indexOf('::: {.reader-callout}') + 3));
		assert.ok(before > 0 && article.metadata.wordCount!.value < before, `${before} → ${article.metadata.wordCount?.value}`);
		assert.ok(before - article.metadata.wordCount!.value <= callout.split(/\s+/).length, 'more words went than the callout holds');
	});

	test('include brings a removed region back at its place, and its removal entry goes', () => {
		const before = extractArticle(parseDump(FERRY));
		assert.ok(before.removed.some((r) => r.signal === 'story-extra'));
		const { article, doc } = extractWithSiteRules(parseDump(FERRY), { 'www.harbor-times.example': { include: ['div.story-extra'] } });
		const text = renderText(article, doc);
		assert.ok(text.trimEnd().endsWith('until the summer timetable begins.'), text.slice(-200));
		assert.ok(text.includes(EXTRA));
		assert.ok(!article.removed.some((r) => r.signal === 'story-extra'));
		const starts = article.blocks.map((b) => b.range.start);
		assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
	});

	test('exclude wins over include for the same block', () => {
		const text = textOf(FERRY, { 'harbor-times.example': { include: ['div.story-extra'], exclude: ['div.story-extra'] } });
		assert.ok(!text.includes(EXTRA));
	});

	test('a span rule takes the span out of its paragraph only', () => {
		const dump = joinLines(
			'::: {#main .post}',
			'# [Title](https://spans.example/a) {.entry-title}',
			'',
			'::: entry-content',
			'The first paragraph is long enough to be the article, with words and commas, and more words after them.',
			'',
			'A second paragraph keeps its text [Share this on the socials]{.share-note} and ends here.',
			':::',
			':::',
		);
		const text = textOf(dump, { 'spans.example': { exclude: ['span.share-note'] } });
		assert.ok(text.includes('A second paragraph keeps its text'), text);
		assert.ok(text.includes('and ends here.'));
		assert.ok(!text.includes('Share this'));
	});

	test('stable selectors avoid generated ids and classes', () => {
		const attrs = (id: string | undefined, classes: string[]) => ({ id, classes, pairs: [], range: { start: 0, end: 0 } });
		assert.equal(stableSelector({ tag: 'div', attrs: attrs('comments', ['x']) }), 'div#comments');
		assert.equal(stableSelector({ tag: 'div', attrs: attrs('post-4711', ['post-4711', 'post', 'hentry']) }), 'div.post.hentry');
		assert.equal(stableSelector({ tag: 'div', attrs: attrs('c1a2b3c4d5', ['css-1x2y3z4', 'related', 'box', 'wide']) }), 'div.related.box');
		assert.equal(stableSelector({ tag: 'h2', attrs: attrs(undefined, ['widget-title']) }), 'h2.widget-title');
		assert.equal(stableSelector({ tag: 'div', attrs: attrs(undefined, []) }), undefined);
	});

	test('the proposal for a kept block is its innermost named container, never the article container', () => {
		const doc = parseDump(FERRY);
		const article = extractArticle(doc);
		const callout = rangeOf(FERRY, CALLOUT);
		const p = proposeSelector(doc, article, callout, 'exclude');
		assert.equal(p?.selector, 'div.reader-callout');
		// A paragraph directly in the article body: the body holds the whole article, so it is not offered.
		const plain = proposeSelector(doc, article, rangeOf(FERRY, 'Fares stay the same'), 'exclude');
		assert.ok(!plain || !['div.story-body', 'div#main'].includes(plain.selector), plain?.selector);
	});

	test('the proposal for a removed region is the div it is', () => {
		const doc = parseDump(FERRY);
		const article = extractArticle(doc);
		const region = article.removed.find((r) => r.signal === 'story-extra')!;
		assert.equal(proposeSelector(doc, article, region.range, 'include')?.selector, 'div.story-extra');
	});
});
