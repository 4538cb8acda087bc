// `pagedump report` and the config flags of the other commands, on the repository's fixtures and (when present)
// on the wcxb-dev corpus.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { contentHash } from '../../src/cli/report';
import type { ReviewReport } from '../../src/core/review/report';
import { serializeReviewState } from '../../src/core/review/reviewState';
import { assertNoScript } from '../util/noScript';
import { runCli } from '../util/runCli';

const ROOT = path.join(__dirname, '..', '..', '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');
const REVIEW = path.join(ROOT, 'test', 'integration', 'fixtures', 'workspace', 'review');
const UNPACK = path.join(ROOT, '..', 'shared', 'corpus', 'wcxb-dev', 'unpack.sh');

const run = runCli;

/** A copy of the review fixture folder to add config and state files to. */
function reviewCopy(): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pagedump-report-'));
	fs.cpSync(REVIEW, dir, { recursive: true });
	return dir;
}

suite('pagedump report', () => {
	test('on the repository fixtures: every .txt is a row, JSON and CSV carry the same rows, HTML runs nothing', async () => {
		const json = await run('report', FIXTURES, '--format', 'json', '--no-config');
		assert.equal(json.code, 0, json.err);
		const report = JSON.parse(json.out) as ReviewReport;
		const txt = fs.readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.txt'));
		assert.equal(report.totals.dumps, txt.length);
		assert.equal(report.totals.extracted + report.totals.skipped, txt.length);
		assert.ok(report.totals.extracted > 20);
		assert.ok(report.problemsByRule.some(([code]) => code === 'PD101'));
		const csv = await run('report', FIXTURES, '--format', 'csv', '--no-config');
		const lines = csv.out.trimEnd().split('\r\n');
		assert.equal(lines.length, txt.length + 1);
		assert.deepEqual(lines.slice(1).map((l) => l.split(',')[0]), report.rows.map((r) => r.path));
		const html = await run('report', FIXTURES, '--no-config');
		assertNoScript(html.out);
		for (const r of report.rows) assert.ok(html.out.includes(`>${r.path}</div>`), r.path);
	});

	test('review states come from .pagedump/review.json; an edited dump is changed since its review', async () => {
		const dir = reviewCopy();
		const ferry = path.join(dir, 'harbor', 'ferry-timetable.txt');
		const night = path.join(dir, 'harbor', 'night-crossing.txt');
		fs.mkdirSync(path.join(dir, '.pagedump'));
		fs.writeFileSync(path.join(dir, '.pagedump', 'review.json'), serializeReviewState({
			reviews: {
				'harbor/ferry-timetable.txt': { state: 'approved', hash: contentHash(fs.readFileSync(ferry)) },
				'harbor/night-crossing.txt': { state: 'needs-work', hash: contentHash(fs.readFileSync(night)), note: 'callout kept' },
			},
		}));
		fs.appendFileSync(night, '\nAn edit after the review.\n');
		const out = path.join(dir, 'out', 'report.html');
		const r = await run('report', path.join(dir, 'harbor'), '--format', 'json');
		const report = JSON.parse(r.out) as ReviewReport;
		assert.deepEqual(report.rows.map((x) => [x.path, x.review, x.changed, x.note ?? null]), [
			['harbor/ferry-timetable.txt', 'approved', false, null],
			['harbor/night-crossing.txt', 'needs-work', true, 'callout kept'],
		]);
		const html = await run('report', dir, '--out', out);
		assert.equal(html.code, 0, html.err);
		const page = fs.readFileSync(out, 'utf8');
		assertNoScript(page);
		assert.ok(page.includes('href="../harbor/ferry-timetable.txt"'), 'rows link to the dumps relative to the report');
	});

	test('the nearest config applies site rules and metadata to report, extract and check alike', async () => {
		const dir = reviewCopy();
		fs.writeFileSync(path.join(dir, '.pagedump.json'), JSON.stringify({ requiredMetadata: ['title'], sites: { 'harbor-times.example': { exclude: ['div.reader-callout'] } }, report: { format: 'csv' } }));
		const ferry = path.join(dir, 'harbor', 'ferry-timetable.txt');
		const withConfig = await run('extract', ferry, '--format', 'text');
		assert.ok(!withConfig.out.includes('Do you take the ferry'));
		const without = await run('extract', ferry, '--format', 'text', '--no-config');
		assert.ok(without.out.includes('Do you take the ferry'));
		const json = await run('extract', ferry, '--format', 'json');
		assert.ok((JSON.parse(json.out) as { removed: { step: string; signal: string }[] }).removed.some((x) => x.step === 'site-rule' && x.signal === 'exclude div.reader-callout (harbor-times.example)'));
		const report = await run('report', dir);
		assert.ok(report.out.startsWith('path,title,'), 'report.format from the config');
		assert.ok(!report.out.includes(',PD201:'), 'requiredMetadata from the config: nothing missing');
		const check = await run('check', path.join(dir, 'docs'), '--format', 'json');
		assert.deepEqual(JSON.parse(check.out), []);
		const checkDefault = await run('check', path.join(dir, 'docs'), '--format', 'json', '--no-config');
		assert.ok((JSON.parse(checkDefault.out) as { code: string }[]).some((f) => f.code === 'PD201'));
		const flagWins = await run('check', path.join(dir, 'docs'), '--format', 'json', '--require', 'title,author');
		assert.equal((JSON.parse(flagWins.out) as { code: string }[]).length, 1);
		const named = await run('extract', ferry, '--format', 'text', '--config', path.join(dir, '.pagedump.json'));
		assert.equal(named.out, withConfig.out);
	});

	test('a malformed config is reported with its position and exit code 2, never a stack trace', async () => {
		const dir = reviewCopy();
		fs.writeFileSync(path.join(dir, 'pagedump.config.json'), '{\n  "sites": {\n    "a.example": { "exclude": [".x",] }\n  }\n}\n');
		const r = await run('extract', path.join(dir, 'blog', 'quiet-mornings.txt'));
		assert.equal(r.code, 2);
		assert.match(r.err, /pagedump\.config\.json:3:37: error Trailing comma\n$/);
		assert.doesNotMatch(r.err, /\bat \w+ \(/);
		fs.writeFileSync(path.join(dir, 'pagedump.config.json'), '{"scope": "all"}');
		const warned = await run('check', path.join(dir, 'docs'), '--format', 'json');
		assert.equal(warned.code, 0);
		assert.match(warned.err, /pagedump\.config\.json:1:11: warning scope: must be one of "article", "page"/);
		const both = await run('check', dir, '--config', 'x.json', '--no-config');
		assert.equal(both.code, 2);
	});

	test('on wcxb-dev (when ../shared is present)', async function () {
		// 1,310 dumps (175 MB) extracted and checked on one thread: minutes on a loaded machine. A liveness bound only.
		this.timeout(30 * 60_000);
		if (!fs.existsSync(UNPACK)) {
			console.log(`      wcxb-dev skipped: ${UNPACK} is absent`);
			this.skip();
		}
		const dir = execFileSync('bash', [UNPACK], { encoding: 'utf8' }).trim();
		const dumps = fs.readdirSync(path.join(dir, 'dumps')).filter((f) => f.endsWith('.txt')).length;
		const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pagedump-wcxb-')), 'report.json');
		const r = await run('report', path.join(dir, 'dumps'), '--format', 'json', '--out', out, '--no-config');
		assert.equal(r.code, 0, r.err);
		const report = JSON.parse(fs.readFileSync(out, 'utf8')) as ReviewReport;
		assert.equal(report.totals.dumps, dumps);
		assert.ok(report.totals.extracted > dumps * 0.95, `${report.totals.extracted} of ${dumps} extracted`);
		assert.ok(report.sites.length > 100);
		console.log(`      wcxb-dev: ${report.totals.dumps} dumps, ${report.totals.extracted} extracted, skipped ${JSON.stringify(report.totals.skippedBy)}`);
	});
});
