// Named author bio: a closing paragraph that starts with the article's own author ("Jane Roe is a health writer…", "Jane has covered…") is the author's bio, not the article.
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { collapse, collapsedText } from '../inlineText';
import { BIO_LABEL_RE, BIO_MAX_CHARS, NAME_LINE_RE } from './authorBio';

/**
 * A bio of the page's author sits among the article's last blocks: this many from the end. authorBio.ts finds bios
 * by a writer's role word; this one needs no role ("… is the public sector CTO at …", "… worked in marketing …")
 * because the name is the author's. Measured on the 567 wcxb-dev tuning articles, paragraphs in the last four
 * blocks starting with the extracted author's name (or first name) and a verb: 597 words the annotators left out
 * (15 pages), 152 they kept (3 pages: a guest post's own "about me", a book page's author note). Effect on the
 * tuning articles: F1 0.9458 → 0.9461, P 0.9400 → 0.9407 (8 pages better, 1 worse); readability corpus: engadget
 * 0.971 → 0.983, yahoo-1 0.998 → 0.993 (Readability keeps "Ben Silverman is on Twitter at …").
 */
export const NAMED_BIO_TAIL_BLOCKS = 4;

/** What a bio says of its subject right after the name, or after a title between commas ("Jane Roe, Editor, Running, studied…"). */
const BIO_VERB_RE = /^(?:(?:,[^,]{1,40}){1,3},)? (?:is|was|has|holds|started|worked|works|joined|serves|leads|writes|covers|lives|loves|spent|began|founded|co-founded|studied)\b/;

/** The names of the page's author(s): "Jane Roe and John Doe" → both; a first name counts when it is a word of its own. */
export function authorNames(author: string): string[] {
	const names = author
		.split(/\s*(?:,|;|&|\band\b)\s*/)
		.map((s) => collapse(s).replace(/^by\s+/i, ''))
		.filter((s) => /^\p{Lu}/u.test(s) && s.length >= 3);
	const first = names.map((n) => n.split(' ')[0]).filter((f) => f.length >= 3 && /^\p{Lu}[\p{L}'’-]*\p{Ll}$/u.test(f));
	return [...new Set([...names, ...first])];
}

/** Whether a paragraph's text opens with one of the names and then a bio's verb. */
export function isNamedBio(text: string, names: readonly string[]): boolean {
	if (text.length > BIO_MAX_CHARS) return false;
	return names.some((n) => text.startsWith(n) && BIO_VERB_RE.test(text.slice(n.length)));
}

/** Drops a closing bio of the page's author, its label and what follows it. */
export function dropNamedAuthorBio(blocks: readonly Block[], author: string | undefined, removed: RemovedRegion[]): readonly Block[] {
	if (!author) return blocks;
	const names = authorNames(author);
	if (names.length === 0) return blocks;
	for (let i = Math.max(1, blocks.length - NAMED_BIO_TAIL_BLOCKS); i < blocks.length; i++) {
		const b = blocks[i];
		if (b.kind !== 'paragraph') continue;
		const text = collapsedText(b);
		if (!isNamedBio(text, names)) continue;
		let start = i;
		const prev = blocks[i - 1];
		const label = collapsedText(prev);
		if ((prev.kind === 'paragraph' || prev.kind === 'heading') && (BIO_LABEL_RE.test(label) || NAME_LINE_RE.test(label) || names.includes(label))) start--;
		if (start === 0) return blocks;
		removed.push({ range: { start: blocks[start].range.start, end: blocks[blocks.length - 1].range.end }, step: 'named-author-bio', signal: text.slice(0, 40) });
		return blocks.slice(0, start);
	}
	return blocks;
}
