// The article's title: from metadata, or else the page's main heading; it names the article in the outline.
import type { Block, DumpDocument, Heading, SourceRange } from '../model/dumpDocument';
import type { Article } from '../extract/article';
import { collapse, inlineText } from '../extract/inlineText';
import { articleExtent, childBlocks, contains } from './blocks';

/** Longest name shown for a metadata value or heading; a description can run to paragraphs. */
const MAX_NAME_LENGTH = 120;

export function shorten(s: string): string {
	return s.length > MAX_NAME_LENGTH ? s.slice(0, MAX_NAME_LENGTH - 1) + '…' : s;
}

/** A heading's clean text: no Markdown, attributes or escapes, white space collapsed. */
export function headingName(h: Heading): string {
	return shorten(collapse(inlineText(h.content)));
}

/** The article's title and where it is written, from metadata or, failing that, the page's main heading. */
export interface TitleGuess {
	readonly value: string;
	readonly source?: SourceRange;
	readonly rule: string;
	/** The heading that carries the title, when one does: it names the article rather than being listed. */
	readonly heading?: Heading;
}

function allHeadings(blocks: readonly Block[], depth = 0, out: Heading[] = []): Heading[] {
	if (depth > 600) return out;
	for (const b of blocks) {
		if (b.kind === 'heading') out.push(b);
		else allHeadings(childBlocks(b), depth + 1, out);
	}
	return out;
}

/** Title-like classes and ids of the page's main heading (`entry-title`, `headline`, `post-title`...). */
const TITLE_ATTR_RE = /title|headline/i;

/**
 * The article's title. Metadata wins; without it, the page's first-level heading: one with a title-like class, else
 * the last before the article (titles sit just above the body), else the first inside it.
 */
export function articleTitle(doc: DumpDocument, article: Article): TitleGuess | undefined {
	const headings = allHeadings(doc.blocks).filter((h) => h.level === 1 && headingName(h));
	const meta = article.metadata.title;
	if (meta && meta.value.trim()) {
		const source = meta.source;
		const heading = source ? headings.find((h) => contains(h.range, source) || contains(source, h.contentRange)) ?? allHeadings(doc.blocks).find((h) => contains(h.range, source)) : undefined;
		return { value: collapse(meta.value), source, rule: meta.rule, heading };
	}
	const extent = articleExtent(article);
	const pick = (h: Heading | undefined, rule: string): TitleGuess | undefined => (h ? { value: headingName(h), source: h.contentRange, rule, heading: h } : undefined);
	const titled = headings.find((h) => h.attrs && (TITLE_ATTR_RE.test(h.attrs.classes.join(' ')) || TITLE_ATTR_RE.test(h.attrs.id ?? '')));
	if (titled) return pick(titled, 'outline:h1-title-class');
	if (!extent) return pick(headings[0], 'outline:first-h1');
	const before = headings.filter((h) => h.range.end <= extent.start);
	if (before.length > 0) return pick(before[before.length - 1], 'outline:h1-before-article');
	return pick(headings.find((h) => contains(extent, h.range)), 'outline:h1-in-article');
}

