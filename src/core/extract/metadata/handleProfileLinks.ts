// A link to a writer's "@handle" page just under the title ("[Dan Davies](https://substack.com/@backofmind)"): the byline, read from the URL's shape, not from class words.
import { NEAR_TITLE_CHARS } from '../metadataRules';
import { splitNames } from './names';
import { inRunningText } from './proseNameLinks';
import { isSnippetCopy } from './snippetCopies';
import { linkOf, type Candidate, type MetadataScan } from './scan';

/**
 * Reason: Substack, Medium, Mastodon, Threads, Hashnode and many newer platforms give every writer a page at `/@handle`,
 * and their bylines are a link there in hashed or layout-only classes, so neither the byline vocabulary nor the
 * `/author/…` slug rule (`author.ts`) reads them. The URL's shape is the platform's, not one site's words.
 * Guards: the video and social networks use the same shape for a brand's channel ("[YouTube](https://youtube.com/@acme)"
 * in a follow bar), so a link whose text names the link's own host is skipped, and two or more different names behind
 * such links near the title are a follow bar or a list of people, and none is read.
 *
 * Measured on the wcxb-dev tuning part (session 38, meta43, after `avatarNames.ts`): declassed author right 390 -> 393
 * of 529 (half A +2, half B +1), as is unchanged; reported where the truth has none unchanged on both.
 */

/** A `/@handle` page, alone at the end of the path (not `/@handle/post-slug`, a post). */
const HANDLE_PAGE_RE = /^(?:https?:\/\/[^/?#]+)?\/@[\p{L}\p{N}._-]+\/?(?:[?#]|$)/u;
/** As sure as an author page's link (`author.ts`), before the position score. */
const HANDLE_LINK_SCORE = 12;

/** Whether a link goes to a `/@handle` page. */
export function isHandlePage(href: string): boolean {
	return HANDLE_PAGE_RE.test(href);
}

/** Whether a link's text names the link's host ("YouTube" to youtube.com, "TikTok" to tiktok.com): a brand's channel. */
function namesOwnHost(text: string, href: string): boolean {
	const host = /^https?:\/\/([^/?#]+)/i.exec(href)?.[1].toLowerCase();
	const word = text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
	return host !== undefined && word.length > 2 && host.replace(/[^\p{L}\p{N}]/gu, '').includes(word);
}

export function handleProfileCandidates(s: MetadataScan): Candidate<string[]>[] {
	const a = s.anchor();
	if (a === undefined) return [];
	const out: Candidate<string[]>[] = [];
	for (const node of s.links) {
		if (node.start < a || s.gap(a, node.start) > NEAR_TITLE_CHARS) continue;
		const href = linkOf(node).href;
		if (!isHandlePage(href) || isSnippetCopy(s, node) || inRunningText(s, node)) continue;
		const text = s.textOf(node);
		if (text === '' || namesOwnHost(text, href)) continue;
		const names = splitNames(text);
		if (names.length === 1) out.push({ value: names, source: node.range, rule: 'link:handle-page', score: HANDLE_LINK_SCORE + s.positionScore(node), node });
	}
	return new Set(out.map((c) => c.value[0].toLowerCase())).size === 1 ? out : [];
}
