// `node out/scripts/blockFilterCompare.js`: the learned block filter off and on, per half of the WCXB tuning sites, per annotated and per detected kind (means only).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as filter from '../src/core/extract/kinds/learnedFilter';
import { LEARNED_FILTER_KINDS } from '../src/core/extract/kinds/learnedFilter';
import { PAGE_KINDS, type PageKind } from '../src/core/extract/kinds/pageKind';
import { extractDump, formatExtraction } from '../src/core/render/formats';
import { wordScores } from './eval/wcxb';

/*
 * Workflow:
 * 1. Every tuning page (notes/s21/tuning-dumps.txt; the held-out part is not in that list) is extracted twice, with the
 *    filter off and with it on for every kind, timing each.
 * 2. A page's F1 with the filter on for a set of detected kinds is its "on" F1 when its detected kind is in the set,
 *    else its "off" F1: one pair of runs gives every set.
 * 3. Printed: mean F1 per half and annotated kind for off, all on, and each detected kind alone; and the median
 *    extraction time off and on. No page is listed.
 */

const DIR = process.env.WCXB_DIR ?? path.join(os.homedir(), '.cache', 'page-dump-review', 'wcxb-dev');
const LIST = process.env.TUNING_LIST ?? '/work/notes/s21/tuning-dumps.txt';

interface Row {
	readonly kind: string;
	readonly half: string;
	readonly detected: string;
	readonly off: number;
	readonly on: number;
	readonly msOff: number;
	readonly msOn: number;
}

function run(dump: string): { text: string; detected: string; ms: number } {
	const t = process.hrtime.bigint();
	const x = extractDump(dump);
	const text = x.article.empty ? '' : formatExtraction(x, 'text');
	const ms = Number(process.hrtime.bigint() - t) / 1e6;
	return { text, detected: String(x.article.metadata.pageType?.value ?? ''), ms };
}

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)] ?? NaN;
}

function main(): void {
	// `--drop P`: another drop threshold for this run (the compiled module reads its export; a tuning aid only).
	const at = process.argv.indexOf('--drop');
	if (at >= 0) (filter as { DROP_BELOW: number }).DROP_BELOW = Number(process.argv[at + 1]);
	console.log(`drop below ${filter.DROP_BELOW}`);
	const all = [...LEARNED_FILTER_KINDS];
	const rows: Row[] = [];
	for (const line of fs.readFileSync(LIST, 'utf8').split('\n').slice(1)) {
		const [id, kind, half] = line.split('\t');
		if (!id) continue;
		const dump = fs.readFileSync(path.join(DIR, 'dumps', `${id}.txt`), 'utf8');
		const truth = fs.readFileSync(path.join(DIR, 'truth', `${id}.txt`), 'utf8');
		LEARNED_FILTER_KINDS.clear();
		const off = run(dump);
		for (const k of PAGE_KINDS) LEARNED_FILTER_KINDS.add(k);
		const on = run(dump);
		rows.push({ kind, half, detected: off.detected, off: wordScores(truth, off.text).f1, on: wordScores(truth, on.text).f1, msOff: off.ms, msOn: on.ms });
	}
	LEARNED_FILTER_KINDS.clear();
	for (const k of all) LEARNED_FILTER_KINDS.add(k);
	const mean = (xs: number[]): string => (xs.length ? (xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(3) : '  -  ');
	const sets: [string, ReadonlySet<string>][] = [['off', new Set()], ['on: all kinds', new Set(PAGE_KINDS)], ['on: current set', new Set(all)], ...PAGE_KINDS.map((k): [string, ReadonlySet<string>] => [`on: ${k} only`, new Set([k])])];
	for (const half of ['A', 'B']) {
		console.log(`half ${half}${' '.repeat(22)}${['all', ...PAGE_KINDS].map((k) => k.slice(0, 7).padEnd(8)).join('')}`);
		for (const [name, set] of sets) {
			const f1 = (r: Row): number => (set.has(r.detected) ? r.on : r.off);
			const rs = rows.filter((r) => r.half === half);
			const cells = [mean(rs.map(f1)), ...PAGE_KINDS.map((k: PageKind) => mean(rs.filter((r) => r.kind === k).map(f1)))];
			console.log(`  ${name.padEnd(27)}${cells.map((c) => c.padEnd(8)).join('')}`);
		}
	}
	const current = new Set<string>(all);
	const ms = (r: Row): number => (current.has(r.detected) ? r.msOn : r.msOff);
	const filtered = rows.filter((r) => current.has(r.detected));
	console.log(`extraction time per page (render included), filter on for the current set: median off ${median(rows.map((r) => r.msOff)).toFixed(1)} ms, on ${median(rows.map(ms)).toFixed(1)} ms`);
	console.log(`  pages the current set filters (${filtered.length}): median off ${median(filtered.map((r) => r.msOff)).toFixed(1)} ms, on ${median(filtered.map((r) => r.msOn)).toFixed(1)} ms`);
}

main();
