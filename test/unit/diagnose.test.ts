// Rule fixtures with inline markers (markdownlint style), clean fixtures, fix re-checks, options and hostile input.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractArticle } from '../../src/core/extract/extractArticle';
import type { Article } from '../../src/core/extract/article';
import { diagnose, type DiagnoseOptions } from '../../src/core/diagnose/diagnose';
import { applyEdits, combinedFixEdits, type Finding } from '../../src/core/diagnose/finding';
import { ruleDocsUrl } from '../../src/core/diagnose/rule';
import { RULES, findRule } from '../../src/core/diagnose/rules/index';
import { LineIndex } from '../../src/core/text/lineIndex';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/rules');
const DOCS = path.resolve(__dirname, '../../../docs/rules.md');

/** Fixtures check links on the whole page and require no metadata unless their header says otherwise. */
const BASE_OPTIONS: DiagnoseOptions = { scope: 'page', requiredMetadata: [], now: new Date('2024-06-01T00:00:00Z') };
/** A first line `<!-- diagnose: {json} -->` sets options; it is removed before diagnosing. */
const HEADER_RE = /^<!-- diagnose: (\{.*\}) -->\r?\n/;
/** Markers at the end of a line: `{PD101}`, several allowed, separated by spaces. */
const MARKERS_RE = /(?:[ \t]*\{PD\d{3}\})+[ \t]*$/;

interface Fixture {
	readonly name: string;
	readonly text: string;
	readonly options: DiagnoseOptions;
	/** `line:code` for every marker (1-based lines of the stripped text), sorted. */
	readonly expected: string[];
}

function loadFixture(name: string): Fixture {
	let raw = fs.readFileSync(path.join(FIXTURES, name), 'utf8');
	let options: DiagnoseOptions = BASE_OPTIONS;
	const header = HEADER_RE.exec(raw);
	if (header) {
		const extra = JSON.parse(header[1]) as DiagnoseOptions & { now?: string };
		options = { ...BASE_OPTIONS, ...extra, now: extra.now ? new Date(extra.now) : BASE_OPTIONS.now };
		raw = raw.slice(header[0].length);
	}
	const expected: string[] = [];
	const lines = raw.split('\n').map((line, i) => {
		const m = MARKERS_RE.exec(line);
		if (!m) return line;
		for (const code of m[0].match(/PD\d{3}/g)!) expected.push(`${i + 1}:${code}`);
		return line.slice(0, m.index);
	});
	return { name, text: lines.join('\n'), options, expected: expected.sort() };
}

function check(text: string, options: DiagnoseOptions): { findings: Finding[]; article: Article } {
	const doc = parseDump(text);
	const article = extractArticle(doc);
	return { findings: diagnose(doc, article, options), article };
}

function located(text: string, findings: readonly Finding[]): string[] {
	const index = new LineIndex(text);
	return findings.map((f) => `${index.positionAt(f.range.start).line + 1}:${f.code}`).sort();
}

/** What identifies a finding across edits elsewhere in the text: its code, message and the text it covers. */
function identity(text: string, f: Finding): string {
	return `${f.code}|${f.message}|${text.slice(f.range.start, f.range.end)}`;
}

function describe(text: string, findings: readonly Finding[]): string {
	const index = new LineIndex(text);
	return findings.map((f) => `  ${index.positionAt(f.range.start).line + 1}:${index.positionAt(f.range.start).character + 1} ${f.code} ${f.message}`).join('\n');
}

const fixtureNames = fs.readdirSync(FIXTURES).filter((n) => n.endsWith('.txt')).sort();
const ruleFixtures = fixtureNames.filter((n) => /^PD\d{3}-/.test(n));
const cleanFixtures = fixtureNames.filter((n) => n.startsWith('clean-'));

suite('diagnose: rule fixtures', () => {
	for (const name of ruleFixtures) {
		test(name, () => {
			const fx = loadFixture(name);
			const { findings } = check(fx.text, fx.options);
			const actual = located(fx.text, findings);
			assert.deepEqual(actual, fx.expected, `markers and findings differ in ${name}; findings:\n${describe(fx.text, findings)}`);
			const code = name.slice(0, 5);
			assert.ok(fx.expected.some((e) => e.endsWith(':' + code)), `${name} has no {${code}} marker`);
		});
	}

	test('every rule with a check has a fixture named after it', () => {
		// PD304 needs a dump of more than 100,000 characters: built in code in complexity.test.ts, not committed.
		for (const rule of RULES.filter((r) => r.check && r.code !== 'PD304')) {
			assert.ok(ruleFixtures.includes(`${rule.code}-${rule.name}.txt`), `missing fixture ${rule.code}-${rule.name}.txt`);
		}
	});
});

suite('diagnose: clean fixtures', () => {
	test('there are clean fixtures', () => assert.ok(cleanFixtures.length >= 2));
	for (const name of cleanFixtures) {
		test(name, () => {
			const fx = loadFixture(name);
			assert.deepEqual(fx.expected, [], 'clean fixtures carry no markers');
			const { findings } = check(fx.text, fx.options);
			assert.equal(findings.length, 0, `expected no findings in ${name}:\n${describe(fx.text, findings)}`);
		});
	}
});

suite('diagnose: fixes', () => {
	for (const name of [...ruleFixtures, ...cleanFixtures]) {
		const fx = loadFixture(name);
		const { findings } = check(fx.text, fx.options);
		const fixable = findings.filter((f) => f.fix);
		for (const [i, f] of fixable.entries()) {
			test(`${name}: fix #${i + 1} (${f.code}) removes its finding and nothing else changes`, () => {
				const fixed = applyEdits(fx.text, f.fix!.edits);
				assert.notEqual(fixed, fx.text, 'the fix changes the text');
				const after = check(fixed, fx.options).findings.map((x) => identity(fixed, x)).sort();
				const expected = findings.filter((x) => x !== f).map((x) => identity(fx.text, x)).sort();
				assert.deepEqual(after, expected, `after "${f.fix!.title}":\n${fixed}`);
			});
		}
		if (fixable.length > 1) {
			test(`${name}: fix all removes every fixable finding and nothing else changes`, () => {
				const fixed = applyEdits(fx.text, combinedFixEdits(findings));
				const after = check(fixed, fx.options).findings.map((x) => identity(fixed, x)).sort();
				const expected = findings.filter((x) => !x.fix).map((x) => identity(fx.text, x)).sort();
				assert.deepEqual(after, expected, `after fix all:\n${fixed}`);
			});
		}
	}

	test('the fixtures exercise a fix of every fixable rule', () => {
		const fixedCodes = new Set<string>();
		for (const name of ruleFixtures) {
			const fx = loadFixture(name);
			for (const f of check(fx.text, fx.options).findings) if (f.fix) fixedCodes.add(f.code);
		}
		for (const rule of RULES.filter((r) => r.fixable)) assert.ok(fixedCodes.has(rule.code), `no fixture exercises the fix of ${rule.code}`);
	});
});

suite('diagnose: options', () => {
	const text = loadFixture('PD103-placeholder-link-target.txt').text;

	test('a rule can be turned off by code or by name', () => {
		assert.equal(check(text, { ...BASE_OPTIONS, rules: { PD103: 'off' } }).findings.length, 0);
		assert.equal(check(text, { ...BASE_OPTIONS, rules: { 'placeholder-link-target': false } }).findings.length, 0);
	});

	test('a rule can be given another severity', () => {
		const [f] = check(text, { ...BASE_OPTIONS, rules: { pd103: 'error' } }).findings;
		assert.equal(f.severity, 'error');
		assert.equal(f.rule, 'placeholder-link-target');
	});

	test('unknown rules and values in the settings are ignored', () => {
		const findings = check(text, { ...BASE_OPTIONS, rules: { PD999: 'off', PD103: 'loud' as never } }).findings;
		assert.deepEqual(findings.map((f) => `${f.code}:${f.severity}`), ['PD103:warning']);
	});

	test('required metadata is a setting; missing fields are reported at the first line when there is no title', () => {
		const bare = 'Just a line of text with no title.\n\nAnd another.\n';
		const none = check(bare, { ...BASE_OPTIONS, requiredMetadata: [] }).findings;
		assert.equal(none.length, 0);
		const some = check(bare, { ...BASE_OPTIONS, requiredMetadata: ['title', 'tags', 'bogus'] }).findings;
		assert.deepEqual(some.map((f) => f.code), ['PD201', 'PD201']);
		for (const f of some) assert.deepEqual(f.range, { start: 0, end: 34 });
		assert.match(some.map((f) => f.message).join(' '), /Missing title.*Missing tags|Missing tags.*Missing title/);
	});

	test('a required field found only as a guess is reported as uncertain, at info severity, on the value', () => {
		const text = '# A Title\n\nBy Jane Doe\n\nSome text of the article that goes on for a while.\n';
		const doc = parseDump(text);
		const article = extractArticle(doc);
		const at = text.indexOf('Jane Doe');
		const guessed: Article = {
			...article,
			metadata: { ...article.metadata, author: { value: 'Jane Doe', rule: 'text:by-line', confidence: 0.3, source: { start: at, end: at + 8 } } },
		};
		const uncertain = diagnose(doc, guessed, { ...BASE_OPTIONS, requiredMetadata: ['author'] });
		assert.deepEqual(uncertain.map((f) => `${f.code}:${f.severity}`), ['PD201:info']);
		assert.deepEqual(uncertain[0].range, { start: at, end: at + 8 });
		assert.match(uncertain[0].message, /^Author uncertain: "Jane Doe" was found only by text:by-line \(confidence 30%\)/);
		const sure: Article = { ...guessed, metadata: { ...guessed.metadata, author: { ...guessed.metadata.author!, confidence: 0.8 } } };
		assert.deepEqual(diagnose(doc, sure, { ...BASE_OPTIONS, requiredMetadata: ['author'] }), []);
	});

	test('the rules are listed in code order with unique codes and names', () => {
		const codes = RULES.map((r) => r.code);
		assert.deepEqual(codes, [...codes].sort());
		assert.equal(new Set(codes).size, codes.length);
		assert.equal(new Set(RULES.map((r) => r.name)).size, RULES.length);
		for (const r of RULES) {
			assert.match(r.code, /^PD\d{3}$/);
			assert.match(r.name, /^[a-z]+(-[a-z]+)*$/);
			assert.equal(findRule(r.name), r);
		}
	});

	test('every rule has a section in docs/rules.md that its code links to', () => {
		const docs = fs.readFileSync(DOCS, 'utf8');
		for (const r of RULES) {
			const anchor = ruleDocsUrl(r).split('#')[1];
			assert.equal(anchor, `${r.code.toLowerCase()}-${r.name}`);
			assert.ok(docs.includes(`\n## ${r.code} ${r.name}\n`), `docs/rules.md lacks "## ${r.code} ${r.name}"`);
		}
	});
});

suite('diagnose: robustness', () => {
	const hostile: [string, string][] = [
		['empty', ''],
		['only newlines', '\n\n\r\n\r'],
		['unclosed everything', '::: {#a\n[x](\n![y](\n<div>\n```\n'],
		['deep fences', '::: {.a}\n'.repeat(3000) + 'text [](#)\n' + ':::\n'.repeat(3000)],
		['long line of brackets', '[](' .repeat(20000)],
		['NUL and lone surrogates', 'a\u0000b [x](\ud800) \udfff'],
		['huge link text', `[${'x'.repeat(100000)}](https://example.com/ a)`],
	];
	for (const [label, text] of hostile) {
		test(`does not throw on ${label}`, () => {
			for (const scope of ['article', 'page'] as const) {
				const findings = check(text, { ...BASE_OPTIONS, scope, requiredMetadata: ['title', 'author', 'published', 'url', 'language', 'description', 'tags'] }).findings;
				for (const f of findings) assert.ok(f.range.start >= 0 && f.range.end <= text.length && f.range.start <= f.range.end, `range of ${f.code} within the text`);
			}
		});
	}

	test('inputs are frozen, so rules cannot change what others see', () => {
		const doc = parseDump('::: {#a}\n# T\n\n[x](#b)\n:::\n');
		const article = extractArticle(doc);
		diagnose(doc, article, BASE_OPTIONS);
		assert.ok(Object.isFrozen(doc) && Object.isFrozen(doc.blocks) && Object.isFrozen(doc.blocks[0]));
		assert.ok(Object.isFrozen(article) && Object.isFrozen(article.metadata));
		// A second run over the frozen inputs gives the same answer.
		assert.deepEqual(diagnose(doc, article, BASE_OPTIONS), diagnose(doc, article, BASE_OPTIONS));
	});
});
