// `node out/scripts/evalMetadata.js [slug-filter]`: scores metadata alone on the corpus and the seeds, with every miss.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDump } from '../src/core/dump/parseDump';
import { extractArticle } from '../src/core/extract/extractArticle';
import { extractMetadata } from '../src/core/extract/metadata';
import { metadataValueMatches, scoreMetadata } from './eval/score';

const CORPUS_FIELDS = ['title', 'author', 'published', 'siteName', 'description', 'language'] as const;
const SEED_FIELDS = ['title', 'author', 'published', 'modified', 'url', 'siteName', 'language', 'description', 'tags'] as const;

function values(dump: string): Record<string, unknown> {
	const doc = parseDump(dump);
	let metadata;
	try {
		metadata = extractArticle(doc).metadata;
	} catch {
		metadata = extractMetadata(doc, {});
	}
	const out: Record<string, unknown> = {};
	for (const [k, f] of Object.entries(metadata)) out[k] = (f as { value: unknown }).value;
	return out;
}

function main(): void {
	const shared = fs.existsSync(path.resolve(__dirname, '..', '..', '..', 'shared')) ? path.resolve(__dirname, '..', '..', '..', 'shared') : '/work/shared';
	const filter = process.argv[2];
	const dir = path.join(shared, 'corpus', 'readability');
	const per = new Map<string, { ok: number; reachable: number; total: number }>();
	const misses: string[] = [];
	for (const slug of fs.readdirSync(dir).sort()) {
		if (filter && !slug.includes(filter)) continue;
		const dumpFile = path.join(dir, slug, 'dump.txt');
		if (!fs.existsSync(dumpFile)) continue;
		const dump = fs.readFileSync(dumpFile, 'utf8');
		const expected = JSON.parse(fs.readFileSync(path.join(dir, slug, 'expected.json'), 'utf8')) as Record<string, unknown>;
		const actual = values(dump);
		for (const r of scoreMetadata(expected, actual, CORPUS_FIELDS, dump)) {
			const p = per.get(r.field) ?? { ok: 0, reachable: 0, total: 0 };
			p.total++;
			if (r.reachable) p.reachable++;
			if (r.ok) p.ok++;
			per.set(r.field, p);
			if (!r.ok) misses.push(`${r.reachable ? 'MISS' : 'gone'} ${slug.padEnd(34)} ${r.field.padEnd(11)} want ${JSON.stringify(r.expected).slice(0, 90)} got ${JSON.stringify(r.actual)?.slice(0, 90)}`);
		}
	}
	if (process.env.MISSES) for (const m of misses.filter((x) => process.env.MISSES === 'all' || x.startsWith('MISS'))) console.log(m);
	let ok = 0;
	let total = 0;
	let reach = 0;
	for (const f of CORPUS_FIELDS) {
		const p = per.get(f) ?? { ok: 0, reachable: 0, total: 0 };
		ok += p.ok;
		total += p.total;
		reach += p.reachable;
		console.log(`${f.padEnd(12)} ${p.ok}/${p.total}  (of reachable ${p.ok}/${p.reachable}; ${p.total - p.reachable} not in dump)`);
	}
	console.log(`all          ${ok}/${total} = ${(ok / Math.max(1, total)).toFixed(3)}  (of reachable ${ok}/${reach} = ${(ok / Math.max(1, reach)).toFixed(3)})`);

	const seeds = path.join(shared, 'seeds');
	for (const name of fs.readdirSync(path.join(seeds, 'expected')).sort()) {
		const base = name.replace(/\.json$/, '');
		const exp = JSON.parse(fs.readFileSync(path.join(seeds, 'expected', name), 'utf8')) as Record<string, unknown>;
		const actual = values(fs.readFileSync(path.join(seeds, `${base}.txt`), 'utf8'));
		const fails = SEED_FIELDS.filter((f) => !metadataValueMatches(f, exp[f], actual[f]) || (typeof exp[f] === 'string' && exp[f] !== actual[f]));
		console.log(`seed ${base}: ${SEED_FIELDS.length - fails.length}/${SEED_FIELDS.length}`);
		for (const f of fails) console.log(`    ${f}: want ${JSON.stringify(exp[f])} got ${JSON.stringify(actual[f])}`);
	}
}

main();
