// Author bio: a closing paragraph introducing the writer ("Jane Roe is a freelance writer who covers…") is about the author, not the article.
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { collapsedText } from '../inlineText';

/**
 * A person's name (two to four capitalised words), then "is/was/has been", then within a few words a writer's or
 * expert's role. On its own it also matches agencies and products described in the body ("UCLA Anderson is the
 * leading business school"): 26 extra lines against 83 kept ones on the wcxb-dev tuning articles; only near the
 * end, and with a role word, is it a bio.
 */
export const BIO_RE =
	/^(?:(?:Dr|Mr|Ms|Mrs|Prof)\.? )?(?:\p{Lu}[\p{L}.'’-]+ ){1,3}\p{Lu}[\p{L}'’-]+,? (?:is|was|has been|serves as)\b.{0,80}\b(?:writer|editor|journalist|reporter|author|contributor|correspondent|columnist|freelancer?|blogger|copywriter|founder|co-founder|owner)\b/u;
/** A bio is one of the article's last blocks: this many from the end. */
export const BIO_TAIL_BLOCKS = 3;
/** A bio is a paragraph, not a chapter. */
export const BIO_MAX_CHARS = 700;
/** The bio's label, just before it: "About the author", or the author's name alone on a line. */
export const BIO_LABEL_RE = /^(?:about the (?:author|writer)|written by|author)\b.{0,40}$/i;
/** A line that is only a name (two to four capitalised words) also labels the bio below it. */
export const NAME_LINE_RE = /^(?:\p{Lu}[\p{L}.'’-]+ ){1,3}\p{Lu}[\p{L}'’-]+$/u;

/** Drops a closing author bio, its label and what follows it. */
export function dropAuthorBio(blocks: readonly Block[], removed: RemovedRegion[]): readonly Block[] {
	for (let i = Math.max(1, blocks.length - BIO_TAIL_BLOCKS); i < blocks.length; i++) {
		const b = blocks[i];
		if (b.kind !== 'paragraph') continue;
		const text = collapsedText(b);
		if (text.length > BIO_MAX_CHARS || !BIO_RE.test(text)) continue;
		let start = i;
		const label = collapsedText(blocks[i - 1]);
		if ((blocks[i - 1].kind === 'paragraph' || blocks[i - 1].kind === 'heading') && (BIO_LABEL_RE.test(label) || NAME_LINE_RE.test(label))) start--;
		if (start === 0) return blocks;
		removed.push({ range: { start: blocks[start].range.start, end: blocks[blocks.length - 1].range.end }, step: 'author-bio', signal: text.slice(0, 40) });
		return blocks.slice(0, start);
	}
	return blocks;
}
