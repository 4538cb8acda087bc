// Docs source link: a link to the page's own source file in a code host ("Edit this page on GitHub", "Show source") marks documentation kept as code.
import type { Inline } from '../../model/dumpDocument';
import type { BlockIndex } from '../blockIndex';
import { collapse, inlineText } from '../inlineText';

/**
 * Documentation is written as files in a repository (Markdown, reStructuredText, AsciiDoc) and built into pages
 * whose frame links each page to its own source, inviting a fix: "Edit this page on GitHub", "Edit", "Show source",
 * "Improve this doc". Documentation sites of every generator do it (Docusaurus, MkDocs, Sphinx, Hugo and Next.js
 * themes, Microsoft Learn); a news site, a shop or a landing page is not kept as text files in a public repository,
 * and a blog that is (a dated post) is an article before this rule is asked (kinds/datedArticle.ts). The link's
 * label must say what it is for: a post that links to a project's README or code of conduct is no documentation.
 * Studied on half A of the tuning part of wcxb-dev: 10 pages link to such a source file; 6 are documentation (3 of
 * them read as articles by their long paragraphs, the other 3 documentation already), a dated blog post and a
 * forum thread are decided before this rule, and the label test leaves out a thread's link to a code of conduct.
 * Built (`eval --only wcxb --part tune`): page kind 846 → 851 of 1054 (documentation 44 → 49 of 61; half A 386 → 389,
 * half B 460 → 462, no page of another kind taken for documentation), F1 all 0.891 → 0.891 (one page up per half,
 * +0.01, none down).
 */
export const SOURCE_FILE_RE =
	/^https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org)\/[^?#\s]*\/(?:edit|blob|src)\/[^?#\s]*\.(?:md|mdx|markdown|rst|adoc|asciidoc|ipynb)(?:[?#]\S*)?$/i;
/** A source link's label invites to edit or read the page's source: "Edit this page", "Show source", "View on GitHub". */
export const SOURCE_LABEL_RE = /\b(?:edit|source|improve|suggest|contribute|github|gitlab)\b/i;
/** A label is a button's: a few words. A longer one is a sentence that names a file. */
const MAX_SOURCE_LABEL_CHARS = 60;

function hasSourceLink(inlines: readonly Inline[]): boolean {
	for (const n of inlines) {
		if (n.kind === 'link') {
			if (SOURCE_FILE_RE.test(n.href.trim())) {
				const label = collapse(inlineText(n.children));
				if (label.length <= MAX_SOURCE_LABEL_CHARS && SOURCE_LABEL_RE.test(label)) return true;
			}
		} else if (n.kind === 'emphasis' || n.kind === 'span') {
			if (hasSourceLink(n.children)) return true;
		}
	}
	return false;
}

/** Whether any paragraph or heading of the page links to the page's source file with an edit or source label. Linear in the dump's blocks. */
export function linksToDocSource(index: BlockIndex): boolean {
	for (const b of index.order.keys()) {
		if ((b.kind === 'paragraph' || b.kind === 'heading') && hasSourceLink(b.content)) return true;
	}
	return false;
}
