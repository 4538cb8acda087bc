// The eval's before/after comparison of two runs' page records: means per half and kind, metadata counts, moved pages.
import * as assert from 'node:assert/strict';
import { compareRecords, type PageRecord } from '../../scripts/eval/compareRecords';

const NO = { right: false, spurious: false };
const RIGHT = { right: true, spurious: false };
const WHERE_NONE = { right: false, spurious: true };

function page(id: string, kind: string, half: 'A' | 'B', f1: number, over: Partial<PageRecord> = {}): PageRecord {
	return { id, kind, site: `site-${id}.example`, half, f1, detected: kind, title: NO, author: NO, date: NO, ...over };
}

suite('Eval comparison', () => {
	test('means per half and kind, and only the pages of both runs', () => {
		const before = [page('1', 'forum', 'A', 0.5), page('2', 'forum', 'B', 0.7), page('3', 'product', 'A', 0.9), page('4', 'article', 'B', 1)];
		const after = [page('1', 'forum', 'A', 0.6), page('2', 'forum', 'B', 0.7), page('3', 'product', 'A', 0.8)];
		const lines = compareRecords(before, after);
		assert.ok(lines.includes('| all | 3 | 0.70000 | 0.70000 | +0.00000 |'), lines.join('\n'));
		assert.ok(lines.includes('| half A | 2 | 0.70000 | 0.70000 | +0.00000 |'));
		assert.ok(lines.includes('| forum | 2 | 0.60000 | 0.65000 | +0.05000 |'));
		assert.ok(lines.includes('| forum A | 1 | 0.50000 | 0.60000 | +0.10000 |'));
		assert.ok(lines.includes('| product | 1 | 0.90000 | 0.80000 | -0.10000 |'));
		assert.ok(!lines.some((l) => l.startsWith('| article')), 'a page of one run only makes no row');
		assert.ok(lines.includes('1 pages are in one run only and left out'));
	});

	test('failed pages (F1 under 0.5) counted in both runs, overall, per half and per kind and half that has any', () => {
		const before = [page('1', 'product', 'A', 0.3), page('2', 'product', 'B', 0.45), page('3', 'forum', 'B', 0.9), page('4', 'article', 'A', 0.95)];
		const after = [page('1', 'product', 'A', 0.7), page('2', 'product', 'B', 0.45), page('3', 'forum', 'B', 0.4), page('4', 'article', 'A', 0.95)];
		const lines = compareRecords(before, after);
		const at = lines.indexOf('| failed pages (F1 < 0.5) | before | after |');
		assert.ok(at > 0, lines.join('\n'));
		const table = lines.slice(at + 2, lines.indexOf('', at));
		assert.deepEqual(table, ['| all | 2 | 2 |', '| half A | 1 | 0 |', '| half B | 1 | 2 |', '| forum B | 0 | 1 |', '| product A | 1 | 0 |', '| product B | 1 | 1 |']);
	});

	test('wrong values (truth present, another value reported) counted beside right and where none', () => {
		const wrongTitle = { right: false, spurious: false, truth: true, actual: 'Other' };
		const missing = { right: false, spurious: false, truth: true };
		const before = [page('1', 'article', 'A', 0.9, { title: wrongTitle, date: { ...wrongTitle, actual: '2020-01-01' } }), page('2', 'article', 'B', 0.9, { author: missing })];
		const after = [page('1', 'article', 'A', 0.9, { title: RIGHT }), page('2', 'article', 'B', 0.9, { author: { ...missing, actual: 'John Doe' }, title: { ...wrongTitle, actual: ' ' } })];
		const lines = compareRecords(before, after);
		assert.ok(lines.includes('| title wrong | 1 | 0 |'), lines.join('\n'));
		assert.ok(lines.includes('| author wrong | 0 | 1 |'));
		assert.ok(lines.includes('| date wrong | 1 | 0 |'));
		const at = lines.indexOf('| title right | 0 | 1 |');
		assert.deepEqual(lines.slice(at, at + 6), [
			'| title right | 0 | 1 |',
			'| title wrong | 1 | 0 |',
			'| author right (where none) | 0 (0) | 0 (0) |',
			'| author wrong | 0 | 1 |',
			'| date right (where none) | 0 (0) | 0 (0) |',
			'| date wrong | 1 | 0 |',
		]);
	});

	test('moved pages largest first, small moves left out, metadata turned right or wrong', () => {
		const before = [
			page('1', 'listing', 'A', 0.5, { title: RIGHT }),
			page('2', 'listing', 'B', 0.85),
			page('3', 'service', 'A', 0.9, { date: WHERE_NONE, detected: 'article' }),
			page('4', 'service', 'B', 0.9),
		];
		const after = [
			page('1', 'listing', 'A', 0.6),
			page('2', 'listing', 'B', 0.9, { author: RIGHT }),
			page('3', 'service', 'A', 0.7),
			page('4', 'service', 'B', 0.903),
		];
		const lines = compareRecords(before, after);
		const moved = lines.filter((l) => /^ {2}(up|down)/.test(l));
		assert.deepEqual(moved, [
			'  up   1 listing A site-1.example: 0.500 -> 0.600',
			'  up   2 listing B site-2.example: 0.850 -> 0.900',
			'  down 3 service A site-3.example: 0.900 -> 0.700',
		]);
		assert.ok(lines.includes('pages moved by more than 0.005: 2 up, 1 down'));
		assert.ok(lines.includes('| title right | 1 | 0 |'));
		assert.ok(lines.includes('| author right (where none) | 0 (0) | 1 (0) |'));
		assert.ok(lines.includes('| date right (where none) | 0 (1) | 0 (0) |'));
		assert.ok(lines.includes('| kind detected as annotated | 3 | 4 |'));
		assert.ok(lines.includes('  title no longer right: 1 listing A'));
		assert.ok(lines.includes('  author right now: 2 listing B'));
		assert.ok(lines.includes('  date no longer reported where the truth has none: 3 service A'));
	});
});
