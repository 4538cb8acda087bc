// A thread's summary: the digest a forum (or its AI add-on) writes above the posts is not an article beside them.
import type { Block } from '../../model/dumpDocument';
import { type BlockIndex, type Candidate, isContainer, ROOT } from '../blockIndex';
import { attrWords } from '../inlineText';

/**
 * The id and class words of a summary block: `ai-summary-block`, `thread-summary`, `topic-summary`, `tldr`. Not
 * WordPress's `entry-summary` (an archive's excerpt) nor a shop's `order-summary`: a summary of a thread is named as
 * one by itself, or with "ai", "thread", "topic", "discussion" before it.
 */
export const THREAD_SUMMARY_RE = /(?:^|\s)(?:(?:ai|thread|topic|discussion|gpt)[-_]?summary|tl-?dr)\S*|(?:^|\s)summary(?:[-_](?:block|body|box|panel))?(?:[-_]\d+)?(?=\s|$)/i;

/** How many containers up from the pipeline's choice a summary's name may sit: its body, its box, its block. */
const MAX_SUMMARY_DEPTH = 3;

/**
 * Whether the article pipeline's container is a thread's summary, or lies in one: a block named a summary
 * (`THREAD_SUMMARY_RE`) within a few containers of it. XenForo's AI add-on writes "Click For Summary" above the posts:
 * a "Discussion Overview" in three long paragraphs of prose and headed lists of "Main Points Raised", which the
 * pipeline takes for an article above its comments, so the page was read as a service page and the posts were lost
 * (with the forum profiles off on the tuning part: 0.70). The annotators leave the summary out: it restates the posts.
 * Measured there with the profiles off: that thread service -> forum, F1 0.70 -> 0.87 (as its profile reads it); with
 * the profiles on no page of any kind moved.
 */
export function isThreadSummary(index: BlockIndex, region: Candidate): boolean {
	if (region === ROOT) return false;
	let depth = 0;
	for (let b: Block | undefined = region; b !== undefined && depth <= MAX_SUMMARY_DEPTH; b = index.parent.get(b)) {
		if (!isContainer(b)) continue;
		if (THREAD_SUMMARY_RE.test(attrWords(b.attrs))) return true;
		depth++;
	}
	return false;
}
