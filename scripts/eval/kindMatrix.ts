// `eval --kind-matrix` (tuning part only): every kind's strategy forced on every page, mean F1 per annotated kind and strategy.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { type DumpTransform, isHoldout, PAGE_KINDS, type WcxbMeta, wordScores, type WcxbProduct } from './wcxb';

/** One tuning page's F1 as detected and under each strategy forced. */
export interface MatrixPage {
	readonly id: string;
	readonly kind: string;
	readonly detected?: string;
	readonly asDetected: number;
	readonly forced: Readonly<Record<string, number>>;
	/** The texts, as detected (`detected`) and per strategy, when `EVAL_KIND_MATRIX_TEXTS=1` (for studying a choice offline). */
	readonly texts?: Readonly<Record<string, string>>;
}

/**
 * Runs the product as detected and with each kind forced (`product(dump, kind)` forces `kind`; undefined detects), on
 * each dump as `transform` makes it (`EVAL_DECLASS`) when given.
 * Main 4bd91b1, tuning part: as detected 0.881, per-page oracle 0.892 (service 0.827 → 0.851, collection 0.758 → 0.791,
 * product 0.666 → 0.702); 56 pages gain 0.05 or more from another strategy. No truth-free choice between the detected
 * strategy and another one found more than +0.0003 of it (studied with `EVAL_KIND_MATRIX_TEXTS=1`, see the report
 * of issue 12, session 12): the loss lies inside each strategy, not in which one runs.
 * Session 31 (main 61ab1df, texts of every strategy per page, choices simulated offline; tuning mean / half A / half B
 * deltas): a listing or collection read keeping under 0.2/0.3/0.5/0.7/0.8 of the article strategy's words read as the
 * article: -0.0012 to -0.0046 overall, 0 to 1 site up and 2 to 16 down (the kind strategies win where they keep less);
 * one keeping over 1.3/1.5/2/3 times as much read as the article: -0.0043 to -0.0006, none up; the median length of
 * article, service and the detected read: -0.0064; every (detected kind, other strategy, words ratio above or below
 * 0.2 to 3) pair: none gains on both halves beyond two article pages.
 */
export function runKindMatrix(dir: string, product: WcxbProduct, kind?: string, transform?: DumpTransform): MatrixPage[] {
	const rows = fs.readFileSync(path.join(dir, 'index.tsv'), 'utf8').split('\n').slice(1).map((l) => l.split('\t'));
	const pages: MatrixPage[] = [];
	for (const [id, type] of rows) {
		if (!id || isHoldout(id) || (kind && type !== kind)) continue;
		const truth = fs.readFileSync(path.join(dir, 'truth', `${id}.txt`), 'utf8');
		const raw = fs.readFileSync(path.join(dir, 'dumps', `${id}.txt`), 'utf8');
		// The declassed yardstick (`EVAL_DECLASS`) applies to the matrix too: the same dump for every strategy.
		const dump = transform ? transform(raw, JSON.parse(fs.readFileSync(path.join(dir, 'meta', `${id}.json`), 'utf8')) as WcxbMeta) : raw;
		const detected = product(dump);
		const forced: Record<string, number> = {};
		const texts: Record<string, string> = { detected: detected.text };
		for (const k of PAGE_KINDS) {
			texts[k] = product(dump, k).text;
			forced[k] = wordScores(truth, texts[k]).f1;
		}
		const keep = process.env.EVAL_KIND_MATRIX_TEXTS === '1' ? { texts } : {};
		pages.push({ id, kind: type, detected: detected.pageType, asDetected: wordScores(truth, detected.text).f1, forced, ...keep });
	}
	return pages;
}

const mean = (xs: readonly number[]): string => (xs.length ? (xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(3) : '  -  ');
const cell = (s: string): string => s.padEnd(9);

/**
 * The matrix: a row per annotated kind (and all), columns the F1 as detected, under each strategy forced, and with the best
 * strategy per page (the oracle); then per annotated kind how many pages some other strategy would raise by 0.05 or more.
 */
export function formatKindMatrix(pages: readonly MatrixPage[]): string {
	const lines = [`kind matrix, tuning part (${pages.length} pages): mean F1 per annotated kind (rows) and strategy forced (columns)`];
	lines.push(`  ${'annotated'.padEnd(15)}${cell('pages')}${cell('detected')}${PAGE_KINDS.map((k) => cell(k.slice(0, 7))).join('')}oracle  better by 0.05`);
	for (const kind of ['all', ...PAGE_KINDS]) {
		const ps = pages.filter((p) => kind === 'all' || p.kind === kind);
		if (ps.length === 0) continue;
		const best = ps.map((p) => Math.max(p.asDetected, ...Object.values(p.forced)));
		const better = ps.filter((p, i) => best[i] >= p.asDetected + 0.05).length;
		const forced = PAGE_KINDS.map((k) => cell(mean(ps.map((p) => p.forced[k]))));
		lines.push(`  ${kind.padEnd(15)}${cell(String(ps.length))}${cell(mean(ps.map((p) => p.asDetected)))}${forced.join('')}${cell(mean(best))}${better}`);
	}
	return lines.join('\n');
}
