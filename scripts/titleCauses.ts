// `node out/scripts/titleCauses.js PAGES.json [A|B]`: the tuning part's title misses per cause (eval/titleCauses.ts), per half of the sites.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseDump } from '../src/core/dump/parseDump';
import { inlineText } from '../src/core/extract/inlineText';
import { walkBlocks } from '../src/core/model/walk';
import { dumpSearchText, foldTitle, TITLE_MISS_CAUSES, titleMissCause, type TitleMissCause } from './eval/titleCauses';
import { isHoldout } from './eval/wcxb';

const DIR = process.env.WCXB_DIR ?? path.join(os.homedir(), '.cache', 'page-dump-review', 'wcxb-dev');

/** What `EVAL_WCXB_JSON` keeps of a page that this script reads. */
interface PageRecord {
	readonly id: string;
	readonly kind: string;
	readonly half: 'A' | 'B';
	readonly title: { readonly truth: boolean; readonly right: boolean; readonly expected?: string; readonly actual?: string };
}

/**
 * Reads the page scores the eval wrote (`EVAL_WCXB_JSON=FILE node out/scripts/eval.js --only wcxb --part tune`) and
 * prints, per half of the tuning sites, how many titles were right and how many misses each cause has. With a half
 * named, that half's misses are listed one a line; only half A is studied (COMMON.md), so list B only to count.
 */
function main(): void {
	const [file, list] = process.argv.slice(2);
	if (!file) throw new Error('usage: titleCauses PAGES.json [A|B]');
	const pages = (JSON.parse(fs.readFileSync(file, 'utf8')) as PageRecord[]).filter((p) => !isHoldout(p.id) && p.title.truth);
	const counts = new Map<string, number>();
	const lines: string[] = [];
	for (const p of pages) {
		if (p.title.right) continue;
		const dump = fs.readFileSync(path.join(DIR, 'dumps', `${p.id}.txt`), 'utf8');
		const headings = new Set<string>();
		walkBlocks(parseDump(dump).blocks, (b) => {
			if (b.kind === 'heading') headings.add(foldTitle(inlineText(b.content)));
		});
		const cause = titleMissCause(p.title.expected ?? '', p.title.actual, dumpSearchText(dump), headings);
		counts.set(`${p.half}:${cause}`, (counts.get(`${p.half}:${cause}`) ?? 0) + 1);
		if (p.half === list) lines.push(`  ${cause.padEnd(15)}${p.id} ${p.kind.padEnd(14)}want ${JSON.stringify(p.title.expected)} got ${JSON.stringify(p.title.actual ?? null)}`);
	}
	for (const half of ['A', 'B'] as const) {
		const ps = pages.filter((p) => p.half === half);
		const misses = ps.filter((p) => !p.title.right).length;
		const share = (n: number): string => `${n} (${((100 * n) / Math.max(1, misses)).toFixed(0)}%)`;
		const causes = TITLE_MISS_CAUSES.map((c: TitleMissCause) => `${c} ${share(counts.get(`${half}:${c}`) ?? 0)}`);
		console.log(`half ${half}: right ${ps.length - misses}/${ps.length}, misses ${misses}: ${causes.join(', ')}`);
	}
	if (lines.length > 0) console.log(lines.sort().join('\n'));
}

main();
