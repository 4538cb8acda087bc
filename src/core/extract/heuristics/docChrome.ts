// Documentation chrome: the controls documentation platforms print around a page (copy buttons, feedback, edit links, prev/next) are not its text.
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { collapse, collapsedText } from '../inlineText';

/**
 * Whole lines that documentation platforms print as controls, as data: each is a button or a widget's label, never
 * a sentence of the page. Measured as the kept lines of the 1054 wcxb-dev tuning pages (a line counts as content when
 * its words appear in that order in the annotated text): the lines below were left out by the annotators 35 times
 * on documentation and article pages and kept once ("Next" on an article).
 */
export const PLATFORM_CHROME_RE = new RegExp(
	[
		// Feedback widgets (GitBook, Read the Docs, devsite, MS Learn, Docusaurus plugins).
		/was this (?:page |article |content |information |section )?helpful\??(?: yes no)?/.source,
		/(?:send|give|leave) feedback|thanks? (?:you )?for (?:your )?feedback\b.*|rate this page\b.*/.source,
		// Edit links (Docusaurus, MkDocs, Sphinx themes, VitePress).
		/(?:edit|improve) this page(?: on github)?|edit on github|suggest (?:an )?edits?|view (?:page )?source|report an issue/.source,
		// Google devsite's bookmark popout, printed with the title.
		/stay organized with collections\b.*/.source,
		// Microsoft Learn's page controls.
		/ask learn|focus mode|read in english|add to plan|add to collections?|copy markdown|share via|print/.source,
		// Previous / next links between pages of a guide.
		/«?\s*(?:previous|prev|next)(?: (?:page|article|topic|chapter|section|lesson))?\s*»?/.source,
	]
		.map((s) => `(?:${s})`)
		.join('|'),
);
const PLATFORM_CHROME_LINE_RE = new RegExp(`^(?:${PLATFORM_CHROME_RE.source})$`, 'i');

/**
 * Lines that are chrome on a documentation page but may be a sentence elsewhere: a code block's copy button ("Copy"
 * 12 times on documentation pages of the tuning part, kept once on an article) and the page's last-modified stamp
 * (left out 4 times on documentation pages; on articles the annotators kept it as often as they left it out). Also
 * the label of the page's table-of-contents toggle ("Table of contents", "On this page", "In this article": MS Learn,
 * Docusaurus, VitePress, Mintlify, MkDocs Material) and a bare "Edit" button (MS Learn's header), when the widget's
 * links were pruned as navigation and its label was left alone; no half-A truth keeps these lines (they keep
 * "Contents" once, on a forum, so not that word). Tuning part: MS Learn (A) 0.991 -> 0.995, MDN (B) 0.955 -> 0.960,
 * Britannica (B) 0.958 -> 0.960, a GitBook page (B) 0.949 -> 0.947; documentation 0.92725 -> 0.92736.
 */
export const DOC_ONLY_CHROME_LINE_RE =
	/^(?:copy(?: code| to clipboard)?|copied!?|last (?:updated|modified|edited)(?: on| at)?\s*:?\s*.{0,40}|table of contents|on this page|in this article|edit)$/i;

/** A chrome line is short: a label, a date. */
export const MAX_CHROME_LINE_CHARS = 120;

/** Whether a line of text is a documentation platform's control; `documentation` adds the lines only docs print as chrome. */
export function isDocChromeLine(text: string, documentation: boolean): boolean {
	const t = collapse(text).replace(/[.:!]$/, '');
	if (t.length === 0 || t.length > MAX_CHROME_LINE_CHARS) return false;
	return PLATFORM_CHROME_LINE_RE.test(t) || (documentation && DOC_ONLY_CHROME_LINE_RE.test(t));
}

/** Drops the kept paragraphs and headings that are a documentation platform's controls. */
export function dropDocChrome(blocks: readonly Block[], removed: RemovedRegion[], documentation: boolean): Block[] {
	return blocks.filter((b) => {
		if (b.kind !== 'paragraph' && b.kind !== 'heading') return true;
		const text = collapsedText(b);
		if (!isDocChromeLine(text, documentation)) return true;
		removed.push({ range: b.range, step: 'doc-chrome', signal: text.length > 40 ? `${text.slice(0, 40)}…` : text });
		return false;
	});
}
