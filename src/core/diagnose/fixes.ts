// Edits shared by the rules' fixes: removing an inline node cleanly, so a fix leaves no new finding behind.
import type { SourceRange } from '../model/dumpDocument';
import type { TextEdit } from './finding';
import type { LinkRef } from './rule';

function isLineEnd(c: string | undefined): boolean {
	return c === undefined || c === '\n' || c === '\r';
}

function lineStartOf(text: string, offset: number): number {
	let i = offset;
	while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
	return i;
}

/** The offset just past the line break that ends the line holding `offset` (or the end of the text). */
function nextLineStart(text: string, offset: number): number {
	let i = offset;
	while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
	if (text[i] === '\r' && text[i + 1] === '\n') return i + 2;
	return i < text.length ? i + 1 : i;
}

/** Deletes whole lines `[start line, end line]` when nothing else is on them; undefined otherwise. */
export function deleteLines(text: string, range: SourceRange): TextEdit | undefined {
	const from = lineStartOf(text, range.start);
	if (text.slice(from, range.start).trim() !== '') return undefined;
	const to = nextLineStart(text, range.end);
	if (text.slice(range.end, to).trim() !== '') return undefined;
	return { range: { start: from, end: to }, newText: '' };
}

/**
 * Removes an inline node. When it is alone in a paragraph the paragraph's lines go; otherwise the node goes with
 * the space that separated it, without leaving two trailing spaces (a hard break in Markdown).
 */
function removeInline(text: string, range: SourceRange, alone: boolean): TextEdit {
	if (alone) {
		const lines = deleteLines(text, range);
		if (lines) return lines;
	}
	let start = range.start;
	let end = range.end;
	// Before a line end or punctuation, the space in front of the node goes with it ("slows [](x)." -> "slows.").
	if (isLineEnd(text[end]) || /^[.,;:!?)\]]$/.test(text[end])) {
		while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
	} else if (text[end] === ' ' && (start === 0 || text[start - 1] === ' ' || isLineEnd(text[start - 1]))) {
		while (text[end] === ' ') end++;
	}
	return { range: { start, end }, newText: '' };
}

/** Removes a link or image; an image that is a link's only content takes the link with it (else `[](href)` is left). */
export function removeLinkRef(text: string, ref: LinkRef): TextEdit {
	const parent = ref.parentLink;
	const target = parent && parent.children.every((c) => c === ref.node || (c.kind === 'text' && c.value.trim() === '') || c.kind === 'softbreak') ? parent : ref.node;
	return removeInline(text, target.range, ref.aloneInBlock);
}
