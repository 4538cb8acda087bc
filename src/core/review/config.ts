// The config file model: one `.pagedump.json` (or `pagedump.config.json`) for the editor and the CLI, read with
// positions so a malformed file is reported where it is wrong, found by walking up from a dump's folder.
import type { DiagnoseOptions, RuleSetting } from '../diagnose/diagnose';
import type { Scope } from '../diagnose/rule';
import type { OutputFormat } from '../render/formats';
import { CONFIG_SCHEMA } from './configSchema';
import { validateJson } from './configValidate';
import { jsonValue, parseJsonTree } from './jsonTree';
import { pushAll } from '../model/pushAll';

/** The names a config file may have, in the order they are looked for in each folder (as markdownlint-cli2 does). */
export const CONFIG_FILE_NAMES = ['.pagedump.json', 'pagedump.config.json'] as const;

export type ReportFormat = 'html' | 'json' | 'csv';

/** Site rules of one host: selectors of blocks to drop from the article and to keep in it. */
export interface SiteRuleSet {
	readonly exclude?: readonly string[];
	readonly include?: readonly string[];
}

export type SiteRuleTable = Readonly<Record<string, SiteRuleSet>>;

export interface PageDumpConfig {
	readonly rules?: Readonly<Record<string, RuleSetting>>;
	readonly requiredMetadata?: readonly string[];
	readonly scope?: Scope;
	readonly remoteLinks?: { readonly enabled?: boolean; readonly timeout?: number; readonly exclude?: readonly string[]; readonly cacheMaxAge?: number };
	readonly extract?: { readonly format?: OutputFormat };
	readonly report?: { readonly format?: ReportFormat };
	readonly sites?: SiteRuleTable;
}

export interface ConfigProblem {
	readonly message: string;
	/** UTF-16 offsets into the config text. */
	readonly start: number;
	readonly end: number;
	/** `error`: the file cannot be read at all (syntax); `warning`: a value is wrong and is ignored. */
	readonly severity: 'error' | 'warning';
}

export interface ParsedConfig {
	/** What could be read: with a syntax error, nothing; with a wrong value, everything but that value. */
	readonly config: PageDumpConfig;
	readonly problems: readonly ConfigProblem[];
}

/**
 * Reads a config file's text. Never throws: syntax errors and schema violations come back as problems with their
 * ranges, and the values that violate the schema are left out of `config`.
 */
export function parseConfig(text: string): ParsedConfig {
	const { root, errors } = parseJsonTree(text);
	const problems: ConfigProblem[] = errors.map((e) => ({ ...e, severity: 'error' }));
	if (!root) return { config: {}, problems };
	const schemaProblems = validateJson(root, CONFIG_SCHEMA);
	pushAll(problems, schemaProblems.map((p) => ({ ...p, severity: 'warning' as const })));
	if (root.type !== 'object') return { config: {}, problems };
	// Drop every value a problem points into, so the rest of the file still applies.
	const bad = schemaProblems.map((p) => [p.start, p.end] as const);
	const raw = jsonValue(pruneBad(root, bad)) as PageDumpConfig;
	return { config: raw, problems };
}

type Node = Parameters<typeof jsonValue>[0];

function pruneBad(node: Node, bad: readonly (readonly [number, number])[]): Node {
	const hit = (s: number, e: number): boolean => bad.some(([bs, be]) => bs >= s && be <= e);
	if (node.type === 'object') {
		return {
			...node,
			properties: node.properties
				.filter((p) => !bad.some(([bs, be]) => (bs === p.keyRange.start && be === p.keyRange.end) || (bs === p.value.start && be === p.value.end)))
				.map((p) => ({ ...p, value: hit(p.value.start, p.value.end) ? pruneBad(p.value, bad) : p.value })),
		};
	}
	if (node.type === 'array') return { ...node, items: node.items.filter((i) => !bad.some(([bs, be]) => bs === i.start && be === i.end)).map((i) => pruneBad(i, bad)) };
	return node;
}

/** A 0-based line and character of an offset, for messages and diagnostics. */
export function offsetToPosition(text: string, offset: number): { line: number; character: number } {
	let line = 0;
	let lineStart = 0;
	for (let i = 0; i < offset && i < text.length; i++) {
		if (text.charCodeAt(i) === 10) {
			line++;
			lineStart = i + 1;
		}
	}
	return { line, character: Math.max(0, offset - lineStart) };
}

/** `file:line:col: severity message` lines (1-based), as the CLI prints a malformed config. */
export function formatConfigProblems(file: string, text: string, problems: readonly ConfigProblem[]): string {
	return problems.map((p) => {
		const pos = offsetToPosition(text, p.start);
		return `${file}:${pos.line + 1}:${pos.character + 1}: ${p.severity} ${p.message}\n`;
	}).join('');
}

/**
 * The config files to look for, nearest first: each folder from `dir` up to `stopAt` (inclusive; the file system
 * root when absent), each config name in order. Paths use `/` and are not touched on disk here.
 */
export function configCandidates(dir: string, stopAt?: string): string[] {
	const out: string[] = [];
	const norm = (p: string): string => (p.length > 1 ? p.replace(/\/+$/, '') : p);
	let current = norm(dir.replace(/\\/g, '/'));
	const stop = stopAt === undefined ? undefined : norm(stopAt.replace(/\\/g, '/'));
	for (;;) {
		for (const name of CONFIG_FILE_NAMES) out.push(current === '/' ? `/${name}` : `${current}/${name}`);
		if (current === stop) break;
		const slash = current.lastIndexOf('/');
		if (slash < 0) break;
		const parent = slash === 0 ? '/' : current.slice(0, slash);
		if (parent === current) break;
		if (stop !== undefined && !current.startsWith(stop)) break;
		current = parent;
	}
	return out;
}

/** Diagnose options: the config's values over `base` (the editor's settings or the CLI's defaults). */
export function diagnoseOptionsFrom(config: PageDumpConfig, base: DiagnoseOptions = {}): DiagnoseOptions {
	return {
		...base,
		rules: config.rules ? { ...(base.rules ?? {}), ...config.rules } : base.rules,
		requiredMetadata: config.requiredMetadata ?? base.requiredMetadata,
		scope: config.scope ?? base.scope,
	};
}

/** The config with one site rule added (or unchanged when it is there already). */
export function withSiteRule(config: PageDumpConfig, host: string, action: 'include' | 'exclude', selector: string): PageDumpConfig {
	const sites = { ...(config.sites ?? {}) };
	const set = sites[host] ?? {};
	const list = set[action] ?? [];
	if (list.includes(selector)) return config;
	sites[host] = { ...set, [action]: [...list, selector] };
	return { ...config, sites };
}

/** The config without a site rule; a host left with no rules is dropped. */
export function withoutSiteRule(config: PageDumpConfig, host: string, action: 'include' | 'exclude', selector: string): PageDumpConfig {
	const set = config.sites?.[host];
	if (!set?.[action]?.includes(selector)) return config;
	const next: SiteRuleSet = { ...set, [action]: set[action]!.filter((s) => s !== selector) };
	const sites: Record<string, SiteRuleSet> = { ...config.sites };
	if ((next.exclude?.length ?? 0) + (next.include?.length ?? 0) === 0) delete sites[host];
	else sites[host] = Object.fromEntries(Object.entries(next).filter(([, v]) => (v as string[]).length > 0));
	return { ...config, sites };
}

/**
 * A config file's new text with a changed config. The file is rewritten as plain JSON (two-space indent); it is
 * only called on text that parsed without errors, so nothing but comments is lost, and an edit never throws away
 * a property the schema does not know: those are read from the text again and kept.
 */
export function serializeConfig(config: PageDumpConfig, previousText?: string): string {
	let extra: Record<string, unknown> = {};
	if (previousText !== undefined) {
		const { root } = parseJsonTree(previousText);
		if (root?.type === 'object') extra = jsonValue(root) as Record<string, unknown>;
	}
	return JSON.stringify({ ...extra, ...config }, null, 2) + '\n';
}
