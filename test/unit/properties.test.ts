import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { diagnose } from '../../src/core/diagnose/diagnose';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractArticle } from '../../src/core/extract/extractArticle';
import type { DumpDocument } from '../../src/core/model/dumpDocument';
import { buildOutline } from '../../src/core/outline/outline';
import { renderArticleHtml } from '../../src/core/render/articleHtml';
import { renderBlocksMarkdown, renderMarkdown } from '../../src/core/render/articleMarkdown';

// Bounded so the suite stays fast; raise locally (FC_RUNS=2000) when hunting a bug.
const RUNS = Number(process.env.FC_RUNS ?? 150);
const ROOT = path.resolve(__dirname, '../../..');

/** Lines a dump is made of, hostile ones included: pandoc's constructs, broken halves of them, scripts and handlers. */
const line = fc.oneof(
	fc.constantFrom(
		'::: {#main .article role="main"}', '::: lia-message-body-content', ':::', '::::', '::: {.a .b', '.c}', '::: {',
		'<div>', '<div class="x" onclick="alert(1)">', '</div>', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>',
		'# Title {#t .headline}', '## Sub', '###### deep', 'Setext', '=====', '-----', '* * *',
		'-   [Home](/)', '-   [](javascript:alert(1))', '1.  first', '(a) item', '    indented code', '> quote', '> > nested',
		'```', '```js', '~~~ {.python}', '``` {=html}',
		'+------+------+', '| a    | b    |', '+======+======+', '| x | y |', '|---|---|', '------- -------',
		'[link](https://example.com "t"){.c onclick="x()"}', '[x](javascript:alert(1))', '[x](JaVa\tScRiPt:alert(1))',
		'[x](data:text/html;base64,PHNjcmlwdD4=)', '![i](data:image/svg+xml;base64,AAAA)', '![cap](https://e.com/a.png){width=10}',
		'![x](vbscript:msgbox)', '[y](file:///etc/passwd)', '<javascript:alert(1)>', '<https://example.com>',
		'[span text]{.date datetime="2017-10-12"}', '[ July 2, 2018\n    ]{.date}', '\\', '\u00a0', '`code` and ``more``',
		'*em* **strong** ~~del~~ ^sup^ ~sub~ _a_b_', '[ref][lbl]', '[lbl]: https://ref.example/ "T"', '[^1]', '&amp; &#106;avascript: &bogus;',
		'%3CLINGO-SUB%20id%3D%22x%22%3ETitle%3C%2FLINGO-SUB%3E%3CLINGO-BODY%3E%3Cp%3Ebody%3C%2Fp%3E%3C%2FLINGO-BODY%3E' + 'a'.repeat(200),
		'', '', '',
	),
	fc.string({ maxLength: 60 }),
	fc.string({ unit: fc.constantFrom('[', ']', '(', ')', '{', '}', '!', '*', '_', '`', '<', '>', ':', '|', '+', '-', '\\', '#', '"', ' ', 'a', '\t'), maxLength: 40 }),
);

const lineEnd = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r');

/** A random dump: random lines joined by random line ends, maybe with a BOM or NULs. */
const randomDump = fc.tuple(fc.array(fc.tuple(line, lineEnd), { maxLength: 40 }), fc.boolean(), fc.boolean()).map(([ls, bom, nul]) => {
	const body = ls.map(([l, e]) => l + e).join('');
	return (bom ? '\ufeff' : '') + (nul ? body.replace(/a/g, '\u0000') : body);
});

function sampleTexts(): string[] {
	const files: string[] = [];
	const samples = path.join(ROOT, 'samples');
	if (fs.existsSync(samples)) for (const n of fs.readdirSync(samples)) if (n.endsWith('.txt')) files.push(path.join(samples, n));
	const corpus = path.join(ROOT, '../shared/corpus/readability');
	if (fs.existsSync(corpus)) for (const d of fs.readdirSync(corpus).slice(0, 20)) files.push(path.join(corpus, d, 'dump.txt'));
	return files.filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f, 'utf8'));
}

const SAMPLES = sampleTexts();

/** A slice of a real dump with edits: characters inserted and deleted, line ends changed. */
const mutatedDump = SAMPLES.length === 0 ? randomDump : fc
	.tuple(fc.nat({ max: SAMPLES.length - 1 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 100, max: 4000 }), fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat({ max: 4 }), fc.constantFrom('[', ']', '{', '}', ':::', '\n', '`', '|', '<', '\\', '\r', '\u0000', '\ud800', '*', '![')), { maxLength: 20 }), lineEnd)
	.map(([k, at, len, edits, eol]) => {
		const src = SAMPLES[k];
		const from = Math.floor(at * src.length);
		let s = src.slice(from, from + len);
		for (const [pos, del, ins] of edits) {
			const p = Math.floor(pos * s.length);
			s = s.slice(0, p) + ins + s.slice(p + del);
		}
		return eol === '\n' ? s : s.replace(/\n/g, eol);
	});

const anyDump = fc.oneof(randomDump, mutatedDump);

/** Every `{ start, end }` reachable from `value` lies inside a text of `length`. */
function assertRangesInside(value: unknown, length: number, what: string): void {
	const seen = new Set<object>();
	const visit = (v: unknown, at: string): void => {
		if (typeof v !== 'object' || v === null || seen.has(v)) return;
		seen.add(v);
		const o = v as Record<string, unknown>;
		if (typeof o.start === 'number' && typeof o.end === 'number') {
			assert.ok(o.start >= 0 && o.start <= o.end && o.end <= length, `${what}: range ${at} = ${o.start}..${o.end} outside 0..${length}`);
		}
		for (const key of Object.keys(o)) visit(o[key], `${at}.${key}`);
	};
	visit(value, '');
}

function pipeline(text: string): { doc: DumpDocument; article: ReturnType<typeof extractArticle> } {
	const doc = parseDump(text);
	return { doc, article: extractArticle(doc) };
}

// Schemes that must never reach an href or src; raster data: images are the one allowed data: URL.
const UNSAFE_URL_RE = /^(?:javascript|vbscript|file|data):/i;
const SAFE_DATA_IMAGE_RE = /^data:image\/(?:png|gif|jpeg|webp)[;,]/i;

function decodeAttribute(v: string): string {
	return v
		.replace(/&#(\d+);?/g, (_, d: string) => String.fromCodePoint(Math.min(Number(d), 0x10ffff)))
		.replace(/&#x([0-9a-f]+);?/gi, (_, h: string) => String.fromCodePoint(Math.min(parseInt(h, 16), 0x10ffff)))
		.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
		// Browsers ignore controls and blanks inside a scheme.
		.replace(/[\u0000-\u0020\u007f-\u00a0\u00ad\u200b-\u200f\u2028\u2029\ufeff]/g, '');
}

function assertSafeHtml(html: string): void {
	assert.doesNotMatch(html, /<script/i, 'script element');
	assert.doesNotMatch(html, /<[^>]*\son[a-z]+\s*=/i, 'event handler attribute');
	assert.doesNotMatch(html, /<(?:iframe|object|embed|form|base|meta|style|link)\b/i, 'active element');
	for (const m of html.matchAll(/\s(href|src|srcset|action|formaction|xlink:href)\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
		const url = decodeAttribute(m[3] ?? m[4] ?? m[5] ?? '');
		if (m[1].toLowerCase() === 'src' && SAFE_DATA_IMAGE_RE.test(url)) continue;
		assert.doesNotMatch(url, UNSAFE_URL_RE, `unsafe ${m[1]}: ${url}`);
	}
}

suite('properties: parser', () => {
	test('random and mutated dumps never throw, and every range lies inside the document', () => {
		fc.assert(fc.property(anyDump, (text) => {
			const doc = parseDump(text);
			assertRangesInside(doc.blocks, text.length, 'blocks');
			assertRangesInside(doc.problems, text.length, 'problems');
			assertRangesInside([...doc.definitions.values()], text.length, 'definitions');
		}), { numRuns: RUNS });
	});

	test('parsing is deterministic', () => {
		fc.assert(fc.property(anyDump, (text) => {
			assert.deepEqual(JSON.stringify(parseDump(text)), JSON.stringify(parseDump(text)));
		}), { numRuns: Math.ceil(RUNS / 3) });
	});
});

suite('properties: extractor, outline, diagnostics', () => {
	test('extraction never throws and its ranges lie inside the document', () => {
		fc.assert(fc.property(anyDump, (text) => {
			const { article } = pipeline(text);
			assertRangesInside(article, text.length, 'article');
		}), { numRuns: RUNS });
	});

	test('the outline never throws and its ranges lie inside the document', () => {
		fc.assert(fc.property(anyDump, (text) => {
			const { doc, article } = pipeline(text);
			assertRangesInside(buildOutline(doc, article), text.length, 'outline');
		}), { numRuns: RUNS });
	});

	test('diagnostics never throw, and findings, fixes and related locations lie inside the document', () => {
		fc.assert(fc.property(anyDump, (text) => {
			const { doc, article } = pipeline(text);
			const findings = diagnose(doc, article, { now: new Date('2024-01-01T00:00:00Z') });
			assertRangesInside(findings, text.length, 'findings');
		}), { numRuns: RUNS });
	});
});

suite('properties: renderers', () => {
	// The Markdown renderer's output is read back by our own (Pandoc) parser: the text must be a fixed point.
	test('the Markdown output parses back to the same blocks: rendering it again gives the same text', () => {
		fc.assert(fc.property(anyDump, (text) => {
			const doc = parseDump(text);
			const first = renderBlocksMarkdown(doc.blocks).markdown;
			const again = renderBlocksMarkdown(parseDump(first).blocks).markdown;
			assert.equal(again, first);
		}), { numRuns: RUNS });
	});

	test('the article Markdown parses back to the same blocks', () => {
		fc.assert(fc.property(anyDump, (text) => {
			const { doc, article } = pipeline(text);
			const first = renderMarkdown(article, doc).markdown;
			const reparsed = parseDump(first);
			assert.equal(renderBlocksMarkdown(reparsed.blocks).markdown, first);
		}), { numRuns: RUNS });
	});

	test('the HTML output never holds scripts, event handlers or unsafe URLs', () => {
		fc.assert(fc.property(anyDump, fc.constantFrom('all' as const, 'https' as const, 'none' as const), (text, images) => {
			const doc = parseDump(text);
			// The whole page, not only the article: every construct of the dump reaches the renderer.
			const page = renderBlocksMarkdown(doc.blocks);
			assertSafeHtml(renderArticleHtml(page, { images, dump: text }).html);
			const { article } = pipeline(text);
			assertSafeHtml(renderArticleHtml(renderMarkdown(article, doc), { images }).html);
		}), { numRuns: RUNS });
	});
});
