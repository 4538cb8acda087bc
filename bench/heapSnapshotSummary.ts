// A heap snapshot's bytes by object type, or what one holds more than another: where a memory shape's heap goes.
// `node out/bench/heapSnapshotSummary.js AFTER.heapsnapshot` | `BEFORE.heapsnapshot AFTER.heapsnapshot` [--top N] [--regexps]
// (snapshots from memoryShapeChild.ts's MEMORY_SNAPSHOT, node's --heapsnapshot-near-heap-limit, or v8.writeHeapSnapshot).
import * as fs from 'node:fs';

/** The parts of V8's snapshot format read here (see the `meta` of any .heapsnapshot file). */
interface Snapshot {
	readonly snapshot: { readonly meta: { readonly node_fields: string[]; readonly node_types: [string[]]; readonly edge_fields: string[] } };
	readonly nodes: number[];
	readonly edges: number[];
	readonly strings: string[];
}

/** Per key (type and constructor), the objects' count and self bytes; and the native code held by each regexp. */
export interface HeapSummary {
	readonly byKey: Map<string, { count: number; bytes: number }>;
	readonly regexpCode: Map<string, number>;
	readonly total: number;
}

/** How far up from a code object a regexp that holds it is looked for (regexp -> its data -> the code). */
const REGEXP_DEPTH = 3;
/** Nodes looked at per step up: code is held by a few objects, and a tool must not crawl a big heap per node. */
const MAX_LEVEL = 64;

/** The key a node is counted under: strings and code of every kind together, objects by their constructor. */
function keyOf(type: string, name: string): string {
	if (type === 'string' || type === 'concatenated string' || type === 'sliced string') return `${type}`;
	if (type === 'code') return name === '' ? 'code (unnamed: regexp or compiled)' : name.startsWith('(code for ') ? 'code (compiled functions)' : `code ${name}`;
	if (type === 'number') return 'heap number';
	return `${type} ${name.length > 60 ? `${name.slice(0, 60)}…` : name}`;
}

export function summarize(snapshot: Snapshot): HeapSummary {
	const meta = snapshot.snapshot.meta;
	const nf = meta.node_fields.length;
	const ef = meta.edge_fields.length;
	const types = meta.node_types[0];
	const { nodes, edges, strings } = snapshot;
	const T = meta.node_fields.indexOf('type');
	const N = meta.node_fields.indexOf('name');
	const S = meta.node_fields.indexOf('self_size');
	const E = meta.node_fields.indexOf('edge_count');
	const TO = meta.edge_fields.indexOf('to_node');
	const count = nodes.length / nf;
	// Every node's holders (reverse edges, in compressed rows): a regexp's code is found by going up from it.
	const firstHolder = new Int32Array(count + 1);
	for (let k = 0, e = 0; k < count; k++) for (let j = nodes[k * nf + E]; j > 0; j--, e += ef) firstHolder[edges[e + TO] / nf + 1]++;
	for (let k = 0; k < count; k++) firstHolder[k + 1] += firstHolder[k];
	const holders = new Int32Array(firstHolder[count]);
	const filled = firstHolder.slice(0, count);
	for (let k = 0, e = 0; k < count; k++) for (let j = nodes[k * nf + E]; j > 0; j--, e += ef) holders[filled[edges[e + TO] / nf]++] = k;
	/** The regexp holding code node `k` within REGEXP_DEPTH steps up, or -1 (breadth first; a step's nodes capped). */
	const regexpAbove = (k: number): number => {
		let level = [k];
		for (let d = 0; d < REGEXP_DEPTH && level.length > 0; d++) {
			const next: number[] = [];
			for (const x of level) {
				for (let h = firstHolder[x]; h < firstHolder[x + 1] && next.length < MAX_LEVEL; h++) {
					const up = holders[h];
					if (types[nodes[up * nf + T]] === 'regexp') return up;
					next.push(up);
				}
			}
			level = next;
		}
		return -1;
	};
	const byKey = new Map<string, { count: number; bytes: number }>();
	const regexpCode = new Map<string, number>();
	let total = 0;
	for (let k = 0; k < count; k++) {
		const type = types[nodes[k * nf + T]];
		const name = strings[nodes[k * nf + N]];
		const bytes = nodes[k * nf + S];
		total += bytes;
		let key = keyOf(type, name);
		if (type === 'code' && name === '') {
			const up = regexpAbove(k);
			if (up !== -1) {
				key = 'code (regexp native code)';
				const source = strings[nodes[up * nf + N]];
				regexpCode.set(source, (regexpCode.get(source) ?? 0) + bytes);
			}
		}
		const row = byKey.get(key) ?? { count: 0, bytes: 0 };
		row.count++;
		row.bytes += bytes;
		byKey.set(key, row);
	}
	return { byKey, regexpCode, total };
}

function load(file: string): HeapSummary {
	return summarize(JSON.parse(fs.readFileSync(file, 'utf8')) as Snapshot);
}

const mb = (bytes: number): string => (bytes / 1e6).toFixed(3).padStart(9);

function main(): void {
	const args = process.argv.slice(2);
	const top = Number(args[args.indexOf('--top') + 1]) || 30;
	const files = args.filter((a, i) => a.endsWith('.heapsnapshot') && args[i - 1] !== '--top');
	if (files.length === 0 || files.length > 2) {
		process.stderr.write('usage: heapSnapshotSummary.js [BEFORE.heapsnapshot] AFTER.heapsnapshot [--top N] [--regexps]\n');
		process.exitCode = 2;
		return;
	}
	const after = load(files[files.length - 1]);
	const before = files.length === 2 ? load(files[0]) : undefined;
	const rows = [...new Set([...after.byKey.keys(), ...(before?.byKey.keys() ?? [])])].map((key) => {
		const a = after.byKey.get(key) ?? { count: 0, bytes: 0 };
		const b = before?.byKey.get(key) ?? { count: 0, bytes: 0 };
		return { key, count: a.count - b.count, bytes: a.bytes - b.bytes, each: a.count > 0 ? a.bytes / a.count : 0 };
	});
	rows.sort((x, y) => Math.abs(y.bytes) - Math.abs(x.bytes));
	process.stdout.write(`${before ? 'held more than the first snapshot' : 'held'}: ${mb(after.total - (before?.total ?? 0)).trim()} MB (MB of 10^6 bytes; count, bytes each)\n`);
	for (const r of rows.slice(0, top)) process.stdout.write(`${mb(r.bytes)} ${String(r.count).padStart(9)} ${r.each.toFixed(0).padStart(7)}  ${r.key}\n`);
	if (!args.includes('--regexps')) return;
	const grown = [...after.regexpCode].map(([source, bytes]) => [source, bytes - (before?.regexpCode.get(source) ?? 0)] as const).filter(([, bytes]) => bytes > 0);
	grown.sort((x, y) => y[1] - x[1]);
	process.stdout.write(`regexps with native code${before ? ' compiled since the first snapshot' : ''}: ${grown.length}\n`);
	for (const [source, bytes] of grown.slice(0, top)) process.stdout.write(`${mb(bytes)}  ${source.length > 100 ? `${source.slice(0, 100)}…` : source}\n`);
}

if (require.main === module) main();
