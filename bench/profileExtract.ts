// Profiles extractArticle (issue 13): parses the Readability corpus and a slice of the WCXB dev dumps once, then runs
// the extraction over them several times under the V8 profiler and prints the functions by self time (and by total).
// Usage: node out/bench/profileExtract.js [--passes N] [--wcxb N (dumps, 0 = none)] [--top N] [--out FILE.cpuprofile]
import * as fs from 'node:fs';
import * as inspector from 'node:inspector';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseDump } from '../src/core/dump/parseDump';
import { extractArticle } from '../src/core/extract/extractArticle';
import { cpuMs, dumpFiles } from './stages';

const args = process.argv.slice(2);
const opt = (name: string, dflt: number): number => {
	const k = args.indexOf(name);
	return k >= 0 && args[k + 1] !== undefined ? Number(args[k + 1]) : dflt;
};
const passes = opt('--passes', 3);
const wcxbCount = opt('--wcxb', 300);
const top = opt('--top', 40);
const outIndex = args.indexOf('--out');
const outFile = outIndex >= 0 ? args[outIndex + 1] : undefined;

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
	hitCount?: number;
	children?: number[];
}
interface Profile {
	nodes: ProfileNode[];
	samples?: number[];
	timeDeltas?: number[];
}

function files(): string[] {
	const out = dumpFiles().find((s) => s.name === 'corpus')?.files ?? [];
	const wcxb = path.join(os.homedir(), '.cache/page-dump-review/wcxb-dev/dumps');
	if (wcxbCount > 0 && fs.existsSync(wcxb)) {
		// Every k-th dump, so the slice spreads over the sites.
		const all = fs.readdirSync(wcxb).filter((n) => n.endsWith('.txt')).sort();
		const step = Math.max(1, Math.floor(all.length / wcxbCount));
		for (let k = 0; k < all.length && out.length < wcxbCount + 200; k += step) out.push(path.join(wcxb, all[k]));
	}
	return out;
}

/** Self and total milliseconds per function (name + file + line), from the profile's samples. */
function summarize(profile: Profile): void {
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const parent = new Map<number, number>();
	for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
	const self = new Map<string, number>();
	const total = new Map<string, number>();
	const samples = profile.samples ?? [];
	const deltas = profile.timeDeltas ?? [];
	let all = 0;
	const key = (n: ProfileNode): string => `${n.callFrame.functionName || '(anon)'} ${path.basename(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
	for (let k = 0; k < samples.length; k++) {
		const ms = (deltas[k + 1] ?? deltas[k] ?? 0) / 1000;
		all += ms;
		let node = byId.get(samples[k]);
		if (!node) continue;
		self.set(key(node), (self.get(key(node)) ?? 0) + ms);
		const seen = new Set<string>();
		while (node) {
			const name = key(node);
			if (!seen.has(name)) {
				seen.add(name);
				total.set(name, (total.get(name) ?? 0) + ms);
			}
			const p = parent.get(node.id);
			node = p === undefined ? undefined : byId.get(p);
		}
	}
	const print = (title: string, m: Map<string, number>): void => {
		console.log(`\n${title} (of ${all.toFixed(0)} ms)`);
		for (const [name, ms] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms.toFixed(0).padStart(8)} ${((100 * ms) / all).toFixed(1).padStart(5)}%  ${name}`);
	};
	print('Self time', self);
	print('Total time', total);
}

function main(): void {
	const list = files();
	const texts = list.map((f) => fs.readFileSync(f, 'utf8').replace(/^\ufeff/, ''));
	const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
	for (const t of texts) extractArticle(parseDump(t)); // warm up
	const session = new inspector.Session();
	session.connect();
	session.post('Profiler.enable');
	session.post('Profiler.setSamplingInterval', { interval: 500 });
	session.post('Profiler.start');
	// A fresh parse each pass: some caches hang on the document's nodes. Only the extraction is timed; the profile has both.
	let ms = 0;
	for (let p = 0; p < passes; p++) {
		const docs = texts.map((t) => parseDump(t));
		const t0 = cpuMs();
		for (const d of docs) extractArticle(d);
		ms += cpuMs() - t0;
	}
	session.post('Profiler.stop', (err, res) => {
		if (err) throw err;
		const profile = res.profile as unknown as Profile;
		console.log(`${list.length} dumps, ${(bytes / 1e6).toFixed(1)} MB, ${passes} passes: ${ms.toFixed(0)} CPU ms, extract ${((passes * bytes) / 1e6 / (ms / 1000)).toFixed(2)} MB/s`);
		if (outFile) fs.writeFileSync(outFile, JSON.stringify(profile));
		summarize(profile);
	});
}

main();
