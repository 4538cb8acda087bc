// `node out/scripts/metaShow.js ID FIELD`: one tuning page's metadata candidates for a field, best first, with the dump text around the chosen one.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as os from 'node:os';
import { parseDump } from '../src/core/dump/parseDump';
import { extractMetadata } from '../src/core/extract/metadata';
import type { SourceRange } from '../src/core/model/dumpDocument';
import { isHoldout } from './eval/wcxb';
import { MetadataScan } from '../src/core/extract/metadata/scan';
import { FOREIGN_RE } from '../src/core/extract/metadataRules';
import { declassDump } from './eval/declass';

const DIR = process.env.WCXB_DIR ?? path.join(os.homedir(), '.cache', 'page-dump-review', 'wcxb-dev');
const CACHE = process.env.META_CACHE ?? (process.env.EVAL_DECLASS === 'all' ? '/tmp/meta-regions-declassed.json' : '/tmp/meta-regions.json');

function main(): void {
	const [id, only] = process.argv.slice(2);
	if (isHoldout(id)) throw new Error(`${id} is held out`);
	const cached = (JSON.parse(fs.readFileSync(CACHE, 'utf8')) as Record<string, { region?: SourceRange; pageKind?: string }>)[id] ?? {};
	const raw = fs.readFileSync(path.join(DIR, 'dumps', `${id}.txt`), 'utf8');
	// With EVAL_DECLASS=all: the dump with its class and id words made opaque, as `eval.js` and `metaTune.js` read it.
	const text = process.env.EVAL_DECLASS === 'all' ? declassDump(raw) : raw;
	const doc = parseDump(text);
	const lineOf = (at: number): number => text.slice(0, at).split('\n').length;
	// With AT=<line>: the first node starting on that line, its ancestors' words and which of them are foreign.
	if (process.env.AT) {
		const scan = new MetadataScan(doc, { region: cached.region });
		const n = scan.nodes.find((x) => lineOf(x.range.start) === Number(process.env.AT));
		for (let p = n; p; p = p.parent) console.log(`  ${p.block?.kind ?? p.inline?.kind} L${lineOf(p.range.start)} ${FOREIGN_RE.test(p.words) ? 'FOREIGN ' : ''}${p.words.slice(0, 150)}`);
	}
	const md = extractMetadata(doc, {
		region: cached.region,
		pageKind: cached.pageKind,
		trace: (field, cs) => {
			if (only && field !== only) return;
			console.log(`== ${field}`);
			for (const c of [...cs].sort((a, b) => b.score - a.score).slice(0, 10)) {
				const src = (c as { source?: SourceRange }).source;
				console.log(`  ${String(c.score).padStart(4)} ${c.rule.padEnd(40)} ${JSON.stringify(c.value).slice(0, 90)} ${src ? `@L${lineOf(src.start)}` : ''}`);
			}
		},
	});
	console.log(`region L${cached.region ? lineOf(cached.region.start) : '-'}..${cached.region ? lineOf(cached.region.end) : '-'} kind ${cached.pageKind}; title @L${md.title?.source ? lineOf(md.title.source.start) : '-'}`);
	const f = only ? (md as Record<string, { value: unknown; source?: SourceRange; rule: string } | undefined>)[only] : undefined;
	if (f?.source) {
		const l = lineOf(f.source.start);
		console.log(`-- ${only} = ${JSON.stringify(f.value)} [${f.rule}] at line ${l}`);
		console.log(text.split('\n').slice(Math.max(0, l - 8), l + 4).map((x, i) => `${Math.max(1, l - 7) + i}: ${x.slice(0, 200)}`).join('\n'));
	}
}

main();
