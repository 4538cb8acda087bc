// The Page Dumps view's model: rows kept while their file and review are unchanged, and redraw deltas that name only
// the groups and rows that changed.
import * as assert from 'node:assert/strict';
import type { DumpSummary, ReviewEntry } from '../../src/core/index';
import { DumpsTreeModel } from '../../src/vscode/review/dumpsTree';
import type { IndexEntry } from '../../src/vscode/review/indexProtocol';

function entry(rel: string, site: string, hash = `sha256:${rel}`): IndexEntry {
	const summary: DumpSummary = { path: rel, site, kind: 'article', words: 100, bytes: 1000, problems: { error: 0, warning: 0, info: 0, hint: 0 }, rules: {}, missing: [], fields: [] };
	return { abs: `/w/${rel}`, rel, size: 1000, mtimeMs: 1, hash, configKey: 'k', summary };
}

const none = (): ReviewEntry | undefined => undefined;

suite('Page Dumps tree model', () => {
	test('the first build and a new filter, sort or grouping are full; unchanged rows are the same objects', () => {
		const model = new DumpsTreeModel();
		const entries = [entry('a/1.txt', 'a.example'), entry('b/1.txt', 'b.example')];
		const rows = model.rows(entries, none);
		assert.equal(model.update(rows, {}, 'path', 'site').full, true);
		// A re-index answers with new entry objects for unchanged files: the rows stay.
		const again = model.rows(entries.map((e) => ({ ...e })), none);
		assert.deepEqual(again.map((r, i) => r === rows[i]), [true, true]);
		assert.deepEqual(model.update(again, {}, 'path', 'site'), { full: false, groups: [], rows: [] });
		assert.equal(model.update(again, {}, 'title', 'site').full, true);
		assert.equal(model.update(again, { site: 'a.example' }, 'title', 'site').full, true);
	});

	test('a new row in a group names that group only; a new group is full', () => {
		const model = new DumpsTreeModel();
		const entries = [entry('a/1.txt', 'a.example'), entry('b/1.txt', 'b.example')];
		model.update(model.rows(entries, none), {}, 'path', 'site');
		const more = [...entries, entry('a/2.txt', 'a.example')];
		assert.deepEqual(model.update(model.rows(more, none), {}, 'path', 'site'), { full: false, groups: ['a.example'], rows: [] });
		assert.equal(model.update(model.rows([...more, entry('c/1.txt', 'c.example')], none), {}, 'path', 'site').full, true);
	});

	test('an approval changes one row in place, or moves it (sorted by state) and names its group', () => {
		const model = new DumpsTreeModel();
		const entries = [entry('a/1.txt', 'a.example'), entry('a/2.txt', 'a.example'), entry('b/1.txt', 'b.example')];
		model.update(model.rows(entries, none), {}, 'path', 'site');
		const approved = { state: 'approved' as const, hash: 'sha256:a/2.txt' };
		const reviewOf = (e: IndexEntry): ReviewEntry | undefined => (e.rel === 'a/2.txt' ? approved : undefined);
		const rows = model.rows(entries, reviewOf);
		assert.deepEqual(model.update(rows, {}, 'path', 'site'), { full: false, groups: [], rows: ['a/2.txt'] });
		assert.equal(rows.find((r) => r.path === 'a/2.txt')?.review, 'approved');
		// Sorted by state, an approved first row moves to the end of its group.
		const byState = new DumpsTreeModel();
		byState.update(byState.rows(entries, none), {}, 'state', 'site');
		const firstApproved = (e: IndexEntry): ReviewEntry | undefined => (e.rel === 'a/1.txt' ? { state: 'approved', hash: e.hash } : undefined);
		assert.deepEqual(byState.update(byState.rows(entries, firstApproved), {}, 'state', 'site'), { full: false, groups: ['a.example'], rows: [] });
		assert.deepEqual(byState.groups[0].rows.map((r) => r.path), ['a/2.txt', 'a/1.txt']);
		// A file edited since: its hash changes, so its row is rebuilt and shows the change.
		const edited = entries.map((e) => (e.rel === 'a/2.txt' ? { ...e, hash: 'sha256:new' } : e));
		const after = model.rows(edited, reviewOf);
		assert.deepEqual(model.update(after, {}, 'path', 'site').rows, ['a/2.txt']);
		assert.equal(after.find((r) => r.path === 'a/2.txt')?.changed, true);
	});
});
