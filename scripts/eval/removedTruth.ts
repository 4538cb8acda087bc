// Truth lost per removal step: the annotated words that a pipeline step removed and the output lacks, to find which step costs recall. Pure.
import { wordTokens } from './wcxb';

/** A removal the pipeline recorded (`Article.removed`): the dump range and the step that took it out. */
export interface Removal {
	readonly range: { readonly start: number; readonly end: number };
	readonly step: string;
	readonly signal: string;
}

/** One step's cost on one page: truth words it took out that the output lacks, and how often it fired. */
export interface StepLoss {
	lost: number;
	fired: number;
}

/**
 * Steps whose signal names the rule that fired (`unlikely` prunes by a class word or a role, `hidden` by an
 * attribute): their signal is part of the key, so `unlikely:header` and `unlikely:footer` are counted apart.
 */
const KEYED_BY_SIGNAL = /^(?:unlikely|hidden)$/;
/** Characters of the signal kept in a key: a class word, not a whole class list. */
const SIGNAL_KEY_CHARS = 16;
/** Pandoc attribute blocks and link targets in the dump: markup, not words of the page. */
const MARKUP_RE = /\{[^}\n]*\}|\]\([^)\n]*\)/g;

/** The key a removal is counted under: its step, and for `KEYED_BY_SIGNAL` steps its signal word. */
export function stepKey(r: Removal): string {
	const step = r.step.split(':')[0];
	return KEYED_BY_SIGNAL.test(step) ? `${step}:${r.signal.slice(0, SIGNAL_KEY_CHARS)}` : step;
}

/**
 * Per step, the distinct truth words inside its removed dump ranges that the output does not hold. A word is charged
 * to the first removal (in the order given) that holds it, so nested removals are not counted twice. Words are the
 * benchmark's tokens (wcxb.ts), lower-cased; the dump's attribute blocks and link targets are left out.
 */
export function lostTruthPerStep(dump: string, truth: string, output: string, removed: readonly Removal[]): Map<string, StepLoss> {
	const kept = new Set(wordTokens(output));
	const wanted = new Set(wordTokens(truth));
	const charged = new Set<string>();
	const out = new Map<string, StepLoss>();
	for (const r of removed) {
		const key = stepKey(r);
		const loss = out.get(key) ?? { lost: 0, fired: 0 };
		out.set(key, loss);
		loss.fired++;
		for (const t of wordTokens(dump.slice(r.range.start, r.range.end).replace(MARKUP_RE, ' '))) {
			if (!wanted.has(t) || kept.has(t) || charged.has(t)) continue;
			charged.add(t);
			loss.lost++;
		}
	}
	return out;
}
