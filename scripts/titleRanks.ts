// `node out/scripts/titleRanks.js [KIND]`: where the annotated title ranks among the scored title candidates, per half of the tuning sites; half A's misses listed.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseDump } from '../src/core/dump/parseDump';
import { extractMetadata } from '../src/core/extract/metadata';
import type { SourceRange } from '../src/core/model/dumpDocument';
import { isHoldout, siteHalf, siteOf, titleMatches, type WcxbMeta } from './eval/wcxb';

/*
 * Reads the regions and page kinds `metaTune.js cache` keeps (META_CACHE, default /tmp/meta-regions.json) and runs the
 * metadata reader alone on every tuning page, with its trace. For each page with an annotated title it asks: is the
 * title one of the candidates the reader scored, and at which rank? A miss whose title is a candidate is a choice the
 * scores made (a weight or a rule to look at); a miss whose title is no candidate needs a new source (or is not in the
 * dump at all: `titleCauses.js`). Only half A's pages are listed (COMMON.md: half B is measured only). Held-out pages
 * are never read.
 */

const DIR = process.env.WCXB_DIR ?? path.join(os.homedir(), '.cache', 'page-dump-review', 'wcxb-dev');
const CACHE = process.env.META_CACHE ?? '/tmp/meta-regions.json';
/** How many candidates of a listed miss are printed, best first. */
const SHOWN = 3;

interface Cached {
	readonly region?: SourceRange;
	readonly pageKind?: string;
}

interface Scored {
	readonly value: string;
	readonly rule: string;
	readonly score: number;
}

function main(): void {
	const [kind] = process.argv.slice(2);
	const cached = JSON.parse(fs.readFileSync(CACHE, 'utf8')) as Record<string, Cached>;
	const rows = fs
		.readFileSync(path.join(DIR, 'index.tsv'), 'utf8')
		.split('\n')
		.slice(1)
		.map((l) => l.split('\t'))
		.filter(([id, type]) => id && !isHoldout(id) && (!kind || type === kind));
	const tally = new Map<string, number>();
	const add = (key: string): void => void tally.set(key, (tally.get(key) ?? 0) + 1);
	const lines: string[] = [];
	for (const [id, type] of rows) {
		const meta = JSON.parse(fs.readFileSync(path.join(DIR, 'meta', `${id}.json`), 'utf8')) as WcxbMeta;
		if (!meta.title || meta.title.trim() === '') continue;
		const half = siteHalf(siteOf(meta.url));
		const c = cached[id] ?? {};
		let scored: Scored[] = [];
		const md = extractMetadata(parseDump(fs.readFileSync(path.join(DIR, 'dumps', `${id}.txt`), 'utf8')), {
			region: c.region,
			pageKind: c.pageKind,
			trace: (field, cs) => {
				if (field === 'title') scored = cs.map((x) => ({ value: String(x.value), rule: x.rule, score: x.score })).sort((a, b) => b.score - a.score);
			},
		});
		const got = md.title?.value;
		const right = !!got && titleMatches(meta.title, got);
		const rank = scored.findIndex((x) => titleMatches(meta.title!, x.value));
		const where = right ? 'right' : rank < 0 ? 'no candidate' : rank === 0 ? 'top candidate, changed after' : `candidate ${rank < 3 ? rank + 1 : '4+'}`;
		add(`${half} ${where}`);
		if (half !== 'A' || right) continue;
		const truth = rank >= 0 ? ` title scored ${scored[rank].score} [${scored[rank].rule}]` : '';
		const best = scored.slice(0, SHOWN).map((x) => `${x.score} [${x.rule}] ${JSON.stringify(x.value.slice(0, 50))}`).join(' | ');
		lines.push(`${id} ${type.padEnd(13)} ${where.padEnd(28)} want ${JSON.stringify(meta.title.slice(0, 60))}${truth}\n      ${best}`);
	}
	for (const l of lines) console.log(l);
	for (const [key, n] of [...tally].sort()) console.log(`${key.padEnd(34)} ${n}`);
}

main();
