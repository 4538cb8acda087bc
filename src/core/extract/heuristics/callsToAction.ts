// Calls to action: a line that is only a button's label ("Learn more", "Get started", "Skip to content") is not content.
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { blockText, collapse } from '../inlineText';

/**
 * Button labels of landing pages, linked or not. The annotators of service pages never count them (the commonest
 * short extra lines of service pages in the tuning part of wcxb-dev: "Learn more" on 15 pages, "Contact us" on 11,
 * "Skip to main content" on 10, "Get started" on 6, "Read more" on 5).
 */
export const CALL_TO_ACTION_RE =
	/^(?:learn more|read more|find out more|discover more|see more|more info(?:rmation)?|contact us|contact sales|talk to (?:sales|us|an expert)|get (?:started|in touch|a quote|a demo)|(?:book|request|schedule|watch) a demo|start (?:your )?free trial|try (?:it )?(?:for )?free|sign up|sign in|log ?in|register|subscribe|skip to (?:main )?content|skip to (?:main )?navigation|see all|view all|explore(?: all)?|shop now|download(?: now)?|apply now|join (?:us|now)|previous|next|back)(?:\s*[→›»>]+)?[.!]?$/i;
/** Lines longer than this are sentences. */
export const MAX_CALL_TO_ACTION_CHARS = 30;

/** Drops paragraphs that are only a call to action, at any depth of the kept blocks. */
export function dropCallsToAction(blocks: readonly Block[], removed: RemovedRegion[]): Block[] {
	const out: Block[] = [];
	for (const b of blocks) {
		if (b.kind === 'paragraph') {
			const text = collapse(blockText(b));
			if (text.length > 0 && text.length <= MAX_CALL_TO_ACTION_CHARS && CALL_TO_ACTION_RE.test(text)) {
				removed.push({ range: b.range, step: 'call-to-action', signal: text });
				continue;
			}
		}
		if (b.kind === 'div' || b.kind === 'htmlDiv' || b.kind === 'blockquote') {
			const children = dropCallsToAction(b.children, removed);
			out.push(children.length === b.children.length ? b : { ...b, children });
			continue;
		}
		out.push(b);
	}
	return out;
}
