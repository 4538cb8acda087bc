// Author labels: an "About the Author" line and the short bio right under it are about the writer, not the page's subject.
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { isContainer } from '../blockIndex';
import { collapsedText } from '../inlineText';
import { withChildren } from '../../model/divNodes';

/** The label's whole text, icons and a closing colon aside: "About the Author", "About the writers", "Meet the author", "Author bio". */
const LABEL_RE = /^(?:about (?:the )?(?:author|writer|contributor)s?|meet the (?:author|writer)s?|author (?:bio|biography|profile)|über den autor|über die autorin|à propos de l'auteur|sobre el autor)$/iu;
const EDGE_RE = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
/**
 * A bio opens with the writer's name (one to four capitalised words, credentials after a comma allowed: "Matt Frankel,
 * CFP, is") and says what they are or do. The verb must come within the first 60 characters: a paragraph of the
 * article that happens to follow the label mentions its subject later.
 */
const BIO_OPENING_RE = /^(?:(?:Dr|Mr|Ms|Mrs|Prof)\.? )?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]+(?:,[^,]{1,30},)?\s+(?:is|was|has|serves|writes|covers|leads|works|joined|holds)\b/u;
export const MAX_BIO_OPENING_CHARS = 60;
/** A bio is a paragraph, not a chapter (the same bound as authorBio.ts). */
export const MAX_BIO_CHARS = 700;
/** At most this many bio paragraphs are taken with the label (a co-authored piece has one per writer). */
export const MAX_BIO_PARAGRAPHS = 2;

/**
 * An author box under the label: a container whose first text block is a bio and whose whole text is at most this
 * long (the bio, the writer's handles and a link to their page), taken whole.
 */
export const MAX_AUTHOR_BOX_CHARS = 1000;

export function isAuthorLabel(b: Block): boolean {
	if (b.kind !== 'paragraph' && b.kind !== 'heading') return false;
	const text = collapsedText(b);
	return text.length <= 40 && LABEL_RE.test(text.replace(EDGE_RE, '').replace(/\s+/g, ' '));
}

export function isBioParagraph(b: Block): boolean {
	if (b.kind !== 'paragraph') return false;
	const text = collapsedText(b);
	if (text.length > MAX_BIO_CHARS) return false;
	const m = BIO_OPENING_RE.exec(text);
	return m !== null && m[0].length <= MAX_BIO_OPENING_CHARS;
}

/** The first paragraph or heading with text inside a block, depth first (the writer's photo before it has none). */
function firstTextBlock(b: Block): Block | undefined {
	if (b.kind === 'paragraph' || b.kind === 'heading') return isTextless(b) ? undefined : b;
	if (!isContainer(b)) return undefined;
	for (const c of b.children) {
		const t = firstTextBlock(c);
		if (t) return t;
	}
	return undefined;
}

/** A paragraph with no text: an image alone. */
function isTextless(b: Block): boolean {
	return b.kind === 'paragraph' && collapsedText(b) === '';
}

/** Whether a block is an author box: a container opening with a bio (`isBioParagraph`), short on the whole. */
export function isAuthorBox(b: Block): boolean {
	if (!isContainer(b) || collapsedText(b).length > MAX_AUTHOR_BOX_CHARS) return false;
	const first = firstTextBlock(b);
	return first !== undefined && isBioParagraph(first);
}

/**
 * Drops, at any depth, each "About the Author" label (`isAuthorLabel`) with the bio paragraphs right after it
 * (`isBioParagraph`, at most `MAX_BIO_PARAGRAPHS`) or the author box right after it (`isAuthorBox`); a label followed by anything else goes alone. Reason: a post's
 * author box prints a label and a short bio ("Matt Frankel, CFP, is a contributing analyst…") beside or under the
 * article; annotators keep neither. authorBio.ts reads only the article's last blocks and a writer's role word, and
 * namedAuthorBio.ts the byline's name: a box in the middle of the read, or with a role such as "stock market analyst",
 * was left. Not run on product reads: a book's page keeps its "About the Author" (the truths do).
 * Measured (eval, tuning part, word F1 to 5 decimals, after shareLabels.ts): all 0.90219 -> 0.90225, half A 0.90037 ->
 * 0.90045, half B 0.90383 -> 0.90385; article A 0.95184 -> 0.95199, B 0.95223 -> 0.95228; other kinds unchanged;
 * 5 sites up (fool.com, spinemd of half A; ironhack, bdcnetwork, massive.io of half B), 1 down (a half-B page,
 * 0.962 -> 0.960, whose annotators kept its author box); metadata and page kinds unchanged.
 */
export function dropAuthorLabels(blocks: readonly Block[], removed: RemovedRegion[]): Block[] {
	const walk = (list: readonly Block[]): Block[] => {
		let changed = false;
		const out: Block[] = [];
		for (let i = 0; i < list.length; i++) {
			const b = list[i];
			if (isAuthorLabel(b)) {
				let end = i;
				// The writer's photo between the label and the bio (a paragraph with no text) goes with them.
				let next = i + 1;
				while (next < list.length && isTextless(list[next])) next++;
				if (next < list.length && isAuthorBox(list[next])) end = next;
				else for (let bios = 0; next < list.length && bios < MAX_BIO_PARAGRAPHS && isBioParagraph(list[next]); bios++) end = next++;
				removed.push({ range: { start: b.range.start, end: list[end].range.end }, step: 'author-label', signal: collapsedText(b) });
				i = end;
				changed = true;
				continue;
			}
			if (isContainer(b) || b.kind === 'blockquote') {
				const children = walk(b.children);
				if (children !== b.children) {
					changed = true;
					if (children.length > 0) out.push(withChildren(b, children));
					continue;
				}
			}
			out.push(b);
		}
		return changed ? out : (list as Block[]);
	};
	return walk(blocks);
}
