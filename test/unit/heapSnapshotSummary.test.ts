// The bench's heap snapshot summary: bytes by object type, and the native code a regexp holds counted apart.
import * as assert from 'node:assert/strict';
import { summarize } from '../../bench/heapSnapshotSummary';

/** V8's snapshot layout, reduced to what a summary reads (the field lists of a real .heapsnapshot's `meta`). */
const NODE_FIELDS = ['type', 'name', 'id', 'self_size', 'edge_count'];
const NODE_TYPES = ['hidden', 'array', 'string', 'object', 'code', 'closure', 'regexp', 'number', 'native', 'synthetic', 'concatenated string', 'sliced string'];
const EDGE_FIELDS = ['type', 'name_or_index', 'to_node'];

/** A snapshot of `nodes` ([type, name, size, targets]): the edges of each node go to the nodes at `targets`. */
function snapshot(nodes: readonly (readonly [type: string, name: string, size: number, targets: readonly number[]])[]) {
	const strings: string[] = ['', 'edge'];
	const str = (s: string): number => {
		const k = strings.indexOf(s);
		return k >= 0 ? k : strings.push(s) - 1;
	};
	const flat: number[] = [];
	const edges: number[] = [];
	nodes.forEach(([type, name, size, targets], id) => {
		flat.push(NODE_TYPES.indexOf(type), str(name), id + 1, size, targets.length);
		for (const t of targets) edges.push(0, 1, t * NODE_FIELDS.length);
	});
	return { snapshot: { meta: { node_fields: NODE_FIELDS, node_types: [NODE_TYPES] as [string[]], edge_fields: EDGE_FIELDS } }, nodes: flat, edges, strings };
}

suite('heap snapshot summary (bench)', () => {
	test('counts objects by constructor, strings and code together, and a regexp\'s native code apart, by its source', () => {
		const s = snapshot([
			['synthetic', '(GC roots)', 0, [1, 2, 3, 5, 7, 8]],
			['object', 'HeadingNode', 48, []],
			['object', 'HeadingNode', 48, []],
			['regexp', '^by (\\w+)$', 32, [4]],
			['array', '(regexp data)', 40, [6]],
			['string', 'a long text', 100, []],
			['code', '', 5000, []],
			['code', '', 700, []],
			['code', '(code for walk)', 300, []],
		]);
		const sum = summarize(s);
		assert.equal(sum.total, 48 + 48 + 32 + 40 + 100 + 5000 + 700 + 300);
		assert.deepEqual(sum.byKey.get('object HeadingNode'), { count: 2, bytes: 96 });
		assert.deepEqual(sum.byKey.get('string'), { count: 1, bytes: 100 });
		// The code two steps under the regexp is its native code; the other unnamed code is not a regexp's.
		assert.deepEqual(sum.byKey.get('code (regexp native code)'), { count: 1, bytes: 5000 });
		assert.deepEqual(sum.byKey.get('code (unnamed: regexp or compiled)'), { count: 1, bytes: 700 });
		assert.deepEqual(sum.byKey.get('code (compiled functions)'), { count: 1, bytes: 300 });
		assert.deepEqual([...sum.regexpCode], [['^by (\\w+)$', 5000]]);
	});
});
