// Recommendation cards among a thread's posts: a box that opens with "Related questions" or "Similar threads" links elsewhere, it is no post.
import type { Block } from '../../model/dumpDocument';
import { type BlockIndex, isContainer } from '../blockIndex';
import { collapsedText, isHidden } from '../inlineText';

/**
 * The label a Q&A or forum engine writes at the top of a box of other threads, or of an answer to another question
 * ("Related questions", "More answers below", "Similar threads", "Suggested topics", "Related", "You might also like").
 * A poster does not open a message with one of these alone on its line. Session 21 added the labels of the other
 * threads' widgets that engines of every kind write ("Latest threads", "Popular topics", "Hot Network Questions",
 * "You may be interested in", "Read next"): no tuning page moved.
 */
export const THREAD_RECOMMENDATION_RE =
	/^(?:related(?: (?:questions|posts|threads|topics|discussions|answers))?|similar (?:threads|questions|topics|posts|discussions)|suggested (?:topics|threads|posts)|more answers below|more (?:posts|threads|discussions) you may like|you (?:may|might) also like|people also (?:ask|viewed)|recommended (?:for you|threads|topics|posts|questions)|(?:latest|new|popular|trending|hot|top|other) (?:threads|topics|posts|questions|discussions)|hot network questions|you (?:may|might) (?:also )?be interested in|read next)$/i;

/**
 * The first line of text of each container, memoised: a container's is its first child's that has one, so each
 * container is read once (linear in the blocks, however deep the wrappers nest).
 */
export class FirstLines {
	readonly #memo = new Map<Block, string>();

	of(b: Block): string {
		const known = this.#memo.get(b);
		if (known !== undefined) return known;
		let line = '';
		if (b.kind === 'paragraph' || b.kind === 'heading') line = collapsedText(b);
		else if (b.kind === 'list') {
			for (const it of b.items) {
				for (const c of it.children) if ((line = this.of(c)) !== '') break;
				if (line !== '') break;
			}
		} else if (isContainer(b) || b.kind === 'blockquote') {
			if (!(isContainer(b) && isHidden(b.attrs))) for (const c of b.children) if ((line = this.of(c)) !== '') break;
		}
		this.#memo.set(b, line);
		return line;
	}
}

/**
 * Whether a container opens with a recommendation label (`THREAD_RECOMMENDATION_RE`): Quora writes its "Related
 * questions" box and its answers to other questions ("Related") as cards among a question's answers, in the same
 * wrappers, so they come out as posts; forums put "Similar threads" boxes under the last post. The annotators keep
 * the thread's own posts only. The forum strategy drops such an item from the posts, and such a container from inside
 * a post (kinds/forum.ts). Tuning part of wcxb-dev, half A: Quora thread 0569 0.675 -> 0.813; no other
 * page of any kind moved, half B unchanged.
 */
export function isRecommendationCard(lines: FirstLines, c: Block, index: BlockIndex): boolean {
	return index.charsOf(c) > 0 && THREAD_RECOMMENDATION_RE.test(lines.of(c).replace(/:$/, ''));
}
