// Comment threads read as articles: when one forum control recurs (an age, a "Share", "N posts" under each comment), the controls leave.
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { collapsedText } from '../inlineText';
import { dropNamedControls, isControl } from './forumControls';
import { isRelativeAge } from './relativeAges';

/**
 * A control written this many times, by the shape of its text, is the chrome of repeated items: a thread writes its
 * controls under every comment, an article's body has a share button or a count once or twice.
 */
export const MIN_CONTROL_REPEATS = 3;

/** The shape of a control line: lower-cased, digits as one `#` ("4931 posts" and "665 posts" are one control). */
function shapeOf(b: Block): string {
	return collapsedText(b).toLowerCase().replace(/\d+(?:[.,]\d+)*/g, '#');
}

/** A lone number ("87", "#3") is the weakest control: a review's score or a step's number is one too. It goes, but is no evidence. */
const NUMBER_SHAPE_RE = /^[#№]?\s?#[km]?\.?$/;

/** A message between two controls is at least a sentence long. */
export const MIN_MESSAGE_CHARS = 40;

/**
 * The control shapes that recur `MIN_CONTROL_REPEATS` times among the blocks, at any depth, each time after a message
 * (a paragraph of `MIN_MESSAGE_CHARS` that is no control): a thread writes them once per comment, while a run of link
 * lines ("link", "link", ...) is one list. Linear in the blocks.
 */
function repeatedControls(blocks: readonly Block[]): Set<string> {
	const counts = new Map<string, { n: number; at: number }>();
	const repeated = new Set<string>();
	let messages = 0;
	const visit = (bs: readonly Block[]): void => {
		for (const b of bs) {
			if (isControl(b)) {
				const key = shapeOf(b);
				if (NUMBER_SHAPE_RE.test(key)) continue;
				const seen = counts.get(key);
				if (seen === undefined) counts.set(key, { n: 1, at: messages });
				else if (seen.at < messages) {
					seen.n++;
					seen.at = messages;
					if (seen.n >= MIN_CONTROL_REPEATS) repeated.add(key);
				}
			} else if (b.kind === 'paragraph') {
				if (collapsedText(b).length >= MIN_MESSAGE_CHARS) messages++;
			} else if (b.kind === 'div' || b.kind === 'htmlDiv' || b.kind === 'blockquote') {
				visit(b.children);
			} else if (b.kind === 'list') {
				for (const it of b.items) visit(it.children);
			}
		}
	};
	visit(blocks);
	return repeated;
}

/**
 * A forum thread or a comment thread under a post that the page-kind stage reads as an article (no repeated group of
 * post containers: Lemmy's nested comment lists, Nairaland's posts written as flat siblings, a travel forum whose
 * replies carry "Posted by" lines) keeps the controls the forum strategy drops (heuristics/forumControls.ts): each
 * comment's age ("1 year ago"), its "Share" button, its poster's "4931 posts". The annotators never keep them. When
 * one control recurs by its shape (`MIN_CONTROL_REPEATS`) after message after message, the page repeats items with
 * chrome, and the controls of the shapes that recur go, with every relative age (the thread's clock, in whatever
 * unit: "3 days ago" beside "1 year ago"). An article's single "Share", its step numbers, review scores and lone
 * numbers, its fact boxes ("Location: Paris" runs, definition lists with a "Posts" term) stay: a first version that
 * dropped every control once one recurred took them too, and cost held-out articles 0.002 of recall.
 * Measured on the tuning part of wcxb-dev (all kinds, profiles on): half A 6 pages up on 6 sites (forum 0573 Lemmy
 * 0.891 -> 0.929, 0576 0.958 -> 0.963, 4087 0.983 -> 0.989; listings 1795 0.926 -> 0.957, 0337 0.978 -> 0.987; a
 * service page 0.983 -> 0.985), none down; half B unchanged; Readability corpus unchanged (0.945). Counting every
 * control (lone numbers, a run of link lines) moved 17 article pages of both halves down. Limited to the shapes that
 * recur (session 18): no tuning article moved (the rule fires on none),
 * 0573 0.941 -> 0.941 and 0576 0.964 -> 0.963 (a lone score and a "Copy post" now stay), half B unchanged.
 */
export function dropThreadArticleControls(blocks: readonly Block[], removed: RemovedRegion[]): readonly Block[] {
	const repeated = repeatedControls(blocks);
	if (repeated.size === 0) return blocks;
	return dropNamedControls(blocks, removed, (b) => repeated.has(shapeOf(b)) || isRelativeAge(collapsedText(b)));
}
