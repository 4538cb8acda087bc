// The WCXB eval's scorer: the benchmark's word-bag F1, snippet rates, metadata matching and the fixed held-out part.
import * as assert from 'node:assert/strict';
import { authorMatches, dateMatches, failureMode, formatWcxbTables, isHoldout, isWrong, kindRuleOf, scorePage, siteHalf, siteOf, siteWeightedF1, snippetRate, titleMatches, wordScores, wordTokens } from '../../scripts/eval/wcxb';

suite('WCXB scorer', () => {
	test('tokens are lower-cased Unicode word runs', () => {
		assert.deepEqual(wordTokens('Hello, Wörld_1 — 東京 it\'s'), ['hello', 'wörld_1', '東京', 'it', 's']);
	});

	test('word bags: overlap counts each token at most as often as the truth has it', () => {
		const s = wordScores('a b b c', 'b b b d');
		assert.equal(s.precision, 2 / 4);
		assert.equal(s.recall, 2 / 4);
		assert.equal(s.f1, 0.5);
	});

	test('an empty prediction scores 0, or 1 when the truth is empty too', () => {
		assert.equal(wordScores('some words', '').f1, 0);
		assert.equal(wordScores('', '').f1, 1);
		assert.equal(wordScores('', 'extra').f1, 0);
	});

	test('snippets are found case-insensitively with white space folded', () => {
		assert.equal(snippetRate(['Hello  World', 'absent'], 'say hello\nworld now'), 0.5);
		assert.equal(snippetRate(null, 'x'), undefined);
	});

	test('metadata matching: titles folded, authors by name words in order, dates by day', () => {
		assert.ok(titleMatches('What is  Cloud Computing?', 'what is cloud computing?'));
		assert.ok(!titleMatches('What is Cloud Computing?', 'What is Cloud Computing? | Google Cloud'));
		assert.ok(authorMatches('Dylan Bailey, MS, RD, FAND', 'By Dylan Bailey'));
		assert.ok(!authorMatches('Dylan Bailey', 'Bailey Dylan'));
		assert.ok(!authorMatches('Korin Miller', 'Admin'));
		assert.ok(dateMatches('2025-01-29', '2025-01-29T10:00:00Z'));
		assert.ok(!dateMatches('2025-01-29', '2025-01-30'));
	});

	test('a value reported where the truth has none is spurious, not right', () => {
		const page = scorePage('0001', { url: 'u', page_type: 'forum', title: 'T', author: null, publish_date: '2024-05-01', with: ['post one'], without: ['Reply'] }, 'post one text', {
			text: 'Post one text Reply',
			title: 'T',
			author: 'someone',
			ms: 1,
		});
		// The reported value and the truth are kept for `eval --misses` (SPUR, WRNG, NONE lines).
		assert.deepEqual(page.author, { truth: false, right: false, spurious: true, actual: 'someone' });
		assert.deepEqual(page.date, { truth: true, right: false, spurious: false, expected: '2024-05-01', actual: undefined });
		assert.ok(page.title.right);
		assert.equal(page.withRate, 1);
		assert.equal(page.withoutRate, 1);
	});

	test('a page record keeps the detection rule that named its kind, read from pageType without its prefix', () => {
		assert.equal(kindRuleOf({ value: 'service', rule: 'kind:headed sections 9', confidence: 0.6 }), 'headed sections 9');
		assert.equal(kindRuleOf({ value: 'article' }), undefined);
		assert.equal(kindRuleOf(undefined), undefined);
		const meta = { url: 'u', page_type: 'collection', title: null, author: null, publish_date: null, with: null, without: null };
		const page = scorePage('0001', meta, 'a', { text: 'a', pageType: 'service', kindRule: 'company voice', ms: 1 });
		assert.equal(page.detected, 'service');
		assert.equal(page.kindRule, 'company voice');
	});

	test('the tables say how often the detected page kind is the annotated one, and what each kind was taken for', () => {
		const meta = (kind: string) => ({ url: 'u', page_type: kind, title: null, author: null, publish_date: null, with: null, without: null });
		const pages = [
			scorePage('0001', meta('forum'), 'a', { text: 'a', pageType: 'forum', ms: 1 }),
			scorePage('0002', meta('forum'), 'a', { text: 'a', pageType: 'article', ms: 1 }),
			scorePage('0003', meta('product'), 'a', { text: 'a', pageType: 'product', ms: 1 }),
			scorePage('0004', meta('product'), 'a', { text: 'a', ms: 1 }),
		];
		const out = formatWcxbTables('part', pages);
		assert.match(out, /page kind\s+0\.667 \(2\/3\) detected as annotated/);
		assert.match(out, /\n\s+forum\s+(forum 1, article 1|article 1, forum 1)\n/);
		assert.match(out, /\n\s+product\s+product 1\n/);
	});

	test('the site-weighted F1 counts each site once, however many pages it gives', () => {
		const meta = (url: string) => ({ url, page_type: 'product', title: null, author: null, publish_date: null, with: null, without: null });
		assert.equal(siteOf('https://www.shop.example/p/1'), 'shop.example');
		assert.equal(siteOf('not a url'), 'not a url');
		const pages = [
			scorePage('0001', meta('https://www.shop.example/p/1'), 'a b', { text: 'a b', ms: 1 }),
			scorePage('0002', meta('https://shop.example/p/2'), 'a b', { text: 'a b', ms: 1 }),
			scorePage('0003', meta('https://shop.example/p/3'), 'a b', { text: 'a b', ms: 1 }),
			scorePage('0004', meta('https://other.example/x'), 'a b', { text: 'c d', ms: 1 }),
		];
		assert.deepEqual(siteWeightedF1(pages), { f1: 0.5, sites: 2 });
		assert.match(formatWcxbTables('part', pages), /F1, each site once: all 0\.500 \(2\),.* product 0\.500 \(2\)/);
	});

	test('the tuning sites fall in two fixed halves, each with its own line', () => {
		const meta = (url: string) => ({ url, page_type: 'forum', title: null, author: null, publish_date: null, with: null, without: null });
		const hosts = Array.from({ length: 200 }, (_, i) => `site${i}.example`);
		const a = hosts.filter((h) => siteHalf(h) === 'A').length;
		assert.ok(a > 70 && a < 130, `half A holds ${a} of 200 sites`);
		const hostA = hosts.find((h) => siteHalf(h) === 'A')!;
		const hostB = hosts.find((h) => siteHalf(h) === 'B')!;
		const pages = [
			scorePage('0001', meta(`https://www.${hostA}/t/1`), 'a b', { text: 'a b', ms: 1 }),
			scorePage('0002', meta(`https://${hostA}/t/2`), 'a b', { text: 'a b', ms: 1 }),
			scorePage('0003', meta(`https://${hostB}/t/3`), 'a b', { text: 'c d', ms: 1 }),
		];
		assert.doesNotMatch(formatWcxbTables('held-out', pages), /sites of half/);
		const out = formatWcxbTables('part', pages, true);
		assert.match(out, /F1, sites of half A \(studied\): all 1\.000 \(2\),.* forum 1\.000 \(2\)/);
		assert.match(out, /F1, sites of half B \(measured only\): all 0\.000 \(1\),.* forum 0\.000 \(1\)/);
	});

	test('the held-out table splits its pages by whether their site also gives tuning pages', () => {
		const meta = (url: string, kind: string) => ({ url, page_type: kind, title: null, author: null, publish_date: null, with: null, without: null });
		const pages = [
			scorePage('0001', meta('https://known.example/p/1', 'product'), 'a b', { text: 'a b', ms: 1 }),
			scorePage('0002', meta('https://www.known.example/p/2', 'product'), 'a b', { text: 'a', ms: 1 }),
			scorePage('0003', meta('https://new.example/c', 'collection'), 'a b', { text: 'c d', ms: 1 }),
		];
		assert.doesNotMatch(formatWcxbTables('held-out', pages), /sites also in the tuning part/);
		const out = formatWcxbTables('held-out', pages, false, new Set(['known.example']));
		assert.match(out, /F1, sites also in the tuning part: all 0\.833 \(2\),.* collection {3}- {3}\(0\), product 0\.833 \(2\)/);
		assert.match(out, /F1, sites only here: all 0\.000 \(1\),.* collection 0\.000 \(1\), product {3}- {3}\(0\)/);
		assert.doesNotMatch(out, /those sites' tuning pages/);
		const tune = [
			scorePage('0010', meta('https://known.example/p/3', 'product'), 'a b c d', { text: 'a b', ms: 1 }),
			scorePage('0011', meta('https://known.example/c/1', 'collection'), 'a b', { text: 'x', ms: 1 }),
			scorePage('0012', meta('https://other.example/p/1', 'product'), 'a b', { text: 'x', ms: 1 }),
		];
		const withTune = formatWcxbTables('held-out', pages, false, new Set(['known.example', 'other.example']), tune);
		assert.match(withTune, /F1, those sites' tuning pages of the same kind: all 0\.667 \(1\),.* collection {3}- {3}\(0\), product 0\.667 \(1\)/);
	});

	test('failed pages are counted per kind by how they failed: nothing right, the wrong region, too much or too little', () => {
		assert.equal(failureMode({ f1: 0.5, precision: 0.5, recall: 0.5 }), undefined);
		assert.equal(failureMode({ f1: 0, precision: 0, recall: 0 }), 'nothing');
		assert.equal(failureMode({ f1: 0.3, precision: 0.3, recall: 0.3 }), 'wrong region');
		assert.equal(failureMode({ f1: 0.4, precision: 0.25, recall: 0.9 }), 'too much');
		assert.equal(failureMode({ f1: 0.4, precision: 0.9, recall: 0.25 }), 'too little');
		const meta = (kind: string) => ({ url: 'u', page_type: kind, title: null, author: null, publish_date: null, with: null, without: null });
		const truth = 'one two three four';
		const pages = [
			scorePage('0001', meta('product'), truth, { text: truth, ms: 1 }),
			scorePage('0002', meta('product'), truth, { text: `${truth} ${'menu '.repeat(20)}`, ms: 1 }),
			scorePage('0003', meta('product'), truth, { text: '', ms: 1 }),
			scorePage('0004', meta('collection'), truth, { text: 'one', ms: 1 }),
			scorePage('0005', meta('forum'), truth, { text: truth, ms: 1 }),
		];
		const out = formatWcxbTables('part', pages);
		assert.match(out, /failed pages \(F1 < 0\.5\): 3 of 5; per kind: failed of pages \(nothing, wrong region, too much, too little\)/);
		assert.match(out, /\n\s+collection\s+1 of 1\s+\(0, 0, 0, 1\)/);
		assert.match(out, /\n\s+product\s+2 of 3\s+\(1, 0, 1, 0\)/);
		assert.doesNotMatch(out, /\n\s+forum\s+\d+ of/);
	});

	test('values reported where the truth has none are counted per kind, for author and published', () => {
		const meta = (kind: string, author: string | null) => ({ url: 'u', page_type: kind, title: null, author, publish_date: null, with: null, without: null });
		const pages = [
			scorePage('0001', meta('product', null), 'a', { text: 'a', author: 'Maker Co', ms: 1 }),
			scorePage('0002', meta('product', null), 'a', { text: 'a', ms: 1 }),
			scorePage('0003', meta('article', 'Jane Roe'), 'a', { text: 'a', author: 'Jane Roe', ms: 1 }),
			scorePage('0004', meta('forum', null), 'a', { text: 'a', published: '2024-03-01', ms: 1 }),
		];
		const out = formatWcxbTables('part', pages);
		assert.match(out, /\n {2}author where none, per kind: +forum 0\/1, product 1\/2\n/);
		assert.match(out, /\n {2}published where none, per kind: +article 0\/1, forum 1\/1, product 0\/2\n/);
	});

	test('metadata is scored per half of the sites too: right, and reported where the truth has none', () => {
		const hosts = Array.from({ length: 200 }, (_, i) => `site${i}.example`);
		const hostA = hosts.find((h) => siteHalf(h) === 'A')!;
		const hostB = hosts.find((h) => siteHalf(h) === 'B')!;
		const meta = (host: string, author: string | null) => ({ url: `https://${host}/p`, page_type: 'article', title: 'A title', author, publish_date: null, with: null, without: null });
		const pages = [
			scorePage('0001', meta(hostA, 'Jane Roe'), 'a', { text: 'a', title: 'A title', author: 'Jane Roe', ms: 1 }),
			scorePage('0002', meta(hostA, null), 'a', { text: 'a', title: 'Other', author: 'John Doe', ms: 1 }),
			scorePage('0003', meta(hostB, null), 'a', { text: 'a', title: 'A title', ms: 1 }),
		];
		assert.doesNotMatch(formatWcxbTables('held-out', pages), /author A/);
		const out = formatWcxbTables('part', pages, true);
		assert.match(out, /\n\s+title A\s+0\.500 \(1\/2\)/);
		assert.match(out, /\n\s+author A\s+1\.000 \(1\/1\)\s+1\.000 \(1\/1\)/);
		assert.match(out, /\n\s+title B\s+1\.000 \(1\/1\)/);
		assert.match(out, /\n\s+author B\s+ - \s+\(0\/0\)\s+0\.000 \(0\/1\)/);
	});

	test('wrong values (truth present, another value reported) are counted per field, per kind and per half', () => {
		assert.equal(isWrong({ truth: true, right: false, actual: 'Other' }), true);
		assert.equal(isWrong({ truth: true, right: false, actual: '  ' }), false, 'a blank value is missing, not wrong');
		assert.equal(isWrong({ truth: true, right: false }), false);
		assert.equal(isWrong({ truth: true, right: true, actual: 'A title' }), false);
		assert.equal(isWrong({ truth: false, right: false, actual: 'Spurious' }), false, 'where the truth has none it is spurious, not wrong');
		const hosts = Array.from({ length: 200 }, (_, i) => `site${i}.example`);
		const hostA = hosts.find((h) => siteHalf(h) === 'A')!;
		const hostB = hosts.find((h) => siteHalf(h) === 'B')!;
		const meta = (host: string, kind: string, author: string | null, date: string | null) => ({ url: `https://${host}/p`, page_type: kind, title: 'A title', author, publish_date: date, with: null, without: null });
		const pages = [
			scorePage('0001', meta(hostA, 'article', 'Jane Roe', '2024-03-01'), 'a', { text: 'a', title: 'A title', author: 'John Doe', published: '2023-01-01', ms: 1 }),
			scorePage('0002', meta(hostA, 'article', 'Jane Roe', '2024-03-01'), 'a', { text: 'a', title: 'Other', author: 'Jane Roe', ms: 1 }),
			scorePage('0003', meta(hostB, 'forum', null, '2024-03-01'), 'a', { text: 'a', title: 'Else', author: 'Spur Ious', published: '2020-05-05', ms: 1 }),
			scorePage('0004', meta(hostB, 'forum', 'Jane Roe', null), 'a', { text: 'a', ms: 1 }),
		];
		const out = formatWcxbTables('part', pages, true);
		assert.match(out, /\n {2}title +0\.250 \(1\/4\) +- +\(0\/0\) {2}wrong 2\n/);
		assert.match(out, /\n {2}author +0\.333 \(1\/3\) +1\.000 \(1\/1\) {2}wrong 1\n/);
		assert.match(out, /\n {2}published +0\.000 \(0\/3\) +0\.000 \(0\/1\) {2}wrong 2\n/);
		assert.match(out, /\n {2}title wrong, per kind: +article 1\/2, forum 1\/2\n/);
		assert.match(out, /\n {2}author wrong, per kind: +article 1\/2, forum 0\/1\n/);
		assert.match(out, /\n {2}published wrong, per kind: +article 1\/2, forum 1\/1\n/);
		assert.match(out, /\n {2}title A +0\.500 \(1\/2\) +- +\(0\/0\) {2}wrong 1\n/);
		assert.match(out, /\n {2}published B +0\.000 \(0\/1\) +0\.000 \(0\/1\) {2}wrong 1\n/);
		assert.match(out, /\n {2}author B +0\.000 \(0\/1\) +1\.000 \(1\/1\) {2}wrong 0\n/);
	});

	test('the held-out part is a fixed fifth of the ids', () => {
		const ids = Array.from({ length: 1000 }, (_, i) => String(i + 1).padStart(4, '0'));
		const held = ids.filter(isHoldout).length;
		assert.ok(held > 150 && held < 250, `held out ${held} of 1000`);
		assert.equal(isHoldout('0001'), isHoldout('0001'));
	});
});
