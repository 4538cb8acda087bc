// `node out/scripts/removedTruth.js [KIND]`: per half of the tuning sites, which removal steps cost the annotated words of one page kind (eval/removedTruth.ts).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { extractDump, formatExtraction } from '../src/core/render/formats';
import { lostTruthPerStep, type StepLoss } from './eval/removedTruth';
import { isHoldout, siteHalf, siteOf } from './eval/wcxb';

const DIR = process.env.WCXB_DIR ?? path.join(os.homedir(), '.cache', 'page-dump-review', 'wcxb-dev');
/** A step costs a page when it took out at least this many of its truth words. */
const PAGE_LOSS_WORDS = 5;
/** Steps listed per half. */
const TOP_STEPS = 20;

/**
 * Extracts every tuning page of the kind (annotated; default `product`) as the CLI does and prints, per half of the
 * sites, each removal step's truth words lost (summed), the pages where it lost at least `PAGE_LOSS_WORDS`, and how
 * often it fired. Counts only: no page text is printed, so half B can be measured without being read.
 */
function main(): void {
	const kind = process.argv[2] ?? 'product';
	const rows = fs
		.readFileSync(path.join(DIR, 'index.tsv'), 'utf8')
		.split('\n')
		.slice(1)
		.map((l) => l.split('\t'))
		.filter(([id, type]) => id && type === kind && !isHoldout(id));
	const halves = { A: new Map<string, StepLoss & { pages: number }>(), B: new Map<string, StepLoss & { pages: number }>() };
	for (const [id, , url] of rows) {
		const dump = fs.readFileSync(path.join(DIR, 'dumps', `${id}.txt`), 'utf8');
		const truth = fs.readFileSync(path.join(DIR, 'truth', `${id}.txt`), 'utf8');
		const x = extractDump(dump);
		const output = x.article.empty ? '' : (formatExtraction(x, 'text') as string);
		const sums = halves[siteHalf(siteOf(url))];
		for (const [key, loss] of lostTruthPerStep(dump, truth, output, x.article.removed)) {
			const sum = sums.get(key) ?? { lost: 0, fired: 0, pages: 0 };
			sums.set(key, sum);
			sum.lost += loss.lost;
			sum.fired += loss.fired;
			if (loss.lost >= PAGE_LOSS_WORDS) sum.pages++;
		}
	}
	for (const [half, sums] of Object.entries(halves)) {
		console.log(`half ${half}, ${kind}: step, truth words lost, pages losing ${PAGE_LOSS_WORDS}+, times fired`);
		for (const [key, s] of [...sums].sort((a, b) => b[1].lost - a[1].lost).slice(0, TOP_STEPS)) console.log(`  ${key.padEnd(28)} ${String(s.lost).padStart(6)} ${String(s.pages).padStart(4)} ${String(s.fired).padStart(6)}`);
	}
}

main();
