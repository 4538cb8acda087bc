// Page kinds of articles: prose under a publication date is an article though code surrounds it; one long block of a page builder is no thread.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { pageSignals } from '../../src/core/extract/kinds/signals';
import { dumpLines as joinLines } from '../util/joinLines';

const PROSE = [
	'Our build pipeline spent most of its time waiting on the network, so we moved the package cache onto the runners and measured again for a week, with the same jobs and the same machines.',
	'The first change was small: the cache key now names the lock file and the runtime version, so a new branch reuses the cache of its base instead of filling a fresh one from the registry.',
	'The second change took longer. Jobs that only lint or type-check no longer install the whole tree; they install the tools they need, which cut their time by more than half on a cold runner.',
	'What we did not expect was the effect on flaky tests: with fewer downloads, fewer jobs timed out, and the retry button went from a daily habit to something we press about once a week.',
];
const CODE = ['```', 'cache:', '  key: lock-${{ hashFiles(\'package-lock.json\') }}-node20', '  paths: [~/.npm]', '```'];

/** A blog post with three code samples, with or without its byline and date under the headline. */
function post(dated: boolean): string {
	return joinLines(
		'::: {.post}',
		'# Faster builds with a warm package cache',
		'',
		...(dated ? ['[By Mara Lindqvist]{.byline} · [March 4, 2025]{.date}', ''] : []),
		PROSE[0],
		'',
		...CODE,
		'',
		PROSE[1],
		'',
		...CODE.map((l) => l.replace('node20', 'node22')),
		'',
		PROSE[2],
		'',
		...CODE.map((l) => l.replace('npm', 'cache')),
		'',
		PROSE[3],
		':::',
	);
}

function kindOf(dump: string): unknown {
	return extractArticle(parseDump(dump)).metadata.pageType?.value;
}

suite('Page kinds: a dated article', () => {
	test('a post with code samples is documentation without a date, an article with its byline and date', () => {
		assert.strictEqual(kindOf(post(false)), 'documentation');
		const dated = extractArticle(parseDump(post(true)));
		assert.strictEqual(dated.metadata.pageType?.value, 'article');
		assert.match(dated.metadata.pageType?.rule ?? '', /dated/);
		assert.strictEqual(dated.metadata.published?.value, '2025-03-04');
	});
});

suite('Page kinds: one long block is no thread', () => {
	/** A page builder's sections, each wrapping a block whose class names a message, a topic or a reply form. */
	function builderPage(bodyParagraphs: readonly string[], asides: readonly string[]): string {
		const section = (inner: string, ...lines: string[]): string[] => ['::: {.section}', `::: {.${inner}}`, ...lines, ':::', ':::', ''];
		return joinLines(
			...section('topic-label', 'Engineering notes from the platform team, published for anyone who runs builds.'),
			...section('message-body', '# Faster builds with a warm package cache', '', ...bodyParagraphs.flatMap((p) => [p, ''])),
			...asides.flatMap((a) => section('comment-respond', a)),
		);
	}

	test('an article in one of a page builder\'s sections is an article, though the sections read as posts', () => {
		const dump = builderPage(PROSE, ['Leave a reply: your email address will not be published, and required fields are marked.']);
		const index = new BlockIndex(parseDump(dump));
		const signals = pageSignals(index);
		assert.strictEqual(signals.posts?.items.length, 3, 'the sections are a group of post-like blocks');
		const article = extractArticle(parseDump(dump));
		assert.strictEqual(article.metadata.pageType?.value, 'article');
	});

	test('blocks of like length are still a thread', () => {
		const replies = PROSE.map((p, i) => `Reply ${i + 1}: ${p}`);
		const dump = builderPage(PROSE.slice(0, 1), replies);
		assert.strictEqual(extractArticle(parseDump(dump)).metadata.pageType?.value, 'forum');
	});
});

suite('Page kinds: a shop\'s blog post', () => {
	/** A page of a Shopify theme (its sections are `shopify-section`): the post's prose, with or without a buy box. */
	function shopPage(buyBox: boolean): string {
		return joinLines(
			'::: {.shopify-section .header}',
			'[Home](/) [Shop](/collections/all) [Journal](/blogs/journal)',
			':::',
			'',
			'::: {.shopify-section .main}',
			'# Faster builds with a warm package cache',
			'',
			...(buyBox ? ['\\$24.00', '', 'Add to cart', ''] : []),
			...[...PROSE, PROSE[0].replace('network', 'registry')].flatMap((p) => [p, '']),
			':::',
		);
	}

	test('a shop platform\'s page of prose without cart words is an article; with a buy box, a product', () => {
		assert.strictEqual(kindOf(shopPage(false)), 'article');
		assert.strictEqual(kindOf(shopPage(true)), 'product');
	});
});

suite('Page kinds: links to titles make no listing', () => {
	test('a short post followed by a list of linked titles is an article', () => {
		const titles = Array.from({ length: 10 }, (_, i) => `-   [Further reading number ${i + 1} on build caches](/reading/${i + 1})`);
		assert.strictEqual(kindOf(joinLines('# Faster builds', '', PROSE[0], '', PROSE[1], '', ...titles)), 'article');
	});
});
