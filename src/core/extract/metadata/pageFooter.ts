// A page's footer stays foreign even when its classes also name a layout (`s-lib-footer footer container`).
/**
 * `scan.ts` does not call a container foreign when its classes also name a layout (`two-col-sidebar-right`,
 * `main-with-rail`): those wrap the article next to a sidebar. A page footer is never the article's wrapper, whatever
 * grid class sits beside it: a LibGuides page's "Last Updated: Jan 14, 2026" in `s-lib-footer footer container` was
 * reported as a listing's published date. Whole class names only (`entry-footer`, `article-footer` hold a post's tags
 * and are judged as before). Reason: issue 12 (helper "dates"). Tuning part of wcxb-dev: published where none 1
 * fewer; author, title and right dates unchanged.
 */
const PAGE_FOOTER_RE = /(?:^|\s)(?:footer|site-footer|page-footer|global-footer|main-footer|footer-container|footer-wrapper)(?:\s|$)/;

/** Whether a node's words name the page's footer. */
export function isPageFooter(words: string): boolean {
	return PAGE_FOOTER_RE.test(words);
}
