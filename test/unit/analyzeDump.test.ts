// One analysis per text: parts computed once on first read, in any order, equal to running each core step on its own.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeDump, type AnalysisPart } from '../../src/core/index';
import { diagnose } from '../../src/core/diagnose/diagnose';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { dumpFolding } from '../../src/core/outline/folding';
import { documentLinks } from '../../src/core/outline/links';
import { buildOutline } from '../../src/core/outline/outline';
import { renderMarkdown } from '../../src/core/render/articleMarkdown';
import { applySiteRules, rulesForHost } from '../../src/core/review/siteRules';
import { LineIndex } from '../../src/core/text/lineIndex';

const PAGES = path.join(__dirname, '../../../test/fixtures/pages');
// A page of pier-notes.example with a placeholder link (PD103) inside its `.promo-box` block.
const PIER = fs.readFileSync(path.join(__dirname, '../../../test/integration/fixtures/workspace/site-rules/pier-notice.txt'), 'utf8');
const PROMO_OUT = { 'pier-notes.example': { exclude: ['div.promo-box'] } };
const NOW = new Date('2024-06-01T00:00:00Z');

function pageTexts(): { name: string; text: string }[] {
	return fs.readdirSync(PAGES).sort().map((name) => ({ name, text: fs.readFileSync(path.join(PAGES, name, 'source.txt'), 'utf8') }));
}

/** Each part computed by the core steps on their own, from a fresh parse per part. */
function separately(text: string) {
	const fresh = () => {
		const doc = parseDump(text);
		return { doc, article: extractArticle(doc) };
	};
	const a = fresh();
	const b = fresh();
	const c = fresh();
	const d = fresh();
	const e = fresh();
	return {
		outline: buildOutline(a.doc, a.article),
		folding: dumpFolding(b.doc, b.article, new LineIndex(text)),
		links: documentLinks(c.doc, c.article.metadata.url?.value),
		markdown: renderMarkdown(d.article, d.doc, { baseUrl: d.article.metadata.url?.value }),
		findings: diagnose(e.doc, e.article, { now: NOW }),
	};
}

suite('analyzeDump', () => {
	for (const { name, text } of pageTexts()) {
		test(`${name}: findings first, then the other parts, equal each core step run alone`, () => {
			const analysis = analyzeDump(text);
			// Findings first: diagnose freezes the model, and the parts read after it must still work.
			const findings = analysis.findings({ now: NOW });
			const expected = separately(text);
			assert.deepEqual(findings, expected.findings);
			assert.deepEqual(analysis.outline, expected.outline);
			assert.deepEqual(analysis.folding, expected.folding);
			assert.deepEqual(analysis.links, expected.links);
			assert.deepEqual(analysis.markdown, expected.markdown);
		});
	}

	test('each part is computed once and kept; findings once per distinct options', () => {
		const computed: AnalysisPart[] = [];
		const analysis = analyzeDump(pageTexts()[0].text, { onCompute: (part) => computed.push(part) });
		assert.deepEqual(computed, [], 'nothing before a part is read');
		const first = analysis.outline;
		assert.equal(analysis.outline, first);
		void analysis.folding;
		void analysis.links;
		void analysis.markdown;
		const f1 = analysis.findings({ now: NOW });
		assert.equal(analysis.findings({ now: NOW }), f1);
		const f2 = analysis.findings({ now: NOW, scope: 'page' });
		assert.notEqual(f2, f1);
		assert.equal(computed.filter((p) => p === 'document').length, 1, 'one parse');
		assert.equal(computed.filter((p) => p === 'article').length, 1, 'one extraction');
		assert.equal(computed.filter((p) => p === 'findings').length, 2, 'findings per options');
	});

	test('site rules are an option of the checks: a block they remove takes its findings along, as pagedump check does', () => {
		const computed: AnalysisPart[] = [];
		const analysis = analyzeDump(PIER, { onCompute: (part) => computed.push(part) });
		const plain = analysis.findings({ now: NOW });
		assert.deepEqual(plain.map((f) => f.code), ['PD103']);
		const ruled = analysis.findings({ now: NOW, sites: PROMO_OUT });
		assert.deepEqual(ruled, []);
		// Equal to diagnosing the article the rules leave, computed on its own.
		const doc = parseDump(PIER);
		assert.deepEqual(ruled, diagnose(doc, applySiteRules(doc, extractArticle(doc), rulesForHost(PROMO_OUT, 'pier-notes.example')), { now: NOW }));
		assert.equal(analysis.findings({ now: NOW, sites: PROMO_OUT }), ruled, 'kept for the same rules');
		// Rules of another host leave this page's findings as they were, from the cache.
		assert.equal(analysis.findings({ now: NOW, sites: { 'other.example': { exclude: ['div.story-body'] } } }), plain);
		// A changed rule for the host (the config file edited) is computed afresh.
		const other = analysis.findings({ now: NOW, sites: { 'pier-notes.example': { exclude: ['div.site-footer'] } } });
		assert.notEqual(other, plain);
		assert.deepEqual(other.map((f) => f.code), ['PD103']);
		assert.equal(computed.filter((p) => p === 'document').length, 1, 'one parse for all of them');
		assert.ok(!analysis.articleWith(PROMO_OUT).blocks.some((b) => PIER.slice(b.range.start, b.range.end).includes('newsletter')));
		assert.ok(!analysis.extractionWith(PROMO_OUT).rendered.markdown.includes('newsletter'));
		assert.ok(analysis.markdown.markdown.includes('newsletter'));
		assert.equal(analysis.extractionWith(undefined).rendered, analysis.markdown);
		assert.equal(analysis.outlineWith({}), analysis.outline);
	});

	test('a text that is not a dump still analyses without throwing', () => {
		const analysis = analyzeDump('just a note\n\nwith two paragraphs\n');
		assert.equal(typeof analysis.article.empty, 'boolean');
		assert.ok(Array.isArray(analysis.findings()));
		assert.ok(Array.isArray(analysis.outline));
	});
});
