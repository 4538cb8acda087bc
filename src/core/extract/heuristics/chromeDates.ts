// Post dates in chrome: a post's only date, written inside a box the forum names as controls, stays with the post.
import type { Block } from '../../model/dumpDocument';
import { collapsedText } from '../inlineText';
import { CARD_DATE_RE } from './teaserCards';

/** The box is a header line at most this long; a member card or a menu is longer. */
export const MAX_DATE_BOX_CHARS = 120;

/**
 * Words beside the date in a date line: a name and a control or two ("AjayJunkies, May 11, 2024 IP"). A member card
 * holding a date has more (Stack Exchange's "answered Feb 4, 2014 at 13:27 poke 392k 80 gold badges ..."), and its
 * truths leave it out.
 */
export const MAX_OTHER_WORDS = 4;

/** Words of a text once its dates and times are gone. */
function otherWords(text: string): number {
	return text.replace(CARD_DATE_RE, ' ').replace(/\b\d\d?:\d\d(?:\s?[ap]m)?\b/gi, ' ').match(/[\p{L}\p{N}_]+/gu)?.length ?? 0;
}

/**
 * The chrome names of a box of controls, where an engine may write the date beside its moderation links; not those of a
 * member card or a signature (Stack Exchange's `post-signature` holds "answered Feb 4, 2014 at 13:27" with the
 * answerer's card: its truths leave it out).
 */
export const CONTROL_BOX_RE = /controls|toolbar|actions|buttons?\b|btn|permalink/i;
/** A member card's or a signature's names. */
export const MEMBER_BOX_RE = /signature|\bsig\b|user|member|author|avatar|badge|rank|profile|stats/i;

/** A date after these words is a member's or an edit's stamp, not the post's. */
const NOT_POST_DATE_RE = /\b(?:joined|join date|registered|member since|since|edited|last (?:edited|seen|active|visit))\b[:\s]*$/i;

/** The dates of a text that can be a post's publication date. */
export function postDates(text: string): number {
	let n = 0;
	for (const m of text.matchAll(CARD_DATE_RE)) if (!NOT_POST_DATE_RE.test(text.slice(Math.max(0, m.index - 24), m.index))) n++;
	return n;
}

/** `CARD_DATE_RE`'s own copy for `hasPostDate`, whose scan stops at the first date (its `lastIndex` is this module's). */
const FIRST_DATE_RE = new RegExp(CARD_DATE_RE.source, CARD_DATE_RE.flags);

/** Whether a text holds a date that can be a post's publication date: `postDates(text) > 0`, read up to the first. */
export function hasPostDate(text: string): boolean {
	FIRST_DATE_RE.lastIndex = 0;
	for (let m = FIRST_DATE_RE.exec(text); m !== null; m = FIRST_DATE_RE.exec(text)) {
		if (!NOT_POST_DATE_RE.test(text.slice(Math.max(0, m.index - 24), m.index))) {
			FIRST_DATE_RE.lastIndex = 0;
			return true;
		}
	}
	return false;
}

/**
 * Some engines write a post's date (and its author) in the same box as its moderation links: XenForo 1's
 * `privateControls` holds "AjayJunkies, May 11, 2024 · IP", and post chrome names (`controls`, forum.ts
 * `POST_CHROME_RE`) dropped the box whole, so the thread lost every post's date, which the annotators keep on 22 of the
 * 31 studied threads that show dates. A box named as chrome stays when it is short (a header line, not a member card),
 * holds a publication date (not "Joined May 2012" or "Member since ..."), and the post has no date outside it: then it
 * is the post's date line. Tuning part (word F1): a XenForo 1 thread (half A) 0.951 -> 0.964, forum half A
 * 0.841 -> 0.842; no other page of any kind moved (without the control-box names, Stack Exchange answer cards came
 * back: two half-B threads down).
 *
 * Post dates are counted once per post (a post's text is read once, however many chrome boxes it holds).
 */
export class PostDateCounts {
	readonly #counts = new Map<Block, number>();

	/** Whether `box`, named as chrome inside `post`, is the post's only date line (see the header). */
	isDateLine(box: Block, post: Block, words: string): boolean {
		if (!CONTROL_BOX_RE.test(words) || MEMBER_BOX_RE.test(words)) return false;
		const text = collapsedText(box);
		if (text.length === 0 || text.length > MAX_DATE_BOX_CHARS) return false;
		const own = postDates(text);
		if (own === 0 || otherWords(text) > MAX_OTHER_WORDS) return false;
		let all = this.#counts.get(post);
		if (all === undefined) {
			all = postDates(collapsedText(post));
			this.#counts.set(post, all);
		}
		return all === own;
	}
}
