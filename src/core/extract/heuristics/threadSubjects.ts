// Post subjects that repeat the thread's title ("Re: <title>" over each phpBB post): a forum's header, not a message.
import type { Block, Heading } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { collapse, collapsedText } from '../inlineText';
import { withChildren } from '../../model/divNodes';

/** A reply's subject: the thread's title after "Re:" (phpBB, SMF, FluxBB write one over every post). */
const REPLY_PREFIX_RE = /^(?:re|aw|sv|antw)\s?:\s*/i;

/** The words of a subject, for comparing: case, punctuation and spacing aside. */
export function subjectKey(text: string): string {
	return collapse(text).replace(REPLY_PREFIX_RE, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Whether a heading is a post's subject line: it says "Re:", or it is one link (phpBB links each subject to its post).
 * A plain heading that repeats the title inside a message is the poster's own (a XenForo reply quoting the headline).
 */
function isSubjectLine(h: Heading, text: string): boolean {
	if (REPLY_PREFIX_RE.test(text)) return true;
	const parts = h.content.filter((n) => !(n.kind === 'text' && n.value.trim() === '') && n.kind !== 'softbreak');
	return parts.length === 1 && parts[0].kind === 'link';
}

/**
 * Drops the subject lines of a thread's posts (`isSubjectLine`) that only repeat a title of the page outside the posts
 * (the topic heading), with or without "Re:": the annotators of forum threads keep each post's author, date and
 * message, not its subject line (on the tuning part of wcxb-dev, "Re: <title>" lines are in 1 truth of the 6 threads
 * that show them).
 */
export function dropRepeatedSubjects(blocks: readonly Block[], titles: ReadonlySet<string>, removed: RemovedRegion[]): Block[] {
	if (titles.size === 0) return [...blocks];
	const out: Block[] = [];
	for (const b of blocks) {
		if (b.kind === 'heading') {
			const text = collapsedText(b);
			if (isSubjectLine(b, text) && titles.has(subjectKey(text))) {
				removed.push({ range: b.range, step: 'thread-subject', signal: text });
				continue;
			}
		} else if (b.kind === 'div' || b.kind === 'htmlDiv' || b.kind === 'blockquote') {
			const children = dropRepeatedSubjects(b.children, titles, removed);
			out.push(children.length === b.children.length && children.every((c, i) => c === b.children[i]) ? b : withChildren(b, children));
			continue;
		}
		out.push(b);
	}
	return out;
}
