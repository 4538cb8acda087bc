// `node out/scripts/metaTune.js [cache|score] [field]`: metadata alone on the WCXB tuning part, fast (body regions cached once), with every miss.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as os from 'node:os';
import { parseDump } from '../src/core/dump/parseDump';
import { extractArticle } from '../src/core/extract/extractArticle';
import { extractMetadata } from '../src/core/extract/metadata';
import type { SourceRange } from '../src/core/model/dumpDocument';
import { declassDump } from './eval/declass';
import { authorMatches, dateMatches, isHoldout, siteHalf, siteOf, titleMatches, type WcxbMeta } from './eval/wcxb';

/*
 * Workflow:
 * 1. `cache`: runs the whole extractor once per tuning page and keeps its region and page kind (the slow part).
 * 2. `score`: reads each dump again and runs only the metadata reader with the cached context; prints the table
 *    `eval.js` prints for metadata, per half of the sites too, and with a field name every wrong or spurious value of
 *    that field on half A's sites (half B is measured only, its pages are never listed).
 * Held-out pages are never read.
 */

const DIR = process.env.WCXB_DIR ?? path.join(os.homedir(), '.cache', 'page-dump-review', 'wcxb-dev');
const CACHE = process.env.META_CACHE ?? (process.env.EVAL_DECLASS === 'all' ? '/tmp/meta-regions-declassed.json' : '/tmp/meta-regions.json');

/** With EVAL_DECLASS=all: every dump's class and id words made opaque first (as `eval.js` does), its own cache. */
function readDump(id: string): string {
	const dump = fs.readFileSync(path.join(DIR, 'dumps', `${id}.txt`), 'utf8');
	return process.env.EVAL_DECLASS === 'all' ? declassDump(dump) : dump;
}

interface Cached {
	readonly region?: SourceRange;
	readonly pageKind?: string;
}

function tuningIds(): { id: string; type: string }[] {
	return fs
		.readFileSync(path.join(DIR, 'index.tsv'), 'utf8')
		.split('\n')
		.slice(1)
		.map((l) => l.split('\t'))
		.filter(([id]) => id && !isHoldout(id))
		.map(([id, type]) => ({ id, type }));
}

function cache(): void {
	const out: Record<string, Cached> = {};
	for (const { id } of tuningIds()) {
		const doc = parseDump(readDump(id));
		try {
			const a = extractArticle(doc);
			out[id] = { region: a.region, pageKind: a.metadata.pageType?.value };
		} catch {
			out[id] = {};
		}
	}
	fs.writeFileSync(CACHE, JSON.stringify(out));
	console.log(`cached ${Object.keys(out).length} pages in ${CACHE}`);
}

function score(only: string | undefined, kind: string | undefined): void {
	const cached = JSON.parse(fs.readFileSync(CACHE, 'utf8')) as Record<string, Cached>;
	const fields = [
		['title', 'title', titleMatches],
		['author', 'author', authorMatches],
		['published', 'publish_date', dateMatches],
	] as const;
	const tally = new Map<string, { right: number; truth: number; spurious: number; none: number }>();
	const count = (key: string, truth: boolean, right: boolean, spurious: boolean): void => {
		const t = tally.get(key) ?? { right: 0, truth: 0, spurious: 0, none: 0 };
		if (truth) t.truth++;
		else t.none++;
		if (right) t.right++;
		if (spurious) t.spurious++;
		tally.set(key, t);
	};
	const lines: string[] = [];
	// With BY_RULE=1: each reported value's outcome per field and rule (suffixes like `:first-of-12` dropped), and per page kind.
	const byRule = new Map<string, { right: number; wrong: number; spurious: number }>();
	const countRule = (key: string, outcome: 'right' | 'wrong' | 'spurious'): void => {
		const r = byRule.get(key) ?? { right: 0, wrong: 0, spurious: 0 };
		r[outcome]++;
		byRule.set(key, r);
	};
	for (const { id, type } of tuningIds()) {
		if (kind && type !== kind) continue;
		const meta = JSON.parse(fs.readFileSync(path.join(DIR, 'meta', `${id}.json`), 'utf8')) as WcxbMeta;
		const doc = parseDump(readDump(id));
		const c = cached[id] ?? {};
		const md = extractMetadata(doc, { region: c.region, pageKind: c.pageKind });
		const half = siteHalf(siteOf(meta.url));
		for (const [name, key, matches] of fields) {
			const truth = meta[key];
			const got = md[name]?.value;
			const rule = md[name]?.rule ?? '';
			const hasTruth = !(truth === null || truth.trim() === '');
			const right = hasTruth && !!got && matches(truth, got);
			// With KINDS=1: the same per half and annotated kind.
			for (const k of [name, `${name} ${half}`, ...(process.env.KINDS ? [`${name} ${half} ${type}`] : [])]) count(k, hasTruth, right, !hasTruth && !!got);
			if (half !== 'A') continue;
			if (got) {
				const outcome = !hasTruth ? 'spurious' : right ? 'right' : 'wrong';
				const base = rule.replace(/:first-of-\d+/, '');
				countRule(`${name} ${base}`, outcome);
				countRule(`${name} kind:${type}`, outcome);
				countRule(`${name} detected:${c.pageKind ?? '-'}`, outcome);
			}
			if (only !== name && only !== 'all') continue;
			if (!hasTruth) {
				if (got) lines.push(`SPUR ${id} ${type.padEnd(13)} got ${JSON.stringify(got).slice(0, 80)} [${rule}]`);
			} else if (right) {
				if (process.env.ALL) lines.push(`RGHT ${id} ${type.padEnd(13)} got ${JSON.stringify(got).slice(0, 70)} [${rule}]`);
			} else lines.push(`${got ? 'WRNG' : 'NONE'} ${id} ${type.padEnd(13)} want ${JSON.stringify(truth).slice(0, 70)} got ${JSON.stringify(got)?.slice(0, 70)} [${rule}]`);
		}
	}
	for (const l of lines) console.log(l);
	if (process.env.BY_RULE) for (const [k, r] of [...byRule].sort()) console.log(`${k.padEnd(48)} right ${r.right}  wrong ${r.wrong}  spurious ${r.spurious}  precision ${(r.right / Math.max(1, r.right + r.wrong + r.spurious)).toFixed(2)}`);
	for (const [name, t] of tally) {
		console.log(`${name.padEnd(26)} right ${(t.right / Math.max(1, t.truth)).toFixed(3)} (${t.right}/${t.truth})  where none ${(t.spurious / Math.max(1, t.none)).toFixed(3)} (${t.spurious}/${t.none})`);
	}
}

const [mode, field, kind] = process.argv.slice(2);
if (mode === 'cache') cache();
else score(field, kind);
