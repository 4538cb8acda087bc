// `npm run eval [-- DIR]`: scores article extraction on the development corpus and the seeds, and prints the table.
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
	aggregate,
	type FieldResult,
	matchShingles,
	metadataShare,
	metadataValueMatches,
	normalizeSpace,
	type PageCounts,
	scoreMetadata,
	SHINGLE_SIZE,
	tokenize,
} from './eval/score';
import { visibleText } from './eval/visibleText';
import { formatKindMatrix, runKindMatrix } from './eval/kindMatrix';
import { unlinkDump } from './eval/unlink';
import { dropBylineDump, formatDropByline } from './eval/dropByline';
import { formatReshapeByline, parseReshapeMode, reshapeTransform } from './eval/reshapeByline';
import { formatReshapeDate, parseReshapeDateMode, reshapeDateTransform } from './eval/reshapeDate';
import { parsePerturbModes, perturbDump } from './eval/perturb';
import { formatMisses, formatSkips, formatWcxbTables, isHoldout, kindRuleOf, locateWcxb, MISS_FIELDS, PAGE_KINDS, runWcxb, siteHalf, siteOf, type DumpTransform, type WcxbMeta, type WcxbPage, type WcxbProduct } from './eval/wcxb';
import { declassDump, parseDeclassMode, TokenSites } from './eval/declass';

/** Metadata fields of the corpus's expected.json that the extractor is scored on (`readerable` is not a field). */
const CORPUS_FIELDS = ['title', 'author', 'published', 'siteName', 'description', 'language'] as const;
/** Metadata fields the seeds' expected files check. */
const SEED_FIELDS = ['title', 'author', 'published', 'modified', 'url', 'siteName', 'language', 'description', 'tags'] as const;
/** How many of the worst pages to explain. */
const WORST_PAGES = 10;
/** How many missed / wrongly kept passages to show per worst page, and how many words of each. */
const PASSAGES_PER_PAGE = 2;
const PASSAGE_WORDS = 14;

/** What the eval needs from the product: body text, metadata as plain values, and the article's headings. */
interface Extraction {
	readonly body: string;
	readonly metadata: Record<string, unknown>;
	readonly headings: readonly string[];
}
type Extractor = (dump: string) => Extraction;

interface PageResult {
	readonly slug: string;
	readonly truth: string;
	readonly prediction: string;
	readonly counts: PageCounts;
	readonly baseline: PageCounts;
	readonly fields: readonly FieldResult[];
	readonly error?: string;
}

/** Loads the extraction pipeline from the compiled core. Resolved at run time so the eval still reports the baseline while a module is missing. */
function loadExtractor(): Extractor | string {
	try {
		const core = path.join(__dirname, '..', 'src', 'core');
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const { parseDump } = require(path.join(core, 'dump', 'parseDump'));
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const { extractArticle } = require(path.join(core, 'extract', 'extractArticle'));
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const { renderText } = require(path.join(core, 'render', 'articleText'));
		if (typeof parseDump !== 'function' || typeof extractArticle !== 'function' || typeof renderText !== 'function') {
			return 'parseDump, extractArticle or renderText is not exported yet';
		}
		return (dump: string): Extraction => {
			const doc = parseDump(dump);
			const article = extractArticle(doc);
			const body: string = renderText(article, doc);
			const metadata: Record<string, unknown> = {};
			for (const [key, field] of Object.entries(article.metadata ?? {})) {
				metadata[key] = (field as { value: unknown } | undefined)?.value;
			}
			const headings: string[] = [];
			for (const b of article.blocks as { kind: string; contentRange?: { start: number; end: number } }[]) {
				if (b.kind === 'heading' && b.contentRange) headings.push(normalizeSpace(dump.slice(b.contentRange.start, b.contentRange.end)));
			}
			return { body, metadata, headings };
		};
	} catch (e) {
		return `pipeline not available: ${(e as Error).message.split('\n')[0]}`;
	}
}

/** The shared folder: `../shared` next to the repository, else /work/shared. */
function sharedRoot(): string | undefined {
	const repo = path.resolve(__dirname, '..', '..');
	for (const candidate of [path.resolve(repo, '..', 'shared'), '/work/shared']) {
		if (fs.existsSync(candidate)) return candidate;
	}
	return undefined;
}

function readIf(file: string): string | undefined {
	return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
}

function fmt(x: number): string {
	return x.toFixed(3);
}

function pad(s: string, n: number): string {
	return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

function pageF1(c: PageCounts): number {
	return c.tp === 0 ? 0 : (2 * c.tp) / (2 * c.tp + c.fp + c.fn);
}

/** Longest runs of `a`'s tokens whose shingles are not in `b`: what one text has and the other lacks. */
function unmatchedPassages(a: string, b: string): string[] {
	const ta = tokenize(a);
	const tb = tokenize(b);
	if (ta.length === 0) return [];
	const n = SHINGLE_SIZE;
	const have = new Map<string, number>();
	for (let i = 0; i <= Math.max(0, tb.length - n); i++) {
		const k = tb.slice(i, i + n).join(' ');
		have.set(k, (have.get(k) ?? 0) + 1);
	}
	const covered = new Array<boolean>(ta.length).fill(false);
	for (let i = 0; i <= Math.max(0, ta.length - n); i++) {
		const k = ta.slice(i, i + n).join(' ');
		const c = have.get(k) ?? 0;
		if (c > 0) {
			have.set(k, c - 1);
			for (let j = i; j < Math.min(ta.length, i + n); j++) covered[j] = true;
		}
	}
	const runs: [number, number][] = [];
	let start = -1;
	for (let i = 0; i <= ta.length; i++) {
		if (i < ta.length && !covered[i]) {
			if (start < 0) start = i;
		} else if (start >= 0) {
			runs.push([start, i]);
			start = -1;
		}
	}
	runs.sort((x, y) => y[1] - y[0] - (x[1] - x[0]));
	return runs.slice(0, PASSAGES_PER_PAGE).map(([s, e]) => {
		const words = ta.slice(s, Math.min(e, s + PASSAGE_WORDS)).join(' ');
		return `${e - s}w "${words}${e - s > PASSAGE_WORDS ? ' …' : ''}"`;
	});
}

function runCorpus(dir: string, extractor: Extractor | undefined): void {
	const slugs = fs
		.readdirSync(dir)
		.filter((s) => fs.existsSync(path.join(dir, s, 'dump.txt')) && fs.existsSync(path.join(dir, s, 'expected.txt')))
		.sort();
	const results: PageResult[] = [];
	const started = Date.now();
	for (const slug of slugs) {
		const dump = fs.readFileSync(path.join(dir, slug, 'dump.txt'), 'utf8');
		const truth = fs.readFileSync(path.join(dir, slug, 'expected.txt'), 'utf8');
		const expectedJson = readIf(path.join(dir, slug, 'expected.json'));
		const expected = expectedJson ? (JSON.parse(expectedJson) as Record<string, unknown>) : {};
		let prediction = '';
		let metadata: Record<string, unknown> = {};
		let error: string | undefined;
		if (extractor) {
			try {
				const x = extractor(dump);
				prediction = x.body;
				metadata = x.metadata;
			} catch (e) {
				error = (e as Error).message;
			}
		}
		results.push({
			slug,
			truth,
			prediction,
			counts: matchShingles(truth, prediction),
			baseline: matchShingles(truth, visibleText(dump)),
			fields: extractor ? scoreMetadata(expected, metadata, CORPUS_FIELDS, dump) : [],
			error,
		});
	}
	const elapsed = Date.now() - started;

	console.log(`Corpus: ${dir} (${results.length} pages, ${elapsed} ms)`);
	console.log('');
	console.log(`${pad('extraction', 22)}${pad('F1', 8)}${pad('P', 8)}${pad('R', 8)}pages P/R`);
	const rows: [string, PageCounts[]][] = [['all visible text', results.map((r) => r.baseline)]];
	if (extractor) rows.push(['extractArticle', results.map((r) => r.counts)]);
	for (const [name, counts] of rows) {
		const s = aggregate(counts);
		console.log(`${pad(name, 22)}${pad(fmt(s.f1), 8)}${pad(fmt(s.precision), 8)}${pad(fmt(s.recall), 8)}${s.predictedPages}/${s.truthPages}`);
	}
	if (!extractor) return;

	const errors = results.filter((r) => r.error);
	for (const r of errors) console.log(`  ERROR ${r.slug}: ${r.error}`);

	// Metadata: share over all expected fields, and over the fields whose value is in the dump at all.
	const allFields = results.flatMap((r) => r.fields);
	const reachable = allFields.filter((f) => f.reachable);
	console.log('');
	console.log(
		`metadata share ${fmt(metadataShare(allFields))} (${allFields.filter((f) => f.ok).length}/${allFields.length} fields); ` +
			`of values present in the dump ${fmt(metadataShare(reachable))} (${reachable.filter((f) => f.ok).length}/${reachable.length}); ` +
			`${allFields.length - reachable.length} misses not in the dump`,
	);
	for (const field of CORPUS_FIELDS) {
		const fs_ = allFields.filter((f) => f.field === field);
		const ok = fs_.filter((f) => f.ok).length;
		const unreachable = fs_.filter((f) => !f.reachable).length;
		console.log(`  ${pad(field, 12)} ${ok}/${fs_.length}  (${unreachable} not in dump)`);
	}

	// The worst pages by their own F1, with what was missed and what was kept wrongly.
	console.log('');
	console.log(`Worst ${WORST_PAGES} pages:`);
	const worst = [...results].filter((r) => tokenize(r.truth).length > 0).sort((a, b) => pageF1(a.counts) - pageF1(b.counts));
	for (const r of worst.slice(0, WORST_PAGES)) {
		const c = r.counts;
		const p = c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : 0;
		const rec = c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : 0;
		console.log(`  ${pad(r.slug, 36)} F1 ${fmt(pageF1(c))}  P ${fmt(p)}  R ${fmt(rec)}  (${tokenize(r.prediction).length}/${tokenize(r.truth).length} words)`);
		for (const m of unmatchedPassages(r.truth, r.prediction)) console.log(`      missed: ${m}`);
		for (const k of unmatchedPassages(r.prediction, r.truth)) console.log(`      kept:   ${k}`);
	}
	const misses = results.flatMap((r) => r.fields.filter((f) => !f.ok && f.reachable).map((f) => ({ slug: r.slug, f })));
	if (misses.length > 0 && process.env.EVAL_METADATA_MISSES) {
		console.log('');
		console.log('Metadata misses (value present in the dump):');
		for (const { slug, f } of misses) console.log(`  ${pad(slug, 36)} ${pad(f.field, 12)} expected ${JSON.stringify(f.expected)} got ${JSON.stringify(f.actual)}`);
	}
}

/** The seeds' property checks: metadata fields, headings, and where the body starts, ends, and what it must (not) contain. */
function runSeeds(dir: string, extractor: Extractor | undefined): void {
	const expectedDir = path.join(dir, 'expected');
	if (!fs.existsSync(expectedDir)) return;
	const names = fs.readdirSync(expectedDir).filter((f) => f.endsWith('.json')).sort();
	console.log('');
	console.log(`Seeds: ${dir} (${names.length})`);
	if (!extractor) {
		console.log('  skipped: no extractor');
		return;
	}
	let passed = 0;
	let total = 0;
	for (const name of names) {
		const base = name.replace(/\.json$/, '');
		const dump = readIf(path.join(dir, `${base}.txt`));
		if (dump === undefined) continue;
		const exp = JSON.parse(fs.readFileSync(path.join(expectedDir, name), 'utf8')) as Record<string, unknown>;
		const failures: string[] = [];
		let checks = 0;
		const check = (ok: boolean, what: string): void => {
			checks++;
			if (!ok) failures.push(what);
		};
		let x: Extraction;
		try {
			x = extractor(dump);
		} catch (e) {
			console.log(`  ${base}: ERROR ${(e as Error).message}`);
			continue;
		}
		const body = normalizeSpace(x.body);
		for (const field of SEED_FIELDS) {
			if (!(field in exp)) continue;
			check(metadataValueMatches(field, exp[field], x.metadata[field]), `${field}: expected ${JSON.stringify(exp[field])} got ${JSON.stringify(x.metadata[field])}`);
		}
		if (Array.isArray(exp.headings)) {
			for (const h of exp.headings as string[]) check(x.headings.includes(normalizeSpace(h)), `heading missing: ${JSON.stringify(h)}`);
		}
		if (typeof exp.bodyStartsWith === 'string') check(body.startsWith(normalizeSpace(exp.bodyStartsWith)), `body starts with ${JSON.stringify(body.slice(0, 60))}`);
		if (typeof exp.bodyEndsWith === 'string') check(body.endsWith(normalizeSpace(exp.bodyEndsWith)), `body ends with ${JSON.stringify(body.slice(-60))}`);
		for (const s of (exp.bodyMustContain as string[] | undefined) ?? []) check(body.includes(normalizeSpace(s)), `body lacks ${JSON.stringify(s)}`);
		for (const s of (exp.bodyMustNotContain as string[] | undefined) ?? []) check(!body.includes(normalizeSpace(s)), `body has ${JSON.stringify(s)}`);
		total += checks;
		passed += checks - failures.length;
		console.log(`  ${base}: ${checks - failures.length}/${checks} checks`);
		for (const f of failures) console.log(`      ${f}`);
	}
	console.log(`  seeds total ${passed}/${total}`);
}

/**
 * `EVAL_FORCE_KIND=annotated` (tuning part only): every page is extracted as its annotated kind instead of the detected
 * one, to measure what right detection would gain per kind; `EVAL_FORCE_KIND=annotated:forum,service` forces only pages
 * annotated with those kinds; `EVAL_FORCE_KIND=article` (any one kind) extracts every page as that kind, to compare
 * strategies page by page. Replaces the compiled `detectKind` export, which `extractArticle` reads at each call.
 * `--kind-matrix` forces whatever kind the product is called with (kindMatrix.ts).
 */
function forcedKinds(core: string, spec = process.env.EVAL_FORCE_KIND): ((annotatedKind: string | undefined) => void) | undefined {
	if (!spec) return undefined;
	const m = /^annotated(?::([a-z,]+))?$/.exec(spec);
	const fixed = /^[a-z]+$/.test(spec) && spec !== 'annotated' ? spec : undefined;
	if (!m && !fixed) throw new Error(`EVAL_FORCE_KIND takes annotated, annotated:<kind>,<kind> or one kind, not ${spec}`);
	const only = m?.[1] ? new Set(m[1].split(',')) : undefined;
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const detect = require(path.join(core, 'extract', 'kinds', 'detect')) as { detectKind: (...a: unknown[]) => unknown };
	const real = detect.detectKind;
	let forced: string | undefined;
	detect.detectKind = (...a: unknown[]) => (forced ? { kind: forced, signal: 'forced (annotated)', confidence: 1 } : real(...a));
	return (annotatedKind) => {
		forced = fixed ?? (annotatedKind && (!only || only.has(annotatedKind)) ? annotatedKind : undefined);
	};
}

/**
 * `EVAL_NO_PLATFORMS=forum` (tuning part only; any page kinds, comma-separated, or `all`): the platform profiles of those
 * kinds (kinds/platforms.ts; `product` and `collection` name the `shop` profiles) are removed before the run, and a kind
 * no profile has is an error rather than a run that removes nothing, so the generic path reads every page as an engine with no
 * profile would be read: the best proxy on the tuning part for forum software no profile names. Empties the compiled
 * `KIND_PLATFORMS` in place, which `pageSignals` reads at each call.
 */
/** Page kinds whose profiles carry another kind's name: shop profiles (Shopify, WooCommerce, ...) serve product and collection pages alike. */
const PROFILE_KINDS_OF: Readonly<Record<string, readonly string[]>> = { product: ['shop'], collection: ['shop'] };

function withoutPlatforms(core: string, spec = process.env.EVAL_NO_PLATFORMS): void {
	if (!spec) return;
	const kinds = new Set(spec.split(',').flatMap((k) => PROFILE_KINDS_OF[k] ?? [k]));
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const { KIND_PLATFORMS } = require(path.join(core, 'extract', 'kinds', 'platforms')) as { KIND_PLATFORMS: { kind: string }[] };
	const named = new Set(KIND_PLATFORMS.map((p) => p.kind));
	const unknown = [...kinds].filter((k) => k !== 'all' && !named.has(k));
	if (unknown.length) throw new Error(`EVAL_NO_PLATFORMS: no platform profile has kind ${unknown.join(', ')} (profiles' kinds: ${[...named].join(', ')}, or all)`);
	const kept = KIND_PLATFORMS.filter((p) => !kinds.has('all') && !kinds.has(p.kind));
	KIND_PLATFORMS.splice(0, KIND_PLATFORMS.length, ...kept);
}

/**
 * `EVAL_DECLASS=all|unique|rare|rare:N`: every dump's class and id words made opaque before extraction (declass.ts), the
 * tuning part's stand-in for sites whose words no rule knows. `rare` keeps words that ten (or N) other tuning sites use;
 * `unique` gives every occurrence a token of its own.
 */
function declassTransform(dir: string, spec = process.env.EVAL_DECLASS): DumpTransform | undefined {
	const mode = parseDeclassMode(spec);
	if (!mode) return undefined;
	if (mode.kind === 'all') return (dump) => declassDump(dump);
	if (mode.kind === 'unique') return (dump) => declassDump(dump, () => false, true);
	const sites = new TokenSites();
	for (const line of fs.readFileSync(path.join(dir, 'index.tsv'), 'utf8').split('\n').slice(1)) {
		const id = line.split('\t')[0];
		if (!id || isHoldout(id)) continue;
		const meta = JSON.parse(fs.readFileSync(path.join(dir, 'meta', `${id}.json`), 'utf8')) as WcxbMeta;
		sites.add(siteOf(meta.url), fs.readFileSync(path.join(dir, 'dumps', `${id}.txt`), 'utf8'));
	}
	return (dump, meta) => declassDump(dump, sites.keeper(siteOf(meta.url), mode.sites));
}

/**
 * `EVAL_UNLINK=1` (tuning part only): member links made bold names (unlink.ts), after `EVAL_DECLASS`'s transform when
 * both are set; a harsher proxy of boards whose profile links no rule knows.
 */
function unlinkTransform(inner: DumpTransform | undefined): DumpTransform | undefined {
	if (!process.env.EVAL_UNLINK) return inner;
	return (dump, meta) => unlinkDump(inner ? inner(dump, meta) : dump);
}

/**
 * `EVAL_DROP_BYLINE=1` (tuning part only): the true author's names and the true date's written forms removed before the
 * other transforms (dropByline.ts), so that every page with a byline becomes one without: a value still reported is a guess.
 */
function dropBylineTransform(inner: DumpTransform | undefined): DumpTransform | undefined {
	if (!process.env.EVAL_DROP_BYLINE) return inner;
	return (dump, meta) => {
		const dropped = dropBylineDump(dump, meta);
		return inner ? inner(dropped, meta) : dropped;
	};
}

/**
 * `EVAL_RESHAPE_BYLINE=after-date|under-h1|label|far-box|plain|link|mixed` (tuning part only): the true author's byline
 * rewritten into another shape before the other transforms (reshapeByline.ts), a proxy of bylines on unseen sites.
 */
function reshapeBylineTransform(inner: DumpTransform | undefined): DumpTransform | undefined {
	const mode = parseReshapeMode(process.env.EVAL_RESHAPE_BYLINE);
	if (!mode) return inner;
	const reshape = reshapeTransform(mode);
	return (dump, meta) => {
		const out = reshape(dump, meta);
		return inner ? inner(out, meta) : out;
	};
}

/**
 * `EVAL_RESHAPE_DATE=de|fr|es|it|nl|pt|ja|dmy|dots|iso|label|bare|after-byline|relative|mixed` (tuning part only): the
 * page's visible dates rewritten into another shape before the other transforms (reshapeDate.ts), a proxy of datelines on unseen sites.
 */
function reshapeDateTransformOf(inner: DumpTransform | undefined): DumpTransform | undefined {
	const mode = parseReshapeDateMode(process.env.EVAL_RESHAPE_DATE);
	if (!mode) return inner;
	const reshape = reshapeDateTransform(mode);
	return (dump, meta) => {
		const out = reshape(dump, meta);
		return inner ? inner(out, meta) : out;
	};
}

/**
 * `EVAL_PERTURB=gap|noprice|gap,noprice|unwrap-cards` (tuning part only): each dump's first h1 moved away from its buy box before the
 * other transforms (perturb.ts): neutral lines inserted under it, or the price line under it removed; a proxy of shops
 * whose buy box no rule was fitted to. Use with `--kind product` or `--kind collection`.
 */
function perturbTransform(inner: DumpTransform | undefined): DumpTransform | undefined {
	if (!process.env.EVAL_PERTURB) return inner;
	const modes = parsePerturbModes(process.env.EVAL_PERTURB);
	return (dump, meta) => {
		const moved = perturbDump(dump, modes);
		return inner ? inner(moved, meta) : moved;
	};
}

/** The rule of a metadata field, when it has one. */
function ruleOf(field: unknown): string | undefined {
	const rule = (field as { rule?: unknown } | undefined)?.rule;
	return typeof rule === 'string' ? rule : undefined;
}

/** The product as the CLI runs it: refused when it does not look like a dump, nothing when no article is found, else `--format text` and the metadata. */
function loadWcxbProduct(kindMatrix = false): WcxbProduct | string {
	try {
		const core = path.join(__dirname, '..', 'src', 'core');
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const { extractDump, formatExtraction } = require(path.join(core, 'render', 'formats'));
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const { looksLikeDump } = require(path.join(core, 'dump', 'sniff'));
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const { emptyArticleReason } = require(path.join(core, 'extract', 'warnings'));
		const force = forcedKinds(core, kindMatrix ? 'annotated' : undefined);
		withoutPlatforms(core);
		return (dump: string, annotatedKind?: string) => {
			const started = process.hrtime.bigint();
			const ms = (): number => Number(process.hrtime.bigint() - started) / 1e6;
			try {
				force?.(annotatedKind);
				if (!looksLikeDump(dump)) return { text: '', skipped: 'does not look like a page dump', ms: ms() };
				const x = extractDump(dump);
				const md = x.article.metadata as Record<string, { value: unknown } | undefined>;
				const str = (v: unknown): string | undefined => (Array.isArray(v) ? v.join(', ') : typeof v === 'string' ? v : undefined);
				const meta = { title: str(md.title?.value), author: str(md.author?.value) ?? str(md.authors?.value), published: str(md.published?.value), pageType: str(md.pageType?.value), kindRule: kindRuleOf(md.pageType) };
				const rules = { authorRule: ruleOf(md.author ?? md.authors), publishedRule: ruleOf(md.published) };
				if (x.article.empty) return { text: '', ...meta, ...rules, skipped: emptyArticleReason(x.article), ms: ms() };
				const text: string = formatExtraction(x, 'text');
				return { text, ...meta, ...rules, ms: ms() };
			} catch (e) {
				return { text: '', skipped: `error: ${(e as Error).message.split('\n')[0]}`, ms: ms() };
			}
		};
	} catch (e) {
		return `pipeline not available: ${(e as Error).message.split('\n')[0]}`;
	}
}

/** How many of the worst tuning pages per kind to name with `--worst`. */
const WCXB_WORST_DEFAULT = 0;

/** The WCXB development pages: the tuning part and the held-out part, each with its own tables. */
function runWcxbEval(shared: string | undefined, part: 'all' | 'tune' | 'holdout', worst: number, kind?: string, misses?: keyof typeof MISS_FIELDS, kindMatrix = false): void {
	console.log('');
	if ((process.env.EVAL_FORCE_KIND || kindMatrix) && part !== 'tune') throw new Error('EVAL_FORCE_KIND and --kind-matrix are tuning-only ceilings: run them with --part tune');
	if (process.env.EVAL_UNLINK && part !== 'tune') throw new Error('EVAL_UNLINK is a tuning-part proxy of unseen boards: run it with --part tune');
	if (process.env.EVAL_RESHAPE_BYLINE && part !== 'tune') throw new Error('EVAL_RESHAPE_BYLINE reads the annotations of each dump: run it with --part tune');
	if (process.env.EVAL_RESHAPE_DATE && part !== 'tune') throw new Error('EVAL_RESHAPE_DATE reads the annotations of each dump: run it with --part tune');
	if (process.env.EVAL_DROP_BYLINE && part !== 'tune') throw new Error('EVAL_DROP_BYLINE reads the annotations of each dump: run it with --part tune');
	if (process.env.EVAL_PERTURB && part !== 'tune') throw new Error('EVAL_PERTURB is a tuning-part proxy of unseen shops: run it with --part tune');
	if (process.env.EVAL_NO_PLATFORMS && part !== 'tune') throw new Error('EVAL_NO_PLATFORMS measures the generic path on the tuning part: run it with --part tune');
	const where = locateWcxb(shared);
	if ('skip' in where) {
		console.log(`WCXB dev: ${where.skip}`);
		return;
	}
	const product = loadWcxbProduct(kindMatrix);
	if (typeof product === 'string') {
		console.log(`WCXB dev: ${product}`);
		return;
	}
	if (kindMatrix) {
		const declassed = declassTransform(where.dir);
		if (declassed) console.log(`EVAL_DECLASS=${process.env.EVAL_DECLASS}: class and id words made opaque before extraction (scripts/eval/declass.ts)`);
		const matrix = runKindMatrix(where.dir, product, kind, perturbTransform(declassed));
		console.log(formatKindMatrix(matrix));
		if (process.env.EVAL_KIND_MATRIX_JSON) fs.writeFileSync(process.env.EVAL_KIND_MATRIX_JSON, JSON.stringify(matrix));
		return;
	}
	const started = Date.now();
	const declassed = declassTransform(where.dir);
	const transform = reshapeDateTransformOf(reshapeBylineTransform(dropBylineTransform(perturbTransform(unlinkTransform(declassed)))));
	const pages = runWcxb(where.dir, product, part, kind, transform);
	if (declassed) console.log(`EVAL_DECLASS=${process.env.EVAL_DECLASS}: class and id words made opaque before extraction (scripts/eval/declass.ts)`);
	if (process.env.EVAL_UNLINK) console.log('EVAL_UNLINK: member links made bold names before extraction (scripts/eval/unlink.ts)');
	if (process.env.EVAL_PERTURB) console.log(`EVAL_PERTURB=${process.env.EVAL_PERTURB}: the first h1 moved away from its buy box, or the cards unwrapped, before extraction (scripts/eval/perturb.ts, unwrapCards.ts)`);
	if (process.env.EVAL_DROP_BYLINE) console.log('EVAL_DROP_BYLINE: the true author names and date forms removed before extraction (scripts/eval/dropByline.ts)');
	console.log(`WCXB dev: ${where.dir} (${pages.length} pages, ${Date.now() - started} ms; word-level F1, means over pages; held out: id hash % 5 == 0)`);
	const tune = pages.filter((p) => !p.holdout);
	const held = pages.filter((p) => p.holdout);
	if (part !== 'holdout') console.log(formatWcxbTables('tuning part', tune, true));
	// The held-out pages split by whether their site also gives tuning pages (known only when the tuning part was read).
	const tuneSites = part === 'all' ? new Set(tune.map((p) => p.site)) : undefined;
	if (part !== 'tune') console.log(formatWcxbTables('held-out part (never inspected while tuning)', held, false, tuneSites, tune));
	if (part === 'all') console.log(formatWcxbTables('both parts', pages));
	const skips = formatSkips(pages);
	if (skips) console.log(`pages without text:\n${skips}`);
	// Only half A's sites are studied: half B stays a check of whether a change carries over to unseen sites.
	const studied = tune.filter((p) => siteHalf(p.site) === 'A');
	if (worst > 0) {
		console.log(`worst ${worst} tuning pages per kind, sites of half A only (id F1 P R):`);
		for (const kind of PAGE_KINDS) {
			const ps = [...studied].filter((p) => p.kind === kind).sort((a, b) => a.f1 - b.f1).slice(0, worst);
			console.log(`  ${kind}: ${ps.map((p: WcxbPage) => `${p.id} ${p.f1.toFixed(2)}/${p.precision.toFixed(2)}/${p.recall.toFixed(2)}`).join(', ')}`);
		}
	}
	if (misses) {
		console.log(`${misses} misses on the tuning part, sites of half A only (NONE: nothing reported, WRNG: another value, SPUR: a value where the truth has none):`);
		console.log(formatMisses(studied, misses));
	}
	if (process.env.EVAL_DROP_BYLINE) console.log(formatDropByline(tune));
	if (process.env.EVAL_RESHAPE_DATE) console.log(formatReshapeDate(parseReshapeDateMode(process.env.EVAL_RESHAPE_DATE) ?? 'mixed', tune));
	if (process.env.EVAL_RESHAPE_BYLINE) console.log(formatReshapeByline(parseReshapeMode(process.env.EVAL_RESHAPE_BYLINE) ?? 'plain', tune));
	if (process.env.EVAL_WCXB_JSON) {
		fs.writeFileSync(process.env.EVAL_WCXB_JSON, JSON.stringify(tune.map((p) => ({ ...p, half: siteHalf(p.site) })), null, 1));
		console.log(`tuning-part page scores written to ${process.env.EVAL_WCXB_JSON}`);
	}
}

interface EvalArgs {
	dir?: string;
	only?: string;
	part: 'all' | 'tune' | 'holdout';
	worst: number;
	kind?: string;
	misses?: keyof typeof MISS_FIELDS;
	kindMatrix: boolean;
}

/**
 * Reads `--only corpus|wcxb`, `--part all|tune|holdout`, `--worst N`, `--kind K` (WCXB pages of one annotated kind),
 * `--misses title|author|published` (that field's misses on the tuning part), `--kind-matrix` (or `EVAL_KIND_MATRIX=1`:
 * every strategy on every tuning page, kindMatrix.ts; `EVAL_KIND_MATRIX_JSON=FILE` keeps the page scores) and an optional corpus folder.
 */
function parseArgs(argv: readonly string[]): EvalArgs {
	const out: EvalArgs = { part: 'all', worst: WCXB_WORST_DEFAULT, kindMatrix: process.env.EVAL_KIND_MATRIX === '1' };
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (a === '--only') out.only = argv[++i];
		else if (a === '--part') {
			const v = argv[++i];
			if (v !== 'all' && v !== 'tune' && v !== 'holdout') throw new Error(`--part takes all, tune or holdout, not ${v}`);
			out.part = v;
		} else if (a === '--worst') out.worst = Number(argv[++i]) || 0;
		else if (a === '--kind') out.kind = argv[++i];
		else if (a === '--kind-matrix') out.kindMatrix = true;
		else if (a === '--misses') {
			const v = argv[++i];
			if (!(v in MISS_FIELDS)) throw new Error(`--misses takes ${Object.keys(MISS_FIELDS).join(', ')}, not ${v}`);
			out.misses = v as keyof typeof MISS_FIELDS;
		} else out.dir = a;
	}
	return out;
}

function main(): void {
	const args = parseArgs(process.argv.slice(2));
	const shared = sharedRoot();
	if (args.only !== 'wcxb') {
		const corpusDir = args.dir ? path.resolve(args.dir) : shared ? path.join(shared, 'corpus', 'readability') : undefined;
		if (!corpusDir || !fs.existsSync(corpusDir)) {
			console.log(`eval: skipped, no corpus found (looked for ${args.dir ?? '../shared/corpus/readability and /work/shared/corpus/readability'})`);
		} else {
			const loaded = loadExtractor();
			const extractor = typeof loaded === 'string' ? undefined : loaded;
			if (typeof loaded === 'string') console.log(`eval: ${loaded}; scoring the baseline only`);
			runCorpus(corpusDir, extractor);
			if (shared && !args.dir) runSeeds(path.join(shared, 'seeds'), extractor);
		}
	}
	if (args.only !== 'corpus' && !args.dir) runWcxbEval(shared, args.part, args.worst, args.kind, args.misses, args.kindMatrix);
}

main();
