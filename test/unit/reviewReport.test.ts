// Review state file, queue (filter, sort, group, next), and the report: totals, CSV, and HTML that runs nothing.
import * as assert from 'node:assert/strict';
import { buildQueue, nextToReview } from '../../src/core/review/queue';
import { buildReport, renderReportCsv, type ReportRow } from '../../src/core/review/report';
import { renderReportHtml } from '../../src/core/review/reportHtml';
import { assertNoScript } from '../util/noScript';
import { effectiveState, isToReview, parseReviewState, serializeReviewState, withDecision } from '../../src/core/review/reviewState';

function row(path: string, patch: Partial<ReportRow> = {}): ReportRow {
	return {
		path, kind: 'article', words: 100, bytes: 1000, problems: { error: 0, warning: 0, info: 0, hint: 0 }, rules: {}, missing: [], fields: ['title'],
		review: 'unreviewed', changed: false, ...patch,
	};
}

suite('Review state, queue and report', () => {
	test('the state file is one dump per line, sorted, and reads back', () => {
		let s = withDecision({ reviews: {} }, 'b/two.txt', { state: 'rejected', hash: 'sha256:2', at: '2024-01-02T00:00:00.000Z' });
		s = withDecision(s, 'a/one.txt', { state: 'needs-work', hash: 'sha256:1', note: 'keeps the "comments"' });
		const text = serializeReviewState(s);
		const lines = text.split('\n');
		assert.equal(lines[3], '    "a/one.txt": {"state":"needs-work","hash":"sha256:1","note":"keeps the \\"comments\\""},');
		assert.equal(lines[4], '    "b/two.txt": {"state":"rejected","hash":"sha256:2","at":"2024-01-02T00:00:00.000Z"}');
		assert.deepEqual(parseReviewState(text), { file: s, problems: [] });
		assert.equal(serializeReviewState({ reviews: {} }), '{\n  "version": 1,\n  "reviews": {}\n}\n');
	});

	test('a broken file or entry is reported, never thrown', () => {
		assert.deepEqual(parseReviewState('<<<<<<< HEAD\n').file, { reviews: {} });
		const r = parseReviewState('{"reviews": {"a.txt": {"state": "maybe", "hash": "x"}, "b.txt": {"state": "approved", "hash": "y"}}}');
		assert.deepEqual(Object.keys(r.file.reviews), ['b.txt']);
		assert.match(r.problems[0], /^a\.txt: skipped/);
	});

	test('a dump edited since its review is to review again', () => {
		const entry = { state: 'approved' as const, hash: 'sha256:1' };
		assert.deepEqual(effectiveState(entry, 'sha256:1'), { state: 'approved', changed: false, note: undefined });
		assert.ok(isToReview(effectiveState(entry, 'sha256:2')));
		assert.ok(isToReview(effectiveState(undefined, 'sha256:2')));
		assert.ok(!isToReview(effectiveState(entry, 'sha256:1')));
	});

	test('the queue filters, sorts, groups, and finds the next dump to review', () => {
		const rows = [
			row('x/a.txt', { site: 's1', words: 10, review: 'approved' }),
			row('x/b.txt', { site: 's2', words: 300, problems: { error: 1, warning: 0, info: 0, hint: 0 }, rules: { PD101: 1 } }),
			row('y/c.txt', { site: 's1', words: 50 }),
			row('y/d.txt', { site: 's1', words: 70, review: 'approved', changed: true }),
		];
		assert.deepEqual(buildQueue(rows, {}, 'words', 'site').map((g) => [g.key, g.rows.map((r) => r.path)]), [['s1', ['y/d.txt', 'y/c.txt', 'x/a.txt']], ['s2', ['x/b.txt']]]);
		assert.deepEqual(buildQueue(rows, { severity: 'error' }, 'path', 'none')[0].rows.map((r) => r.path), ['x/b.txt']);
		assert.deepEqual(buildQueue(rows, { rule: 'PD101' }, 'path', 'folder').map((g) => g.key), ['x']);
		assert.deepEqual(buildQueue(rows, { states: ['approved'] }, 'path', 'none')[0].rows.map((r) => r.path), ['x/a.txt', 'y/d.txt']);
		assert.deepEqual(buildQueue(rows, { toReview: true }, 'path', 'none')[0].rows.map((r) => r.path), ['x/b.txt', 'y/c.txt', 'y/d.txt']);
		const groups = buildQueue(rows, {}, 'path', 'none');
		assert.equal(nextToReview(groups)?.path, 'x/b.txt');
		assert.equal(nextToReview(groups, 'x/b.txt')?.path, 'y/c.txt');
		assert.equal(nextToReview(groups, 'y/d.txt')?.path, 'x/b.txt', 'wraps around');
		assert.equal(nextToReview(buildQueue(rows, { states: ['approved'] }, 'path', 'none'), 'x/a.txt')?.path, 'y/d.txt', 'changed since review counts');
		assert.equal(nextToReview(buildQueue([rows[0]], {}, 'path', 'none')), undefined);
	});

	test('report totals, completeness, buckets and rules', () => {
		const r = buildReport([
			row('a.txt', { words: 0, fields: ['title', 'author'], review: 'approved' }),
			row('b.txt', { words: 150, fields: ['title'], rules: { PD201: 2, PD101: 1 }, problems: { error: 1, warning: 2, info: 0, hint: 0 } }),
			row('c.txt', { skipped: 'not a page dump', kind: 'none', words: 0, fields: [] }),
			row('d.txt', { words: 5000, kind: 'forum', review: 'rejected', changed: true, rules: { PD201: 1 } }),
		], ['root'], new Date('2024-01-01T00:00:00Z'));
		assert.deepEqual(r.totals.review, { unreviewed: 2, approved: 1, 'needs-work': 0, rejected: 1 });
		assert.equal(r.totals.extracted, 3);
		assert.deepEqual(r.totals.skippedBy, { 'not a page dump': 1 });
		assert.equal(r.totals.changedSinceReview, 1);
		assert.equal(r.totals.words, 5150);
		assert.equal(r.completeness.title, 1);
		assert.equal(r.completeness.author, 1 / 3);
		assert.deepEqual(r.problemsByRule, [['PD201', 3], ['PD101', 1]]);
		assert.deepEqual(r.kinds, [['article', 2], ['forum', 1]]);
		assert.deepEqual(r.wordBuckets, [['0', 1], ['1–100', 0], ['101–300', 1], ['301–1000', 0], ['1001–3000', 0], ['3001+', 1]]);
	});

	test('CSV quotes what needs it and defuses formulas', () => {
		const csv = renderReportCsv(buildReport([row('a.txt', { title: '=HYPERLINK("x")', note: 'two\nlines, "quoted"' })], ['r']));
		const [header, line] = csv.split('\r\n');
		assert.ok(header.startsWith('path,title,site,url,kind,words,status'));
		assert.ok(line.startsWith('a.txt,"\'=HYPERLINK(""x"")",'), line);
		assert.ok(csv.includes('"two\nlines, ""quoted"""'));
	});

	test('the HTML report escapes dump text and runs nothing', () => {
		const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>';
		const html = renderReportHtml(buildReport([
			row('evil "one".txt', { title: hostile, site: '"><svg onload=alert(3)>', rules: { '<b>': 1 }, note: '</td><script>x</script>' }),
			row('ok.txt', { title: 'Fine' }),
		], ['<root>']));
		assertNoScript(html);
		assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
		assert.ok(html.includes('<svg class="chart" role="img"'));
		assert.match(html, /href="evil%20%22one%22\.txt"/);
		assert.match(html, /@media \(prefers-color-scheme: dark\)/);
		assert.match(html, /@media print/);
	});
});
