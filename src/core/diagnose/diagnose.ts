// Runs the rules over a parsed dump and its extracted article and returns findings with fixes. Pure and synchronous.
import type { Article } from '../extract/article';
import type { DumpDocument } from '../model/dumpDocument';
import { buildContext } from './context';
import type { Finding, Severity } from './finding';
import { SEVERITIES } from './finding';
import type { MetadataKey, ResolvedOptions, Rule, RuleReport, Scope } from './rule';
import { DEFAULT_REQUIRED_METADATA, METADATA_KEYS } from './rule';
import { complexityRefusal } from '../dump/complexity';
import { isArrayView } from '../model/arrayView';
import { findRule, RULES } from './rules/index';

/** A rule's setting: on or off, or a severity (which also turns it on). `default` keeps the rule's own. */
export type RuleSetting = boolean | 'on' | 'off' | 'default' | Severity;

export interface DiagnoseOptions {
	/** By rule code or name: `{ "PD109": "off", "relative-link": "error" }`. Unknown keys are ignored. */
	readonly rules?: Readonly<Record<string, RuleSetting>>;
	/** Metadata fields that must be present (PD201). Default: title, author, published, url. */
	readonly requiredMetadata?: readonly string[];
	/** `article` (default): link rules look at the extracted article only; `page`: at the whole dump. */
	readonly scope?: Scope;
	/** "Now" for the future-date rule; default the current time. Pass it for reproducible results. */
	readonly now?: Date;
	/** Share (0..1) of words the extracted body and the original HTML must have in common (PD301). Default 0.8. */
	readonly fidelityThreshold?: number;
}

const DEFAULT_FIDELITY_THRESHOLD = 0.8;

/** The enabled state and severity of every rule under the given settings. */
export function resolveRules(settings: DiagnoseOptions['rules'] = {}): Map<Rule, Severity | undefined> {
	const out = new Map<Rule, Severity | undefined>();
	for (const rule of RULES) out.set(rule, rule.defaultEnabled ? rule.defaultSeverity : undefined);
	for (const [key, value] of Object.entries(settings)) {
		const rule = findRule(key);
		if (!rule) continue;
		if (value === false || value === 'off') out.set(rule, undefined);
		else if (value === true || value === 'on') out.set(rule, rule.defaultSeverity);
		else if (value === 'default') out.set(rule, rule.defaultEnabled ? rule.defaultSeverity : undefined);
		else if ((SEVERITIES as readonly string[]).includes(value)) out.set(rule, value);
	}
	return out;
}

export function resolveOptions(options: DiagnoseOptions = {}): ResolvedOptions {
	const required = (options.requiredMetadata ?? DEFAULT_REQUIRED_METADATA).filter((k): k is MetadataKey => (METADATA_KEYS as readonly string[]).includes(k));
	const threshold = options.fidelityThreshold;
	return Object.freeze({
		scope: options.scope === 'page' ? 'page' : 'article',
		requiredMetadata: Object.freeze([...new Set(required)]),
		now: options.now ?? new Date(),
		fidelityThreshold: threshold !== undefined && threshold >= 0 && threshold <= 1 ? threshold : DEFAULT_FIDELITY_THRESHOLD,
	});
}

/**
 * Freezes an object graph in place (model trees, arrays), stopping at anything already frozen. An array's elements
 * are read by index: `Object.keys` of a paragraph of 126,000 inlines ('encoded script links') made as many index
 * strings, 5 MB of garbage at the start of the check. The model's arrays have no other own properties.
 */
function deepFreeze<T>(value: T): T {
	const stack: unknown[] = [value];
	while (stack.length > 0) {
		const v = stack.pop();
		if (v === null || typeof v !== 'object' || Object.isFrozen(v) || ArrayBuffer.isView(v) || v instanceof Map || v instanceof Set || isArrayView(v)) continue;
		Object.freeze(v);
		if (Array.isArray(v)) {
			for (const x of v as unknown[]) if (x !== null && typeof x === 'object') stack.push(x);
		} else for (const key of Object.keys(v)) stack.push((v as Record<string, unknown>)[key]);
	}
	return value;
}

/** Orders findings by position, then code, so output is stable and "fix all" applies fixes front to back. */
export function compareFindings(a: Finding, b: Finding): number {
	// Ties keep the order the rules reported in (the sort is stable): PD201 lists fields in the settings' order.
	return a.range.start - b.range.start || a.range.end - b.range.end || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

/** Any pattern: running it over a string makes V8 flatten that string in place (see `sharedMessage`). */
const FLATTEN_RE = /\u0000/;

/**
 * One copy of each distinct message, flat. Rules build messages with template literals, which V8 keeps as trees of
 * pieces (a 32-byte node per piece, six per message): 'encoded script links' (42,000 findings of two messages) held
 * 8.2 MB of such pieces at the end of a check, 4x its input. Equal messages now share one string, and each distinct one
 * is flattened once (a RegExp run flattens its subject in place), so a finding costs its own object and range only.
 */
function sharedMessage(known: Map<string, string>, message: string): string {
	const seen = known.get(message);
	if (seen !== undefined) return seen;
	FLATTEN_RE.test(message);
	known.set(message, message);
	return message;
}

/** How a run treats its inputs. */
export interface DiagnoseRun {
	/**
	 * Freeze the document and the article first (default), so a rule that writes to them throws. The shared analysis
	 * (analysis/analyzeDump.ts) passes false: the freeze walks the whole model, the most expensive step of a check,
	 * and the unit tests run every rule frozen.
	 */
	readonly freeze?: boolean;
}

/**
 * Checks a dump. `doc` is `parseDump(text)` and `article` is `extractArticle(doc)`; both are frozen here (unless `run.freeze` is false), so rules
 * cannot change what other consumers see. Never throws: a failing rule is skipped and the others still report.
 * Remote links are not checked here (see `checkRemoteLinks`).
 */
export function diagnose(doc: DumpDocument, article: Article, options: DiagnoseOptions = {}, run: DiagnoseRun = {}): Finding[] {
	if (run.freeze !== false) {
		deepFreeze(doc);
		deepFreeze(article);
	}
	const resolved = resolveOptions(options);
	const severities = resolveRules(options.rules);
	const context = buildContext(doc, article, resolved);
	const findings: Finding[] = [];
	const messages = new Map<string, string>();
	// A dump refused as too complex was not parsed: only the rule that says so has anything to report.
	const refused = complexityRefusal(doc) !== undefined;
	for (const rule of RULES) {
		const severity = severities.get(rule);
		if (!severity || !rule.check || (refused && rule.code !== 'PD304')) continue;
		const report = (r: RuleReport): void => {
			// A literal of the five fields, the others added when present: spreads made each finding 16 bytes bigger
			// ('encoded script links': 42,000 findings, 0.67 MB).
			const f: { -readonly [K in keyof Finding]: Finding[K] } = {
				code: rule.code,
				rule: rule.name,
				// A rule's milder findings stay milder than whatever the rule is set to.
				severity: r.severity && SEVERITIES.indexOf(r.severity) > SEVERITIES.indexOf(severity) ? r.severity : severity,
				message: sharedMessage(messages, r.message),
				range: r.range,
			};
			if (r.fix) f.fix = r.fix;
			if (r.related) f.related = r.related;
			findings.push(Object.freeze(f));
		};
		try {
			rule.check(context, report);
		} catch (err) {
			// One rule's bug must not hide the others' findings; the test suite runs every rule on hostile input.
			void err;
		}
	}
	return findings.sort(compareFindings);
}
