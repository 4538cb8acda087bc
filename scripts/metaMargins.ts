// `node out/scripts/metaMargins.js [author|published]`: on half A's tuning pages, the score of each reported author or date and of the best unreported candidate, by outcome: how far the reported values sit above the reporting threshold.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as os from 'node:os';
import { parseDump } from '../src/core/dump/parseDump';
import { extractMetadata } from '../src/core/extract/metadata';
import type { SourceRange } from '../src/core/model/dumpDocument';
import { authorMatches, dateMatches, isHoldout, siteHalf, siteOf, type WcxbMeta } from './eval/wcxb';

const DIR = process.env.WCXB_DIR ?? path.join(os.homedir(), '.cache', 'page-dump-review', 'wcxb-dev');
const CACHE = process.env.META_CACHE ?? '/tmp/meta-regions.json';

/*
 * Workflow:
 * 1. Reads the cached regions and kinds (`metaTune.js cache`) and each half-A tuning page's truth; held-out and half-B pages are never read.
 * 2. Runs the metadata reader with a trace, and prints per outcome (right, wrong, where none, missed) the reported score and its rule.
 */
function main(): void {
	const field = (process.argv[2] ?? 'author') as 'author' | 'published';
	const cached = JSON.parse(fs.readFileSync(CACHE, 'utf8')) as Record<string, { region?: SourceRange; pageKind?: string }>;
	const ids = fs.readFileSync(path.join(DIR, 'index.tsv'), 'utf8').split('\n').slice(1).map((l) => l.split('\t')).filter(([id]) => id && !isHoldout(id));
	for (const [id, type] of ids) {
		const meta = JSON.parse(fs.readFileSync(path.join(DIR, 'meta', `${id}.json`), 'utf8')) as WcxbMeta;
		if (siteHalf(siteOf(meta.url)) !== 'A') continue;
		const c = cached[id] ?? {};
		let top: { score: number; rule: string; value: unknown } | undefined;
		const md = extractMetadata(parseDump(fs.readFileSync(path.join(DIR, 'dumps', `${id}.txt`), 'utf8')), {
			region: c.region,
			pageKind: c.pageKind,
			trace: (f, cs) => {
				if (f !== (field === 'author' ? 'author' : 'dates')) return;
				for (const x of cs) if ((field === 'author' || x.rule.startsWith('published')) && (!top || x.score > top.score)) top = x;
			},
		});
		const truth = field === 'author' ? meta.author : meta.publish_date;
		const got = md[field];
		const has = truth !== null && truth.trim() !== '';
		const matches = field === 'author' ? authorMatches : dateMatches;
		const outcome = got ? (!has ? 'SPUR' : matches(truth, got.value) ? 'RGHT' : 'WRNG') : has ? 'NONE' : 'nothing';
		const shown = `${got ? `got ${got.rule}` : '-'} | top ${top ? `${top.score} ${top.rule} ${JSON.stringify(top.value).slice(0, 40)}` : '-'}`;
		console.log(`${outcome} ${id} ${type.padEnd(13)} ${(c.pageKind ?? '-').padEnd(13)} ${shown}`);
	}
}

main();
