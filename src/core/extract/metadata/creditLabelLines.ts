// A reviewer's or editor's label written as a line of its own ("Reviewed by", then the name in the next box) credits that name with another role, as the same label on the name's own line does.
import type { MetadataScan, MNode } from './scan';

/**
 * Reason: `creditLabels.ts` reads the label on the name's own line ("Reviewed by [Ortal Hadad](/authors/…)"). Site
 * builders often set the label in a box of its own above the name's ("Reviewed by" in a div, then the link), so the
 * reviewer's author-page link was taken for the byline. Without class words nothing else told them apart. Such label
 * lines are on five tuning sites; on four the author was right already and stays right.
 * Measured on the wcxb-dev tuning part (session 49, meta54): declassed author right 402 -> 403 of 529 (the reviewer
 * read as the author gave way to the writer, one site, half B), where none unchanged; as is unchanged.
 */

/** A label line that credits another role: the whole line, a word or three ("Reviewed by", "Medically reviewed by:", "Fact-checked by"). */
const OTHER_ROLE_LINE_RE = /^(?:(?:medically|expertly|legally|clinically)\s+)?(?:reviewed|fact[-\s]?checked|edited|illustrated|photographed|translated)\s+by\s*:?$/iu;
/** A label line is short: longer lines are sentences. */
const LABEL_MAX_CHARS = 40;
/** Between the label's box and the name's: only div fences, raw `<div>` tags and blank lines. */
const ONLY_BOX_EDGES_RE = /^(?:\s|:::[^\n]*\n|<\/?div>\n)*$/u;
/** How many nodes back the label line is looked for: the name's wrappers, then the label's. */
const LOOK_BACK_NODES = 6;

/** The paragraph or heading that holds a node (the node itself when it is one). */
function lineOf(n: MNode): MNode | undefined {
	let p: MNode | undefined = n;
	while (p && !p.block) p = p.parent;
	return p?.block?.kind === 'paragraph' || p?.block?.kind === 'heading' ? p : undefined;
}

/** Whether a name node starts its line and the line just above it, in a box of its own, is another role's label. */
export function afterOtherRoleLine(s: MetadataScan, n: MNode): boolean {
	const line = lineOf(n);
	if (!line || s.doc.text.slice(line.start, n.start).replace(/[[\s]/g, '') !== '') return false;
	for (let i = line.order - 1, seen = 0; i >= 0 && seen < LOOK_BACK_NODES; i--) {
		const p = s.nodes[i];
		if (p.end > line.start) continue;
		seen++;
		const kind = p.block?.kind;
		if (kind !== 'paragraph' && kind !== 'heading') continue;
		if (!ONLY_BOX_EDGES_RE.test(s.doc.text.slice(p.end, line.start))) return false;
		const text = s.textOf(p);
		return text.length <= LABEL_MAX_CHARS && OTHER_ROLE_LINE_RE.test(text);
	}
	return false;
}
