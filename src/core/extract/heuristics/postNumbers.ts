// Post numbers inside a post's header line: "#2 · Jan 15, 2024", "Aug 08, 2006 #1 2006-08-08T22:13+00:00" keep only the date.
import type { Block, Inline } from '../../model/dumpDocument';
import { mapLineContent } from '../../model/walk';
import type { RemovedRegion } from '../article';
import { collapse, inlineText } from '../inlineText';
import { MAX_FORUM_CONTROL_CHARS } from './forumControls';

/** A post's number as forum software prints it: `#2`, `# 12`, `№ 3`, `Post #4`. */
const POST_NUMBER_RE = /^(?:post\s?)?[#№]\s?\d{1,6}$/i;

/** A separator between a header line's parts: a middle dot, a bullet, a bar, a dash. */
const SEPARATOR_RE = /^[\s·•|–—-]*$/;

/**
 * A post's machine timestamp printed beside its readable date (a `<time datetime>` or microdata value leaked as text):
 * `2006-08-08T22:13+00:00`. Whole lines of it are forum controls already (forumControls.ts).
 */
const MACHINE_TIMESTAMP_RE = /^\s*\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?Z?(?:[+-]\d\d:?\d\d)?\s*$/i;

function textOf(n: Inline): string {
	return collapse(inlineText([n]));
}

/** Whether an inline is a post number: a link labelled `#N` (the post's permalink), or such a span or text. */
function isPostNumber(n: Inline): boolean {
	if (n.kind !== 'link' && n.kind !== 'span' && n.kind !== 'text' && n.kind !== 'emphasis') return false;
	return POST_NUMBER_RE.test(textOf(n));
}

function isMachineTimestamp(n: Inline): boolean {
	return n.kind === 'text' ? MACHINE_TIMESTAMP_RE.test(n.value) : (n.kind === 'span' || n.kind === 'link') && MACHINE_TIMESTAMP_RE.test(textOf(n));
}

/** Whether an inline is only a separator or white space (no text that a reader reads). */
function isSeparator(n: Inline): boolean {
	if (n.kind === 'softbreak' || n.kind === 'break') return true;
	if (n.kind !== 'text' && n.kind !== 'span') return false;
	return SEPARATOR_RE.test(textOf(n));
}

/**
 * The header line's content without its post numbers and machine timestamps, and the separators left beside them; the
 * line must keep other text (the date, the author): a line that is only a number is a forum control (forumControls.ts).
 */
function withoutNumbers(content: readonly Inline[], removed: RemovedRegion[]): Inline[] | undefined {
	const line = collapse(inlineText(content));
	if (line.length === 0 || line.length > MAX_FORUM_CONTROL_CHARS) return undefined;
	return inParts(content, removed);
}

function inParts(content: readonly Inline[], removed: RemovedRegion[]): Inline[] | undefined {
	// A header line wrapped whole in one span (`[[#2](#post-1) [·]{.dot} [Jan 15, 2024](#post-1)]{.postbit}`): its parts are inside.
	const texts = content.filter((n) => textOf(n) !== '');
	if (texts.length === 1 && texts[0].kind === 'span' && !isPostNumber(texts[0])) {
		const wrapper = texts[0];
		const inner = inParts(wrapper.children, removed);
		return inner ? content.map((n) => (n === wrapper ? { ...wrapper, children: inner } : n)) : undefined;
	}
	// Only at the line's ends: a number inside a sentence ("see #2 for the fix") is the poster's words.
	const drop = new Set<number>();
	const strip = (from: number, step: number): void => {
		for (let i = from; i >= 0 && i < content.length; i += step) {
			const n = content[i];
			if (isPostNumber(n) || isMachineTimestamp(n) || (drop.size > 0 && isSeparator(n))) drop.add(i);
			else if (!isSeparator(n)) return;
		}
	};
	strip(0, 1);
	strip(content.length - 1, -1);
	if (drop.size === 0) return undefined;
	// The separators on the other side of a dropped part go with it too ("Jan 15 · #2": the dot belongs to the number).
	for (const i of [...drop]) {
		if (!isPostNumber(content[i]) && !isMachineTimestamp(content[i])) continue;
		for (let j = i - 1; j >= 0 && isSeparator(content[j]); j--) drop.add(j);
		for (let j = i + 1; j < content.length && isSeparator(content[j]); j++) drop.add(j);
	}
	const out = content.filter((_, i) => !drop.has(i));
	if (collapse(inlineText(out)) === '') return undefined;
	for (const i of drop) if (textOf(content[i]) !== '') removed.push({ range: content[i].range, step: 'post-number', signal: textOf(content[i]) });
	return out;
}

/**
 * Drops the post numbers (`#2`, a permalink to the post) and leaked machine timestamps from the short header lines
 * of a thread's posts, keeping the rest of the line (the poster's name, the readable date). Every forum numbers its
 * posts, and no annotator of the wcxb-dev threads keeps the number; a line that holds only the number is dropped whole
 * by the forum controls (forumControls.ts), but many engines print it beside the date. Measured on the tuning part of
 * wcxb-dev, with the forum profiles on or off alike: 6 threads of 6 sites up (half A 0529 0.962 -> 0.971, 0541 0.930
 * -> 0.937, 0560 0.874 -> 0.900 with its machine timestamps; half B 0517, 0528 0.893 -> 0.899, 0530), one down by
 * 0.002 (4316, whose truth is its first post alone); no page of another kind moved.
 */
export function dropPostNumbers(blocks: readonly Block[], removed: RemovedRegion[]): Block[] {
	return mapLineContent(blocks, (content) => withoutNumbers(content, removed));
}
