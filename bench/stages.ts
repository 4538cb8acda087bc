// The pipeline stages the bench measures, loaded at run time so a stage whose file does not exist yet shows as n/a.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The repository root: this file runs as out/bench/stages.js. */
export const ROOT = path.resolve(__dirname, '../..');

/** One step of the pipeline. `run` takes what the earlier steps produced. */
export interface Stage {
	readonly name: string;
	/** Undefined when its module or export is missing: the bench prints n/a. */
	readonly run?: (state: PipelineState) => void;
}

/** What the stages hand on to each other for one dump. */
export interface PipelineState {
	readonly text: string;
	doc?: unknown;
	article?: unknown;
}

type AnyFn = (...args: unknown[]) => unknown;

/** The export `name` of the compiled module `rel` (under out/src), or undefined when it is not there yet. */
function load(rel: string, name: string): AnyFn | undefined {
	const file = path.join(__dirname, '../src', rel + '.js');
	if (!fs.existsSync(file)) return undefined;
	try {
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const fn = require(file)[name];
		return typeof fn === 'function' ? (fn as AnyFn) : undefined;
	} catch {
		return undefined;
	}
}

/** The stages in pipeline order. Each needs the ones before it; a missing one leaves those after it n/a. */
export function loadStages(): Stage[] {
	const parseDump = load('core/dump/parseDump', 'parseDump');
	const extractArticle = load('core/extract/extractArticle', 'extractArticle');
	const buildOutline = load('core/outline/outline', 'buildOutline');
	const diagnose = load('core/diagnose/diagnose', 'diagnose');
	const renderMarkdown = load('core/render/articleMarkdown', 'renderMarkdown');
	const stages: Stage[] = [
		{ name: 'parse', run: parseDump && ((s) => void (s.doc = parseDump(s.text))) },
		{ name: 'extract', run: extractArticle && ((s) => void (s.article = extractArticle(s.doc))) },
		{ name: 'outline', run: buildOutline && ((s) => void buildOutline(s.doc, s.article)) },
		// As the shared analysis runs it: without freezing the model (the unit tests run every rule frozen).
		{ name: 'diagnose', run: diagnose && ((s) => void diagnose(s.doc, s.article, {}, { freeze: false })) },
		{ name: 'render md', run: renderMarkdown && ((s) => void renderMarkdown(s.article, s.doc)) },
	];
	// A stage without its predecessors cannot run: the document or article it needs is not there.
	let broken = false;
	return stages.map((st, k) => {
		if (k <= 1 && !st.run) broken = true;
		return broken && k > 0 ? { name: st.name } : st;
	});
}

/** The stages that make "the whole pipeline" of the aims (issue 13): parse, extract, outline, diagnose, render Markdown. */
export const PIPELINE = ['parse', 'extract', 'outline', 'diagnose', 'render md'];

/** A named set of dumps. */
export interface DumpSet {
	readonly name: string;
	readonly texts: readonly string[];
	/** UTF-8 bytes, the unit of every MB/s here. */
	readonly bytes: number;
}

function readTexts(files: readonly string[]): string[] {
	return files.map((f) => fs.readFileSync(f, 'utf8').replace(/^\ufeff/, ''));
}

function makeSet(name: string, files: readonly string[]): DumpSet | undefined {
	if (files.length === 0) return undefined;
	const texts = readTexts(files);
	return { name, texts, bytes: texts.reduce((n, t) => n + Buffer.byteLength(t), 0) };
}

/** The dump files of each set: the repository's samples, the seeds and the corpus (the last two when present). */
export function dumpFiles(): { name: string; files: string[] }[] {
	const txt = (dir: string): string[] => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => n.endsWith('.txt')).sort().map((n) => path.join(dir, n)) : []);
	const corpusDir = path.join(ROOT, '../shared/corpus/readability');
	const corpus = fs.existsSync(corpusDir) ? fs.readdirSync(corpusDir).sort().map((d) => path.join(corpusDir, d, 'dump.txt')).filter((f) => fs.existsSync(f)) : [];
	return [
		{ name: 'samples', files: txt(path.join(ROOT, 'samples')) },
		{ name: 'seeds', files: txt(path.join(ROOT, '../shared/seeds')) },
		{ name: 'corpus', files: corpus },
	];
}

export function loadSets(): DumpSet[] {
	return dumpFiles().map(({ name, files }) => makeSet(name, files)).filter((s): s is DumpSet => s !== undefined);
}

/** CPU time of this process in milliseconds (user + system). */
export function cpuMs(): number {
	const u = process.cpuUsage();
	return (u.user + u.system) / 1000;
}
