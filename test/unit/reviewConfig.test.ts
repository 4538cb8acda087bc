// The config file: positions of syntax and schema problems, the walk-up candidates, site rule edits, and the
// committed JSON schema staying in step with the one the code validates with.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { configCandidates, diagnoseOptionsFrom, offsetToPosition, parseConfig, serializeConfig, withSiteRule, withoutSiteRule } from '../../src/core/review/config';
import { parseJsonTree } from '../../src/core/review/jsonTree';
import { SCHEMA_FILE, schemaText } from '../../scripts/writeSchema';
import { joinLines, rangeOf } from '../util/joinLines';

function at(text: string, offset: number): string {
	const p = offsetToPosition(text, offset);
	return `${p.line}:${p.character}`;
}

suite('Review config', () => {
	test('reads a valid file with comments', () => {
		const text = joinLines('{', '  // sites first', '  "sites": { "news.example": { "exclude": ["div.related-posts"] } },', '  "scope": "page", "rules": { "PD109": "off" }', '}');
		const { config, problems } = parseConfig(text);
		assert.deepEqual(problems, []);
		assert.deepEqual(config, { sites: { 'news.example': { exclude: ['div.related-posts'] } }, scope: 'page', rules: { PD109: 'off' } });
	});

	test('a syntax error is reported at its line and column, and nothing is applied', () => {
		const text = joinLines('{', '  "scope": "page",', '  "rules": { "PD109" "off" }', '}');
		const { config, problems } = parseConfig(text);
		assert.deepEqual(config, {});
		assert.equal(problems.length, 1);
		assert.equal(problems[0].severity, 'error');
		assert.equal(problems[0].message, 'Colon expected');
		assert.equal(at(text, problems[0].start), '2:21');
	});

	test('a truncated file says so at its end', () => {
		const text = '{"sites": {';
		const { problems } = parseConfig(text);
		assert.equal(problems.length, 1);
		assert.match(problems[0].message, /^Unexpected end of file/);
		assert.equal(problems[0].start, text.length);
	});

	test('schema problems point at the value or key and leave the rest applied', () => {
		const text = joinLines('{', '  "scope": "everything",', '  "bogus": 1,', '  "requiredMetadata": ["title", "colour"],', '  "sites": { "a.example": { "exclude": ["div..x", ".ok"] } }', '}');
		const { config, problems } = parseConfig(text);
		assert.deepEqual(problems.map((p) => [p.severity, text.slice(p.start, p.end)]), [
			['warning', '"everything"'],
			['warning', '"bogus"'],
			['warning', '"colour"'],
			['warning', '"div..x"'],
		]);
		assert.match(problems[0].message, /^scope: must be one of "article", "page"$/);
		assert.match(problems[1].message, /unknown property "bogus"/);
		assert.equal(problems[2].message.startsWith('requiredMetadata[1]: must be one of'), true);
		assert.deepEqual(config, { requiredMetadata: ['title'], sites: { 'a.example': { exclude: ['.ok'] } } });
	});

	test('a duplicate key is reported where it is', () => {
		const text = '{"scope": "page", "scope": "article"}';
		const { root, errors } = parseJsonTree(text);
		assert.ok(root);
		assert.deepEqual(errors.map((e) => ({ start: e.start, end: e.end })), [rangeOf(text, '"scope"', 5)]);
	});

	test('config candidates walk up from the dump folder, nearest first, both names per folder', () => {
		assert.deepEqual(configCandidates('/w/site/a', '/w'), [
			'/w/site/a/.pagedump.json', '/w/site/a/pagedump.config.json',
			'/w/site/.pagedump.json', '/w/site/pagedump.config.json',
			'/w/.pagedump.json', '/w/pagedump.config.json',
		]);
		assert.deepEqual(configCandidates('/d').slice(-2), ['/.pagedump.json', '/pagedump.config.json']);
	});

	test('site rules are added once and removed, dropping an emptied host', () => {
		let c = withSiteRule({ scope: 'page' }, 'news.example', 'exclude', 'div.related');
		c = withSiteRule(c, 'news.example', 'exclude', 'div.related');
		c = withSiteRule(c, 'news.example', 'include', '#appendix');
		assert.deepEqual(c.sites, { 'news.example': { exclude: ['div.related'], include: ['#appendix'] } });
		c = withoutSiteRule(c, 'news.example', 'exclude', 'div.related');
		assert.deepEqual(c.sites, { 'news.example': { include: ['#appendix'] } });
		c = withoutSiteRule(c, 'news.example', 'include', '#appendix');
		assert.deepEqual(c, { scope: 'page', sites: {} });
	});

	test('rewriting a config keeps properties the schema did not accept', () => {
		const before = '{"scope": "page", "x-team": "docs"}';
		const { config } = parseConfig(before);
		const after = serializeConfig(withSiteRule(config, 'a.example', 'exclude', '.ad'), before);
		assert.deepEqual(JSON.parse(after), { scope: 'page', 'x-team': 'docs', sites: { 'a.example': { exclude: ['.ad'] } } });
	});

	test('config values go over the base options; rules merge', () => {
		const o = diagnoseOptionsFrom({ rules: { PD109: 'off' }, scope: 'page' }, { rules: { PD101: 'error' }, requiredMetadata: ['title'] });
		assert.deepEqual(o, { rules: { PD101: 'error', PD109: 'off' }, requiredMetadata: ['title'], scope: 'page' });
	});

	test('the committed schema file is generated from the code (npm run schema)', () => {
		assert.equal(fs.readFileSync(SCHEMA_FILE, 'utf8'), schemaText());
	});
});
