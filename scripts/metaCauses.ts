// `node out/scripts/metaCauses.js PAGES.json [A|B]`: the tuning part's author and date misses per cause (eval/metaCauses.ts), per kind and half.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { authorCause, dateCause, flatDump, META_CAUSES, wrongDateShape, type MetaCause } from './eval/metaCauses';
import { isHoldout } from './eval/wcxb';

const DIR = process.env.WCXB_DIR ?? path.join(os.homedir(), '.cache', 'page-dump-review', 'wcxb-dev');

interface Score {
	readonly truth: boolean;
	readonly right: boolean;
	readonly expected?: string;
	readonly actual?: string;
}

/** What `EVAL_WCXB_JSON` keeps of a page that this script reads. */
interface PageRecord {
	readonly id: string;
	readonly kind: string;
	readonly half: 'A' | 'B';
	readonly title: Score;
	readonly author: Score;
	readonly date: Score;
	readonly authorRule?: string;
	readonly publishedRule?: string;
}

/**
 * Reads the page scores the eval wrote (`EVAL_WCXB_JSON=FILE node out/scripts/eval.js --only wcxb --part tune`) and
 * prints, for the author and the published date, per half and per kind, how many misses (nothing reported) and wrong
 * values each cause has: where the annotated value is written in the dump, if anywhere. With a half named, that half's
 * misses and wrong values are listed one a line (wrong dates with their shape: later/earlier, how far, which label).
 */
function main(): void {
	const [file, list] = process.argv.slice(2);
	if (!file) throw new Error('usage: metaCauses PAGES.json [A|B]');
	const pages = (JSON.parse(fs.readFileSync(file, 'utf8')) as PageRecord[]).filter((p) => !isHoldout(p.id));
	const counts = new Map<string, number>();
	const add = (key: string): void => {
		counts.set(key, (counts.get(key) ?? 0) + 1);
	};
	const lines: string[] = [];
	for (const p of pages) {
		const missA = p.author.truth && !p.author.right;
		const missD = p.date.truth && !p.date.right;
		if (!missA && !missD) continue;
		const meta = JSON.parse(fs.readFileSync(path.join(DIR, 'meta', `${p.id}.json`), 'utf8')) as { url?: string; title?: string };
		const flat = flatDump(fs.readFileSync(path.join(DIR, 'dumps', `${p.id}.txt`), 'utf8'));
		for (const [field, s, cause, rule] of [
			['author', p.author, missA ? authorCause(p.author.expected ?? '', flat) : undefined, p.authorRule],
			['date', p.date, missD ? dateCause(p.date.expected ?? '', flat, meta.title ?? p.title.expected, meta.url ?? '') : undefined, p.publishedRule],
		] as const) {
			if (!cause) continue;
			const status = s.actual ? 'wrong' : 'miss';
			for (const k of [p.kind, 'all']) add(`${field}|${p.half}|${k}|${status}|${cause}`);
			if (p.half === list) {
				const shape = field === 'date' && s.actual ? ` [${wrongDateShape(s.expected ?? '', s.actual, flat)}]` : '';
				lines.push(`  ${field.padEnd(7)}${status.padEnd(6)}${cause.padEnd(11)}${p.id} ${p.kind.padEnd(14)}want ${JSON.stringify(s.expected)} got ${JSON.stringify(s.actual ?? null)} ${s.actual ? (rule ?? '') : ''}${shape}`);
			}
		}
	}
	const kinds = ['all', ...new Set(pages.map((p) => p.kind))];
	for (const field of ['author', 'date'] as const) {
		console.log(`\n${field}: misses (nothing reported) and wrong values, by where the truth is written`);
		console.log(`  ${'half kind status'.padEnd(28)}${META_CAUSES.map((c: MetaCause) => c.padStart(11)).join('')}  total`);
		for (const half of ['A', 'B'] as const) {
			for (const k of kinds) {
				for (const status of ['miss', 'wrong'] as const) {
					const row = META_CAUSES.map((c) => counts.get(`${field}|${half}|${k}|${status}|${c}`) ?? 0);
					const total = row.reduce((a, b) => a + b, 0);
					if (total === 0) continue;
					console.log(`  ${`${half} ${k} ${status}`.padEnd(28)}${row.map((n) => String(n).padStart(11)).join('')}  ${total}`);
				}
			}
		}
	}
	if (lines.length > 0) console.log(`\n${lines.sort().join('\n')}`);
}

main();
