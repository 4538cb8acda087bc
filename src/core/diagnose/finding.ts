// What a diagnostic rule reports: a coded, ranged finding with an optional fix, independent of any editor.
import type { SourceRange } from '../model/dumpDocument';
import { pushAll } from '../model/pushAll';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** The severities from most to least severe; the index is used for sorting and thresholds. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

/** Replaces `text.slice(range.start, range.end)` with `newText`. Offsets are UTF-16, as everywhere in the core. */
export interface TextEdit {
	readonly range: SourceRange;
	readonly newText: string;
}

/** A known repair: applying all its edits (they never overlap) removes the finding and changes nothing else. */
export interface Fix {
	readonly title: string;
	readonly edits: readonly TextEdit[];
}

/** Another place in the dump that explains a finding (the first of two duplicate ids, the other metadata source). */
export interface RelatedLocation {
	readonly message: string;
	readonly range: SourceRange;
}

export interface Finding {
	/** The rule's code, e.g. `PD101`. */
	readonly code: string;
	/** The rule's kebab name, e.g. `empty-link-target`. */
	readonly rule: string;
	readonly severity: Severity;
	readonly message: string;
	readonly range: SourceRange;
	readonly fix?: Fix;
	readonly related?: readonly RelatedLocation[];
}

/**
 * Applies edits to a text. Edits must not overlap; an edit that overlaps an earlier (by start) one is skipped, so
 * "fix all" can hand in the fixes of every finding and get a consistent result. Returns the new text.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
	const sorted = nonOverlapping(edits);
	let out = '';
	let at = 0;
	for (const e of sorted) {
		out += text.slice(at, e.range.start) + e.newText;
		at = e.range.end;
	}
	return out + text.slice(at);
}

/** The edits sorted by position, dropping any that overlap one already kept (insertions at one point keep their order). */
function nonOverlapping(edits: readonly TextEdit[]): TextEdit[] {
	const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.range.start - b.e.range.start || a.e.range.end - b.e.range.end || a.i - b.i);
	const kept: TextEdit[] = [];
	let end = -1;
	for (const { e } of sorted) {
		if (e.range.start < end) continue;
		kept.push(e);
		end = Math.max(end, e.range.end);
	}
	return kept;
}

/**
 * The edits of every fix that can be applied together: a fix is taken whole or not at all, and skipped when one of
 * its edits overlaps an edit already taken. Findings are taken in order, so callers sort them first.
 */
export function combinedFixEdits(findings: readonly Finding[]): TextEdit[] {
	const taken: TextEdit[] = [];
	// Two insertions at one point would apply in an undefined order, so they count as overlapping.
	const overlaps = (a: SourceRange, b: SourceRange): boolean => (a.start < b.end && b.start < a.end) || (a.start === b.start && (a.start === a.end || b.start === b.end));
	for (const f of findings) {
		if (!f.fix) continue;
		if (f.fix.edits.some((e) => taken.some((t) => overlaps(e.range, t.range)))) continue;
		pushAll(taken, f.fix.edits);
	}
	return taken.sort((a, b) => a.range.start - b.range.start);
}
