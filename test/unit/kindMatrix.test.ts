// The eval's kind matrix: every strategy forced on every tuning page, the held-out part skipped, the oracle per page.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { formatKindMatrix, runKindMatrix } from '../../scripts/eval/kindMatrix';
import { isHoldout, PAGE_KINDS, type WcxbPrediction } from '../../scripts/eval/wcxb';

/** A folder laid out as the corpus: index.tsv, dumps/ and truth/. */
function corpus(pages: readonly [id: string, kind: string, truth: string][]): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kind-matrix-'));
	fs.mkdirSync(path.join(dir, 'dumps'));
	fs.mkdirSync(path.join(dir, 'truth'));
	fs.mkdirSync(path.join(dir, 'meta'));
	fs.writeFileSync(path.join(dir, 'index.tsv'), ['id\tpage_type', ...pages.map(([id, kind]) => `${id}\t${kind}`)].join('\n'));
	for (const [id, kind, truth] of pages) {
		fs.writeFileSync(path.join(dir, 'dumps', `${id}.txt`), `dump ${id}`);
		fs.writeFileSync(path.join(dir, 'truth', `${id}.txt`), truth);
		fs.writeFileSync(path.join(dir, 'meta', `${id}.json`), JSON.stringify({ url: `https://site-${id}.example/page`, page_type: kind }));
	}
	return dir;
}

suite('Kind matrix', () => {
	test('each page is read as detected and under every kind; held-out pages are never read', () => {
		const ids = ['0001', '0002', '0003', '0004', '0005', '0006', '0007', '0008'];
		const held = ids.filter(isHoldout);
		const tune = ids.filter((id) => !isHoldout(id)).slice(0, 2);
		assert.ok(held.length > 0 && tune.length === 2, 'the fixture needs a held-out id and two tuning ids');
		const dir = corpus([
			[tune[0], 'product', 'red kettle two litres'],
			[tune[1], 'article', 'the ferry runs hourly'],
			[held[0], 'product', 'never read'],
		]);
		const calls: string[] = [];
		// The detected read is the article pipeline's ("ferry" pages right, kettle pages wrong); forcing product reads the kettle.
		const product = (dump: string, kind?: string): WcxbPrediction => {
			calls.push(`${dump}:${kind ?? 'detected'}`);
			const kettle = dump.endsWith(tune[0]);
			const text = kind === 'product' ? (kettle ? 'red kettle two litres' : 'buy now') : kettle ? 'cookie banner' : 'the ferry runs hourly';
			return { text, pageType: kind ?? 'article', ms: 0 };
		};
		const pages = runKindMatrix(dir, product);
		assert.deepEqual(pages.map((p) => p.id), tune);
		assert.ok(!calls.some((c) => c.includes(held[0])), 'read a held-out page');
		assert.equal(calls.length, 2 * (1 + PAGE_KINDS.length));
		assert.equal(pages[0].asDetected, 0);
		assert.equal(pages[0].forced.product, 1);
		assert.equal(pages[1].forced.product, 0);
		assert.equal(pages[0].texts, undefined, 'texts are kept only when asked');
		const table = formatKindMatrix(pages);
		// Every column is 0.5 over both pages, yet the best read per page scores 1 on each: one page better by 0.05 or more.
		assert.match(table, /\n {2}all +2 +(0\.500 +){8}1\.000 +1\n/);
		assert.match(table, /\n {2}product +1 +(0\.000 +){7}1\.000 +1\.000 +1$/);
		assert.match(table, /\n {2}article +1 +(1\.000 +){7}0\.000 +1\.000 +0\n/);
	});

	test('a transform (EVAL_DECLASS) changes the dump every strategy reads, with the page\'s annotations at hand', () => {
		const id = ['0001', '0002', '0003', '0004'].find((i) => !isHoldout(i))!;
		const dir = corpus([[id, 'forum', 'first post second post']]);
		const seen = new Set<string>();
		const product = (dump: string, kind?: string): WcxbPrediction => {
			seen.add(dump);
			return { text: dump === `declassed ${id} of site-${id}.example` ? 'first post second post' : 'menu', pageType: kind ?? 'forum', ms: 0 };
		};
		const plain = runKindMatrix(dir, product);
		assert.equal(plain[0].asDetected, 0);
		seen.clear();
		const pages = runKindMatrix(dir, product, undefined, (dump, meta) => `declassed ${dump.slice(5)} of ${new URL(meta.url).host}`);
		assert.deepEqual([...seen], [`declassed ${id} of site-${id}.example`], 'every strategy reads the transformed dump');
		assert.equal(pages[0].asDetected, 1);
		assert.ok(Object.values(pages[0].forced).every((f) => f === 1));
	});
});
