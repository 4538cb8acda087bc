// `node out/scripts/metaAudit.js cache|score OUT.json`: every tuning page's author and date with the rule that found it, for a precision audit by rule, half and site.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as os from 'node:os';
import { parseDump } from '../src/core/dump/parseDump';
import { extractArticle } from '../src/core/extract/extractArticle';
import { extractMetadata } from '../src/core/extract/metadata';
import { KIND_PLATFORMS } from '../src/core/extract/kinds/platforms';
import { METADATA_PROFILES } from '../src/core/extract/metadataRules';
import type { SourceRange } from '../src/core/model/dumpDocument';
import { declassDump } from './eval/declass';
import { authorMatches, dateMatches, isHoldout, siteHalf, siteOf, type WcxbMeta } from './eval/wcxb';

/*
 * `cache` runs the whole extractor once per tuning page (region and page kind kept in META_CACHE) and writes the
 * records; `score` reads the cache and runs only the metadata reader. EVAL_DECLASS=all and EVAL_NO_PLATFORMS=all act
 * as in `eval.js`. Held-out pages are never read.
 */
const DIR = process.env.WCXB_DIR ?? path.join(os.homedir(), '.cache', 'page-dump-review', 'wcxb-dev');
const CACHE = process.env.META_CACHE ?? '/tmp/meta-audit-cache.json';

interface Cached {
	readonly region?: SourceRange;
	readonly pageKind?: string;
}

function main(): void {
	const [mode, out] = process.argv.slice(2);
	// With FORCE_DETECT=article (cache): every page extracted as that kind, as `metaForceKind.js` does.
	const forced = process.env.FORCE_DETECT;
	if (forced) {
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const detect = require(path.join(__dirname, '..', 'src', 'core', 'extract', 'kinds', 'detect')) as { detectKind: (...a: unknown[]) => unknown };
		detect.detectKind = () => ({ kind: forced, signal: 'forced (metaAudit)', confidence: 1 });
	}
	// EVAL_NO_PLATFORMS=all removes the kind detector's platform profiles (as `eval.js` does); NO_META_PROFILES=1 the metadata reader's too.
	if (process.env.EVAL_NO_PLATFORMS === 'all') (KIND_PLATFORMS as unknown[]).splice(0, KIND_PLATFORMS.length);
	if (process.env.NO_META_PROFILES) (METADATA_PROFILES as unknown[]).splice(0, METADATA_PROFILES.length);
	const cached: Record<string, Cached> = mode === 'score' ? (JSON.parse(fs.readFileSync(CACHE, 'utf8')) as Record<string, Cached>) : {};
	const records: unknown[] = [];
	const ids = fs.readFileSync(path.join(DIR, 'index.tsv'), 'utf8').split('\n').slice(1).map((l) => l.split('\t')).filter(([id]) => id && !isHoldout(id));
	for (const [id, type] of ids) {
		const raw = fs.readFileSync(path.join(DIR, 'dumps', `${id}.txt`), 'utf8');
		const doc = parseDump(process.env.EVAL_DECLASS === 'all' ? declassDump(raw) : raw);
		let c: Cached = cached[id] ?? {};
		if (mode === 'cache') {
			try {
				const a = extractArticle(doc);
				c = { region: a.region, pageKind: a.metadata.pageType?.value };
			} catch {
				c = {};
			}
			cached[id] = c;
		}
		// With FORCE_KIND=article (score only): every page's metadata read as that kind, the proxy of a page whose kind was missed.
		// The best candidate's score per field (the reported value's, when one is reported), for margins.
		const top: Record<string, number> = {};
		const trace = (f: string, cs: readonly { score: number; rule: string }[]): void => {
			for (const x of cs) {
				const k = f === 'author' ? 'author' : f === 'dates' && x.rule.startsWith('published') ? 'published' : '';
				if (k && x.score > (top[k] ?? -1e9)) top[k] = x.score;
			}
		};
		// With KIND_MAP=product:collection,… (score only): pages annotated as the first kind read as the second, the held-out's kind confusions.
		const mapped = new Map((process.env.KIND_MAP ?? '').split(',').map((p) => p.split(':') as [string, string]));
		const md = extractMetadata(doc, { region: c.region, pageKind: process.env.FORCE_KIND ?? mapped.get(type) ?? c.pageKind, trace });
		const meta = JSON.parse(fs.readFileSync(path.join(DIR, 'meta', `${id}.json`), 'utf8')) as WcxbMeta;
		const site = siteOf(meta.url);
		const rec: Record<string, unknown> = { id, type, site, half: siteHalf(site), detected: c.pageKind };
		for (const [name, key, matches] of [['author', 'author', authorMatches], ['published', 'publish_date', dateMatches]] as const) {
			const truth = meta[key];
			const got = md[name]?.value;
			const hasTruth = !(truth === null || truth === undefined || truth.trim() === '');
			const outcome = !got ? (hasTruth ? 'missed' : 'none') : !hasTruth ? 'spurious' : matches(truth, got) ? 'right' : 'wrong';
			rec[name] = { truth, got, rule: md[name]?.rule, outcome, top: top[name] };
		}
		records.push(rec);
	}
	if (mode === 'cache') fs.writeFileSync(CACHE, JSON.stringify(cached));
	fs.writeFileSync(out, JSON.stringify(records));
	console.log(`${records.length} pages -> ${out}`);
}

main();
