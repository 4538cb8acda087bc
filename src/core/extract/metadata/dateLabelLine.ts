// A date's label written as a line of its own just above it ("#### Published", then the date in a box; "Last update:" in a div, then the date): the label is the date's.
import type { MetadataScan, MNode } from './scan';

/** A label line is a word or two ("Published", "Last update:", "Date published"): longer lines are sentences, not labels. */
export const LABEL_LINE_MAX_CHARS = 30;
/** Between the label and its date only fences and blank lines: a div's closing and the next one's opening. */
const ONLY_FENCES_RE = /^(?:\s|:::[^\n]*\n)*$/u;

/**
 * The text of the heading or paragraph just above a node when only div fences separate them and it is short enough to
 * be a label ('' otherwise). The caller decides whether it is a published or modified label.
 */
export function labelLineBefore(s: MetadataScan, n: MNode): string {
	const p = labelLineNode(s, n);
	if (p === undefined) return '';
	const text = s.textOf(p);
	return text.length <= LABEL_LINE_MAX_CHARS ? text : '';
}

/**
 * The heading or paragraph just above a node when only div fences separate them, whatever its length: its text is
 * the label `labelLineBefore` reads. Split from it so that a caller can pre-test the line's source before building
 * either text (`labelLineDates.ts`). Offsets are read as `start` and `end`, not `range`, which makes an object per
 * read for most blocks.
 */
export function labelLineNode(s: MetadataScan, n: MNode): MNode | undefined {
	const start = n.start;
	for (let i = n.order - 1; i >= 0; i--) {
		const p = s.nodes[i];
		if (p.end > start) continue;
		const kind = p.block?.kind;
		if (kind !== 'paragraph' && kind !== 'heading') {
			if (p.block) return undefined;
			continue;
		}
		return ONLY_FENCES_RE.test(s.doc.text.slice(p.end, start)) ? p : undefined;
	}
	return undefined;
}
