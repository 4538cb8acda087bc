// Article body extraction: region choice, cleaning, removal records, robustness, and the seeds' property checks.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDump } from '../../src/core/dump/parseDump';
import { explainExtraction, extractArticle } from '../../src/core/extract/extractArticle';
import { dumpLines as joinLines } from '../util/joinLines';
import { extractedText as bodyOf } from '../util/extractedText';


const PROSE = [
	'The council met on Tuesday evening to discuss the new harbour plan, which has divided the town for months.',
	'Supporters say the plan brings jobs, visitors and money; opponents fear noise, traffic and higher rents.',
	'After three hours of debate, the members voted to delay the decision until an independent study is done.',
	'The study, expected in the spring, will look at traffic, housing and the effect on the fishing fleet.',
];

/** A page with navigation, an article body, a share widget, related links and a footer. */
function newsPage(): string {
	return joinLines(
		'::: {.site-nav role="navigation"}',
		'-   [Home](/)',
		'-   [News](/news/)',
		'-   [Sport](/sport/)',
		':::',
		'',
		'::: {.main-column}',
		'# Harbour plan vote delayed {.headline}',
		'',
		'::: {.article-body}',
		...PROSE.flatMap((p) => [p, '']),
		'::: {.share-buttons}',
		'[Share on Facebook](https://facebook.example/share) [Tweet](https://twitter.example/t)',
		':::',
		':::',
		'',
		'::: {.related-stories}',
		'## Related',
		'',
		'-   [Harbour dredging starts](/a)',
		'-   [Ferry timetable changes](/b)',
		':::',
		':::',
		'',
		'::: {.site-footer}',
		'© 2024 Example News. All rights reserved.',
		':::',
	);
}

suite('Article extraction', () => {
	test('keeps the article paragraphs and drops navigation, share, related and footer', () => {
		const body = bodyOf(newsPage());
		for (const p of PROSE) assert.ok(body.includes(p), `missing: ${p}`);
		for (const chrome of ['Home', 'Share on Facebook', 'Related', 'dredging', '©', 'Harbour plan vote delayed']) {
			assert.ok(!body.includes(chrome), `kept: ${chrome}`);
		}
	});

	test('records every removed region with its step and signal', () => {
		const doc = parseDump(newsPage());
		const article = extractArticle(doc);
		assert.ok(article.region, 'a region was chosen');
		assert.ok(doc.text.slice(article.region.start, article.region.end).startsWith('::: {.article-body}'));
		const steps = new Set(article.removed.map((r) => r.step));
		assert.ok(steps.has('outside-article'), [...steps].join());
		assert.ok(article.removed.some((r) => r.step === 'share' && r.signal.includes('share-buttons')));
		for (const r of article.removed) assert.ok(r.range.start < r.range.end && r.range.end <= doc.text.length);
	});

	test('keeps no container blocks: divs are flattened away', () => {
		const article = extractArticle(parseDump(newsPage()));
		assert.ok(article.blocks.every((b) => b.kind !== 'div' && b.kind !== 'htmlDiv'));
	});

	test('hidden containers never reach the body', () => {
		const dump = joinLines('::: {.entry-content}', ...PROSE.flatMap((p) => [p, '']), '::: {style="display: none"}', 'Secret promo text that was never visible on the page at all.', ':::', ':::');
		const body = bodyOf(dump);
		assert.ok(!body.includes('Secret promo'));
		assert.ok(body.includes(PROSE[3]));
	});

	test('a body split around an ad into same-class parts is kept whole', () => {
		const dump = joinLines(
			'::: {#main}',
			'::: {.story-body .part-1}',
			PROSE[0],
			'',
			PROSE[1],
			':::',
			'',
			'::: {.ad-slot}',
			'Advertisement',
			':::',
			'',
			'::: {.story-body .part-2}',
			PROSE[2],
			'',
			PROSE[3],
			':::',
			':::',
		);
		const body = bodyOf(dump);
		for (const p of PROSE) assert.ok(body.includes(p), `missing: ${p}`);
		assert.ok(!body.includes('Advertisement'));
	});

	test('a platform profile picks the first message body of a community page', () => {
		const dump = joinLines(
			'::: {.lia-quilt-row-header}',
			'Community Hubs and more navigation',
			':::',
			'',
			'::: lia-message-body-content',
			...PROSE.slice(0, 2).flatMap((p) => [p, '']),
			':::',
			'',
			'::: lia-message-body-content',
			'A reply that is long enough to be a paragraph but is not the article itself, surely.',
			':::',
		);
		const body = bodyOf(dump);
		assert.ok(body.startsWith(PROSE[0]), body);
		assert.ok(!body.includes('A reply'));
		assert.strictEqual(explainExtraction(parseDump(dump)).profile, 'khoros');
	});

	test('empty and non-dump input gives an empty article, never an exception', () => {
		for (const input of ['', '\n\n', ':::\n:::\n', '::: {', '\u0000\u0001binary\uFFFD', '[](x)']) {
			const a = extractArticle(parseDump(input));
			assert.strictEqual(a.empty, true, JSON.stringify(input));
			assert.deepStrictEqual(a.blocks, []);
		}
	});

	test('hostile nesting does not break extraction', () => {
		const deep = ':::: {.a}\n'.repeat(2000) + PROSE.join('\n\n') + '\n' + '::::\n'.repeat(2000);
		const a = extractArticle(parseDump(deep));
		assert.strictEqual(a.empty, false);
	});

	test('explanations list scored candidates', () => {
		const e = explainExtraction(parseDump(newsPage()));
		assert.ok(e.candidates.length > 0);
		assert.ok(e.candidates[0].words.includes('article-body'), e.candidates[0].words);
	});
});

suite('Seeds', () => {
	const seeds = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'seeds');
	const expectedDir = path.join(seeds, 'expected');
	const names = fs.existsSync(expectedDir) ? fs.readdirSync(expectedDir).filter((f) => f.endsWith('.json')) : [];
	if (names.length === 0) {
		test('seeds are not available here: skipped', () => undefined);
	}
	for (const name of names) {
		const base = name.replace(/\.json$/, '');
		test(`seed ${base}: body starts, ends and contains what it should`, function () {
			const dumpFile = path.join(seeds, `${base}.txt`);
			if (!fs.existsSync(dumpFile)) this.skip();
			const exp = JSON.parse(fs.readFileSync(path.join(expectedDir, name), 'utf8')) as Record<string, unknown>;
			const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();
			const body = norm(bodyOf(fs.readFileSync(dumpFile, 'utf8')));
			if (typeof exp.bodyStartsWith === 'string') assert.ok(body.startsWith(norm(exp.bodyStartsWith)), body.slice(0, 100));
			if (typeof exp.bodyEndsWith === 'string') assert.ok(body.endsWith(norm(exp.bodyEndsWith)), body.slice(-100));
			for (const s of (exp.bodyMustContain as string[] | undefined) ?? []) assert.ok(body.includes(norm(s)), `lacks ${s}`);
			for (const s of (exp.bodyMustNotContain as string[] | undefined) ?? []) assert.ok(!body.includes(norm(s)), `has ${s}`);
		});
	}
});
