// Link previews by their shape, whatever their class words: a line that is only a link, then a heading that is only a link to the same site, then the linked page's blurb.
import type { Block, Inline } from '../../model/dumpDocument';
import { isContainer } from '../blockIndex';
import { collapsedText } from '../inlineText';
import { bareHost, parseUrl } from '../metadata/urls';

/**
 * A forum that unfurls a link the poster wrote (Discourse's onebox, the unfurls of other engines) prints a card in the
 * post: the linked site's name as a link, the linked page's title as a heading that is a link, and its description.
 * heuristics/linkPreviews.ts knows the cards by their class words (`onebox`, `source`, `onebox-metadata`): on a forum
 * whose words no rule knows (EVAL_DECLASS=all, the proxy for unseen sites) the fetched titles and blurbs were read as
 * the poster's words (a Discourse thread of eight cards kept 0.81 of its F1 declassed, 0.93 as is). A poster rarely
 * writes a heading that is only a link to the site a link-only line just above names: that pair is the card's source and
 * title. The source line stays (the annotators keep the link the poster wrote); the heading and the paragraphs under it
 * go, up to the next block that is not a short paragraph.
 * The forum strategy drops them with the class-named cards (kinds/forum.ts). Measured (session 41, tuning part of
 * wcxb-dev, word F1): declassed forum 0.85612 -> 0.85777 (half A 0.83090 -> 0.83344: a Discourse thread 0.81 -> 0.93;
 * half B 0.88883 -> 0.88933: a Discourse thread 0.980 -> 0.998), all 0.87400 -> 0.87413, no page down; as is no page
 * moved (the class words already name these cards there).
 */

/** A card's description is a paragraph or two (an image line may sit between). More is the poster's own text. */
export const MAX_BLURB_BLOCKS = 3;
/** A description is short: a longer paragraph under a linked heading is a post's own section. */
export const MAX_BLURB_CHARS = 600;

/** Blocks without text (a thumbnail's box) between a card's source line and its title. */
export const MAX_THUMBNAIL_BLOCKS = 2;

/** The bare host of an http(s) link (metadata/urls.ts `parseUrl`), or undefined for any other link. */
function hostOf(href: string): string | undefined {
	const u = parseUrl(href.trim());
	return u && (u.scheme === 'http' || u.scheme === 'https') && u.host !== '' ? bareHost(u.host) : undefined;
}

/** The href of the one link that is all the text of these inlines (images, breaks and blank text beside it allowed), or undefined. */
function soleLink(inlines: readonly Inline[]): string | undefined {
	let href: string | undefined;
	for (const n of inlines) {
		if (n.kind === 'link') {
			if (href !== undefined) return undefined;
			href = n.href;
		} else if (n.kind === 'text') {
			if (n.value.trim() !== '') return undefined;
		} else if (n.kind === 'span') {
			const inner = soleLink(n.children);
			if (inner === undefined) {
				if (n.children.some((c) => c.kind !== 'image' && c.kind !== 'break' && c.kind !== 'softbreak' && !(c.kind === 'text' && c.value.trim() === ''))) return undefined;
				continue;
			}
			if (href !== undefined) return undefined;
			href = inner;
		} else if (n.kind !== 'image' && n.kind !== 'break' && n.kind !== 'softbreak') return undefined;
	}
	return href;
}

/** The host of a block that is only one external link: a paragraph, or a container holding one such paragraph (beside image lines). */
function linkOnlyHost(b: Block | undefined): string | undefined {
	if (b === undefined) return undefined;
	if (b.kind === 'paragraph') {
		const href = soleLink(b.content);
		return href === undefined ? undefined : hostOf(href);
	}
	if (!isContainer(b) || b.children.length > 3) return undefined;
	let host: string | undefined;
	for (const c of b.children) {
		if (c.kind !== 'paragraph') return undefined;
		const h = linkOnlyHost(c);
		if (h !== undefined) {
			if (host !== undefined) return undefined;
			host = h;
		} else if (collapsedText(c) !== '') return undefined;
	}
	return host;
}

/**
 * The blocks of link preview cards inside the given containers (the thread's posts): for each heading that is only a
 * link whose previous sibling is only a link to the same host, the heading and the short paragraphs after it (at most
 * `MAX_BLURB_BLOCKS`, each under `MAX_BLURB_CHARS`, ended by a block that is no paragraph or by the post's end). Linear: one pass over each post's containers' children, each
 * container visited once (a post inside another post is not walked twice).
 */
export function linkedHeadingPreviews(within: ReadonlySet<Block>): Set<Block> {
	const out = new Set<Block>();
	const seen = new Set<Block>();
	const stack: Block[] = [...within];
	while (stack.length > 0) {
		const c = stack.pop()!;
		if (seen.has(c) || !isContainer(c)) continue;
		seen.add(c);
		const kids = c.children;
		for (let i = 0; i < kids.length; i++) {
			const k = kids[i];
			if (isContainer(k)) stack.push(k);
			if (k.kind !== 'heading' || i === 0) continue;
			const href = soleLink(k.content);
			const host = href === undefined ? undefined : hostOf(href);
			if (host === undefined) continue;
			// The card's thumbnail may sit between its source line and its title: a block without text.
			let s = i - 1;
			while (s > 0 && i - s <= MAX_THUMBNAIL_BLOCKS && collapsedText(kids[s]) === '') s--;
			if (linkOnlyHost(kids[s]) !== host) continue;
			out.add(k);
			// The blurb ends where the card does, at a block that is no paragraph (the card's footer, the post's next box)
			// or at the post's end; a run of paragraphs going on past it is the poster's text, and stays.
			let j = i + 1;
			while (j < kids.length && j - i <= MAX_BLURB_BLOCKS && kids[j].kind === 'paragraph' && collapsedText(kids[j]).length <= MAX_BLURB_CHARS) j++;
			if (j < kids.length && kids[j].kind === 'paragraph') continue;
			for (let m = i + 1; m < j; m++) out.add(kids[m]);
		}
	}
	return out;
}
