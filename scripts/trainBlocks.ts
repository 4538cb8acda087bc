// `node out/scripts/trainBlocks.js [--write] [--kinds k1,k2] [--all-kinds]`: trains the learned block filter on half A of the WCXB tuning pages.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseDump } from '../src/core/dump/parseDump';
import { blockFeatures, candidateBlocks, candidateOf, FEATURE_NAMES } from '../src/core/extract/blockFeatures';
import { escapedHtmlDocument } from '../src/core/extract/escapedHtmlPage';
import { extractArticle } from '../src/core/extract/extractArticle';
import { collapsedText, withTextCache } from '../src/core/extract/inlineText';
import { LEARNED_FILTER_KINDS } from '../src/core/extract/kinds/learnedFilter';
import type { PageKind } from '../src/core/extract/kinds/pageKind';
import { wordScores, wordTokens } from './eval/wcxb';

/*
 * Workflow:
 * 1. Pages: the tuning pages of half A only (notes/s21/tuning-dumps.txt), never half B's or the held-out part's.
 * 2. Each page is extracted with the filter off (the pipeline's own output), and each candidate block
 *    (core/extract/blockFeatures.ts) gets its features and a label: content when most of its words occur in the
 *    annotated text.
 * 3. Logistic regression by batch gradient descent with L2 on standardized features, each block weighted by its
 *    words' share of its page (the metric is a mean of page scores, each counted in words).
 * 4. The coefficients printed, and the simulated word F1 of half A per detected kind for a grid of drop/add
 *    thresholds (the text the filter would keep, from the cached blocks).
 * 5. `--write`: the weights as src/core/extract/data/blockModel.ts.
 */

const DIR = process.env.WCXB_DIR ?? path.join(os.homedir(), '.cache', 'page-dump-review', 'wcxb-dev');
const LIST = process.env.TUNING_LIST ?? '/work/notes/s21/tuning-dumps.txt';
const MODEL_FILE = path.join(__dirname, '..', '..', 'src', 'core', 'extract', 'data', 'blockModel.ts');
/** The kinds (as detected) whose pages train the model by default: those whose hand rules generalize worst. */
const DEFAULT_KINDS: readonly PageKind[] = ['product', 'collection', 'forum', 'listing', 'service'];
/** L2 penalty on the standardized weights. */
const L2 = 1e-3;
const NEWTON_STEPS = 25;

/**
 * Word runs of this length label a block: "most of its words occur in the truth" read word by word labels a shop's
 * "Add to cart" or "Home" as content whenever the annotated text uses those words anywhere; runs of three words
 * occur only where the block's text does.
 */
const LABEL_GRAM = 3;

/** Whether most of a block's word runs occur in the annotated text (a block shorter than a run: all its words in a row). */
function isContent(words: readonly string[], truthLine: string, truthGrams: ReadonlySet<string>): boolean {
	if (words.length < LABEL_GRAM) return truthLine.includes(` ${words.join(' ')} `);
	let hits = 0;
	const n = words.length - LABEL_GRAM + 1;
	for (let i = 0; i < n; i++) if (truthGrams.has(words.slice(i, i + LABEL_GRAM).join(' '))) hits++;
	return hits * 2 > n;
}

interface PageData {
	readonly id: string;
	readonly kind: string;
	readonly detected: PageKind;
	readonly truth: string;
	/** Text of kept blocks that are no candidate (always kept). */
	readonly fixedText: string;
	/** Per candidate: its text, the text of what is kept of it ('' when left out), its features, its label and words. */
	readonly texts: string[];
	readonly keptTexts: string[];
	readonly rows: number[][];
	readonly labels: number[];
	readonly words: number[];
}

function loadPages(kinds: ReadonlySet<string> | undefined): PageData[] {
	const lines = fs.readFileSync(LIST, 'utf8').split('\n').slice(1).filter((l) => l.trim() !== '');
	const saved = [...LEARNED_FILTER_KINDS];
	LEARNED_FILTER_KINDS.clear();
	const pages: PageData[] = [];
	try {
		for (const line of lines) {
			const [id, kind, half] = line.split('\t');
			if (half !== 'A') continue;
			const dump = fs.readFileSync(path.join(DIR, 'dumps', `${id}.txt`), 'utf8');
			const truth = fs.readFileSync(path.join(DIR, 'truth', `${id}.txt`), 'utf8');
			const parsed = parseDump(dump);
			const article = extractArticle(parsed);
			if (article.empty) continue;
			const detected = article.metadata.pageType?.value ?? 'article';
			if (kinds && !kinds.has(detected)) continue;
			pages.push(
				withTextCache(() => {
					const doc = escapedHtmlDocument(parsed) ?? parsed;
					const candidates = candidateBlocks(doc);
					const { rows } = blockFeatures(candidates, { kept: article.blocks, region: article.region, kind: detected, titleSource: article.metadata.title?.source });
					const owner = candidateOf(candidates, article.blocks);
					const keptTexts = candidates.map(() => '');
					const fixed: string[] = [];
					article.blocks.forEach((b, i) => {
						const t = collapsedText(b);
						if (owner[i] >= 0) keptTexts[owner[i]] += ` ${t}`;
						else fixed.push(t);
					});
					const truthTokens = wordTokens(truth);
					const truthLine = ` ${truthTokens.join(' ')} `;
					const truthGrams = new Set<string>();
					for (let i = 0; i + LABEL_GRAM <= truthTokens.length; i++) truthGrams.add(truthTokens.slice(i, i + LABEL_GRAM).join(' '));
					const labels: number[] = [];
					const words: number[] = [];
					for (const c of candidates) {
						const w = wordTokens(c.text);
						words.push(w.length);
						labels.push(isContent(w, truthLine, truthGrams) ? 1 : 0);
					}
					return { id, kind, detected, truth, fixedText: fixed.join(' '), texts: candidates.map((c) => c.text), keptTexts, rows, labels, words };
				}),
			);
		}
	} finally {
		for (const k of saved) LEARNED_FILTER_KINDS.add(k);
	}
	return pages;
}

interface Model {
	mean: number[];
	scale: number[];
	weights: number[];
	bias: number;
}

function train(pages: readonly PageData[]): Model {
	const d = FEATURE_NAMES.length;
	const X: number[][] = [];
	const y: number[] = [];
	const w: number[] = [];
	for (const p of pages) {
		const total = p.words.reduce((a, b) => a + b, 0);
		p.rows.forEach((r, i) => {
			X.push(r);
			y.push(p.labels[i]);
			w.push(p.words[i] / Math.max(1, total));
		});
	}
	const wsum = w.reduce((a, b) => a + b, 0);
	for (let i = 0; i < w.length; i++) w[i] /= wsum;
	const mean = new Array<number>(d).fill(0);
	const scale = new Array<number>(d).fill(0);
	for (let i = 0; i < X.length; i++) for (let j = 0; j < d; j++) mean[j] += X[i][j] / X.length;
	for (let i = 0; i < X.length; i++) for (let j = 0; j < d; j++) scale[j] += (X[i][j] - mean[j]) ** 2 / X.length;
	for (let j = 0; j < d; j++) scale[j] = Math.sqrt(scale[j]) || 1;
	const Z = X.map((r) => Float64Array.from(r, (v, j) => (v - mean[j]) / scale[j]));
	// Newton's method (iteratively reweighted least squares): the bias is the last coordinate and is not penalized.
	const theta = new Float64Array(d + 1);
	for (let step = 0; step < NEWTON_STEPS; step++) {
		const grad = new Float64Array(d + 1);
		const hess = Array.from({ length: d + 1 }, () => new Float64Array(d + 1));
		let loss = 0;
		for (let i = 0; i < Z.length; i++) {
			const z = Z[i];
			let s = theta[d];
			for (let j = 0; j < d; j++) s += theta[j] * z[j];
			const p = 1 / (1 + Math.exp(-s));
			loss -= w[i] * (y[i] ? Math.log(Math.max(p, 1e-12)) : Math.log(Math.max(1 - p, 1e-12)));
			const e = (p - y[i]) * w[i];
			const h = p * (1 - p) * w[i];
			for (let j = 0; j <= d; j++) {
				const zj = j === d ? 1 : z[j];
				grad[j] += e * zj;
				if (h === 0) continue;
				const row = hess[j];
				for (let k = 0; k <= j; k++) row[k] += h * zj * (k === d ? 1 : z[k]);
			}
		}
		for (let j = 0; j <= d; j++) for (let k = 0; k < j; k++) hess[k][j] = hess[j][k];
		for (let j = 0; j < d; j++) {
			grad[j] += L2 * theta[j];
			hess[j][j] += L2;
		}
		const delta = solve(hess, grad);
		let change = 0;
		for (let j = 0; j <= d; j++) {
			theta[j] -= delta[j];
			change = Math.max(change, Math.abs(delta[j]));
		}
		console.error(`newton ${step} loss ${loss.toFixed(5)} change ${change.toExponential(2)}`);
		if (change < 1e-6) break;
	}
	const weights = [...theta.slice(0, d)];
	const bias = theta[d];
	return { mean, scale, weights: [...weights], bias };
}

/** Solves a x = b by Gaussian elimination with partial pivoting (a small dense system). */
function solve(a: Float64Array[], b: Float64Array): Float64Array {
	const n = b.length;
	const m = a.map((row, i) => [...row, b[i]]);
	for (let c = 0; c < n; c++) {
		let best = c;
		for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[best][c])) best = r;
		[m[c], m[best]] = [m[best], m[c]];
		const piv = m[c][c] || 1e-12;
		for (let r = c + 1; r < n; r++) {
			const f = m[r][c] / piv;
			if (f !== 0) for (let k = c; k <= n; k++) m[r][k] -= f * m[c][k];
		}
	}
	const x = new Float64Array(n);
	for (let r = n - 1; r >= 0; r--) {
		let s = m[r][n];
		for (let k = r + 1; k < n; k++) s -= m[r][k] * x[k];
		x[r] = s / (m[r][r] || 1e-12);
	}
	return x;
}

function probabilities(m: Model, rows: readonly number[][]): number[] {
	return rows.map((r) => {
		let z = m.bias;
		for (let j = 0; j < r.length; j++) z += (m.weights[j] * (r[j] - m.mean[j])) / m.scale[j];
		return 1 / (1 + Math.exp(-z));
	});
}

/** The page's text as the filter would leave it with these thresholds (what is kept of a dropped candidate goes, a left-out candidate above `add` comes back whole). */
function filteredText(p: PageData, probs: readonly number[], drop: number, add: number): string {
	const parts = [p.fixedText];
	for (let i = 0; i < p.texts.length; i++) {
		if (p.keptTexts[i]) {
			if (probs[i] >= drop) parts.push(p.keptTexts[i]);
		} else if (probs[i] > add) parts.push(p.texts[i]);
	}
	return parts.join(' ');
}

function r3(x: number): string {
	return x.toFixed(3);
}

function main(): void {
	const args = process.argv.slice(2);
	const at = args.indexOf('--kinds');
	const kinds = args.includes('--all-kinds') ? undefined : new Set<string>(at >= 0 ? args[at + 1].split(',') : DEFAULT_KINDS);
	// `--cached`: the pages of the last run (features unchanged), to try thresholds and penalties without extracting again.
	const cache = path.join(os.tmpdir(), 'trainBlocks-pages.json');
	const pages: PageData[] = args.includes('--cached') && fs.existsSync(cache) ? JSON.parse(fs.readFileSync(cache, 'utf8')) : loadPages(kinds);
	fs.writeFileSync(cache, JSON.stringify(pages));
	const blocks = pages.reduce((a, p) => a + p.rows.length, 0);
	const positives = pages.reduce((a, p) => a + p.labels.reduce((x, y) => x + y, 0), 0);
	console.log(`half A pages ${pages.length}, candidate blocks ${blocks}, content ${positives}`);
	const model = train(pages);
	console.log('feature                    coefficient (per standard deviation)');
	const order = FEATURE_NAMES.map((_, j) => j).sort((a, b) => Math.abs(model.weights[b]) - Math.abs(model.weights[a]));
	for (const j of order) console.log(`  ${FEATURE_NAMES[j].padEnd(24)} ${model.weights[j] >= 0 ? ' ' : ''}${model.weights[j].toFixed(3)}`);
	console.log(`  bias                     ${model.bias.toFixed(3)}`);
	// The pipeline's own decision (kept) against the model's at 0.5, in words.
	const keptAt = FEATURE_NAMES.indexOf('kept');
	let wrongKept = 0;
	let wrongModel = 0;
	let allWords = 0;
	pages.forEach((p) => {
		const pr = probabilities(model, p.rows);
		p.rows.forEach((r, i) => {
			allWords += p.words[i];
			if (r[keptAt] !== p.labels[i]) wrongKept += p.words[i];
			if ((pr[i] >= 0.5 ? 1 : 0) !== p.labels[i]) wrongModel += p.words[i];
		});
	});
	console.log(`words misjudged: pipeline ${r3(wrongKept / allWords)}, model ${r3(wrongModel / allWords)}`);
	// Simulated half A F1 per detected kind, before and for each threshold pair.
	const probs = pages.map((p) => probabilities(model, p.rows));
	const byKind = new Map<string, number[]>();
	pages.forEach((p, i) => byKind.set(p.detected, [...(byKind.get(p.detected) ?? []), i]));
	const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
	const grid: [number, number][] = [[0, 2]];
	for (const drop of [0, 0.1, 0.2, 0.3, 0.4, 0.5]) for (const add of [0.7, 0.8, 0.9, 0.95, 2]) grid.push([drop, add]);
	console.log(`simulated half A F1 by detected kind (drop below / add above; ${[...byKind].map(([k, ix]) => `${k} ${ix.length}`).join(', ')})`);
	for (const [drop, add] of grid) {
		const cells = [...byKind].map(([k, ix]) => `${k} ${r3(mean(ix.map((i) => wordScores(pages[i].truth, filteredText(pages[i], probs[i], drop, add)).f1)))}`);
		console.log(`  ${drop.toFixed(2)} / ${add > 1 ? 'none' : add.toFixed(2)}: ${cells.join(', ')}`);
	}
	if (args.includes('--write')) {
		const nums = (xs: readonly number[]): string => `[${xs.map((x) => Number(x.toFixed(5))).join(', ')}]`;
		const kindsNote = kinds ? [...kinds].join(',') : 'all';
		const text = [
			'// The learned block classifier: logistic regression weights over blockFeatures.ts features, written by scripts/trainBlocks.ts.',
			'/*',
			` * Trained on the WCXB tuning pages of half A only (detected kinds: ${kindsNote}): ${pages.length} pages, ${blocks} candidate`,
			` * blocks, ${positives} labelled content (most of their three-word runs in the annotated text). Regenerate with`,
			` *   npx tsc -p . --outDir out && node out/scripts/trainBlocks.js --write${kinds && at >= 0 ? ` --kinds ${kindsNote}` : kinds ? '' : ' --all-kinds'}`,
			' * Weights are per standard deviation: z = bias + sum(weight * (x - mean) / scale).',
			' */',
			'export const BLOCK_MODEL = {',
			`\tfeatures: ${JSON.stringify(FEATURE_NAMES)} as readonly string[],`,
			`\tmean: ${nums(model.mean)} as readonly number[],`,
			`\tscale: ${nums(model.scale)} as readonly number[],`,
			`\tweights: ${nums(model.weights)} as readonly number[],`,
			`\tbias: ${Number(model.bias.toFixed(5))},`,
			'};',
			'',
		].join('\n');
		fs.writeFileSync(MODEL_FILE, text);
		console.log(`wrote ${MODEL_FILE}`);
	}
}

main();
