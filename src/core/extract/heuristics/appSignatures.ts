// A mobile app's signature at the end of a post's paragraph, after a line break ("Sent from my iPhone using Tapatalk").
import type { Block, Inline } from '../../model/dumpDocument';
import { mapLineContent } from '../../model/walk';
import type { RemovedRegion } from '../article';
import { collapse, inlineText } from '../inlineText';

/**
 * What a forum's mobile app appends to every post sent with it: "Sent from my DEVICE using APP" (Tapatalk, the forums'
 * own apps), "Sent from my iPhone". The app writes it, not the poster, and no tuning truth of wcxb-dev keeps it. On a
 * line of its own it is a forum control already (heuristics/forumControls.ts); engines that keep the post as one
 * paragraph write it after a hard line break (`<br>`), which this rule cuts. Tuning part (word F1, session 23): an
 * Android forum thread (half A) 0.980 -> 0.987, forum half A 0.8382 -> 0.8383; half B and every other kind unchanged.
 */
export const APP_SIGNATURE_RE = /^sent from my .{1,40}?(?: using .{1,40})?$/i;

/** The signature line is this long at most: longer, it is a sentence that happens to start so. */
export const MAX_APP_SIGNATURE_CHARS = 90;

function isBreak(n: Inline): boolean {
	return n.kind === 'break';
}

/**
 * The line content without a trailing app signature: the inlines after the last hard break read as one, and the
 * breaks before it go too. Undefined when there is none, or when the signature is the paragraph's only line.
 */
function withoutSignature(content: readonly Inline[], removed: RemovedRegion[]): Inline[] | undefined {
	let last = -1;
	for (let i = content.length - 1; i >= 0; i--) {
		if (isBreak(content[i])) {
			last = i;
			break;
		}
	}
	if (last < 0) return undefined;
	const tail = collapse(inlineText(content.slice(last + 1)));
	if (tail.length === 0 || tail.length > MAX_APP_SIGNATURE_CHARS || !APP_SIGNATURE_RE.test(tail)) return undefined;
	let end = last;
	while (end > 0 && (isBreak(content[end - 1]) || collapse(inlineText([content[end - 1]])) === '')) end--;
	if (end === 0) return undefined;
	const first = content[last + 1] ?? content[last];
	removed.push({ range: { start: first.range.start, end: content[content.length - 1].range.end }, step: 'post-chrome', signal: `app signature: ${tail}` });
	return content.slice(0, end);
}

/** Drops a trailing app signature line (`APP_SIGNATURE_RE`) from the paragraphs of a thread's posts. */
export function dropAppSignatures(blocks: readonly Block[], removed: RemovedRegion[]): Block[] {
	return mapLineContent(blocks, (content) => withoutSignature(content, removed));
}
