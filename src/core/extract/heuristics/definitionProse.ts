// Definition lists of prose: an option list's or a glossary's definitions are paragraphs of the page, scored as Readability scores every `p`.
import type { Block, List } from '../../model/dumpDocument';
import { collapsedText } from '../inlineText';
import { isDataFieldList } from './dataFieldLists';

/**
 * Why: Asciidoctor's option lists (`<dl>` of `-a`/`--all` terms, `<dd><p>` sentences) and Sphinx's API entries hold a
 * manual's text in definitions, and Readability scores each of their `p`; scored as list items (weight 0) they left a
 * man page's OPTIONS section out of the article once its two-line terms were read as terms. A definition list also
 * prints key/value data (a shop's custom fields, spec sheets: `SKU` `5001`, a thumbnail's address per colour), whose
 * few sentences must not make it a body: so its paragraphs score only where most of its items define in prose.
 * Measured (tuning part, page means): with the two-line term fix alone documentation half A fell 0.9746 → 0.9571
 * (git-scm.com's OPTIONS left out); with this rule it is 0.9773 (git-scm 0.921 → 0.978, docs.python.org +0.001),
 * half B and every other kind unchanged, tuning mean 0.90063 → 0.90069. A shop's field list (7 prose values in 144
 * items) stays unscored, where scoring every definition cost that page 0.07.
 */

/** A definition paragraph this long, with a sentence's end in it, is prose; shorter ones are values ("Regular", "TRUE"). */
export const MIN_PROSE_DEFINITION_CHARS = 40;
/** Share of a list's items that must hold a prose definition: data lists carry a few sentences among many values. */
export const MIN_PROSE_ITEM_SHARE = 0.5;

/** A sentence's end: `.`, `!` or `?`, maybe closed by a quote or bracket, before a space or the text's end. */
const SENTENCE_END_RE = /[.!?]["'\u201d\u2019)\]]?(?:\s|$)/;

/**
 * A definition's block as paragraphs: a paragraph, or a wrapper holding only paragraphs (Asciidoctor's
 * `::: paragraph`); nothing for other blocks (nested lists, tables, code, sections).
 */
function paragraphsOf(b: Block): readonly Block[] {
	if (b.kind === 'paragraph') return [b];
	if (b.kind === 'div' && b.children.length > 0 && b.children.every((c) => c.kind === 'paragraph')) return b.children;
	return [];
}

/** Whether a definition paragraph's text reads as a sentence. */
export function isProseDefinition(text: string): boolean {
	return text.length >= MIN_PROSE_DEFINITION_CHARS && SENTENCE_END_RE.test(text);
}

/**
 * The definition paragraphs to score as the page's paragraphs: those of a definition list most of whose items define
 * in prose, and that is not a record of field names; none for other lists (their items score as list items).
 */
export function proseDefinitionParagraphs(list: List): Block[] {
	if (!list.definition || list.items.length === 0) return [];
	const out: Block[] = [];
	let prose = 0;
	for (const it of list.items) {
		let isProse = false;
		// The first child is the term.
		for (let k = 1; k < it.children.length; k++) {
			for (const p of paragraphsOf(it.children[k])) {
				out.push(p);
				if (!isProse && isProseDefinition(collapsedText(p))) isProse = true;
			}
		}
		if (isProse) prose++;
	}
	if (prose < list.items.length * MIN_PROSE_ITEM_SHARE || isDataFieldList(list)) return [];
	return out;
}
