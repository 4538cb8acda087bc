// EVAL_PERTURB: product pages' shapes moved before extraction (lines inserted under the name, the price line removed), a tuning-part proxy of shops no rule was fitted to.
import { unwrapCardsDump } from './unwrapCards';
/**
 * The neutral lines `gap` inserts under the first h1: a maker, an item number, a colour, an origin. No price, no
 * rating and no cart words: a rating line set off the rating at the name and turned 47 collections into products
 * (session 55), which measured the rule, not the shape.
 */
export const GAP_LINES: readonly string[] = ['By Maker Company', 'Item number 48213', 'Colour: Slate grey', 'Made in Portugal', 'Limited edition run', 'Designed in our studio'];

/** Lines after the first h1 searched for the price line `noprice` removes. */
export const MAX_LINES_TO_PRICE = 80;

/** A price line is short: a longer line that names a price is a sentence. */
const MAX_PRICE_LINE_CHARS = 60;

/** A short line naming an amount with a currency sign or code, either side ("$19.99", "19,99 €", "149 kr"). */
const PRICE_LINE_RE = /^[^\n]{0,30}(?:[$€£¥]\s?\d|\d[\d.,]*\s?(?:€|\$|£|EUR|USD|GBP|kr|zł))/;

/** The perturbations, by name. */
export type PerturbMode = 'gap' | 'noprice' | 'boldname' | 'plainname' | 'unwrap-cards' | 'flatten-cards';

const MODES: readonly PerturbMode[] = ['gap', 'noprice', 'boldname', 'plainname', 'unwrap-cards', 'flatten-cards'];

/** A heading's own attribute block at the line's end (`{#id .class}`), dropped with the heading's marks. */
const HEADING_ATTRS_RE = /\s*\{[^{}]*\}\s*$/;

/** The modes of `EVAL_PERTURB` ("gap", "noprice", "gap,noprice"); an unknown name is an error, not a run that changes nothing. */
export function parsePerturbModes(spec: string): PerturbMode[] {
	const modes = spec.split(',').map((m) => m.trim()).filter(Boolean);
	const unknown = modes.filter((m) => !(MODES as readonly string[]).includes(m));
	if (unknown.length || modes.length === 0) throw new Error(`EVAL_PERTURB takes ${MODES.join(', ')} (comma-separated), not ${spec}`);
	return modes as PerturbMode[];
}

/**
 * The dump with its first h1 (`# ` at a line's start) moved away from its buy box: `noprice` deletes the first short
 * price line (`PRICE_LINE_RE`, backslashes and emphasis marks read past; not a heading or a div fence) within
 * `MAX_LINES_TO_PRICE` lines under it, `gap` inserts `GAP_LINES` right under it, each a paragraph. A dump with no h1
 * is returned as it is. Session 55's helper built them in scratch (perturb.js): the rules that find a product by its
 * price at the name were measured on them, and the product kind lost 0.02 to 0.05 under them (declassed, no shop
 * profiles), which held-out shops show too. `boldname` and `plainname` (session 60) then turn that h1 into a bold
 * line or a plain paragraph (its attributes dropped): a shop whose template names the product without an h1, which
 * every rule that walks from the name needs.
 */
export function perturbDump(dump: string, modes: readonly PerturbMode[]): string {
	// unwrap-cards and flatten-cards (session 61) read a listing's cards, not the h1: unwrapCards.ts.
	if (modes.includes('unwrap-cards') || modes.includes('flatten-cards')) dump = unwrapCardsDump(dump, modes.includes('flatten-cards'));
	const lines = dump.split('\n');
	const h = lines.findIndex((l) => /^# \S/.test(l));
	if (h < 0) return dump;
	if (modes.includes('noprice')) {
		const end = Math.min(lines.length, h + MAX_LINES_TO_PRICE);
		for (let i = h + 1; i < end; i++) {
			const t = lines[i].replace(/\\/g, '').replace(/[*_]/g, '');
			if (t.length < MAX_PRICE_LINE_CHARS && PRICE_LINE_RE.test(t) && !t.startsWith('#') && !t.startsWith(':::')) {
				lines.splice(i, 1);
				break;
			}
		}
	}
	if (modes.includes('gap')) lines.splice(h + 1, 0, '', ...GAP_LINES.flatMap((g) => [g, '']));
	const bold = modes.includes('boldname');
	if (bold || modes.includes('plainname')) {
		const text = lines[h].slice(2).replace(HEADING_ATTRS_RE, '').trim();
		lines[h] = bold ? `**${text}**` : text;
	}
	return lines.join('\n');
}
