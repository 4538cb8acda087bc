// Documentation platform chrome: containers, spans and links named by a doc generator's or help centre's own widget word (data/docPlatformChrome.ts).
import type { Block } from '../../model/dumpDocument';
import type { AttributeParts } from '../../model/linkNodes';
import { DOC_PLATFORM_CHROME } from '../data/docPlatformChrome';
import { spansNamedBy } from './innerChrome';

/**
 * Why: the "On this page" column, the edit and last-updated row, the feedback and vote boxes and the version flyouts
 * of doc themes carry the theme's own class (`theme-doc-toc-desktop`, `md-source-file`, `article-votes`), which no
 * general chrome word matches; their links and labels were kept as the page's text on doc sites the tuning part does
 * not hold. Each word is the widget's name in the platform's public template, so it never names a body. Read on
 * every kind's clean step (clean.ts), never on a container that holds the article's body.
 * Measured on the wcxb-dev tuning part (session 37, svc42): see the report and the unit test.
 */
const WORDS_RE = new RegExp(`^(?:${DOC_PLATFORM_CHROME.flatMap((p) => p.words.map(escapeRegExp)).join('|')})$`, 'i');

function escapeRegExp(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A doc theme's widget is a table of contents, a row of links or a small form, not a page: a container with more
 * text than this is kept whatever its name. Larger than widgetVendors.ts's cap, because a long guide's "On this page"
 * column lists every heading of the page.
 */
export const DOC_PLATFORM_CHROME_MAX_CHARS = 4000;

/** The first class or id of a node that names a documentation platform's chrome widget, if any. */
export function docPlatformChromeToken(attrs: AttributeParts | undefined): string | undefined {
	if (!attrs) return undefined;
	if (attrs.id && WORDS_RE.test(attrs.id)) return attrs.id;
	// Indexed: asked of every span and link of every paragraph, often before V8 optimizes it (an iterator result per class).
	const classes = attrs.classes;
	for (let i = 0; i < classes.length; i++) if (WORDS_RE.test(classes[i])) return classes[i];
	return undefined;
}

/** Whether a paragraph's text is mostly inside spans or links named as a doc platform's widget: the class of the signal, or undefined. */
export function docPlatformChromeSpans(b: Block): string | undefined {
	return spansNamedBy(b, docPlatformChromeToken);
}
