// `node out/scripts/titleProbes.js PAGES.json`: what each rewrite of the reported title would gain and lose on the tuning part, per half of the sites.
import * as fs from 'node:fs';
import { foldTitle } from './eval/titleCauses';
import { isHoldout } from './eval/wcxb';

/** What `EVAL_WCXB_JSON` keeps of a page that this script reads. */
interface PageRecord {
	readonly id: string;
	readonly kind: string;
	readonly half: 'A' | 'B';
	readonly title: { readonly truth: boolean; readonly right: boolean; readonly expected?: string; readonly actual?: string };
}

/**
 * Rewrites of a reported title that a rule could make without any other evidence: the forms an annotated `<title>`
 * differs from a headline by (a section number, trailing punctuation, a trademark sign, a year, a tail after a
 * separator, a head or tail at a colon, a closing parenthesis). A rewrite worth a rule gains on both halves and loses
 * on neither; on the session-55 baseline (030ec50) none does (see notes/s55/title55.md).
 */
const PROBES: Readonly<Record<string, (t: string) => string>> = {
	'section number "3.1 "': (t) => t.replace(/^\d+(?:\.\d+)+\.?\s+/u, ''),
	'list number "3. "': (t) => t.replace(/^\d+\.\s+/u, ''),
	'trailing ?!.:': (t) => t.replace(/[?!.:]+$/u, ''),
	'trademark signs': (t) => t.replace(/\s*[®™©]/gu, ''),
	'outer quotes': (t) => t.replace(/^["“‘']|["”’']$/gu, ''),
	'trailing year': (t) => t.replace(/\s*\(?(?:19|20)\d\d(?:-\d+)?\)?$/u, ''),
	'tail after " - " or " | "': (t) => t.split(/\s[-–—|]\s/u)[0],
	'head before ": "': (t) => t.split(': ')[0],
	'tail after ": "': (t) => (t.includes(': ') ? t.slice(t.indexOf(': ') + 2) : t),
	'closing parenthesis': (t) => t.replace(/\s*\([^)]*\)$/u, ''),
	'& as and': (t) => t.replace(/&/gu, 'and'),
};

function main(): void {
	const [file] = process.argv.slice(2);
	if (!file) throw new Error('usage: titleProbes PAGES.json');
	const pages = (JSON.parse(fs.readFileSync(file, 'utf8')) as PageRecord[]).filter((p) => !isHoldout(p.id) && p.title.truth && p.title.actual);
	console.log('rewrite of the reported title      gained A  gained B  lost A  lost B');
	for (const [name, probe] of Object.entries(PROBES)) {
		const n = { gA: 0, gB: 0, lA: 0, lB: 0 };
		for (const p of pages) {
			const actual = p.title.actual ?? '';
			const rewritten = probe(actual).trim();
			if (rewritten === actual || rewritten === '') continue;
			const right = foldTitle(rewritten) === foldTitle(p.title.expected ?? '');
			if (right && !p.title.right) n[p.half === 'A' ? 'gA' : 'gB']++;
			if (!right && p.title.right) n[p.half === 'A' ? 'lA' : 'lB']++;
		}
		console.log(`${name.padEnd(35)}${String(n.gA).padStart(8)}${String(n.gB).padStart(10)}${String(n.lA).padStart(8)}${String(n.lB).padStart(8)}`);
	}
}

main();
