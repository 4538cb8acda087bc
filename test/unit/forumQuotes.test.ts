// Forum threads: quotes that repeat an earlier post leave the thread, with their attribution line; other quotes stay.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { dropQuotedChrome } from '../../src/core/extract/heuristics/quotedChrome';
import { dropRepeatedQuotes } from '../../src/core/extract/heuristics/repeatedQuotes';
import { blockText, collapse } from '../../src/core/extract/inlineText';
import { renderText } from '../../src/core/render/articleText';

const OPENING = 'Our allotment shed roof leaks along the ridge every time it rains hard, and the felt looks fine from the ground. Where should I start looking?';
const ANSWER = 'Check the ridge capping first: the nails work loose over a few winters and water runs in under the felt along the top.';
const THANKS = 'Thanks, that was it. Two nails had lifted and the felt under them had split; a strip of new felt fixed it.';
const NEWS = 'The council will replace every shed roof on the north plots before the spring, the committee said on Monday evening.';

function texts(dump: string): { text: string; removed: string[] } {
	const removed: Parameters<typeof dropRepeatedQuotes>[1] = [];
	const kept = dropRepeatedQuotes(parseDump(dump).blocks, removed);
	return { text: kept.map((b) => collapse(blockText(b))).join('\n'), removed: removed.map((r) => r.step) };
}

/** A thread of plain posts (no known forum software): the second post quotes the first whole, XenForo-like. */
function quotingThread(quoted: string): string {
	const post = (i: number, body: string[]): string[] => [`::: {.post .reply-${i}}`, `#### [gardener${i}](/members/${i})`, '', `Mar ${i + 3}, 2025`, '', ...body, ':::', ''];
	return [
		'# Shed roof leaking at the ridge',
		'',
		...post(0, [OPENING, '']),
		...post(1, ['> ::: quote-title', '> gardener0 said:', '> :::', '>', `> ${quoted}`, '', ANSWER, '']),
		...post(2, [THANKS, '']),
	].join('\n');
}

suite('Forum quotes', () => {
	test('a quote of an earlier post goes with its attribution inside it; the reply under it stays', () => {
		const { text, removed } = texts([OPENING, '', '> ::: quote-title', '> gardener0 said:', '> :::', '>', `> ${OPENING}`, '', ANSWER, ''].join('\n'));
		assert.strictEqual(text.split(OPENING).length - 1, 1, 'the opening post is printed twice');
		assert.ok(!text.includes('said:'), 'kept the attribution');
		assert.ok(text.includes(ANSWER), 'lost the reply');
		assert.deepStrictEqual(removed, ['repeated-quote']);
	});

	test('a part of a post, quoted across a line break, is a repeat; the attribution line before the quote goes with it', () => {
		const part = 'the nails work loose over a few\nwinters and water runs in under the felt along the top';
		const dump = [ANSWER, '', '::: quote', '::: title', 'gardener1:', ':::', '', `> ${part.replace('\n', '\n> ')}`, ':::', '', THANKS, ''].join('\n');
		const { text, removed } = texts(dump);
		assert.ok(!text.includes('gardener1:'), 'kept the attribution line');
		assert.strictEqual(text.split('winters and water').length - 1, 1, 'kept the quote');
		assert.ok(text.includes(THANKS));
		assert.deepStrictEqual(removed, ['repeated-quote', 'repeated-quote']);
	});

	test('a quote of something not on the page stays, and so does a quote that comes before what it repeats', () => {
		const outside = texts([OPENING, '', '> Quote from: the parish newsletter', '>', `> ${NEWS}`, '', ANSWER, ''].join('\n'));
		assert.ok(outside.text.includes(NEWS) && outside.text.includes('Quote from'), 'lost a quote of something else');
		assert.deepStrictEqual(outside.removed, []);
		const before = texts([`> ${ANSWER}`, '', ANSWER, ''].join('\n'));
		assert.strictEqual(before.text.split(ANSWER).length - 1, 2, 'a quote before its source is the first copy');
	});

	test('a quote that adds as much again of its own stays', () => {
		const { text } = texts([ANSWER, '', `> ${ANSWER}`, '>', `> ${NEWS}`, ''].join('\n'));
		assert.ok(text.includes(NEWS), 'lost the quote');
	});

	test('a thread drops the repeated quote and keeps every post', () => {
		const doc = parseDump(quotingThread(OPENING));
		const article = extractArticle(doc);
		const text = renderText(article, doc);
		assert.strictEqual(article.metadata.pageType?.value, 'forum');
		for (const m of [OPENING, ANSWER, THANKS]) assert.ok(text.includes(m), `lost ${m.slice(0, 30)}`);
		assert.strictEqual(text.split(OPENING).length - 1, 1, 'the opening post is printed twice');
		assert.ok(!text.includes('said:'), 'kept the attribution');
		assert.ok(article.removed.some((r) => r.step === 'repeated-quote'));
	});

	test('post chrome inside a block quote goes; the quote\'s own words and unpruned containers stay', () => {
		const dump = [`> ${NEWS}`, '>', '> ::: {.cite}', '> from the parish newsletter', '> :::', '', '> ::: signaturecontainer', '> Fernhill allotments, plot 12', '> :::', '', ANSWER, ''].join('\n');
		const blocks = parseDump(dump).blocks;
		const pruned = new Map<unknown, string>();
		const sig = blocks[1].kind === 'blockquote' ? blocks[1].children[0] : undefined;
		assert.ok(sig && sig.kind === 'div', 'fixture: the signature is a container inside the second quote');
		pruned.set(sig, 'post-chrome');
		const removed: Parameters<typeof dropQuotedChrome>[2] = [];
		const text = dropQuotedChrome(blocks, pruned as Map<never, string>, removed).map((b) => collapse(blockText(b))).join('\n');
		assert.ok(!text.includes('plot 12'), 'kept the signature');
		assert.ok(text.includes(NEWS) && text.includes('parish newsletter') && text.includes(ANSWER), 'lost a quote or the reply');
		assert.deepStrictEqual(removed.map((r) => r.step), ['post-chrome']);
	});

	test('a thread drops a signature written as a block quote under each post', () => {
		const post = (i: number, body: string): string[] => [`::: {.post .reply-${i}}`, `#### [gardener${i}](/members/${i})`, '', body, '', '> ::: signaturecontainer', `> Plot ${i + 10}, Fernhill allotments, since 1998`, '> :::', ':::', ''];
		const doc = parseDump(['# Shed roof leaking at the ridge', '', ...post(0, OPENING), ...post(1, ANSWER), ...post(2, THANKS)].join('\n'));
		const article = extractArticle(doc);
		const text = renderText(article, doc);
		assert.strictEqual(article.metadata.pageType?.value, 'forum');
		for (const m of [OPENING, ANSWER, THANKS]) assert.ok(text.includes(m), `lost ${m.slice(0, 30)}`);
		assert.ok(!text.includes('Fernhill allotments'), 'kept a signature');
	});
});
