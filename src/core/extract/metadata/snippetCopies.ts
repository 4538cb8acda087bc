// Copies of the title, byline and update stamp written for search engines and hidden from readers (Avada's `rich-snippet-hidden`): no evidence of the page's date.
import type { MetadataScan, MNode } from './scan';

/**
 * Themes that write hidden structured-data copies on every page, article or not (Avada: `[index]{.entry-title
 * .rich-snippet-hidden}[…]{.vcard .rich-snippet-hidden}[2026-02-16T09:27:01+00:00]{.updated .rich-snippet-hidden}`):
 * the `updated` stamp is the last save of any page, a service page's as much as a post's, and readers never see it.
 * Reason: issue 12 (helper "dates"): a service page got its hidden save time as published. Tuning part of wcxb-dev:
 * published where none 1 fewer, one wrong date withheld, right dates unchanged (395 of 561).
 */
const SNIPPET_COPY_RE = /(?:^|\s)rich-snippet-hidden(?:\s|$)/;
/** How far up a snippet's class is looked for (the date span inside the `updated` span). */
const SNIPPET_DEPTH = 2;

/** Whether a node is a hidden snippet copy, or a paragraph made only of such copies. */
export function isSnippetCopy(s: MetadataScan, n: MNode): boolean {
	for (let p: MNode | undefined = n, i = 0; p && i <= SNIPPET_DEPTH; p = p.parent, i++) if (p.words && SNIPPET_COPY_RE.test(p.words)) return true;
	const b = n.block;
	if (b?.kind !== 'paragraph') return false;
	const parts = b.content.filter((x) => !(x.kind === 'softbreak' || x.kind === 'break' || (x.kind === 'text' && x.value.trim() === '')));
	return parts.length > 0 && parts.every((x) => x.kind === 'span' && SNIPPET_COPY_RE.test(` ${x.attrs.classes.join(' ')} `));
}

